/** Queries for protocol versions and their parts. */
import type { Insertable, Updateable } from 'kysely';
import type { ProtocolVersionTable } from '../db/schema';
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
