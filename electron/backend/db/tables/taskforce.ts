/** Kysely's view of the taskforce itself: its settings, letterhead, numbering, year names, default agenda and document counters. */
import type { ActaSignatories, DocumentType, LogoMimeType, TaskforceLevel } from '../../../../shared/domain/taskforce';
import type { AgendaKind } from '../../../../shared/rules/agenda';

export interface TaskforceTable {
  id: number;
  official_name: string;
  short_name: string;
  level: TaskforceLevel;
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
  acta_signatories: ActaSignatories;
  updated_at: string;
}
/** One version of the letterhead's logo, in force from `valid_from`; no data means "no logo" from then on. */
export interface LetterheadLogoTable {
  valid_from: string;
  mime_type: LogoMimeType | null;
  data: Buffer | null;
  width: number | null;
  height: number | null;
  /** The office day it was uploaded: a change the same day corrects it instead of adding a version. */
  set_on: string;
  updated_at: string;
}
export interface NumberingPatternTable {
  doc_type: DocumentType;
  pattern: string;
}
export interface YearNameTable {
  year: number;
  name: string;
  valid_from: string;
  valid_to: string | null;
}
export interface DefaultAgendaItemTable {
  position: number;
  title: string;
  kind: AgendaKind;
}
export interface DocumentCounterTable {
  /** A document type ('oficio_multiple', 'acuerdo') or a session kind ('session:ordinaria'). */
  series: string;
  year: number;
  last_number: number;
}
