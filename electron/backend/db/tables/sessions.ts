/** Kysely's view of sessions: agenda, attendance, guests and convocation addressees. */
import type { Generated } from 'kysely';

export interface SessionTable {
  id: Generated<number>;
  kind: string;
  year: number;
  number: number | null;
  acta_number_text: string | null;
  date: string;
  first_call_time: string;
  second_call_time: string | null;
  mode: string;
  place: string;
  virtual_link: string;
  presided_by: string;
  presided_post: string;
  secretary_name: string;
  secretary_post: string;
  convocation_number_text: string | null;
  convocation_date: string | null;
  convocation_signer: string | null;
  convocation_reference: Generated<string>;
  convocation_enclosures: Generated<string>;
  call: Generated<string>;
  start_time: string | null;
  end_time: string | null;
  acta_status: Generated<string>;
  approved_in_session_id: number | null;
  approval_observations: Generated<string>;
  /** The acta's canonical content as approved; documents of a locked acta are built from it. */
  acta_snapshot: string | null;
  acta_hash: string | null;
  created_at: string;
  updated_at: string;
}
export interface AgendaItemTable {
  id: Generated<number>;
  session_id: number;
  position: number;
  title: string;
  kind: string;
  presenter_institution_id: number | null;
  notes: string;
  discussion_json: Generated<string>;
  start_time: string | null;
  end_time: string | null;
  updated_at: string;
}
export interface AttendanceTable {
  session_id: number;
  institution_id: number;
  has_vote: number;
  status: Generated<string>;
  attendee_name: Generated<string>;
  attendee_post: Generated<string>;
  arrival_time: string | null;
}
export interface GuestTable {
  id: Generated<number>;
  session_id: number;
  full_name: string;
  institution_name: string;
  post: string;
}
export interface AddresseeTable {
  session_id: number;
  institution_id: number;
  delivered_on: string | null;
  received_by: Generated<string>;
}
