/** Migration 001 turns an empty file into the first schema: the instancia and its members. */
import { afterEach, describe, expect, it } from 'vitest';
import { ACUERDA_APPLICATION_ID } from '../../../electron/backend/db/connection';
import { institutionRow, representativeRow, taskforceRow } from '../../support/migrationRows';
import { closeDatabases, databaseAtVersion, indexesOf, insertRow, schemaNames } from '../../support/migrations';

afterEach(closeDatabases);

describe('migration 001 (initial)', () => {
  it('creates the first tables in an empty file and marks it as an Acuerda database at version 1', async () => {
    const database = await databaseAtVersion(0);
    const { sqlite } = database;
    expect(schemaNames(sqlite, 'table')).toEqual([]);
    await database.migrateTo(1);

    expect(sqlite.pragma('user_version', { simple: true })).toBe(1);
    expect(sqlite.pragma('application_id', { simple: true })).toBe(ACUERDA_APPLICATION_ID);
    expect(schemaNames(sqlite, 'table')).toEqual(['institution', 'numbering_pattern', 'representative', 'taskforce', 'taskforce_logo', 'year_name']);
    expect(indexesOf(sqlite, 'representative')).toEqual([
      { name: 'representative_by_institution', unique: false, partial: false, columns: ['institution_id', 'role', 'valid_from'] },
    ]);
  });

  it('takes an instancia with its members, and refuses what its checks forbid', async () => {
    const database = await databaseAtVersion(1);
    const { sqlite } = database;
    insertRow(sqlite, 'taskforce', taskforceRow());
    const cem = insertRow(sqlite, 'institution', institutionRow(1, 'Centro Emergencia Mujer Villa Esperanza', 'CEM'));
    insertRow(sqlite, 'representative', representativeRow(cem, 'titular', 'Lucía Mendoza Paredes'));

    expect(() => insertRow(sqlite, 'taskforce', { ...taskforceRow(), id: 2 })).toThrow(/CHECK/);
    expect(() => insertRow(sqlite, 'representative', { ...representativeRow(cem, 'alterno', 'Ana Torres'), dni: '4012345X' })).toThrow(/CHECK/);
    expect(() => insertRow(sqlite, 'representative', representativeRow(99, 'titular', 'Sin institución'))).toThrow(/FOREIGN KEY/);
  });
});
