/** Where things stand: what each institution still owes, and what the reminders must bring up. */
import type { InstitutionStanding, Reminders } from '../../../shared/domain/agreements';
import { DUE_SOON_DAYS, REMINDER_DAYS } from '../../../shared/rules/agreementStatus';
import { addDays } from '../../../shared/rules/dates';
import type { ServiceContext } from '../context';
import { listRemindableRows, type StandingCounts, standingCounts } from './queries';
import { toAgreementRows } from './rows';
import { SECRETARIAT } from './secretariat';

const toStanding = (institutionId: number | null, name: string, c: StandingCounts): InstitutionStanding => ({
  institutionId,
  name,
  open: Number(c.open ?? 0),
  overdue: Number(c.overdue ?? 0),
  dueSoon: Number(c.due_soon ?? 0),
  fulfilled: Number(c.fulfilled ?? 0),
  total: Number(c.total),
});

/** Every institution responsible for at least one agreement, and the secretaría técnica; most open first. */
export async function standingByInstitution(ctx: ServiceContext): Promise<InstitutionStanding[]> {
  const today = ctx.clock.today();
  const counts = await standingCounts(ctx.db, today, addDays(today, DUE_SOON_DAYS));
  const standings = counts.institutions.map((r) => toStanding(r.institution_id, r.name, r));
  const st = counts.secretariat;
  if (st && Number(st.total) > 0) standings.push(toStanding(null, SECRETARIAT, st));
  return standings.sort((a, b) => b.open - a.open || b.overdue - a.overdue || a.name.localeCompare(b.name, 'es'));
}

/** Open, not silenced, and overdue or due within a week; soonest deadline first. */
export async function dueReminders(ctx: ServiceContext): Promise<Reminders> {
  const today = ctx.clock.today();
  const raw = await listRemindableRows(ctx.db, addDays(today, REMINDER_DAYS));
  const items = (await toAgreementRows(ctx.db, raw, today)).map((r) => ({
    id: r.id,
    numberText: r.numberText,
    text: r.text,
    deadline: r.deadline!,
    responsibleNames: r.responsibleNames,
    secretariatResponsible: r.secretariatResponsible,
    overdue: r.overdue,
  }));
  return { today, overdue: items.filter((i) => i.overdue), dueSoon: items.filter((i) => !i.overdue) };
}
