/**
 * Kysely's view of the tables, one file per domain under tables/, named like the domain. Row types
 * stay inside the backend; services return shared DTOs.
 */
import type {
  TaskforceTable,
  LetterheadLogoTable,
  NumberingPatternTable,
  YearNameTable,
  DefaultAgendaItemTable,
  DocumentCounterTable,
} from './tables/taskforce';
import type { InstitutionTable, RepresentativeTable } from './tables/members';
import type {
  SessionTable,
  AgendaItemTable,
  AttendanceTable,
  GuestTable,
  AddresseeTable,
} from './tables/sessions';
import type { ActaErratumTable, SignedActaTable } from './tables/acta';
import type {
  AgreementTable,
  AgreementVerificationFileTable,
  AgreementFollowUpTable,
  ReminderLetterTable,
  AgreementResponsibleTable,
} from './tables/agreements';
import type {
  PlanTable,
  PlanLineTable,
  PlanObjectiveTable,
  PlanActivityTable,
  PlanActivityInstitutionTable,
  PlanActivityBudgetTable,
  PlanActivityAgreementTable,
  PlanIndicatorTable,
  PlanTargetTable,
  PlanProgressTable,
} from './tables/plan';
import type {
  ProtocolVersionTable,
  ProtocolSectionTable,
  ProtocolFunctionTable,
  ProtocolRouteStepTable,
  ProtocolGroupCareTable,
} from './tables/protocol';

export type * from './tables/taskforce';
export type * from './tables/members';
export type * from './tables/sessions';
export type * from './tables/acta';
export type * from './tables/agreements';
export type * from './tables/plan';
export type * from './tables/protocol';

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
