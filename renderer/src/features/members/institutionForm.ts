/** An institution as the form holds it, for registering a new one and for editing. */
import type { UseFormReturnType } from '@mantine/form';
import { type Institution, type InstitutionCategory, institutionInput } from '../../../../shared/domain/members';
import { today } from '../../lib/dates';
import { schemaErrors } from '../../lib/forms';

export interface InstitutionValues extends Record<string, unknown> {
  name: string;
  acronym: string;
  category: InstitutionCategory | null;
  hasVote: boolean;
  inNetwork: boolean;
  address: string;
  phone: string;
  email: string;
  activeFrom: string | null;
  activeTo: string | null;
  notes: string;
}

export type InstitutionForm = UseFormReturnType<InstitutionValues>;

export function institutionValues(existing: Institution | null): InstitutionValues {
  if (!existing) {
    return {
      name: '',
      acronym: '',
      category: null,
      hasVote: true,
      inNetwork: false,
      address: '',
      phone: '',
      email: '',
      activeFrom: today(),
      activeTo: null,
      notes: '',
    };
  }
  const { name, acronym, category, hasVote, inNetwork, address, phone, email, activeFrom, activeTo, notes } = existing;
  return { name, acronym, category, hasVote, inNetwork, address, phone, email, activeFrom, activeTo, notes };
}

export const validateInstitution = (values: InstitutionValues) => schemaErrors(institutionInput, values);
