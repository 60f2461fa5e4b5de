/** Kysely's view of what an acta keeps once approved: its errata and the signed scan. */
import type { Generated } from 'kysely';

export interface ActaErratumTable {
  id: Generated<number>;
  session_id: number;
  recorded_on: string;
  text: string;
  created_at: string;
}
export interface SignedActaTable {
  session_id: number;
  file_name: string;
  mime_type: string;
  data: Buffer;
  uploaded_at: string;
}
