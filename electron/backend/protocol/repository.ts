/** Queries for protocol versions and their parts. */
import type { Insertable, Updateable } from 'kysely';
import type {
  ProtocolFunctionTable,
  ProtocolGroupCareTable,
  ProtocolRouteStepTable,
  ProtocolSectionTable,
  ProtocolVersionTable,
} from '../db/schema';
import type { Db } from '../db/types';

export const findVersion = (db: Db, id: number) => db.selectFrom('protocol_version').selectAll().where('id', '=', id).executeTakeFirst();

export const listVersions = (db: Db) => db.selectFrom('protocol_version').selectAll().orderBy('version_number', 'desc').execute();

export const findDraft = (db: Db) => db.selectFrom('protocol_version').selectAll().where('status', '=', 'borrador').executeTakeFirst();

export const findApproved = (db: Db) => db.selectFrom('protocol_version').selectAll().where('status', '=', 'aprobado').executeTakeFirst();

export async function insertVersion(db: Db, row: Insertable<ProtocolVersionTable>): Promise<number> {
  const { id } = await db.insertInto('protocol_version').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateVersion(db: Db, id: number, changes: Updateable<ProtocolVersionTable>): Promise<void> {
  await db.updateTable('protocol_version').set(changes).where('id', '=', id).execute();
}

export async function deleteVersion(db: Db, id: number): Promise<void> {
  await db.deleteFrom('protocol_version').where('id', '=', id).execute();
}

/** Every part of a version, ordered. */
export async function loadVersionParts(db: Db, versionId: number) {
  const [sections, functions, route, groups] = await Promise.all([
    db.selectFrom('protocol_section').selectAll().where('version_id', '=', versionId).orderBy('position').execute(),
    db
      .selectFrom('protocol_function')
      .innerJoin('institution', 'institution.id', 'protocol_function.institution_id')
      .select(['protocol_function.institution_id', 'protocol_function.functions_json', 'institution.name', 'institution.name_key'])
      .where('protocol_function.version_id', '=', versionId)
      .execute(),
    db
      .selectFrom('protocol_route_step')
      .innerJoin('institution', 'institution.id', 'protocol_route_step.institution_id')
      .selectAll('protocol_route_step')
      .select('institution.name as institution_name')
      .where('protocol_route_step.version_id', '=', versionId)
      .orderBy('protocol_route_step.position')
      .execute(),
    db.selectFrom('protocol_group_care').selectAll().where('version_id', '=', versionId).execute(),
  ]);
  return { sections, functions, route, groups };
}
export type VersionParts = Awaited<ReturnType<typeof loadVersionParts>>;

export async function insertSection(db: Db, row: Insertable<ProtocolSectionTable>): Promise<void> {
  await db.insertInto('protocol_section').values(row).execute();
}

/** Changes a section of the version; returns whether there was one with that id. */
export async function updateSection(db: Db, versionId: number, id: number, changes: Updateable<ProtocolSectionTable>): Promise<boolean> {
  const result = await db.updateTable('protocol_section').set(changes).where('id', '=', id).where('version_id', '=', versionId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function saveFunction(db: Db, row: ProtocolFunctionTable): Promise<void> {
  await db
    .insertInto('protocol_function')
    .values(row)
    .onConflict((oc) => oc.columns(['version_id', 'institution_id']).doUpdateSet({ functions_json: row.functions_json }))
    .execute();
}

export async function insertRouteStep(db: Db, row: Insertable<ProtocolRouteStepTable>): Promise<void> {
  await db.insertInto('protocol_route_step').values(row).execute();
}

/** Changes a step of the version's route; returns whether there was one with that id. */
export async function updateRouteStep(db: Db, versionId: number, id: number, changes: Updateable<ProtocolRouteStepTable>): Promise<boolean> {
  const result = await db.updateTable('protocol_route_step').set(changes).where('id', '=', id).where('version_id', '=', versionId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function saveGroupCare(db: Db, row: ProtocolGroupCareTable): Promise<void> {
  await db
    .insertInto('protocol_group_care')
    .values(row)
    .onConflict((oc) => oc.columns(['version_id', 'group_key']).doUpdateSet({ guidance_json: row.guidance_json }))
    .execute();
}

/** The parts kept in order, by the name the contract gives them. */
export const ITEM_TABLES = { section: 'protocol_section', routeStep: 'protocol_route_step' } as const;
export type ItemKind = keyof typeof ITEM_TABLES;

export const findItem = (db: Db, kind: ItemKind, id: number) =>
  db.selectFrom(ITEM_TABLES[kind]).select(['version_id', 'position']).where('id', '=', id).executeTakeFirst();

export const listItems = (db: Db, kind: ItemKind, versionId: number) =>
  db.selectFrom(ITEM_TABLES[kind]).select(['id', 'position']).where('version_id', '=', versionId).orderBy('position').execute();

/** The position after the version's last item of that kind. */
export async function nextItemPosition(db: Db, kind: ItemKind, versionId: number): Promise<number> {
  const last = await db.selectFrom(ITEM_TABLES[kind]).select((eb) => eb.fn.max('position').as('max')).where('version_id', '=', versionId).executeTakeFirst();
  return Number(last?.max ?? 0) + 1;
}

export async function setItemPosition(db: Db, kind: ItemKind, id: number, position: number): Promise<void> {
  await db.updateTable(ITEM_TABLES[kind]).set({ position }).where('id', '=', id).execute();
}

export async function deleteItem(db: Db, kind: ItemKind, id: number): Promise<void> {
  await db.deleteFrom(ITEM_TABLES[kind]).where('id', '=', id).execute();
}

/** Copies every part of one version into another (a new draft). */
export async function copyParts(db: Db, fromId: number, toId: number): Promise<void> {
  const parts = await loadVersionParts(db, fromId);
  for (const s of parts.sections) {
    await db.insertInto('protocol_section').values({ version_id: toId, position: s.position, kind: s.kind, title: s.title, body_json: s.body_json }).execute();
  }
  for (const f of parts.functions) {
    await db.insertInto('protocol_function').values({ version_id: toId, institution_id: f.institution_id, functions_json: f.functions_json }).execute();
  }
  for (const r of parts.route) {
    await db
      .insertInto('protocol_route_step')
      .values({
        version_id: toId,
        position: r.position,
        step: r.step,
        institution_id: r.institution_id,
        action: r.action,
        timeframe: r.timeframe,
        contact_point: r.contact_point,
        victim_information: r.victim_information,
      })
      .execute();
  }
  for (const g of parts.groups) {
    await db.insertInto('protocol_group_care').values({ version_id: toId, group_key: g.group_key, guidance_json: g.guidance_json }).execute();
  }
}
