import { findSensitiveText } from '../../../shared/rules/confidentiality';
import { AppError } from '../../../shared/result';

/**
 * Text that looks like it identifies a victim is refused until the user confirms it (domain.md §7);
 * the refusal names what was found so the screen can show it.
 */
export function assertNotSensitive(text: string, acknowledged: boolean, path: string): void {
  if (acknowledged) return;
  const found = findSensitiveText(text);
  if (found.length === 0) return;
  const params = { found: found.map((f) => f.match).join(', ') };
  throw new AppError('CONFLICT', 'sessions.sensitiveText', { params, fields: [{ path, key: 'sessions.sensitiveText', params }] });
}
