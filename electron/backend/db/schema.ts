/** Kysely's view of the tables. Row types stay inside the backend; services return shared DTOs. */
import type { Generated } from 'kysely';

export interface TaskforceTable {
  id: number;
  official_name: string;
  short_name: string;
  level: string;
  district: string;
  province: string;
  region: string;
  ordinance_number: string;
  ordinance_date: string;
  installation_date: string | null;
  presidency_institution: string;
  presidency_person: string;
  presidency_post: string;
  secretariat_unit: string;
  secretariat_responsible: string;
  secretariat_post: string;
  secretariat_phone: string;
  secretariat_email: string;
  place_name: string;
  entity_acronym: string;
  unit_acronym: string;
  decade_line: string;
  quorum_json: string;
  acta_signatories: string;
  updated_at: string;
}

export interface TaskforceLogoTable {
  id: number;
  mime_type: string;
  data: Buffer;
  width: number;
  height: number;
  updated_at: string;
}

export interface NumberingPatternTable {
  doc_type: string;
  pattern: string;
}

export interface YearNameTable {
  year: number;
  name: string;
  valid_from: string;
  valid_to: string | null;
}

export interface InstitutionTable {
  id: Generated<number>;
  name: string;
  /** Lower-case, accent-free, single-spaced name: two spellings of one name are one institution. */
  name_key: string;
  acronym: string;
  category: string;
  has_vote: number;
  in_network: number;
  address: string;
  phone: string;
  email: string;
  active_from: string;
  active_to: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface RepresentativeTable {
  id: Generated<number>;
  institution_id: number;
  role: string;
  full_name: string;
  post: string;
  dni: string;
  phone: string;
  email: string;
  accreditation_number: string;
  accreditation_date: string | null;
  valid_from: string;
  valid_to: string | null;
  replaces_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface DefaultAgendaItemTable {
  position: number;
  title: string;
  kind: string;
}

export interface DocumentCounterTable {
  /** A document type ('oficio_multiple', 'acuerdo') or a session kind ('session:ordinaria'). */
  series: string;
  year: number;
  last_number: number;
}

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
  adoption: string;
  votes_for: number | null;
  votes_against: number | null;
  abstentions: number | null;
  created_at: string;
  updated_at: string;
}

export interface AgreementResponsibleTable {
  agreement_id: number;
  institution_id: number;
  position: number;
}

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

export interface Database {
  taskforce: TaskforceTable;
  taskforce_logo: TaskforceLogoTable;
  numbering_pattern: NumberingPatternTable;
  year_name: YearNameTable;
  institution: InstitutionTable;
  representative: RepresentativeTable;
  default_agenda_item: DefaultAgendaItemTable;
  document_counter: DocumentCounterTable;
  session: SessionTable;
  agenda_item: AgendaItemTable;
  attendance: AttendanceTable;
  guest: GuestTable;
  addressee: AddresseeTable;
  agreement: AgreementTable;
  agreement_responsible: AgreementResponsibleTable;
  acta_erratum: ActaErratumTable;
  signed_acta: SignedActaTable;
}
