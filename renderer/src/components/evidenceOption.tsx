/**
 * The evidence file of a form dialog (the form's `evidence`, picked with EvidenceField): refused
 * as soon as it is too large, read once the form is sent, and the backend's words about it shown
 * under it.
 */
import type { FormErrors } from '@mantine/form';
import { evidenceRefusal } from '../lib/evidence';
import { readBase64 } from '../lib/files';
import type { PathMap } from '../lib/forms';
import { Msg } from '../lib/messages';

/** The file as the contract takes it; null when none was picked. */
export type EvidenceUpload = { fileName: string; dataBase64: string } | null;

const fileOf = (values: Record<string, unknown>): File | null => (values.evidence instanceof File ? values.evidence : null);

/** The form's own checks, and the file's. */
export function withEvidenceCheck<V extends Record<string, unknown>>(validate: ((values: V) => FormErrors) | undefined) {
  return (values: V): FormErrors => {
    const errors = validate?.(values) ?? {};
    const file = fileOf(values);
    const refusal = file && evidenceRefusal(file);
    return refusal ? { ...errors, evidence: <Msg k={refusal} /> } : errors;
  };
}

/** Whatever the backend says of `evidence.fileName` or `evidence.dataBase64` shows under the file. */
export const withEvidencePath =
  (mapPath: PathMap | undefined): PathMap =>
  (path) =>
    path.startsWith('evidence') ? 'evidence' : mapPath ? mapPath(path) : path;

export async function readEvidence(values: Record<string, unknown>): Promise<EvidenceUpload> {
  const file = fileOf(values);
  return file ? { fileName: file.name, dataBase64: await readBase64(file) } : null;
}
