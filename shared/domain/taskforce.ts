/** The instancia itself: identity, presidency, secretariat and the settings every document uses. */
import { z } from 'zod';
import { AGENDA_KINDS, DEFAULT_AGENDA } from '../rules/agenda';
import { checkPattern, DEFAULT_NUMBERING_PATTERN } from '../rules/numbering';
import { checkPeriod, crossCheck, isoDate, optionalEmail, optionalPhone, optionalText, requiredText } from './fields';

export const TASKFORCE_LEVELS = ['distrital', 'provincial', 'regional'] as const;
export type TaskforceLevel = (typeof TASKFORCE_LEVELS)[number];

export const DOCUMENT_TYPES = ['acta', 'oficio_multiple', 'oficio', 'acuerdo', 'informe'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The word printed for {TIPO} in each document type's number. */
export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  acta: 'ACTA',
  oficio_multiple: 'OFICIO MÚLTIPLE',
  oficio: 'OFICIO',
  acuerdo: 'ACUERDO',
  informe: 'INFORME',
};

export const ACTA_SIGNATORIES = ['all_attendees', 'presidency_and_secretariat'] as const;
export type ActaSignatories = (typeof ACTA_SIGNATORIES)[number];

const quorumThreshold = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('majority') }),
    z
      .strictObject({
        kind: z.literal('fraction'),
        numerator: z.number().int('validation.integer').min(1, 'validation.tooSmall'),
        denominator: z.number().int('validation.integer').min(1, 'validation.tooSmall'),
      })
      .check(
        crossCheck(({ numerator, denominator }, ctx) => {
          if (numerator !== undefined && denominator !== undefined && numerator > denominator) {
            ctx.addIssue({ code: 'custom', path: ['numerator'], message: 'taskforce.quorumFractionInvalid' });
          }
        }),
      ),
    z.strictObject({ kind: z.literal('fixed'), count: z.number().int('validation.integer').min(1, 'validation.tooSmall') }),
  ],
  'validation.invalidOption',
);

export const quorumRule = z.strictObject({
  firstCall: quorumThreshold,
  secondCall: quorumThreshold.nullable(),
  /** Minutes between the first and the second call, when there is one. */
  secondCallDelayMinutes: z.number().int('validation.integer').min(0, 'validation.tooSmall').max(240, 'validation.tooBig'),
});

const numberingPattern = z.strictObject({
  docType: z.enum(DOCUMENT_TYPES, 'validation.invalidOption'),
  pattern: requiredText(120).superRefine((pattern, ctx) => {
    const problem = checkPattern(pattern);
    if (problem === 'needsCorrelative') ctx.addIssue({ code: 'custom', message: 'taskforce.patternNeedsCorrelative' });
    if (problem === 'needsYear') ctx.addIssue({ code: 'custom', message: 'taskforce.patternNeedsYear' });
    if (problem === 'unknownPlaceholder') ctx.addIssue({ code: 'custom', message: 'taskforce.patternUnknownPlaceholder' });
  }),
});

const yearName = z
  .strictObject({
    year: z.number('validation.required').int('validation.integer').min(1990, 'validation.tooSmall').max(2100, 'validation.tooBig'),
    name: requiredText(400),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
  })
  .check(checkPeriod('validFrom', 'validTo'))
  .check(
    crossCheck(({ validFrom, year }, ctx) => {
      if (validFrom !== undefined && year !== undefined && Number(validFrom.slice(0, 4)) !== year) {
        ctx.addIssue({ code: 'custom', path: ['validFrom'], message: 'taskforce.yearNameOutsideYear' });
      }
    }),
  );
export type YearName = z.infer<typeof yearName>;

