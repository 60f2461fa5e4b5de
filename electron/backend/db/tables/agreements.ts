/** Kysely's view of agreements, their responsibles and follow-up log, verification files and reminder letters. */
import type { Generated } from 'kysely';
import type { AdoptionKind } from '../../../../shared/rules/acta';
import type { AgreementStatus } from '../../../../shared/rules/agreementStatus';

export interface AgreementTable {
  id: Generated<number>;
  session_id: number;
  agenda_item_id: number;
  year: number;
  number: number;
  number_text: string;
  text: string;
  secretariat_responsible: number;
  deadline: string | null;
  adoption: AdoptionKind;
  votes_for: number | null;
  votes_against: number | null;
  abstentions: number | null;
  created_at: string;
  updated_at: string;
  status: Generated<AgreementStatus>;
  progress: Generated<number>;
  last_report_on: string | null;
  verification: Generated<string>;
  observations: Generated<string>;
  reminders_silenced: Generated<number>;
  /** Number and text folded for search; never printed. */
  search_key: Generated<string>;
}
export interface AgreementVerificationFileTable {
  agreement_id: number;
  file_name: string;
  mime_type: string;
  data: Buffer;
  uploaded_at: string;
}
export interface AgreementFollowUpTable {
  id: Generated<number>;
  agreement_id: number;
  reported_on: string;
  institution_id: number | null;
  session_id: number | null;
  text: string;
  status: AgreementStatus;
  progress: number;
  evidence_name: string | null;
  evidence_type: string | null;
  evidence_data: Buffer | null;
  created_at: string;
}
export interface ReminderLetterTable {
  id: Generated<number>;
  institution_id: number;
  year: number;
  number: number;
  number_text: string;
  issued_on: string;
  content: string;
  created_at: string;
}
export interface AgreementResponsibleTable {
  agreement_id: number;
  institution_id: number;
  position: number;
}
