/** Which database the app has open, or why it could not open one. */
import { z } from 'zod';

export const DATABASE_PROBLEMS = ['notSqlite', 'tooNew', 'notAcuerda', 'corrupt'] as const;
export type DatabaseProblem = (typeof DATABASE_PROBLEMS)[number];

export const appStatus = z.object({
  version: z.string(),
  database: z.discriminatedUnion('state', [
    z.object({
      state: z.literal('ready'),
      /** Real data and the fictional demo never share a file. */
      kind: z.enum(['real', 'demo']),
      file: z.string(),
      configured: z.boolean(),
    }),
    z.object({ state: z.literal('refused'), problem: z.enum(DATABASE_PROBLEMS), file: z.string() }),
  ]),
});
export type AppStatus = z.infer<typeof appStatus>;

export const emptyInput = z.strictObject({});
