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

/** One version of the letterhead's logo, in force from `valid_from`; no data means "no logo" from then on. */
export interface LetterheadLogoTable {
  valid_from: string;
  mime_type: string | null;
  data: Buffer | null;
  width: number | null;
  height: number | null;
  /** The office day it was uploaded: a change the same day corrects it instead of adding a version. */
  set_on: string;
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
  status: Generated<string>;
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
  status: string;
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

export interface PlanTable {
  id: Generated<number>;
  title: string;
  start_year: number;
  end_year: number;
  reporting_unit: string;
  status: Generated<string>;
  approved_on: string | null;
  approval_agreement_id: number | null;
  approval_reference: Generated<string>;
  presentation_json: Generated<string>;
  monitoring_json: Generated<string>;
  copied_from_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface PlanLineTable {
  id: Generated<number>;
  plan_id: number;
  position: number;
  title: string;
  description: string;
}

export interface PlanObjectiveTable {
  id: Generated<number>;
  plan_id: number;
  line_id: number;
  position: number;
  text: string;
}

export interface PlanActivityTable {
  id: Generated<number>;
  plan_id: number;
  objective_id: number;
  position: number;
  description: string;
  lead_institution_id: number;
  schedule_json: Generated<string>;
  verification: string;
}

export interface PlanActivityInstitutionTable {
  activity_id: number;
  plan_id: number;
  institution_id: number;
  position: number;
}

export interface PlanActivityBudgetTable {
  id: Generated<number>;
  activity_id: number;
  plan_id: number;
  position: number;
  source: string;
  amount_cents: number;
  note: string;
}

export interface PlanActivityAgreementTable {
  activity_id: number;
  plan_id: number;
  agreement_id: number;
}

export interface PlanIndicatorTable {
  id: Generated<number>;
  plan_id: number;
  activity_id: number;
  position: number;
  name: string;
  unit: string;
  baseline: number;
}

export interface PlanTargetTable {
  indicator_id: number;
  plan_id: number;
  period: string;
  value: number;
}

export interface PlanProgressTable {
  indicator_id: number;
  plan_id: number;
  period: string;
  achieved: number;
  comment: string;
  reported_on: string;
  evidence_name: string | null;
  evidence_type: string | null;
  evidence_data: Buffer | null;
}

export interface ProtocolVersionTable {
  id: Generated<number>;
  version_number: number;
  title: string;
  status: Generated<string>;
  approved_on: string | null;
  approval_agreement_id: number | null;
  approval_reference: Generated<string>;
  based_on_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface ProtocolSectionTable {
  id: Generated<number>;
  version_id: number;
  position: number;
  kind: string;
  title: string;
  body_json: string;
}

export interface ProtocolFunctionTable {
  version_id: number;
  institution_id: number;
  functions_json: string;
}

export interface ProtocolRouteStepTable {
  id: Generated<number>;
  version_id: number;
  position: number;
  step: string;
  institution_id: number;
  action: string;
  timeframe: string;
  contact_point: string;
  victim_information: string;
}

export interface ProtocolGroupCareTable {
  version_id: number;
  group_key: string;
  guidance_json: string;
}

export interface Database {
  taskforce: TaskforceTable;
  letterhead_logo: LetterheadLogoTable;
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
  agreement_verification_file: AgreementVerificationFileTable;
  agreement_follow_up: AgreementFollowUpTable;
  reminder_letter: ReminderLetterTable;
  acta_erratum: ActaErratumTable;
  signed_acta: SignedActaTable;
  plan: PlanTable;
  plan_line: PlanLineTable;
  plan_objective: PlanObjectiveTable;
  plan_activity: PlanActivityTable;
  plan_activity_institution: PlanActivityInstitutionTable;
  plan_activity_budget: PlanActivityBudgetTable;
  plan_activity_agreement: PlanActivityAgreementTable;
  plan_indicator: PlanIndicatorTable;
  plan_target: PlanTargetTable;
  plan_progress: PlanProgressTable;
  protocol_version: ProtocolVersionTable;
  protocol_section: ProtocolSectionTable;
  protocol_function: ProtocolFunctionTable;
  protocol_route_step: ProtocolRouteStepTable;
  protocol_group_care: ProtocolGroupCareTable;
}
