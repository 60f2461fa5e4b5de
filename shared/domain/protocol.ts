/**
 * The joint local action protocol: a versioned structured document. A version is a draft until an
 * agreement approves it; approving one replaces the previous approved version; a new version
 * starts as a copy of the latest one. Approved and replaced versions never change.
 */
import { z } from 'zod';
import { approvalInput, approvalRecord } from './approval';
import { entityId, optionalText, requiredText } from './fields';
import { richText } from './richText';

export const PROTOCOL_STATUSES = ['borrador', 'aprobado', 'reemplazado'] as const;
export type ProtocolStatus = (typeof PROTOCOL_STATUSES)[number];

/** The free-text sections every protocol has; more ('other') may be added. */
export const PROTOCOL_SECTION_KINDS = [
  'presentation',
  'scope',
  'legal_framework',
  'principles',
  'general_rules',
  'final_provisions',
  'other',
] as const;
export type ProtocolSectionKind = (typeof PROTOCOL_SECTION_KINDS)[number];

export const CARE_GROUPS = ['children', 'older_adults', 'disabilities', 'migrants', 'lgbti', 'indigenous_afro'] as const;
export type CareGroup = (typeof CARE_GROUPS)[number];

/** The groups' names as the protocol prints them. */
export const CARE_GROUP_LABELS: Record<CareGroup, string> = {
  children: 'Niñas, niños y adolescentes',
  older_adults: 'Personas adultas mayores',
  disabilities: 'Personas con discapacidad',
  migrants: 'Personas migrantes',
  lgbti: 'Personas LGBTI',
  indigenous_afro: 'Pueblos indígenas y población afroperuana',
};

/** The sections a first version starts with, in the order of the Villa El Salvador protocol. */
export const STANDARD_SECTIONS: ReadonlyArray<{ kind: ProtocolSectionKind; title: string }> = [
  { kind: 'presentation', title: 'Presentación' },
  { kind: 'scope', title: 'Objetivo, alcance y población objetivo' },
  { kind: 'legal_framework', title: 'Marco normativo' },
  { kind: 'principles', title: 'Principios y enfoques' },
  { kind: 'general_rules', title: 'Normas generales de atención' },
  { kind: 'final_provisions', title: 'Disposiciones finales' },
];

export const protocolCreateInput = z.strictObject({ title: requiredText(300) });

export const protocolSectionInput = z.strictObject({
  versionId: entityId,
  id: entityId.optional(),
  kind: z.enum(PROTOCOL_SECTION_KINDS, 'validation.invalidOption'),
  title: requiredText(300),
  body: richText,
});

export const protocolFunctionInput = z.strictObject({ versionId: entityId, institutionId: entityId, functions: richText });

export const routeStepInput = z.strictObject({
  versionId: entityId,
  id: entityId.optional(),
  step: requiredText(300),
  institutionId: entityId,
  action: requiredText(2000),
  timeframe: optionalText(200),
  contactPoint: optionalText(300),
  victimInformation: optionalText(2000),
});

export const groupCareInput = z.strictObject({ versionId: entityId, group: z.enum(CARE_GROUPS, 'validation.invalidOption'), guidance: richText });

export const PROTOCOL_ITEM_KINDS = ['section', 'routeStep'] as const;
export const protocolItemInput = z.strictObject({ kind: z.enum(PROTOCOL_ITEM_KINDS, 'validation.invalidOption'), id: entityId });
export const protocolMoveInput = protocolItemInput.extend({ direction: z.enum(['up', 'down'], 'validation.invalidOption') });

export const protocolApproveInput = approvalInput;

export const protocolDiffInput = z.strictObject({ fromId: entityId, toId: entityId });

// Outputs

export const protocolSection = z.object({ id: z.number(), position: z.number(), kind: z.enum(PROTOCOL_SECTION_KINDS), title: z.string(), body: richText });
export const protocolFunction = z.object({ institutionId: z.number(), institutionName: z.string(), functions: richText });
export const routeStep = z.object({
  id: z.number(),
  position: z.number(),
  step: z.string(),
  institutionId: z.number(),
  institutionName: z.string(),
  action: z.string(),
  timeframe: z.string(),
  contactPoint: z.string(),
  victimInformation: z.string(),
});
export const groupCare = z.object({ group: z.enum(CARE_GROUPS), guidance: richText });

export const protocolVersionSummary = z.object({
  id: z.number(),
  versionNumber: z.number(),
  title: z.string(),
  status: z.enum(PROTOCOL_STATUSES),
  approval: approvalRecord,
  basedOnId: z.number().nullable(),
  createdAt: z.string(),
});
export type ProtocolVersionSummary = z.infer<typeof protocolVersionSummary>;

export const protocolVersion = protocolVersionSummary.extend({
  sections: z.array(protocolSection),
  /** One entry per member institution active today, empty functions when none were written yet. */
  functions: z.array(protocolFunction),
  route: z.array(routeStep),
  groups: z.array(groupCare),
  locked: z.boolean(),
});
export type ProtocolVersion = z.infer<typeof protocolVersion>;

export const DIFF_CHANGES = ['added', 'removed', 'changed'] as const;

/** One part of the protocol that differs between two versions; unchanged parts are left out. */
export const protocolDifference = z.object({
  area: z.enum(['section', 'function', 'route', 'group']),
  /** The part's name as the screen shows it: a section title, an institution, a step, a group key. */
  label: z.string(),
  change: z.enum(DIFF_CHANGES),
  before: z.string(),
  after: z.string(),
});
export const protocolDiff = z.object({
  from: protocolVersionSummary,
  to: protocolVersionSummary,
  differences: z.array(protocolDifference),
});
export type ProtocolDiff = z.infer<typeof protocolDiff>;

export const protocolDocumentInput = z.strictObject({ versionId: entityId });
