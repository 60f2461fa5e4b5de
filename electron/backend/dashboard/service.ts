/**
 * Inicio: what a secretary wants to see on opening the app. The next session and its convocation,
 * agreements by standing with the overdue and soon-due ones, who attends and who never comes, and
 * how the women leaders' network takes part.
 */
import type { Dashboard } from '../../../shared/domain/dashboard';
import { agreementFilter } from '../../../shared/domain/agreements';
import { countStandings, DUE_SOON_DAYS } from '../../../shared/rules/agreementStatus';
import { addDays } from '../../../shared/rules/dates';
import { listAgreementRowsByDeadline, listStatuses } from '../agreements/queries';
import { toAgreementRows } from '../agreements/rows';
import type { ServiceContext } from '../context';
import type { Db } from '../db/types';
import { titleOf } from '../sessions/records';
import * as queries from './queries';

/** How many overdue and soon-due agreements the lists show; the register has the rest. */
const LIST_LIMIT = 10;

async function nextSession(db: Db, today: string): Promise<Dashboard['nextSession']> {
  const row = await queries.findNextSession(db, today);
  if (!row) return null;
  const counts = await queries.countAddressees(db, row.id);
  const issued = row.convocation_number_text !== null;
  return {
    id: row.id,
    title: titleOf(row),
    date: row.date,
    firstCallTime: row.first_call_time,
    convocationIssued: issued,
    deliveriesMissing: issued ? Number(counts.missing ?? 0) : 0,
    addressees: Number(counts.total),
  };
}

async function byStatus(db: Db, today: string) {
  const rows = await listStatuses(db);
  return countStandings(rows, today);
}

/** The overdue ones, or those due within DUE_SOON_DAYS: the register's filters of the same name. */
async function listed(db: Db, today: string, which: 'overdue' | 'dueSoon') {
  const filter = agreementFilter.parse(which === 'overdue' ? { overdue: true } : { dueWithinDays: DUE_SOON_DAYS });
  return toAgreementRows(db, await listAgreementRowsByDeadline(db, filter, today, LIST_LIMIT), today);
}

/** Who had a vote in each session held in the last 12 months, and how often they came. */
async function attendance(db: Db, today: string) {
  const rows = await queries.attendanceSince(db, addDays(today, -365), today);
  return rows
    .map((r) => ({ institutionId: r.id, name: r.name, inNetwork: r.in_network === 1, sessions: Number(r.sessions), present: Number(r.present) }))
    .map((r) => ({ ...r, rate: r.present / r.sessions }))
    .sort((a, b) => a.rate - b.rate || a.name.localeCompare(b.name, 'es'));
}

async function network(db: Db, today: string, rates: Dashboard['attendance']): Promise<Dashboard['network']> {
  const [members, reports, open] = await Promise.all([
    queries.countNetworkMembers(db, today),
    queries.countNetworkReports(db, addDays(today, -365)),
    queries.countNetworkOpenAgreements(db),
  ]);
  const rateOf = (rows: Dashboard['attendance']) => {
    const sessions = rows.reduce((sum, r) => sum + r.sessions, 0);
    return sessions === 0 ? null : rows.reduce((sum, r) => sum + r.present, 0) / sessions;
  };
  const voting = Number(members.voting ?? 0);
  return {
    institutions: Number(members.network ?? 0),
    votingShare: voting === 0 ? 0 : Number(members.network_voting ?? 0) / voting,
    attendanceRate: rateOf(rates.filter((r) => r.inNetwork)),
    othersAttendanceRate: rateOf(rates.filter((r) => !r.inNetwork)),
    reports,
    openAgreements: open,
  };
}

export async function getDashboard(ctx: ServiceContext): Promise<Dashboard> {
  const today = ctx.clock.today();
  const [next, counts, overdue, dueSoon, rates, held] = await Promise.all([
    nextSession(ctx.db, today),
    byStatus(ctx.db, today),
    listed(ctx.db, today, 'overdue'),
    listed(ctx.db, today, 'dueSoon'),
    attendance(ctx.db, today),
    queries.countHeldSessions(ctx.db, addDays(today, -365), today),
  ]);
  return {
    today,
    nextSession: next,
    byStatus: counts,
    overdue,
    dueSoon,
    attendance: rates,
    network: await network(ctx.db, today, rates),
    sessionsLast12Months: held,
  };
}
