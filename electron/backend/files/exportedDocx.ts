/** A built Word file as the contract returns it. */
import type { ExportedFile } from '../../../shared/domain/sessions';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Characters Windows refuses in a file name are replaced. */
export const safeFileName = (name: string): string => name.replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim();

export const exportedDocx = (fileName: string, bytes: Uint8Array): ExportedFile => ({
  fileName: safeFileName(fileName),
  mimeType: DOCX,
  dataBase64: Buffer.from(bytes).toString('base64'),
});
