/**
 * Sessions themselves: created with the instancia's standing agenda, edited while a draft, deleted
 * only if never numbered. Writes return the session's id; its page is read back in acta/.
 */
import type { ParsedInput as In } from '../../../shared/contract';
import { AppError, fieldError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { inTransaction } from '../db/transaction';
import type { Db } from '../db/types';
import { requireSettings } from '../taskforce/service';
import { requireDraftSession } from './guards';
import * as repo from './repository';

const yearOf = (date: string) => Number(date.slice(0, 4));

function sessionRow(input: In<'sessions.create'>) {
  return {
    kind: input.kind,
    date: input.date,
    first_call_time: input.firstCallTime,
    second_call_time: input.secondCallTime,
    mode: input.mode,
    place: input.place,
    virtual_link: input.virtualLink,
    presided_by: input.presidedBy,
    presided_post: input.presidedPost,
    secretary_name: input.secretaryName,
    secretary_post: input.secretaryPost,
  };
}

export async function createSession(ctx: ServiceContext, input: In<'sessions.create'>): Promise<number> {
  const settings = await requireSettings(ctx);
  return inTransaction(ctx, async (tx) => {
    const now = ctx.clock.now();
    const sessionId = await repo.insertSession(tx.db, {
      ...sessionRow(input),
      year: yearOf(input.date),
      number: null,
      acta_number_text: null,
      convocation_number_text: null,
      convocation_date: null,
      convocation_signer: null,
      start_time: null,
      end_time: null,
      approved_in_session_id: null,
      acta_snapshot: null,
      acta_hash: null,
      created_at: now,
      updated_at: now,
    });
    await repo.insertAgendaItems(
      tx.db,
      settings.defaultAgenda.map((item, index) => ({
        session_id: sessionId,
        position: index + 1,
        title: item.title,
        kind: item.kind,
        presenter_institution_id: null,
        notes: '',
        updated_at: now,
      })),
    );
    return sessionId;
  });
}

export async function updateSession(ctx: ServiceContext, input: In<'sessions.update'>): Promise<number> {
  await inTransaction(ctx, async (tx) => {
    const row = await requireDraftSession(tx.db, input.id);
    const year = yearOf(input.date);
    // The number belongs to a kind and a year: once issued, neither may change under it.
    if (row.number !== null && (input.kind !== row.kind || year !== row.year)) {
      throw fieldError('CONFLICT', input.kind !== row.kind ? 'kind' : 'date', 'sessions.kindFixedOnceNumbered');
    }
    if (input.date !== row.date) await checkNewDate(tx.db, row.id, input.date);
    await repo.updateSession(tx.db, row.id, { ...sessionRow(input), year, updated_at: ctx.clock.now() });
    if (input.date !== row.date) {
      const roster = await repo.rosterOn(tx.db, input.date);
      await repo.pruneAttendance(tx.db, row.id, roster.map((i) => i.id));
    }
  });
  return input.id;
}

/** Reports are dated on their session's day, and agreements are due on or after it: moving it would break both. */
async function checkNewDate(db: Db, sessionId: number, date: string): Promise<void> {
  if ((await repo.countReportsOfSession(db, sessionId)) > 0) throw fieldError('CONFLICT', 'date', 'sessions.dateFixedByReports');
  if (await repo.findAgreementDueBefore(db, sessionId, date)) throw fieldError('CONFLICT', 'date', 'sessions.dateAfterAgreementDeadline');
}

export async function removeSession(ctx: ServiceContext, id: number): Promise<null> {
  await inTransaction(ctx, async (tx) => {
    const row = await requireDraftSession(tx.db, id);
    if (row.number !== null) throw new AppError('CONFLICT', 'sessions.cannotRemoveConvened');
    if ((await repo.countAgreementsOfSession(tx.db, id)) > 0) throw new AppError('CONFLICT', 'sessions.cannotRemoveWithAgreements');
    if ((await repo.countReportsOfSession(tx.db, id)) > 0) throw new AppError('CONFLICT', 'sessions.cannotRemoveWithReports');
    await repo.deleteSession(tx.db, id);
  });
  return null;
}
