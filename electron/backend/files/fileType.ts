/** Attached documents (signed actas, evidence) are recognised by their bytes, never by their name. */

type ScanType = 'application/pdf' | 'image/jpeg' | 'image/png';

const SIGNATURES: { mimeType: ScanType; starts: number[] }[] = [
  { mimeType: 'application/pdf', starts: [0x25, 0x50, 0x44, 0x46] },
  { mimeType: 'image/jpeg', starts: [0xff, 0xd8, 0xff] },
  { mimeType: 'image/png', starts: [0x89, 0x50, 0x4e, 0x47] },
];

/** PDF, JPEG or PNG; null for anything else. */
export const sniffDocument = (bytes: Buffer): ScanType | null =>
  SIGNATURES.find((s) => s.starts.every((b, i) => bytes[i] === b))?.mimeType ?? null;

export const OFFICE_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
] as const;
type OfficeType = (typeof OFFICE_TYPES)[number];

/**
 * Word and Excel files (and their OpenDocument kin) are zip archives; the names of their main
 * parts are stored uncompressed, so finding them tells a report from any other archive.
 */
const OFFICE_MARKS: { mimeType: OfficeType; mark: string }[] = [
  { mimeType: OFFICE_TYPES[0], mark: 'word/document.xml' },
  { mimeType: OFFICE_TYPES[1], mark: 'xl/workbook.xml' },
  { mimeType: OFFICE_TYPES[2], mark: 'mimetypeapplication/vnd.oasis.opendocument.text' },
  { mimeType: OFFICE_TYPES[3], mark: 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet' },
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function sniffOffice(bytes: Buffer): OfficeType | null {
  if (!ZIP.every((b, i) => bytes[i] === b)) return null;
  return OFFICE_MARKS.find((m) => bytes.includes(m.mark, 0, 'latin1'))?.mimeType ?? null;
}

export type EvidenceType = ScanType | OfficeType;

/** A scan or photo, or a Word, Excel or OpenDocument file: what serves as a means of verification. */
export const sniffEvidence = (bytes: Buffer): EvidenceType | null => sniffDocument(bytes) ?? sniffOffice(bytes);
