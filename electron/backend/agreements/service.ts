/**
 * Agreements adopted in a session. They are born in the acta: adopted only with quorum, numbered
 * from the instancia's series for the session's year, and frozen with the acta once it is approved.
 */
import type { Selectable } from 'kysely';
import type { ParsedInput as In } from '../../../shared/contract';
import type { Agreement } from '../../../shared/domain/agreements';
import { checkVotes } from '../../../shared/rules/acta';
import { nameKey } from '../../../shared/rules/text';
import { AppError, fieldError } from '../../../shared/result';
import { assertNotSensitive } from '../confidentiality/guard';
import type { ServiceContext } from '../context';
import type { AgreementTable } from '../db/schema';
import { inTransaction } from '../db/transaction';
import type { Db } from '../db/types';
import { formatNumber } from '../numbering/counter';
import { takeNextNumber } from '../numbering/repository';
import { requireDraftSession, type SessionRow } from '../sessions/guards';
import { findAgendaItem, rosterOn } from '../sessions/repository';
import { loadRoster, quorumOf } from '../sessions/roster';
import { requireSettings } from '../taskforce/service';
import * as repo from './repository';
import { SECRETARIAT } from './secretariat';

export async function agreementDtos(db: Db, scope: { sessionId: number } | { ids: number[] }): Promise<Agreement[]> {
  const rows =
    'sessionId' in scope
      ? await repo.listAgreementsOfSession(db, scope.sessionId)
      : (await Promise.all(scope.ids.map((id) => repo.findAgreement(db, id)))).filter((r) => r !== undefined);
  const responsibles = await repo.listResponsibles(db, rows.map((r) => r.id));
  return rows.map((row) => toDto(row, responsibles.filter((r) => r.agreement_id === row.id)));
}

function toDto(row: Selectable<AgreementTable>, responsibles: { institution_id: number; name: string }[]): Agreement {
  const secretariat = row.secretariat_responsible === 1;
  return {
    id: row.id,
    sessionId: row.session_id,
    agendaItemId: row.agenda_item_id,
    number: row.number,
    numberText: row.number_text,
    text: row.text,
    responsibleIds: responsibles.map((r) => r.institution_id),
    responsibleNames: [...responsibles.map((r) => r.name), ...(secretariat ? [SECRETARIAT] : [])],
    secretariatResponsible: secretariat,
    deadline: row.deadline,
    adoption: row.adoption,
    votesFor: row.votes_for,
    votesAgainst: row.votes_against,
    abstentions: row.abstentions,
  };
}

type AgreementFields = Omit<In<'agreements.adopt'>, 'agendaItemId'>;

/** The rules an agreement must meet in its session: quorum, votes, responsibles, deadline, safe text. */
async function checkAgreement(ctx: ServiceContext, session: SessionRow, input: AgreementFields): Promise<void> {
  assertNotSensitive(input.text, input.acknowledgedSensitive, 'text');
  const settings = await requireSettings(ctx);
  const quorum = quorumOf(await loadRoster(ctx.db, session), settings, session.call);
  if (!quorum.met) throw new AppError('CONFLICT', 'agreements.noQuorum', { params: { missing: quorum.missing } });
  const voteProblem = checkVotes(input, quorum.present);
  if (voteProblem) throw fieldError('VALIDATION', 'votesFor', `agreements.${voteProblem}`, { present: quorum.present });
  if (input.deadline !== null && input.deadline < session.date) {
    throw fieldError('VALIDATION', 'deadline', 'agreements.deadlineBeforeSession');
  }
  const members = new Set((await rosterOn(ctx.db, session.date)).map((i) => i.id));
  if (input.responsibleIds.some((id) => !members.has(id))) {
    throw fieldError('VALIDATION', 'responsibleIds', 'agreements.responsibleNotMember');
  }
}

function agreementRow(input: AgreementFields, numberText: string) {
  return {
    text: input.text,
    search_key: nameKey(`${numberText} ${input.text}`),
    secretariat_responsible: input.secretariatResponsible ? 1 : 0,
    deadline: input.deadline,
    adoption: input.adoption,
    votes_for: input.votesFor,
    votes_against: input.votesAgainst,
    abstentions: input.abstentions,
  };
}

export async function adoptAgreement(ctx: ServiceContext, input: In<'agreements.adopt'>): Promise<Agreement> {
  const id = await inTransaction(ctx, async (tx) => {
    const item = await findAgendaItem(tx.db, input.agendaItemId);
    if (!item) throw new AppError('NOT_FOUND', 'sessions.agendaItemNotFound');
    const session = await requireDraftSession(tx.db, item.session_id);
    await checkAgreement(tx, session, input);
    const trx = tx.db;
    const number = await takeNextNumber(trx, 'acuerdo', session.year);
    const numberText = await formatNumber(trx, 'acuerdo', { typeLabel: 'ACUERDO', correlative: number, year: session.year });
    const now = ctx.clock.now();
    const newId = await repo.insertAgreement(trx, {
      session_id: session.id,
      agenda_item_id: item.id,
      year: session.year,
      number,
      number_text: numberText,
      ...agreementRow(input, numberText),
      created_at: now,
      updated_at: now,
    });
    await repo.replaceResponsibles(trx, newId, input.responsibleIds);
    return newId;
  });
  return requireAgreementDto(ctx, id);
}

export async function updateAgreement(ctx: ServiceContext, input: In<'agreements.update'>): Promise<Agreement> {
  await inTransaction(ctx, async (tx) => {
    const row = await repo.requireAgreement(tx.db, input.id);
    const session = await requireDraftSession(tx.db, row.session_id);
    await checkAgreement(tx, session, input);
    await repo.updateAgreement(tx.db, row.id, { ...agreementRow(input, row.number_text), updated_at: ctx.clock.now() });
    await repo.replaceResponsibles(tx.db, row.id, input.responsibleIds);
  });
  return requireAgreementDto(ctx, input.id);
}

/** Removes an agreement from a draft acta; its number stays used and is never given again. */
export async function removeAgreement(ctx: ServiceContext, id: number): Promise<null> {
  await inTransaction(ctx, async (tx) => {
    const row = await repo.requireAgreement(tx.db, id);
    await requireDraftSession(tx.db, row.session_id);
    if (await repo.hasFollowUp(tx.db, id)) throw new AppError('CONFLICT', 'agreements.hasFollowUp');
    await repo.deleteAgreement(tx.db, id);
  });
  return null;
}

async function requireAgreementDto(ctx: ServiceContext, id: number): Promise<Agreement> {
  const [dto] = await agreementDtos(ctx.db, { ids: [id] });
  if (!dto) throw new AppError('NOT_FOUND', 'agreements.notFound');
  return dto;
}
