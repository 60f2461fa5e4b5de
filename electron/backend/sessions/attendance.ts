/**
 * Roll call, guests and how the session was opened and closed: all part of the draft acta. Each
 * write returns the session's id; its page is read back in acta/.
 */
import type { ParsedInput as In } from '../../../shared/contract';
import { AppError, fieldError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { inTransaction } from '../db/transaction';
import type { Db } from '../db/types';
import { requireSettings } from '../taskforce/service';
import { requireDraftSession, type SessionRow } from './guards';
import * as repo from './repository';

const PRESENT = new Set(['titular', 'alterno']);

/** Nobody is present at a session that has not taken place yet. */
function assertHeld(row: SessionRow, ctx: ServiceContext): void {
  if (row.date > ctx.clock.today()) throw fieldError('VALIDATION', 'status', 'sessions.attendanceOnFutureSession');
}

type Representatives = Awaited<ReturnType<typeof repo.representativesOn>>;

const accredited = (reps: Representatives, institutionId: number, role: string) =>
  reps.find((r) => r.institution_id === institutionId && r.role === role);

export async function setAttendance(ctx: ServiceContext, input: In<'sessions.setAttendance'>): Promise<number> {
  await inTransaction(ctx, async (tx) => {
    const row = await requireDraftSession(tx.db, input.sessionId);
    const present = PRESENT.has(input.status);
    if (present) assertHeld(row, ctx);
    const institution = (await repo.rosterOn(tx.db, row.date)).find((i) => i.id === input.institutionId);
    if (!institution) throw fieldError('VALIDATION', 'institutionId', 'sessions.institutionNotOnRoster');
    let name = input.attendeeName;
    let post = input.attendeePost;
    if (present && name === '') {
      // Left empty, the person accredited in that role on the session's date is written in.
      const person = accredited(await repo.representativesOn(tx.db, row.date), institution.id, input.status);
      name = person?.full_name ?? '';
      post = post === '' ? (person?.post ?? '') : post;
    }
    await repo.upsertAttendance(tx.db, {
      session_id: row.id,
      institution_id: institution.id,
      has_vote: institution.has_vote,
      status: input.status,
      attendee_name: present ? name : '',
      attendee_post: present ? post : '',
      arrival_time: present ? input.arrivalTime : null,
    });
  });
  return input.sessionId;
}

/**
 * The usual start of a roll call: every institution with vote still absent is marked with its
 * titular present, and the user then changes the exceptions. Those marked alterno or excused keep
 * what was recorded for them.
 */
export async function markTitularesPresent(ctx: ServiceContext, input: In<'sessions.markTitularesPresent'>): Promise<number> {
  await inTransaction(ctx, async (tx) => {
    const row = await requireDraftSession(tx.db, input.sessionId);
    assertHeld(row, ctx);
    const [roster, stored, reps] = await Promise.all([
      repo.rosterOn(tx.db, row.date),
      repo.listAttendance(tx.db, row.id),
      repo.representativesOn(tx.db, row.date),
    ]);
    const recorded = new Set(stored.filter((a) => a.status !== 'absent').map((a) => a.institution_id));
    for (const institution of roster.filter((i) => i.has_vote === 1 && !recorded.has(i.id))) {
      const titular = accredited(reps, institution.id, 'titular');
      await repo.upsertAttendance(tx.db, {
        session_id: row.id,
        institution_id: institution.id,
        has_vote: institution.has_vote,
        status: 'titular',
        attendee_name: titular?.full_name ?? '',
        attendee_post: titular?.post ?? '',
        arrival_time: null,
      });
    }
  });
  return input.sessionId;
}

export async function addGuest(ctx: ServiceContext, input: In<'sessions.addGuest'>): Promise<number> {
  await inTransaction(ctx, async (tx) => {
    await requireDraftSession(tx.db, input.sessionId);
    await repo.insertGuest(tx.db, {
      session_id: input.sessionId,
      full_name: input.fullName,
      institution_name: input.institutionName,
      post: input.post,
    });
  });
  return input.sessionId;
}

async function requireGuest(db: Db, id: number) {
  const guest = await repo.findGuest(db, id);
  if (!guest) throw new AppError('NOT_FOUND', 'sessions.guestNotFound');
  await requireDraftSession(db, guest.session_id);
  return guest;
}

export async function updateGuest(ctx: ServiceContext, input: In<'sessions.updateGuest'>): Promise<number> {
  const guest = await inTransaction(ctx, async (tx) => {
    const found = await requireGuest(tx.db, input.id);
    await repo.updateGuest(tx.db, input.id, { full_name: input.fullName, institution_name: input.institutionName, post: input.post });
    return found;
  });
  return guest.session_id;
}

export async function removeGuest(ctx: ServiceContext, id: number): Promise<number> {
  const guest = await inTransaction(ctx, async (tx) => {
    const found = await requireGuest(tx.db, id);
    await repo.deleteGuest(tx.db, id);
    return found;
  });
  return guest.session_id;
}

export async function saveProceedings(ctx: ServiceContext, input: In<'sessions.saveProceedings'>): Promise<number> {
  const settings = await requireSettings(ctx);
  if (input.call === 'second' && settings.quorum.secondCall === null) {
    throw fieldError('VALIDATION', 'call', 'sessions.noSecondCall');
  }
  await inTransaction(ctx, async (tx) => {
    await requireDraftSession(tx.db, input.sessionId);
    await repo.updateSession(tx.db, input.sessionId, {
      call: input.call,
      start_time: input.startTime,
      end_time: input.endTime,
      updated_at: ctx.clock.now(),
    });
  });
  return input.sessionId;
}
