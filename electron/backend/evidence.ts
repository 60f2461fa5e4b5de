/** Evidence files attached to reports: checked by their bytes and size before anything is written. */
import { EVIDENCE_MAX_BYTES } from '../../shared/domain/plan';
import type { MessageKey } from '../../shared/messages';
import { fieldError } from '../../shared/result';
import { sniffDocument } from './fileType';

export interface Evidence {
  name: string;
  type: 'application/pdf' | 'image/jpeg' | 'image/png';
  data: Buffer;
}

/** The decoded file, or a field error on `path` naming what is wrong with it. */
export function readEvidence(file: { fileName: string; dataBase64: string }, path: string, notAccepted: MessageKey): Evidence {
  const data = Buffer.from(file.dataBase64, 'base64');
  if (data.length > EVIDENCE_MAX_BYTES) throw fieldError('VALIDATION', path, 'plan.evidenceTooLarge');
  const type = sniffDocument(data);
  if (!type) throw fieldError('VALIDATION', path, notAccepted);
  return { name: file.fileName, type, data };
}
