/**
 * The joint action protocol's versions: one draft at a time, approved by an agreement (or another
 * document), the previous approved version then marked as replaced. Approved and replaced versions
 * are locked here and by the database triggers.
 */
import type { Selectable } from 'kysely';
import type { ParsedInput as In } from '../../../shared/contract';
import {
  CARE_GROUPS,
  type ProtocolVersion,
  type ProtocolVersionSummary,
  STANDARD_SECTIONS,
} from '../../../shared/domain/protocol';
import { richText } from '../../../shared/domain/richText';
import { AppError, fieldError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import type { ProtocolVersionTable } from '../db/schema';
import { inTransaction } from '../db/transaction';
import type { Db } from '../db/types';
import { approvalRecord, requireApprovalAgreement } from '../agreements/approval';
import { findInstitution } from '../members/repository';
import { rosterOn } from '../sessions/repository';
import * as repo from './repository';

type VersionRow = Selectable<ProtocolVersionTable>;

const EMPTY = '[]';

export async function requireVersion(db: Db, id: number): Promise<VersionRow> {
  const row = await repo.findVersion(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'protocol.notFound');
  return row;
}

async function requireDraftVersion(db: Db, id: number): Promise<VersionRow> {
  const row = await requireVersion(db, id);
  if (row.status !== 'borrador') throw new AppError('LOCKED', 'protocol.versionLocked');
  return row;
}

async function summaryOf(ctx: ServiceContext, row: VersionRow): Promise<ProtocolVersionSummary> {
  return {
    id: row.id,
    versionNumber: row.version_number,
    title: row.title,
    status: row.status,
    approval: await approvalRecord(ctx.db, row),
    basedOnId: row.based_on_id,
    createdAt: row.created_at,
  };
}

export async function listVersions(ctx: ServiceContext): Promise<ProtocolVersionSummary[]> {
  return Promise.all((await repo.listVersions(ctx.db)).map((row) => summaryOf(ctx, row)));
}

export async function getVersion(ctx: ServiceContext, id: number): Promise<ProtocolVersion> {
  const row = await requireVersion(ctx.db, id);
  const parts = await repo.loadVersionParts(ctx.db, id);
  const written = new Map(parts.functions.map((f) => [f.institution_id, f]));
  // A draft offers an entry for every member institution; a locked version shows what it said.
  const members = row.status === 'borrador' ? await rosterOn(ctx.db, ctx.clock.today()) : [];
  const functions = [
    ...parts.functions.map((f) => ({ institutionId: f.institution_id, institutionName: f.name, functions: richText.parse(JSON.parse(f.functions_json)) })),
    ...members.filter((m) => !written.has(m.id)).map((m) => ({ institutionId: m.id, institutionName: m.name, functions: [] })),
  ].sort((a, b) => a.institutionName.localeCompare(b.institutionName, 'es'));
  const groups = new Map(parts.groups.map((g) => [g.group_key, g]));
  return {
    ...(await summaryOf(ctx, row)),
    sections: parts.sections.map((s) => ({
      id: s.id,
      position: s.position,
      kind: s.kind,
      title: s.title,
      body: richText.parse(JSON.parse(s.body_json)),
    })),
    functions,
    route: parts.route.map((r) => ({
      id: r.id,
      position: r.position,
      step: r.step,
      institutionId: r.institution_id,
      institutionName: r.institution_name,
      action: r.action,
      timeframe: r.timeframe,
      contactPoint: r.contact_point,
      victimInformation: r.victim_information,
    })),
    groups: CARE_GROUPS.map((group) => ({ group, guidance: richText.parse(JSON.parse(groups.get(group)?.guidance_json ?? EMPTY)) })),
    locked: row.status !== 'borrador',
  };
}

export async function createProtocol(ctx: ServiceContext, input: In<'protocol.create'>): Promise<ProtocolVersion> {
  const id = await inTransaction(ctx, async (tx) => {
    if ((await repo.listVersions(tx.db)).length > 0) throw new AppError('CONFLICT', 'protocol.alreadyStarted');
    const now = ctx.clock.now();
    const versionId = await repo.insertVersion(tx.db, { version_number: 1, title: input.title, approved_on: null, approval_agreement_id: null, based_on_id: null, created_at: now, updated_at: now });
    for (const [index, section] of STANDARD_SECTIONS.entries()) {
      await repo.insertSection(tx.db, { version_id: versionId, position: index + 1, kind: section.kind, title: section.title, body_json: EMPTY });
    }
    return versionId;
  });
  return getVersion(ctx, id);
}

export async function newVersion(ctx: ServiceContext): Promise<ProtocolVersion> {
  const id = await inTransaction(ctx, async (tx) => {
    if (await repo.findDraft(tx.db)) throw new AppError('CONFLICT', 'protocol.draftExists');
    const [latest] = await repo.listVersions(tx.db);
    if (!latest) throw new AppError('CONFLICT', 'protocol.noVersionYet');
    const now = ctx.clock.now();
    const versionId = await repo.insertVersion(tx.db, {
      version_number: latest.version_number + 1,
      title: latest.title,
      approved_on: null,
      approval_agreement_id: null,
      based_on_id: latest.id,
      created_at: now,
      updated_at: now,
    });
    await repo.copyParts(tx.db, latest.id, versionId);
    return versionId;
  });
  return getVersion(ctx, id);
}

/** Runs an edit on a draft version and returns the version as it stands after it. */
async function editDraft(ctx: ServiceContext, versionId: number, edit: (db: Db) => Promise<void>): Promise<ProtocolVersion> {
  await inTransaction(ctx, async (tx) => {
    await requireDraftVersion(tx.db, versionId);
    await edit(tx.db);
    await repo.updateVersion(tx.db, versionId, { updated_at: ctx.clock.now() });
  });
  return getVersion(ctx, versionId);
}

export const renameVersion = (ctx: ServiceContext, input: In<'protocol.rename'>) =>
  editDraft(ctx, input.id, (db) => repo.updateVersion(db, input.id, { title: input.title }));

export const saveSection = (ctx: ServiceContext, input: In<'protocol.saveSection'>) =>
  editDraft(ctx, input.versionId, async (db) => {
    const fields = { kind: input.kind, title: input.title, body_json: JSON.stringify(input.body) };
    if (input.id === undefined) {
      await repo.insertSection(db, { ...fields, version_id: input.versionId, position: await repo.nextItemPosition(db, 'section', input.versionId) });
      return;
    }
    if (!(await repo.updateSection(db, input.versionId, input.id, fields))) throw new AppError('NOT_FOUND', 'protocol.itemNotFound');
  });

async function assertInstitution(db: Db, id: number): Promise<void> {
  if (!(await findInstitution(db, id))) throw fieldError('VALIDATION', 'institutionId', 'protocol.institutionNotMember');
}

export const saveFunction = (ctx: ServiceContext, input: In<'protocol.saveFunction'>) =>
  editDraft(ctx, input.versionId, async (db) => {
    await assertInstitution(db, input.institutionId);
    await repo.saveFunction(db, { version_id: input.versionId, institution_id: input.institutionId, functions_json: JSON.stringify(input.functions) });
  });

export const saveRouteStep = (ctx: ServiceContext, input: In<'protocol.saveRouteStep'>) =>
  editDraft(ctx, input.versionId, async (db) => {
    await assertInstitution(db, input.institutionId);
    const fields = {
      step: input.step,
      institution_id: input.institutionId,
      action: input.action,
      timeframe: input.timeframe,
      contact_point: input.contactPoint,
      victim_information: input.victimInformation,
    };
    if (input.id === undefined) {
      await repo.insertRouteStep(db, { ...fields, version_id: input.versionId, position: await repo.nextItemPosition(db, 'routeStep', input.versionId) });
      return;
    }
    if (!(await repo.updateRouteStep(db, input.versionId, input.id, fields))) throw new AppError('NOT_FOUND', 'protocol.itemNotFound');
  });

export const saveGroupCare = (ctx: ServiceContext, input: In<'protocol.saveGroupCare'>) =>
  editDraft(ctx, input.versionId, (db) =>
    repo.saveGroupCare(db, { version_id: input.versionId, group_key: input.group, guidance_json: JSON.stringify(input.guidance) }),
  );

async function versionOfItem(ctx: ServiceContext, kind: repo.ItemKind, id: number): Promise<{ version_id: number; position: number }> {
  const row = await repo.findItem(ctx.db, kind, id);
  if (!row) throw new AppError('NOT_FOUND', 'protocol.itemNotFound');
  return row;
}

export async function removeItem(ctx: ServiceContext, input: In<'protocol.removeItem'>): Promise<ProtocolVersion> {
  const { version_id } = await versionOfItem(ctx, input.kind, input.id);
  return editDraft(ctx, version_id, (db) => repo.deleteItem(db, input.kind, input.id));
}

export async function moveItem(ctx: ServiceContext, input: In<'protocol.moveItem'>): Promise<ProtocolVersion> {
  const item = await versionOfItem(ctx, input.kind, input.id);
  return editDraft(ctx, item.version_id, async (db) => {
    const list = await repo.listItems(db, input.kind, item.version_id);
    const index = list.findIndex((x) => x.id === input.id);
    const other = list[input.direction === 'up' ? index - 1 : index + 1];
    if (!other) return;
    await repo.setItemPosition(db, input.kind, input.id, other.position);
    await repo.setItemPosition(db, input.kind, other.id, item.position);
  });
}

export async function removeVersion(ctx: ServiceContext, id: number): Promise<null> {
  await inTransaction(ctx, async (tx) => {
    await requireDraftVersion(tx.db, id);
    await repo.deleteVersion(tx.db, id);
  });
  return null;
}

export async function approveVersion(ctx: ServiceContext, input: In<'protocol.approve'>): Promise<ProtocolVersion> {
  await inTransaction(ctx, async (tx) => {
    await requireDraftVersion(tx.db, input.id);
    await requireApprovalAgreement(tx.db, input.agreementId);
    const now = ctx.clock.now();
    const previous = await repo.findApproved(tx.db);
    if (previous) await repo.updateVersion(tx.db, previous.id, { status: 'reemplazado', updated_at: now });
    await repo.updateVersion(tx.db, input.id, {
      status: 'aprobado',
      approved_on: input.approvedOn,
      approval_agreement_id: input.agreementId,
      approval_reference: input.agreementId === null ? input.reference : '',
      updated_at: now,
    });
  });
  return getVersion(ctx, input.id);
}
