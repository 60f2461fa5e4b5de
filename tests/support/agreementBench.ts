/**
 * A follow-up register far larger than any district's, for the agreement benches: 40 institutions,
 * 120 sessions over five years (two a month, the last one convened for later this month), 5,000
 * agreements with one to three responsibles and 20,000 follow-up reports.
 *
 * The institutions go through the service; the rest is written straight into the database in one
 * transaction, as adopting 5,000 agreements with quorum through the dispatcher would take minutes.
 * The rows keep the rules the services keep: an agreement's status, progress and last report date
 * are those of its latest report; a report given in a session is dated that day, in a later
 * ordinary session (which has the "seguimiento de acuerdos" item), never in the future; "cumplido"
 * means 100 %; actas are approved in the next session once everything in them was written.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { nameKey } from '../../shared/rules/text';
import { sessionName } from '../../shared/rules/sessionTitle';
import { addDays } from '../../shared/rules/dates';
import { DEFAULT_NUMBERING_PATTERN, formatDocumentNumber } from '../../shared/rules/numbering';
import { DEFAULT_DATABASE } from '../../electron/backend/workspace';
import { INSTITUTIONS, OBJECTS, OBSERVATIONS, REPORTS, SCOPES, VERBS } from './agreementBenchText';
import { addMonths, daysBetween, nthWeekday, random } from './benchCalendar';
import { validSettings } from './fixtures';
import { fixedClock, openTestWorkspace, TODAY, type TestWorkspace } from './workspace';

export const BENCH_AGREEMENTS = 5000;
export const BENCH_FOLLOW_UPS = 20000;

/** Sessions, agreements and reports only from this day on: the instancia's installation. */
const INSTALLED = '2021-02-10';
const FIRST_MONTH = '2021-04';
const MONTHS = 60;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'latin1');

interface BenchSession {
  id: number;
  kind: 'ordinaria' | 'extraordinaria';
  year: number;
  number: number;
  date: string;
  held: boolean;
  orderOfDay: number[];
  followUpItem: number | null;
}

export interface AgreementBenchWorld {
  ws: TestWorkspace;
  /** Institution ids by acronym. */
  institutions: Map<string, number>;
  sessions: BenchSession[];
  counts: { agreements: number; followUps: number };
}

type Status = keyof typeof REPORTS;

export async function buildAgreementBenchWorld(): Promise<AgreementBenchWorld> {
  const ws = await openTestWorkspace({ clock: fixedClock(TODAY) });
  await ws.call('taskforce.save', { ...validSettings(), ordinanceNumber: 'Ordenanza N° 021-2020-MDSJP', ordinanceDate: '2020-11-20', installationDate: INSTALLED });
  const institutions = new Map<string, number>();
  for (const [name, acronym, category, hasVote, inNetwork] of INSTITUTIONS) {
    const created = await ws.call('members.create', { name, acronym, category, hasVote, inNetwork, activeFrom: INSTALLED });
    institutions.set(acronym, created.id);
  }
  const sqlite = new Database(path.join(ws.dir, DEFAULT_DATABASE));
  sqlite.pragma('foreign_keys = ON');
  try {
    const world = sqlite.transaction(() => fill(sqlite, institutions))();
    return { ws, institutions, ...world };
  } finally {
    sqlite.close();
  }
}

