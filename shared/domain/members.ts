/** Member institutions of the instancia and their accredited representatives. */
import { z } from 'zod';
import { checkPeriod, entityId, isoDate, optionalEmail, optionalPhone, optionalText, requiredText } from './fields';

export const INSTITUTION_CATEGORIES = [
  'municipality',
  'state_justice',
  'police',
  'health',
  'education',
  'civil_society',
  'womens_organization',
  'international_cooperation',
  'other',
] as const;
export const institutionCategory = z.enum(INSTITUTION_CATEGORIES, 'validation.invalidOption');
export type InstitutionCategory = z.infer<typeof institutionCategory>;

export const REPRESENTATIVE_ROLES = ['titular', 'alterno'] as const;
export const representativeRole = z.enum(REPRESENTATIVE_ROLES, 'validation.invalidOption');
export type RepresentativeRole = z.infer<typeof representativeRole>;

const institutionFields = z.strictObject({
  name: requiredText(200),
  acronym: optionalText(30),
  category: institutionCategory,
  hasVote: z.boolean('validation.required'),
  inNetwork: z.boolean('validation.required'),
  address: optionalText(300),
  phone: optionalPhone,
  email: optionalEmail,
  activeFrom: isoDate,
  activeTo: isoDate.nullable().default(null),
  notes: optionalText(2000),
});

export const institutionInput = institutionFields.check(checkPeriod('activeFrom', 'activeTo'));
export type InstitutionInput = z.input<typeof institutionInput>;

export const institutionUpdateInput = institutionFields
  .extend({ id: entityId })
  .check(checkPeriod('activeFrom', 'activeTo'));

export const dni = z
  .string()
  .trim()
  .refine((v) => v === '' || /^\d{8}$/.test(v), 'validation.dni')
  .default('');

const representativeFields = z.strictObject({
  fullName: requiredText(200),
  post: optionalText(200),
  dni,
  phone: optionalPhone,
  email: optionalEmail,
  accreditationNumber: optionalText(120),
  accreditationDate: isoDate.nullable().default(null),
  validFrom: isoDate,
  validTo: isoDate.nullable().default(null),
});

export const representativeInput = representativeFields
  .extend({ institutionId: entityId, role: representativeRole })
  .check(checkPeriod('validFrom', 'validTo'));
export type RepresentativeInput = z.input<typeof representativeInput>;

export const representativeUpdateInput = representativeFields
  .extend({ id: entityId })
  .check(checkPeriod('validFrom', 'validTo'));

/** Ends the representative's period the day before `from` and accredits a successor from that day. */
export const representativeReplaceInput = z.strictObject({
  id: entityId,
  from: isoDate,
  successor: representativeFields.omit({ validFrom: true }),
});

export const representative = representativeFields.extend({
  id: z.number(),
  institutionId: z.number(),
  role: representativeRole,
  /** In force today. */
  current: z.boolean(),
});
export type Representative = z.infer<typeof representative>;

export const institution = institutionFields.extend({
  id: z.number(),
  /** Derived from the active period and today's date. */
  active: z.boolean(),
  titular: z.string().nullable(),
  alterno: z.string().nullable(),
});
export type Institution = z.infer<typeof institution>;

export const institutionDetail = institution.extend({ representatives: z.array(representative) });
export type InstitutionDetail = z.infer<typeof institutionDetail>;

export const institutionFilter = z.strictObject({
  search: z.string().trim().max(200, 'validation.tooLong').default(''),
  category: institutionCategory.nullable().default(null),
  inNetwork: z.boolean().nullable().default(null),
  status: z.enum(['active', 'inactive', 'all'], 'validation.invalidOption').default('active'),
});
export type InstitutionFilter = z.input<typeof institutionFilter>;

export const membersSummary = z.object({
  activeInstitutions: z.number(),
  votingInstitutions: z.number(),
  networkInstitutions: z.number(),
  /** Voting seats held by the women leaders network, over all voting seats (0–1). */
  networkVotingShare: z.number(),
  byCategory: z.array(z.object({ category: institutionCategory, count: z.number() })),
});
export type MembersSummary = z.infer<typeof membersSummary>;

/** What happened when the user asked to remove an institution. */
export const removalOutcome = z.object({ outcome: z.enum(['deleted', 'deactivated']) });
