/** Member institutions and their representatives: the roster every session is built from. */
import type { Selectable } from 'kysely';
import {
  INSTITUTION_CATEGORIES,
  type Institution,
  type InstitutionDetail,
  type MembersSummary,
  type Representative,
  type RepresentativeRole,
} from '../../../shared/domain/members';
import type { ParsedInput as In } from '../../../shared/contract';
import { isWithin, periodsOverlap, previousDay } from '../../../shared/rules/dates';
import { nameKey } from '../../../shared/rules/text';
import { AppError, fieldError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import type { InstitutionTable, RepresentativeTable } from '../db/schema';
import * as repo from './repository';

export async function listInstitutions(ctx: ServiceContext, filter: In<'members.list'>): Promise<Institution[]> {
  const today = ctx.clock.today();
  const [rows, current] = await Promise.all([
    repo.listInstitutions(ctx.db, { ...filter, searchKey: nameKey(filter.search), today }),
    repo.listCurrentRepresentatives(ctx.db, today),
  ]);
  const names = new Map<string, string>(current.map((r) => [`${r.institution_id}:${r.role}`, r.full_name]));
  return rows.map((row) => institutionDto(row, today, names));
}

export async function getInstitution(ctx: ServiceContext, id: number): Promise<InstitutionDetail> {
  const row = await requireInstitution(ctx, id);
  const today = ctx.clock.today();
  const reps = (await repo.listRepresentatives(ctx.db, id)).map((r) => representativeDto(r, today));
  const names = new Map(reps.filter((r) => r.current).map((r) => [`${id}:${r.role}`, r.fullName]));
  return { ...institutionDto(row, today, names), representatives: reps };
}

export async function createInstitution(ctx: ServiceContext, input: In<'members.create'>): Promise<InstitutionDetail> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    await assertUniqueName({ ...ctx, db: trx }, input.name, null);
    const now = ctx.clock.now();
    return repo.insertInstitution(trx, { ...institutionRow(input), created_at: now, updated_at: now });
  });
  return getInstitution(ctx, id);
}

export async function updateInstitution(ctx: ServiceContext, input: In<'members.update'>): Promise<InstitutionDetail> {
  await ctx.db.transaction().execute(async (trx) => {
    await requireInstitution({ ...ctx, db: trx }, input.id);
    await assertUniqueName({ ...ctx, db: trx }, input.name, input.id);
    await repo.updateInstitution(trx, input.id, { ...institutionRow(input), updated_at: ctx.clock.now() });
  });
  return getInstitution(ctx, input.id);
}

/** Ends the institution's membership on `date`, and the accreditation of whoever represented it. */
export async function deactivateInstitution(ctx: ServiceContext, id: number, date: string): Promise<InstitutionDetail> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await requireInstitution({ ...ctx, db: trx }, id);
    if (date < row.active_from) throw fieldError('VALIDATION', 'date', 'validation.periodEndsBeforeStart');
    const now = ctx.clock.now();
    await repo.updateInstitution(trx, id, { active_to: date, updated_at: now });
    await repo.endRepresentatives(trx, id, date, now);
  });
  return getInstitution(ctx, id);
}

export async function reactivateInstitution(ctx: ServiceContext, id: number): Promise<InstitutionDetail> {
  await requireInstitution(ctx, id);
  await repo.updateInstitution(ctx.db, id, { active_to: null, updated_at: ctx.clock.now() });
  return getInstitution(ctx, id);
}

/** An institution anything refers to is deactivated, never deleted: past records keep their meaning. */
export async function removeInstitution(ctx: ServiceContext, id: number, date: string): Promise<{ outcome: 'deleted' | 'deactivated' }> {
  const referenced = await ctx.db.transaction().execute(async (trx) => {
    await requireInstitution({ ...ctx, db: trx }, id);
    if (await repo.isInstitutionReferenced(trx, id)) return true;
    await repo.deleteInstitution(trx, id);
    return false;
  });
  if (!referenced) return { outcome: 'deleted' };
  await deactivateInstitution(ctx, id, date);
  return { outcome: 'deactivated' };
}

export async function summary(ctx: ServiceContext): Promise<MembersSummary> {
  const groups = await repo.countByCategory(ctx.db, ctx.clock.today());
  const total = (pick: (g: (typeof groups)[number]) => boolean) =>
    groups.filter(pick).reduce((sum, g) => sum + Number(g.n), 0);
  const voting = total((g) => g.has_vote === 1);
  const networkVoting = total((g) => g.has_vote === 1 && g.in_network === 1);
  return {
    activeInstitutions: total(() => true),
    votingInstitutions: voting,
    networkInstitutions: total((g) => g.in_network === 1),
    networkVotingShare: voting === 0 ? 0 : networkVoting / voting,
    byCategory: INSTITUTION_CATEGORIES.map((category) => ({ category, count: total((g) => g.category === category) })),
  };
}

export async function addRepresentative(ctx: ServiceContext, input: In<'members.addRepresentative'>): Promise<Representative> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const institution = await requireInstitution({ ...ctx, db: trx }, input.institutionId);
    if (institution.active_to !== null && institution.active_to < input.validFrom) {
      throw fieldError('CONFLICT', 'institutionId', 'members.inactiveInstitution');
    }
    await assertNoOverlap(trx, input.institutionId, input.role, input.validFrom, input.validTo, null);
    const now = ctx.clock.now();
    return repo.insertRepresentative(trx, {
      ...representativeRow(input),
      institution_id: input.institutionId,
      role: input.role,
      replaces_id: null,
      created_at: now,
      updated_at: now,
    });
  });
  return getRepresentative(ctx, id);
}