const settingsFields = z.strictObject({
  officialName: requiredText(400),
  shortName: requiredText(40),
  level: z.enum(TASKFORCE_LEVELS, 'validation.invalidOption'),
  district: optionalText(120),
  province: requiredText(120),
  region: requiredText(120),
  ordinanceNumber: requiredText(120),
  ordinanceDate: isoDate,
  installationDate: isoDate.nullable().default(null),
  presidencyInstitution: requiredText(200),
  presidencyPerson: requiredText(200),
  presidencyPost: requiredText(200),
  secretariatUnit: requiredText(200),
  secretariatResponsible: requiredText(200),
  secretariatPost: optionalText(200),
  secretariatPhone: optionalPhone,
  secretariatEmail: optionalEmail,
  /** The place written before the date in documents: "Villa El Salvador, 12 de marzo de 2026". */
  placeName: requiredText(120),
  entityAcronym: requiredText(30),
  unitAcronym: requiredText(40),
  decadeLine: optionalText(400),
  numbering: z.array(numberingPattern).max(DOCUMENT_TYPES.length, 'validation.tooBig'),
  yearNames: z.array(yearName).max(200, 'validation.tooBig'),
  quorum: quorumRule,
  actaSignatories: z.enum(ACTA_SIGNATORIES, 'validation.invalidOption'),
  /** The standing items every new session's agenda starts with. */
  defaultAgenda: z
    .array(z.strictObject({ title: requiredText(300), kind: z.enum(AGENDA_KINDS, 'validation.invalidOption') }))
    .max(30, 'validation.tooBig')
    .default(() => DEFAULT_AGENDA.map((item) => ({ ...item }))),
});

export const taskforceSettings = settingsFields.check(
  crossCheck((settings, ctx) => {
    if (settings.level === 'distrital' && settings.district === '') {
      ctx.addIssue({ code: 'custom', path: ['district'], message: 'taskforce.districtRequired' });
    }
    const seen = new Set<number>();
    settings.yearNames?.forEach((entry, index) => {
      if (seen.has(entry.year)) {
        ctx.addIssue({ code: 'custom', path: ['yearNames', index, 'year'], message: 'taskforce.yearNameDuplicate' });
      }
      seen.add(entry.year);
    });
  }),
);
export type TaskforceSettingsInput = z.input<typeof taskforceSettings>;
export type TaskforceSettings = z.output<typeof taskforceSettings>;

/** The installation date is written once the installation took place ("si ya se realizó"): never after today. */
export const installedAfter = (installationDate: string | null | undefined, today: string): boolean =>
  installationDate != null && installationDate > today;

/** The settings as they can be saved on `today`, for the form's instant check. */
export const taskforceSettingsOn = (today: string) =>
  taskforceSettings.check(
    crossCheck(({ installationDate }, ctx) => {
      if (installedAfter(installationDate, today)) ctx.addIssue({ code: 'custom', path: ['installationDate'], message: 'taskforce.installationInFuture' });
    }),
  );

/** The saved settings as read back: the same fields, plus what the backend adds. */
export const taskforce = settingsFields.extend({ hasLogo: z.boolean(), updatedAt: z.string() });
export type Taskforce = z.infer<typeof taskforce>;

export const LOGO_MAX_BYTES = 1024 * 1024;
export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoMimeType = (typeof LOGO_MIME_TYPES)[number];

const LOGO_MAX_BASE64 = Math.ceil(LOGO_MAX_BYTES / 3) * 4;

export const logoInput = z.strictObject({
  // A first cut on the encoded length; the exact byte limit is checked again after decoding.
  dataBase64: z
    .string('validation.required')
    .min(1, 'validation.required')
    .superRefine((value, ctx) => {
      if (value.length > LOGO_MAX_BASE64) {
        ctx.addIssue({ code: 'custom', message: 'taskforce.logoTooLarge', params: { max: LOGO_MAX_BYTES / 1024 } });
      }
    }),
});

export const logo = z.object({
  mimeType: z.enum(LOGO_MIME_TYPES),
  dataBase64: z.string(),
  width: z.number(),
  height: z.number(),
});
export type Logo = z.infer<typeof logo>;

export const DEFAULT_DECADE_LINE = 'Decenio de la Igualdad de Oportunidades para Mujeres y Hombres';

/** Official year names as decreed; users edit and extend them, documents look them up by date. */
export const DEFAULT_YEAR_NAMES: YearName[] = [
  {
    year: 2024,
    name: 'Año del Bicentenario, de la consolidación de nuestra Independencia, y de la conmemoración de las heroicas batallas de Junín y Ayacucho',
    validFrom: '2024-01-01',
    validTo: '2024-12-31',
  },
  { year: 2025, name: 'Año de la recuperación y consolidación de la economía peruana', validFrom: '2025-01-01', validTo: '2025-12-31' },
  { year: 2026, name: 'Año de la Esperanza y el Fortalecimiento de la Democracia', validFrom: '2026-01-01', validTo: '2026-12-31' },
];

export const DEFAULT_NUMBERING = DOCUMENT_TYPES.map((docType) => ({ docType, pattern: DEFAULT_NUMBERING_PATTERN }));
