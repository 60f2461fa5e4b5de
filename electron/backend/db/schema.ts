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

export interface Database {
  taskforce: TaskforceTable;
  taskforce_logo: TaskforceLogoTable;
  numbering_pattern: NumberingPatternTable;
  year_name: YearNameTable;
  institution: InstitutionTable;
  representative: RepresentativeTable;
}
