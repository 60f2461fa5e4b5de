/**
 * Every message key the backend or the shared schemas can produce. The renderer's i18n files
 * must translate each one (a unit test checks both languages), so a new rule cannot reach the
 * user as a raw key.
 */
export const MESSAGE_KEYS = [
  // generic validation
  'validation.invalid',
  'validation.required',
  'validation.tooLong',
  'validation.tooShort',
  'validation.tooBig',
  'validation.tooSmall',
  'validation.invalidOption',
  'validation.unexpectedField',
  'validation.email',
  'validation.impossibleDate',
  'validation.dateFormat',
  'validation.dni',
  'validation.phone',
  'validation.periodEndsBeforeStart',
  'validation.integer',
  // settings
  'taskforce.notConfigured',
  'taskforce.districtRequired',
  'taskforce.patternNeedsCorrelative',
  'taskforce.patternNeedsYear',
  'taskforce.patternUnknownPlaceholder',
  'taskforce.yearNameDuplicate',
  'taskforce.yearNameOutsideYear',
  'taskforce.quorumFractionInvalid',
  'taskforce.logoNotImage',
  'taskforce.logoTooLarge',
  'taskforce.logoTooSmall',
  // members
  'members.institutionNotFound',
  'members.representativeNotFound',
  'members.duplicateName',
  'members.overlappingRepresentative',
  'members.replaceDateOutsidePeriod',
  'members.inactiveInstitution',
  // database and app
  'database.notSqlite',
  'database.tooNew',
  'database.notAcuerda',
  'database.corrupt',
  'database.unavailable',
  'app.forbidden',
  'app.unknownMethod',
  'app.internal',
  'app.unreachable',
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];
