/** Evidence files attached to reports: recognised by their bytes before anything is written. */
import type { MessageKey } from '../../../shared/messages';
import { fieldError } from '../../../shared/result';
import { type EvidenceType, sniffDocument } from './fileType';

export interface Evidence {
  name: string;
  type: EvidenceType;
  data: Buffer;
}

/**
 * The decoded file, or a field error on `path` when its bytes are not of an accepted kind (scans
 * and photos by default). Its size was already bounded by the input schema.
 */
export function readEvidence(
  file: { fileName: string; dataBase64: string },
  path: string,
  notAccepted: MessageKey,
  sniff: (bytes: Buffer) => EvidenceType | null = sniffDocument,
): Evidence {
  const data = Buffer.from(file.dataBase64, 'base64');
  const type = sniff(data);
  if (!type) throw fieldError('VALIDATION', path, notAccepted);
  return { name: file.fileName, type, data };
}
