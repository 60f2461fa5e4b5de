/**
 * The one typed contract between the renderer and the backend. Preload, IPC, web host, handlers and
 * the renderer's client all derive from this map, so a method added here and forgotten on one side
 * fails to compile. Every method takes one object argument.
 */
import { z } from 'zod';
import { appStatus, emptyInput } from './domain/app';
import { entityId, isoDate } from './domain/fields';
import {
  institution,
  institutionDetail,
  institutionFilter,
  institutionInput,
  institutionUpdateInput,
  membersSummary,
  removalOutcome,
  representative,
  representativeInput,
  representativeReplaceInput,
  representativeUpdateInput,
} from './domain/members';
import { logo, logoInput, taskforce, taskforceSettings } from './domain/taskforce';
import type { Result } from './result';

const byId = z.strictObject({ id: entityId });

export const contract = {
  'app.status': { input: emptyInput, output: appStatus },
  'app.openDemo': { input: emptyInput, output: appStatus },
  'app.openReal': { input: emptyInput, output: appStatus },
  /** Starts an empty database in a new file beside a refused one, which is left untouched. */
  'app.startNewDatabase': { input: emptyInput, output: appStatus },

  'taskforce.get': { input: emptyInput, output: taskforce.nullable() },
  'taskforce.save': { input: taskforceSettings, output: taskforce },
  'taskforce.getLogo': { input: emptyInput, output: logo.nullable() },
  'taskforce.setLogo': { input: logoInput, output: logo },
  'taskforce.removeLogo': { input: emptyInput, output: z.null() },

  'members.list': { input: institutionFilter, output: z.array(institution) },
  'members.get': { input: byId, output: institutionDetail },
  'members.summary': { input: emptyInput, output: membersSummary },
  'members.create': { input: institutionInput, output: institutionDetail },
  'members.update': { input: institutionUpdateInput, output: institutionDetail },
  'members.deactivate': { input: z.strictObject({ id: entityId, date: isoDate }), output: institutionDetail },
  'members.reactivate': { input: byId, output: institutionDetail },
  /** Deletes an institution nothing refers to; otherwise only deactivates it. */
  'members.remove': { input: z.strictObject({ id: entityId, date: isoDate }), output: removalOutcome },
  'members.addRepresentative': { input: representativeInput, output: representative },
  'members.updateRepresentative': { input: representativeUpdateInput, output: representative },
  'members.replaceRepresentative': { input: representativeReplaceInput, output: representative },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** What `window.acuerda` offers, in the desktop app (preload) and in a browser (web bridge). */
export type AcuerdaApi = { [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>> };

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

/** The IPC channel of a method: one channel per method keeps the sender check per call. */
export const ipcChannel = (method: MethodName): string => `acuerda:${method}`;
