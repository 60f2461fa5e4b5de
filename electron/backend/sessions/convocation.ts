/**
 * The convocation: an oficio múltiple to every institution with vote plus the invited ones. Issuing
 * it numbers both the session (per kind and year) and the oficio; neither number changes again.
 * Each delivery is then recorded from the stamped copy (cargo) the secretariat keeps, one by one or
 * several on the same date. Each write returns the session's id; its page is read back in acta/.
 */
import type { ParsedInput as In } from '../../../shared/contract';
import { sessionName } from '../../../shared/rules/sessionTitle';
import { AppError, fieldError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { inTransaction } from '../db/transaction';
import type { Db } from '../db/types';
import { formatNumber } from '../numbering/counter';
import { takeNextNumber } from '../numbering/repository';
import { requireSession, type SessionRow } from './guards';
import * as repo from './repository';

function assertNotIssued(row: SessionRow): void {
  if (row.convocation_number_text !== null) throw new AppError('CONFLICT', 'sessions.alreadyConvened');
}

/** Checks that every invited institution is on the roster and has no vote (those are always addressed). */
async function votingAndInvited(db: Db, row: SessionRow, invitedIds: number[]): Promise<number[]> {
  const roster = await repo.rosterOn(db, row.date);
  const byId = new Map(roster.map((i) => [i.id, i]));
  for (const id of invitedIds) {
    const institution = byId.get(id);
    if (!institution) throw fieldError('VALIDATION', 'invitedIds', 'sessions.institutionNotOnRoster');
    if (institution.has_vote === 1) throw fieldError('VALIDATION', 'invitedIds', 'sessions.invitedMustBeVoiceOnly');
  }
  return [...roster.filter((i) => i.has_vote === 1).map((i) => i.id), ...new Set(invitedIds)];
}

export async function setAddressees(ctx: ServiceContext, input: In<'sessions.setAddressees'>): Promise<number> {
  await inTransaction(ctx, async (tx) => {
    const row = await requireSession(tx.db, input.sessionId);
    assertNotIssued(row);
    const all = await votingAndInvited(tx.db, row, input.invitedIds);
    // Before issuing only the invited are stored; the voting ones follow the roster until then.
    const voting = new Set((await repo.rosterOn(tx.db, row.date)).filter((i) => i.has_vote === 1).map((i) => i.id));
    await repo.replaceAddressees(tx.db, row.id, all.filter((id) => !voting.has(id)));
  });
  return input.sessionId;
}

export async function issueConvocation(ctx: ServiceContext, input: In<'sessions.issueConvocation'>): Promise<number> {
  await inTransaction(ctx, async (tx) => {
    const row = await requireSession(tx.db, input.sessionId);
    assertNotIssued(row);
    if (input.date > row.date) throw fieldError('VALIDATION', 'date', 'sessions.convocationAfterSession');
    const invited = (await repo.listAddressees(tx.db, row.id)).map((a) => a.institution_id);
    const addressees = await votingAndInvited(tx.db, row, invited);
    const number = await takeNextNumber(tx.db, `session:${row.kind}`, row.year);
    const name = sessionName(row.kind, number).toUpperCase();
    const actaNumberText = await formatNumber(tx.db, 'acta', { typeLabel: `ACTA DE LA ${name}`, correlative: number, year: row.year });
    const oficioYear = Number(input.date.slice(0, 4));
    const oficio = await takeNextNumber(tx.db, 'oficio_multiple', oficioYear);
    const oficioText = await formatNumber(tx.db, 'oficio_multiple', { typeLabel: 'OFICIO MÚLTIPLE', correlative: oficio, year: oficioYear });
    await repo.updateSession(tx.db, row.id, {
      number,
      acta_number_text: actaNumberText,
      convocation_number_text: oficioText,
      convocation_date: input.date,
      convocation_signer: input.signer,
      convocation_reference: input.reference,
      convocation_enclosures: input.enclosures,
      updated_at: ctx.clock.now(),
    });
    await repo.replaceAddressees(tx.db, row.id, addressees);
  });
  return input.sessionId;
}

/** A cargo belongs to an issued oficio and cannot be dated before it. */
async function requireConvened(db: Db, sessionId: number, deliveredOn: string | null): Promise<SessionRow> {
  const row = await requireSession(db, sessionId);
  if (row.convocation_date === null) throw new AppError('CONFLICT', 'sessions.notConvened');
  if (deliveredOn !== null && deliveredOn < row.convocation_date) {
    throw fieldError('VALIDATION', 'deliveredOn', 'sessions.deliveryBeforeConvocation');
  }
  return row;
}

export async function recordDelivery(ctx: ServiceContext, input: In<'sessions.recordDelivery'>): Promise<number> {
  await inTransaction(ctx, async (tx) => {
    const row = await requireConvened(tx.db, input.sessionId, input.deliveredOn);
    const updated = await repo.updateDeliveries(tx.db, row.id, [input.institutionId], {
      delivered_on: input.deliveredOn,
      received_by: input.deliveredOn === null ? '' : input.receivedBy,
    });
    if (updated === 0) throw fieldError('VALIDATION', 'institutionId', 'sessions.notAddressee');
  });
  return input.sessionId;
}

/** One date for several copies; if any of them is not an addressee, none is recorded. */
export async function recordDeliveries(ctx: ServiceContext, input: In<'sessions.recordDeliveries'>): Promise<number> {
  await inTransaction(ctx, async (tx) => {
    const row = await requireConvened(tx.db, input.sessionId, input.deliveredOn);
    const ids = [...new Set(input.institutionIds)];
    const updated = await repo.updateDeliveries(tx.db, row.id, ids, { delivered_on: input.deliveredOn, received_by: input.receivedBy });
    if (updated !== ids.length) throw fieldError('VALIDATION', 'institutionIds', 'sessions.notAddressee');
  });
  return input.sessionId;
}
