/**
 * The agenda of a session and the minutes written under each item. Each write returns the id of
 * the item it changed (of the session, for a reorder); the item is read back in acta/, with the
 * agreements adopted under it.
 */
import type { ParsedInput as In } from '../../../shared/contract';
import { plainText } from '../../../shared/domain/richText';
import { AppError, fieldError } from '../../../shared/result';
import { assertNotSensitive } from '../confidentiality/guard';
import type { ServiceContext } from '../context';
import { inTransaction } from '../db/transaction';
import type { Db } from '../db/types';
import { findInstitution } from '../members/repository';
import { currentOrder, placeNew, saveOrder } from './agendaOrder';
import { requireDraftSession } from './guards';
import * as repo from './repository';

async function requireItem(db: Db, id: number) {
  const item = await repo.findAgendaItem(db, id);
  if (!item) throw new AppError('NOT_FOUND', 'sessions.agendaItemNotFound');
  await requireDraftSession(db, item.session_id);
  return item;
}

async function checkPresenter(db: Db, id: number | null): Promise<void> {
  if (id !== null && !(await findInstitution(db, id))) {
    throw fieldError('VALIDATION', 'presenterInstitutionId', 'sessions.presenterNotMember');
  }
}

export async function addAgendaItem(ctx: ServiceContext, input: In<'sessions.addAgendaItem'>): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    await requireDraftSession(tx.db, input.sessionId);
    await checkPresenter(tx.db, input.presenterInstitutionId);
    const now = ctx.clock.now();
    const planned = placeNew(await currentOrder(tx.db, input.sessionId), {
      session_id: input.sessionId,
      title: input.title,
      kind: input.kind,
      presenter_institution_id: input.presenterInstitutionId,
      notes: input.notes,
      updated_at: now,
    });
    const [newId] = await saveOrder(tx.db, planned, now);
    return newId as number;
  });
}

export async function updateAgendaItem(ctx: ServiceContext, input: In<'sessions.updateAgendaItem'>): Promise<number> {
  await inTransaction(ctx, async (tx) => {
    const found = await requireItem(tx.db, input.id);
    if (input.kind !== found.kind) await keepFollowUpItem(tx.db, found);
    await checkPresenter(tx.db, input.presenterInstitutionId);
    await repo.updateAgendaItem(tx.db, input.id, {
      title: input.title,
      kind: input.kind,
      presenter_institution_id: input.presenterInstitutionId,
      notes: input.notes,
      updated_at: ctx.clock.now(),
    });
  });
  return input.id;
}

/** The reports given in a session are printed under its "seguimiento de acuerdos": it must remain while there are any. */
async function keepFollowUpItem(db: Db, item: { id: number; session_id: number; kind: string }): Promise<void> {
  if (item.kind !== 'seguimiento_acuerdos' || (await repo.countReportsOfSession(db, item.session_id)) === 0) return;
  if (!(await repo.findFollowUpItem(db, item.session_id, item.id))) throw new AppError('CONFLICT', 'sessions.followUpItemHasReports');
}

export async function removeAgendaItem(ctx: ServiceContext, id: number): Promise<null> {
  await inTransaction(ctx, async (tx) => {
    const item = await requireItem(tx.db, id);
    // An item under which agreements were adopted keeps them: remove those first.
    if ((await repo.countAgreementsOfItem(tx.db, id)) > 0) throw new AppError('CONFLICT', 'sessions.itemHasAgreements');
    await keepFollowUpItem(tx.db, item);
    await repo.deleteAgendaItem(tx.db, id);
  });
  return null;
}

export async function reorderAgenda(ctx: ServiceContext, input: In<'sessions.reorderAgenda'>): Promise<number> {
  await inTransaction(ctx, async (tx) => {
    await requireDraftSession(tx.db, input.sessionId);
    const current = await currentOrder(tx.db, input.sessionId);
    const proposed = new Set(input.itemIds);
    // The screen sends the whole list; anything else means it worked on a stale copy.
    if (proposed.size !== input.itemIds.length || current.length !== proposed.size || current.some((item) => !proposed.has(item.id))) {
      throw new AppError('CONFLICT', 'sessions.agendaMismatch');
    }
    const byId = new Map(current.map((item) => [item.id, item]));
    await saveOrder(tx.db, input.itemIds.flatMap((id) => byId.get(id) ?? []), ctx.clock.now());
  });
  return input.sessionId;
}

export async function saveItemMinutes(ctx: ServiceContext, input: In<'sessions.saveItemMinutes'>): Promise<number> {
  assertNotSensitive(plainText(input.discussion), input.acknowledgedSensitive, 'discussion');
  await inTransaction(ctx, async (tx) => {
    await requireItem(tx.db, input.id);
    await repo.updateAgendaItem(tx.db, input.id, {
      discussion_json: JSON.stringify(input.discussion),
      start_time: input.startTime,
      end_time: input.endTime,
      updated_at: ctx.clock.now(),
    });
  });
  return input.id;
}
