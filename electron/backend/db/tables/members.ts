/** Kysely's view of the member institutions and their representatives. */
import type { Generated } from 'kysely';
import type { InstitutionCategory, RepresentativeRole } from '../../../../shared/domain/members';

export interface InstitutionTable {
  id: Generated<number>;
  name: string;
  /** Lower-case, accent-free, single-spaced name: two spellings of one name are one institution. */
  name_key: string;
  acronym: string;
  category: InstitutionCategory;
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
  role: RepresentativeRole;
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
