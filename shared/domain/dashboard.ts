/** Inicio: the next session, agreements by standing, attendance and the network's part, at a glance. */
import { z } from 'zod';
import { STANDING_KEYS } from '../rules/agreementStatus';
import { agreementRow } from './agreements';

const standingCounts = z.object(Object.fromEntries(STANDING_KEYS.map((k) => [k, z.number()])) as Record<(typeof STANDING_KEYS)[number], z.ZodNumber>);

export const dashboard = z.object({
  today: z.string(),
  nextSession: z
    .object({
      id: z.number(),
      title: z.string(),
      date: z.string(),
      firstCallTime: z.string().nullable(),
      convocationIssued: z.boolean(),
      /** Addressees whose cargo has not been recorded yet. */
      deliveriesMissing: z.number(),
      addressees: z.number(),
    })
    .nullable(),
  byStatus: standingCounts,
  overdue: z.array(agreementRow),
  dueSoon: z.array(agreementRow),
  /** Voting members' attendance in the sessions of the last 12 months, lowest rate first. */
  attendance: z.array(
    z.object({ institutionId: z.number(), name: z.string(), inNetwork: z.boolean(), sessions: z.number(), present: z.number(), rate: z.number() }),
  ),
  network: z.object({
    institutions: z.number(),
    votingShare: z.number(),
    /** Attendance rate of network institutions and of the others, last 12 months; null without sessions. */
    attendanceRate: z.number().nullable(),
    othersAttendanceRate: z.number().nullable(),
    /** Follow-up reports given by network institutions in the last 12 months. */
    reports: z.number(),
    /** Open agreements where a network institution is responsible. */
    openAgreements: z.number(),
  }),
  sessionsLast12Months: z.number(),
});
export type Dashboard = z.infer<typeof dashboard>;
