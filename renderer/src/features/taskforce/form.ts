/**
 * The instancia's settings as the form holds them, and the conversion to the contract's input.
 * The same form serves the first-run wizard and the "Instancia" page.
 */
import { useForm, type UseFormReturnType } from '@mantine/form';
import {
  type ACTA_SIGNATORIES,
  DEFAULT_DECADE_LINE,
  DEFAULT_NUMBERING,
  DEFAULT_YEAR_NAMES,
  DOCUMENT_TYPES,
  type DocumentType,
  type Taskforce,
  type TaskforceSettingsInput,
  type TASKFORCE_LEVELS,
  taskforceSettingsOn,
} from '../../../../shared/domain/taskforce';
import { type AgendaKind, DEFAULT_AGENDA } from '../../../../shared/rules/agenda';
import type { QuorumThreshold } from '../../../../shared/rules/quorum';
import { schemaErrors, validateChangedOnBlur } from '../../lib/forms';
import { today } from '../../lib/dates';

type NumberValue = number | string;

/** All three kinds' numbers are kept while the user switches between kinds. */
export interface ThresholdValues {
  kind: QuorumThreshold['kind'];
  numerator: NumberValue;
  denominator: NumberValue;
  count: NumberValue;
}

interface YearNameValues {
  year: NumberValue;
  name: string;
  validFrom: string | null;
  validTo: string | null;
}

type Texts = Omit<
  TaskforceSettingsInput,
  'level' | 'ordinanceDate' | 'installationDate' | 'numbering' | 'yearNames' | 'quorum' | 'actaSignatories' | 'defaultAgenda'
>;

export type SettingsValues = Required<Texts> & {
  level: (typeof TASKFORCE_LEVELS)[number];
  ordinanceDate: string | null;
  installationDate: string | null;
  numbering: { docType: DocumentType; pattern: string }[];
  yearNames: YearNameValues[];
  quorum: { firstCall: ThresholdValues; secondCallEnabled: boolean; secondCall: ThresholdValues; secondCallDelayMinutes: NumberValue };
  actaSignatories: (typeof ACTA_SIGNATORIES)[number];
  defaultAgenda: { title: string; kind: AgendaKind }[];
};

export type SettingsForm = UseFormReturnType<SettingsValues>;

const MAJORITY: ThresholdValues = { kind: 'majority', numerator: 2, denominator: 3, count: 10 };

const thresholdValues = (t: QuorumThreshold | null): ThresholdValues => ({ ...MAJORITY, ...t });

const EMPTY: SettingsValues = {
  officialName: '',
  shortName: '',
  level: 'distrital',
  district: '',
  province: '',
  region: '',
  ordinanceNumber: '',
  ordinanceDate: null,
  installationDate: null,
  presidencyInstitution: '',
  presidencyPerson: '',
  presidencyPost: '',
  secretariatUnit: '',
  secretariatResponsible: '',
  secretariatPost: '',
  secretariatPhone: '',
  secretariatEmail: '',
  placeName: '',
  entityAcronym: '',
  unitAcronym: '',
  decadeLine: DEFAULT_DECADE_LINE,
  numbering: DEFAULT_NUMBERING,
  yearNames: DEFAULT_YEAR_NAMES,
  quorum: { firstCall: MAJORITY, secondCallEnabled: false, secondCall: MAJORITY, secondCallDelayMinutes: 30 },
  actaSignatories: 'all_attendees',
  defaultAgenda: DEFAULT_AGENDA.map((item) => ({ ...item })),
};

/** The form's starting point: the saved settings, or sensible defaults on the first run. */
function settingsValues(saved: Taskforce | null): SettingsValues {
  if (!saved) return EMPTY;
  const { hasLogo: _hasLogo, updatedAt: _updatedAt, quorum, numbering, ...rest } = saved;
  return {
    ...rest,
    // Every document type gets a row, even one added to the app after these settings were saved.
    numbering: DOCUMENT_TYPES.map(
      (docType) => numbering.find((n) => n.docType === docType) ?? { docType, pattern: DEFAULT_NUMBERING[0]!.pattern },
    ),
    quorum: {
      firstCall: thresholdValues(quorum.firstCall),
      secondCallEnabled: quorum.secondCall !== null,
      secondCall: thresholdValues(quorum.secondCall),
      secondCallDelayMinutes: quorum.secondCallDelayMinutes,
    },
  };
}

/** "" is a number not yet typed: left out, so the schema asks for it. */
const num = (value: NumberValue): number | undefined => (value === '' ? undefined : Number(value));

export function toThreshold(t: ThresholdValues) {
  if (t.kind === 'fraction') return { kind: t.kind, numerator: num(t.numerator), denominator: num(t.denominator) };
  if (t.kind === 'fixed') return { kind: t.kind, count: num(t.count) };
  return { kind: t.kind };
}

export function toSettingsInput(values: SettingsValues): TaskforceSettingsInput {
  const { quorum, yearNames, ...rest } = values;
  // Incomplete numbers and dates go through as they are: the schema names what is missing.
  return {
    ...rest,
    yearNames: yearNames.map((y) => ({ ...y, year: num(y.year) })),
    quorum: {
      firstCall: toThreshold(quorum.firstCall),
      secondCall: quorum.secondCallEnabled ? toThreshold(quorum.secondCall) : null,
      secondCallDelayMinutes: num(quorum.secondCallDelayMinutes),
    },
  } as TaskforceSettingsInput;
}

export const settingsErrors = (values: SettingsValues) => schemaErrors(taskforceSettingsOn(today()), toSettingsInput(values));

export function useSettingsForm(saved: Taskforce | null): SettingsForm {
  return useForm<SettingsValues>({
    initialValues: settingsValues(saved),
    validate: settingsErrors,
    enhanceGetInputProps: validateChangedOnBlur,
  });
}

/** The parts of the settings, in the order the wizard asks for them. */
export const SETTINGS_SECTIONS = ['identity', 'governance', 'documents', 'sessions'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

const SECTION_OF_FIELD: Record<string, SettingsSection> = {
  placeName: 'documents',
  entityAcronym: 'documents',
  unitAcronym: 'documents',
  decadeLine: 'documents',
  numbering: 'documents',
  yearNames: 'documents',
  quorum: 'sessions',
  actaSignatories: 'sessions',
  defaultAgenda: 'sessions',
};

/** Which section shows the field at `path` ("yearNames.2.name" → documents). */
export function sectionOf(path: string): SettingsSection {
  const head = path.split('.')[0] ?? '';
  if (head.startsWith('presidency') || head.startsWith('secretariat')) return 'governance';
  return SECTION_OF_FIELD[head] ?? 'identity';
}
