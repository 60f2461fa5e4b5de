/** Where things stand: what each institution still owes, and what the reminders must bring up. */
import { sql } from 'kysely';
import type { InstitutionStanding, Reminders } from '../../../shared/domain/agreements';
import { DUE_SOON_DAYS, OPEN_STATUSES, REMINDER_DAYS } from '../../../shared/rules/agreementStatus';
import { addDays } from '../../../shared/rules/dates';
import type { ServiceContext } from '../context';
import { agreementRowsQuery, SECRETARIAT, toAgreementRows } from './rows';

const OPEN = sql.raw(`a.status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`);

function standingColumns(today: string) {
  const soon = addDays(today, DUE_SOON_DAYS);
  return sql<{ total: number; open: number; overdue: number; due_soon: number; fulfilled: number }>`
    count(*) AS total,
    sum(${OPEN}) AS open,
    sum(${OPEN} AND a.deadline < ${today}) AS overdue,
    sum(${OPEN} AND a.deadline >= ${today} AND a.deadline <= ${soon}) AS due_soon,
    sum(a.status = 'cumplido') AS fulfilled`;
}

type Counts = { total: number; open: number; overdue: number; due_soon: number; fulfilled: number };

const toStanding = (institutionId: number | null, name: string, c: Counts): InstitutionStanding => ({
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
  const columns = standingColumns(today);
  const [institutions, secretariat] = await Promise.all([
    sql<Counts & { institution_id: number; name: string }>`
      SELECT r.institution_id, i.name, ${columns}
      FROM agreement_responsible r JOIN agreement a ON a.id = r.agreement_id JOIN institution i ON i.id = r.institution_id
      GROUP BY r.institution_id`.execute(ctx.db),
    sql<Counts>`SELECT ${columns} FROM agreement a WHERE a.secretariat_responsible = 1`.execute(ctx.db),
  ]);
  const standings = institutions.rows.map((r) => toStanding(r.institution_id, r.name, r));
  const st = secretariat.rows[0];
  if (st && Number(st.total) > 0) standings.push(toStanding(null, SECRETARIAT, st));
  return standings.sort((a, b) => b.open - a.open || b.overdue - a.overdue || a.name.localeCompare(b.name, 'es'));
}

/** Open, not silenced, and overdue or due within a week; soonest deadline first. */
export async function dueReminders(ctx: ServiceContext): Promise<Reminders> {
  const today = ctx.clock.today();
  const raw = await agreementRowsQuery(ctx.db)
    .where('a.status', 'in', OPEN_STATUSES)
    .where('a.reminders_silenced', '=', 0)
    .where('a.deadline', '<=', addDays(today, REMINDER_DAYS))
    .orderBy('a.deadline')
    .orderBy('a.year')
    .orderBy('a.number')
    .execute();
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