function fill(sqlite: Database.Database, institutionIds: Map<string, number>) {
  const rnd = random(20260312);
  const now = `${TODAY}T15:00:00.000Z`;
  const number = (typeLabel: string, correlative: number, year: number) =>
    formatDocumentNumber(DEFAULT_NUMBERING_PATTERN, { typeLabel, correlative, year, entity: 'MDSJP', unit: 'SGDS' });
  const counters = new Map<string, number>();
  const take = (series: string, year: number) => {
    const key = `${series}|${year}`;
    const next = (counters.get(key) ?? 0) + 1;
    counters.set(key, next);
    return next;
  };

  const members = INSTITUTIONS.map(([, acronym, , vote, network]) => ({ id: institutionIds.get(acronym)!, acronym, vote, network }));
  const voting = members.filter((m) => m.vote);

  // Sessions: the second Tuesday (ordinaria) and the fourth Thursday (extraordinaria) of each month.
  const insertSession = sqlite.prepare(`INSERT INTO session (kind, year, number, acta_number_text, date, first_call_time, second_call_time, mode, place,
    virtual_link, presided_by, presided_post, secretary_name, secretary_post, convocation_number_text, convocation_date, convocation_signer,
    convocation_reference, call, start_time, end_time, created_at, updated_at)
    VALUES (@kind, @year, @number, @acta, @date, '10:00', '10:30', @mode, @place, @link, 'Ana Torres', 'Alcaldesa', 'Luis Pérez', 'Subgerente',
    @oficio, @convocationDate, 'secretariat', 'Ordenanza N° 021-2020-MDSJP', 'first', @start, @end, @now, @now)`);
  const insertItem = sqlite.prepare(`INSERT INTO agenda_item (session_id, position, title, kind, presenter_institution_id, notes, updated_at)
    VALUES (?, ?, ?, ?, ?, '', ?)`);
  const insertAttendance = sqlite.prepare(`INSERT INTO attendance (session_id, institution_id, has_vote, status) VALUES (?, ?, 1, ?)`);
  const insertAddressee = sqlite.prepare(`INSERT INTO addressee (session_id, institution_id, delivered_on, received_by) VALUES (?, ?, ?, ?)`);

  const sessions: BenchSession[] = [];
  for (let m = 0; m < MONTHS; m++) {
    const month = addMonths(FIRST_MONTH, m);
    for (const kind of ['ordinaria', 'extraordinaria'] as const) {
      const date = kind === 'ordinaria' ? nthWeekday(month, 2, 2) : nthWeekday(month, 4, 4);
      const year = Number(date.slice(0, 4));
      const held = date <= TODAY;
      const n = take(`session:${kind}`, year);
      const convocationDate = addDays(date, -10);
      const oficioYear = Number(convocationDate.slice(0, 4));
      const virtual = year === 2021 && rnd.next() < 0.6;
      const { lastInsertRowid } = insertSession.run({
        kind,
        year,
        number: n,
        acta: number(`ACTA DE LA ${sessionName(kind, n).toUpperCase()}`, n, year),
        date,
        mode: virtual ? 'virtual' : 'presencial',
        place: virtual ? '' : 'Sala de Regidores del Palacio Municipal',
        link: virtual ? 'https://meet.example/instancia' : '',
        oficio: number('OFICIO MÚLTIPLE', take('oficio_multiple', oficioYear), oficioYear),
        convocationDate,
        start: held ? '10:10' : null,
        end: held ? '12:45' : null,
        now: `${convocationDate}T15:00:00.000Z`,
      });
      const id = Number(lastInsertRowid);
      const titles: [string, string][] =
        kind === 'ordinaria'
          ? [
              ['Verificación del quórum', 'quorum'],
              ['Lectura y aprobación del acta de la sesión anterior', 'aprobacion_acta'],
              ['Despacho', 'despacho'],
              ['Informes', 'informes'],
              ['Pedidos', 'pedidos'],
              ['Avance del Plan de Acción Local', 'orden_del_dia'],
              ['Campañas de prevención y ruta de atención', 'orden_del_dia'],
              ['Seguimiento de acuerdos', 'seguimiento_acuerdos'],
            ]
          : [
              ['Verificación del quórum', 'quorum'],
              ['Organización de las actividades conmemorativas', 'orden_del_dia'],
              ['Coordinación interinstitucional de la ruta de atención', 'orden_del_dia'],
            ];
      const session: BenchSession = { id, kind, year, number: n, date, held, orderOfDay: [], followUpItem: null };
      titles.forEach(([title, itemKind], position) => {
        const presenter = itemKind === 'orden_del_dia' ? rnd.pick(members).id : null;
        const itemId = Number(insertItem.run(id, position + 1, title, itemKind, presenter, now).lastInsertRowid);
        if (itemKind === 'orden_del_dia') session.orderOfDay.push(itemId);
        if (itemKind === 'seguimiento_acuerdos') session.followUpItem = itemId;
      });
      for (const member of voting) {
        const missing = !held && rnd.next() < 0.3;
        insertAddressee.run(id, member.id, missing ? null : addDays(convocationDate, 2), missing ? '' : 'Mesa de partes');
        if (!held) continue;
        const roll = rnd.next();
        insertAttendance.run(id, member.id, roll < 0.7 ? 'titular' : roll < 0.85 ? 'alterno' : roll < 0.97 ? 'absent' : 'excused');
      }
      sessions.push(session);
    }
  }
  const heldSessions = sessions.filter((s) => s.held);

  // Agreements: spread evenly over the held sessions, numbered per year in session order.
  const insertAgreement = sqlite.prepare(`INSERT INTO agreement (session_id, agenda_item_id, year, number, number_text, text, secretariat_responsible,
    deadline, adoption, votes_for, votes_against, abstentions, created_at, updated_at, reminders_silenced, search_key)
    VALUES (@session, @item, @year, @number, @numberText, @text, @secretariat, @deadline, @adoption, @for, @against, @abstentions, @now, @now, @silenced, @searchKey)`);
  const insertResponsible = sqlite.prepare(`INSERT INTO agreement_responsible (agreement_id, institution_id, position) VALUES (?, ?, ?)`);
  interface Planned {
    id: number;
    session: BenchSession;
    deadline: string | null;
    responsibles: typeof members;
    weight: number;
  }
  const planned: Planned[] = [];
  for (let i = 0; i < BENCH_AGREEMENTS; i++) {
    const session = heldSessions[Math.floor((i * heldSessions.length) / BENCH_AGREEMENTS)]!;
    const n = take('acuerdo', session.year);
    const text = `${rnd.pick(VERBS)} ${rnd.pick(OBJECTS)} ${rnd.pick(SCOPES)}.`;
    const deadline = rnd.next() < 0.08 ? null : addDays(session.date, rnd.int(15, 180));
    const count = rnd.int(1, 3);
    const responsibles: typeof members = [];
    while (responsibles.length < count) {
      const candidate = rnd.pick(members);
      if (!responsibles.includes(candidate)) responsibles.push(candidate);
    }
    const majority = rnd.next() < 0.2;
    const present = Math.round(voting.length * 0.85);
    const id = Number(
      insertAgreement.run({
        session: session.id,
        item: rnd.pick(session.followUpItem === null ? session.orderOfDay : [...session.orderOfDay, session.followUpItem]),
        year: session.year,
        number: n,
        numberText: number('ACUERDO', n, session.year),
        text,
        searchKey: nameKey(`${number('ACUERDO', n, session.year)} ${text}`),
        secretariat: rnd.next() < 0.15 ? 1 : 0,
        deadline,
        adoption: majority ? 'majority' : 'unanimity',
        for: majority ? present - 5 : null,
        against: majority ? 3 : null,
        abstentions: majority ? 2 : null,
        now: `${session.date}T17:00:00.000Z`,
        silenced: rnd.next() < 0.02 ? 1 : 0,
      }).lastInsertRowid,
    );
    responsibles.forEach((r, position) => insertResponsible.run(id, r.id, position));
    // Older agreements have had more time to be reported on; the newest, almost none.
    const weight = Math.min(daysBetween(session.date, TODAY), 365) * (0.3 + rnd.next() * 1.4);
    planned.push({ id, session, deadline, responsibles, weight });
  }

  // Reports: 20,000 in all, shared out by weight, each agreement's dated from its adoption to today.
  const totalWeight = planned.reduce((sum, p) => sum + p.weight, 0);
  const shares = planned.map((p) => (BENCH_FOLLOW_UPS * p.weight) / totalWeight);
  const reportCounts = shares.map(Math.floor);
  let missing = BENCH_FOLLOW_UPS - reportCounts.reduce((a, b) => a + b, 0);
  for (const index of shares.map((s, i) => [s - Math.floor(s), i] as const).sort((a, b) => b[0] - a[0]).map(([, i]) => i)) {
    if (missing-- <= 0) break;
    reportCounts[index]! += 1;
  }

  const insertFollowUp = sqlite.prepare(`INSERT INTO agreement_follow_up (agreement_id, reported_on, institution_id, session_id, text, status,
    progress, evidence_name, evidence_type, evidence_data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const setCurrent = sqlite.prepare(`UPDATE agreement SET status = ?, progress = ?, last_report_on = ?, verification = ?, observations = ? WHERE id = ?`);
  const insertFile = sqlite.prepare(`INSERT INTO agreement_verification_file (agreement_id, file_name, mime_type, data, uploaded_at) VALUES (?, ?, 'application/pdf', ?, ?)`);
  const followUpSessions = heldSessions.filter((s) => s.followUpItem !== null);
  let followUps = 0;

  for (const [index, p] of planned.entries()) {
    const k = reportCounts[index]!;
    const windowEnd = [addDays(p.session.date, 540), TODAY].sort()[0]!;
    const span = Math.max(daysBetween(p.session.date, windowEnd), 0);
    if (k === 0 || span === 0) continue;
    const overdueBy = p.deadline === null ? 0 : daysBetween(p.deadline, TODAY);
    const roll = rnd.next();
    const final: Status =
      overdueBy > 60
        ? roll < 0.72 ? 'cumplido' : roll < 0.84 ? 'no_cumplido' : roll < 0.89 ? 'anulado' : 'en_proceso'
        : overdueBy > 0
          ? roll < 0.45 ? 'cumplido' : roll < 0.85 ? 'en_proceso' : 'pendiente'
          : roll < 0.15 ? 'cumplido' : roll < 0.85 ? 'en_proceso' : 'pendiente';
    // Dates after adoption, oldest first; about half fall on a later ordinary session and are reported there.
    const laterSessions = followUpSessions.filter((s) => s.date > p.session.date && s.date <= windowEnd);
    const dates = Array.from({ length: k }, () => {
      if (laterSessions.length > 0 && rnd.next() < 0.5) {
        const s = rnd.pick(laterSessions);
        return { date: s.date, sessionId: s.id as number | null };
      }
      return { date: addDays(p.session.date, rnd.int(1, span)), sessionId: null as number | null };
    }).sort((a, b) => a.date.localeCompare(b.date));
    const reachable = final === 'pendiente' ? 0 : final === 'cumplido' ? 100 : rnd.int(10, 90);
    let status: Status = 'pendiente';
    let progress = 0;
    for (const [j, entry] of dates.entries()) {
      const last = j === k - 1;
      status = last ? final : final === 'pendiente' ? 'pendiente' : 'en_proceso';
      progress = status === 'cumplido' ? 100 : status === 'pendiente' ? 0 : last ? reachable : Math.max(5, Math.min(95, Math.round((reachable * (j + 1)) / k)));
      const reporter = rnd.next() < 0.2 ? null : rnd.pick(p.responsibles).id;
      const evidence = status === 'cumplido' && rnd.next() < 0.3;
      insertFollowUp.run(
        p.id,
        entry.date,
        reporter,
        entry.sessionId,
        rnd.pick(REPORTS[status]),
        status,
        progress,
        evidence ? 'informe-de-ejecucion.pdf' : null,
        evidence ? 'application/pdf' : null,
        evidence ? PDF : null,
        `${entry.date}T16:00:00.000Z`,
      );
      followUps += 1;
    }
    const lead = p.responsibles[0]!;
    const verification = status === 'cumplido' ? `Oficio N° ${String(rnd.int(1, 250)).padStart(3, '0')}-${dates.at(-1)!.date.slice(0, 4)}-${lead.acronym}` : '';
    const observations = rnd.next() < 0.15 ? rnd.pick(OBSERVATIONS) : '';
    setCurrent.run(status, progress, dates.at(-1)!.date, verification, observations, p.id);
    if (status === 'cumplido' && rnd.next() < 0.1) insertFile.run(p.id, 'medio-de-verificacion.pdf', PDF, now);
  }

  // Every acta but the last held one is approved in the session after it, now that nothing more goes into it.
  const approve = sqlite.prepare(`UPDATE session SET acta_status = 'aprobada', approved_in_session_id = ?, approval_observations = 'por unanimidad',
    acta_snapshot = '{}', acta_hash = ? WHERE id = ?`);
  for (let i = heldSessions.length - 2; i >= 0; i--) {
    approve.run(heldSessions[i + 1]!.id, `bench-${heldSessions[i]!.id}`, heldSessions[i]!.id);
  }
  const upsertCounter = sqlite.prepare(`INSERT INTO document_counter (series, year, last_number) VALUES (?, ?, ?)
    ON CONFLICT (series, year) DO UPDATE SET last_number = excluded.last_number`);
  for (const [key, last] of counters) {
    const [series, year] = key.split('|') as [string, string];
    upsertCounter.run(series, Number(year), last);
  }
  return { sessions, counts: { agreements: planned.length, followUps } };
}