export async function updateRepresentative(ctx: ServiceContext, input: In<'members.updateRepresentative'>): Promise<Representative> {
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await requireRepresentative({ ...ctx, db: trx }, input.id);
    await assertNoOverlap(trx, existing.institution_id, existing.role, input.validFrom, input.validTo, input.id);
    await repo.updateRepresentative(trx, input.id, { ...representativeRow(input), updated_at: ctx.clock.now() });
  });
  return getRepresentative(ctx, input.id);
}

/**
 * A new accreditation replaces the current one: the predecessor's period ends the day before,
 * and both stay on record so past attendance still shows who came.
 */
export async function replaceRepresentative(ctx: ServiceContext, input: In<'members.replaceRepresentative'>): Promise<Representative> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const predecessor = await requireRepresentative({ ...ctx, db: trx }, input.id);
    const lastDay = previousDay(input.from);
    if (input.from <= predecessor.valid_from || (predecessor.valid_to !== null && lastDay > predecessor.valid_to)) {
      throw fieldError('VALIDATION', 'from', 'members.replaceDateOutsidePeriod');
    }
    const successor = { ...input.successor, validFrom: input.from };
    if (successor.validTo !== null && successor.validTo < successor.validFrom) {
      throw fieldError('VALIDATION', 'successor.validTo', 'validation.periodEndsBeforeStart');
    }
    const now = ctx.clock.now();
    await repo.updateRepresentative(trx, predecessor.id, { valid_to: lastDay, updated_at: now });
    await assertNoOverlap(trx, predecessor.institution_id, predecessor.role, successor.validFrom, successor.validTo, predecessor.id);
    return repo.insertRepresentative(trx, {
      ...representativeRow(successor),
      institution_id: predecessor.institution_id,
      role: predecessor.role,
      replaces_id: predecessor.id,
      created_at: now,
      updated_at: now,
    });
  });
  return getRepresentative(ctx, id);
}

async function getRepresentative(ctx: ServiceContext, id: number): Promise<Representative> {
  return representativeDto(await requireRepresentative(ctx, id), ctx.clock.today());
}

async function requireInstitution(ctx: ServiceContext, id: number): Promise<Selectable<InstitutionTable>> {
  const row = await repo.findInstitution(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'members.institutionNotFound');
  return row;
}

async function requireRepresentative(ctx: ServiceContext, id: number): Promise<Selectable<RepresentativeTable>> {
  const row = await repo.findRepresentative(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'members.representativeNotFound');
  return row;
}

async function assertUniqueName(ctx: ServiceContext, name: string, exceptId: number | null): Promise<void> {
  const clash = await repo.findInstitutionByKey(ctx.db, nameKey(name));
  // The message names the institution as registered, which may be spelt differently from the input.
  if (clash && clash.id !== exceptId) throw fieldError('CONFLICT', 'name', 'members.duplicateName', { name: clash.name });
}

/** An institution has one titular and one alterno at a time. */
async function assertNoOverlap(
  db: ServiceContext['db'],
  institutionId: number,
  role: RepresentativeRole,
  from: string,
  to: string | null,
  exceptId: number | null,
): Promise<void> {
  const others = await repo.listSameRole(db, institutionId, role, exceptId);
  const clash = others.find((o) => periodsOverlap(from, to, o.valid_from, o.valid_to));
  if (clash) throw fieldError('CONFLICT', 'validFrom', 'members.overlappingRepresentative', { role });
}

function institutionRow(input: In<'members.create'>) {
  return {
    name: input.name,
    name_key: nameKey(input.name),
    acronym: input.acronym,
    category: input.category,
    has_vote: input.hasVote ? 1 : 0,
    in_network: input.inNetwork ? 1 : 0,
    address: input.address,
    phone: input.phone,
    email: input.email,
    active_from: input.activeFrom,
    active_to: input.activeTo,
    notes: input.notes,
  };
}

function representativeRow(input: Omit<In<'members.updateRepresentative'>, 'id'>) {
  return {
    full_name: input.fullName,
    post: input.post,
    dni: input.dni,
    phone: input.phone,
    email: input.email,
    accreditation_number: input.accreditationNumber,
    accreditation_date: input.accreditationDate,
    valid_from: input.validFrom,
    valid_to: input.validTo,
  };
}

function institutionDto(row: Selectable<InstitutionTable>, today: string, currentNames: Map<string, string>): Institution {
  return {
    id: row.id,
    name: row.name,
    acronym: row.acronym,
    category: row.category,
    hasVote: row.has_vote === 1,
    inNetwork: row.in_network === 1,
    address: row.address,
    phone: row.phone,
    email: row.email,
    activeFrom: row.active_from,
    activeTo: row.active_to,
    notes: row.notes,
    active: isWithin(today, row.active_from, row.active_to),
    titular: currentNames.get(`${row.id}:titular`) ?? null,
    alterno: currentNames.get(`${row.id}:alterno`) ?? null,
  };
}

function representativeDto(row: Selectable<RepresentativeTable>, today: string): Representative {
  return {
    id: row.id,
    institutionId: row.institution_id,
    role: row.role,
    fullName: row.full_name,
    post: row.post,
    dni: row.dni,
    phone: row.phone,
    email: row.email,
    accreditationNumber: row.accreditation_number,
    accreditationDate: row.accreditation_date,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    current: isWithin(today, row.valid_from, row.valid_to),
  };
}
