/**
 * "Copiar la agenda de la sesión anterior": a session often takes up the matters of the one before.
 * The standing items came with the session already, so only the points this agenda lacks (same kind
 * and title) are copied, each placed where it is numbered with its own; copying twice adds nothing.
 */
import type { MethodOutput, ParsedInput as In } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { inTransaction } from '../db/transaction';
import { currentOrder, type PlannedItem, placeNew, saveOrder } from './agendaOrder';
import { requireDraftSession } from './guards';
import { titleOf } from './records';
import * as repo from './repository';

const sameItem = (item: { kind: string; title: string }) => `${item.kind}|${item.title.trim().toLocaleLowerCase('es')}`;

export async function copyPreviousAgenda(ctx: ServiceContext, input: In<'sessions.copyPreviousAgenda'>): Promise<MethodOutput<'sessions.copyPreviousAgenda'>> {
  return inTransaction(ctx, async (tx) => {
    const row = await requireDraftSession(tx.db, input.sessionId);
    const previous = await repo.findPreviousSession(tx.db, row);
    if (!previous) throw new AppError('CONFLICT', 'sessions.noPreviousSession');
    const [own, theirs] = await Promise.all([repo.listAgenda(tx.db, row.id), repo.listAgenda(tx.db, previous.id)]);
    const present = new Set(own.map(sameItem));
    const missing = theirs.filter((item) => !present.has(sameItem(item)));
    const now = ctx.clock.now();
    let planned: PlannedItem[] = await currentOrder(tx.db, row.id);
    for (const item of missing) {
      planned = placeNew(planned, {
        session_id: row.id,
        title: item.title,
        kind: item.kind,
        presenter_institution_id: item.presenter_institution_id,
        notes: item.notes,
        updated_at: now,
      });
    }
    await saveOrder(tx.db, planned, now);
    return { copied: missing.length, fromTitle: titleOf(previous) };
  });
}
