/** Kysely's view of sessions: agenda, attendance, guests and convocation addressees. */
import type { Generated } from 'kysely';
import type { ConvocationSigner, SessionKind, SessionMode } from '../../../../shared/domain/sessions';
import type { ActaStatus } from '../../../../shared/rules/acta';
import type { AgendaKind } from '../../../../shared/rules/agenda';
import type { AttendanceStatus, SessionCall } from '../../../../shared/rules/quorum';

export interface SessionTable {
  id: Generated<number>;
  kind: SessionKind;
  year: number;
  number: number | null;
  acta_number_text: string | null;
  date: string;
  first_call_time: string;
  second_call_time: string | null;
  mode: SessionMode;
  place: string;
  virtual_link: string;
  presided_by: string;
  presided_post: string;
  secretary_name: string;
  secretary_post: string;
  convocation_number_text: string | null;
  convocation_date: string | null;
  convocation_signer: ConvocationSigner | null;
  convocation_reference: Generated<string>;
  convocation_enclosures: Generated<string>;
  call: Generated<SessionCall>;
  start_time: string | null;
  end_time: string | null;
  acta_status: Generated<ActaStatus>;
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
  kind: AgendaKind;
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
  status: Generated<AttendanceStatus>;
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
