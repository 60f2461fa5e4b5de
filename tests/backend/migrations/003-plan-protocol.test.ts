/** Migration 003 adds the local action plan and the joint action protocol beside the sessions. */
import { afterEach, describe, expect, it } from 'vitest';
import { insertAdoptedAgreements, institutionRow } from '../../support/migrationRows';
import { closeDatabases, databaseAtVersion, indexesOf, indexNames, insertRow, rowsOf } from '../../support/migrations';

afterEach(closeDatabases);

const STAMP = '2025-08-01T10:00:00.000Z';
const OLD_TABLES = ['institution', 'session', 'agenda_item', 'agreement'];

/** A version-2 database with a session that adopted the agreement approving the plan. */
async function atVersion2() {
  const database = await databaseAtVersion(2);
  const { sqlite } = database;
  insertRow(sqlite, 'institution', institutionRow(1, 'Centro Emergencia Mujer Villa Esperanza', 'CEM'));
  const [agreement] = insertAdoptedAgreements(sqlite, 'Aprobación del Plan de Acción Local', ['Aprobar el Plan de Acción Local 2025-2026.']);
  return { ...database, agreement };
}

describe('migration 003 (plan and protocol)', () => {
  it('keeps the sessions and their agreements as they were', async () => {
    const { sqlite, migrateTo } = await atVersion2();
    const before = OLD_TABLES.map((table) => rowsOf(sqlite, table));
    await migrateTo(3);
    expect(OLD_TABLES.map((table) => rowsOf(sqlite, table))).toEqual(before);
  });

  it('starts a plan as a draft with empty texts, and lets an approved one cite an existing agreement', async () => {
    const { sqlite, migrateTo, agreement } = await atVersion2();
    await migrateTo(3);
    const plan = { title: 'Plan de Acción Local 2025-2026', start_year: 2025, end_year: 2026, reporting_unit: 'semester', created_at: STAMP, updated_at: STAMP };
    insertRow(sqlite, 'plan', plan);
    expect(sqlite.prepare('SELECT status, approved_on, approval_reference, presentation_json, monitoring_json FROM plan').get()).toEqual({
      status: 'borrador',
      approved_on: null,
      approval_reference: '',
      presentation_json: '[]',
      monitoring_json: '[]',
    });
    insertRow(sqlite, 'plan', { ...plan, status: 'aprobado', approved_on: '2025-07-10', approval_agreement_id: agreement });
    expect(() => insertRow(sqlite, 'plan', { ...plan, status: 'aprobado', approved_on: '2025-07-10', approval_agreement_id: 99 })).toThrow(/FOREIGN KEY/);
  });

  it('allows one protocol draft at a time, through a unique partial index', async () => {
    const { sqlite, migrateTo } = await atVersion2();
    await migrateTo(3);
    const version = (n: number) => ({ version_number: n, title: 'Protocolo local de actuación conjunta', created_at: STAMP, updated_at: STAMP });
    insertRow(sqlite, 'protocol_version', version(1));
    expect(() => insertRow(sqlite, 'protocol_version', version(2))).toThrow(/UNIQUE/);
    expect(indexesOf(sqlite, 'protocol_version')).toContainEqual({ name: 'protocol_single_draft', unique: true, partial: true, columns: ['status'] });
  });

  it('indexes the plan and the protocol by the institutions they name', async () => {
    const { sqlite, migrateTo } = await atVersion2();
    await migrateTo(3);
    expect(indexNames(sqlite, 'plan_line')).toEqual(['plan_line_by_plan']);
    expect(indexNames(sqlite, 'plan_activity')).toEqual(['plan_activity_by_lead']);
    expect(indexNames(sqlite, 'plan_activity_institution')).toEqual(['plan_activity_institution_by_institution']);
    expect(indexNames(sqlite, 'protocol_function')).toEqual(['protocol_function_by_institution']);
    expect(indexNames(sqlite, 'protocol_route_step')).toEqual(['protocol_route_by_institution']);
  });
});
