/** Migration 002 adds sessions, their actas and agreements to a database that has the instancia. */
import { afterEach, describe, expect, it } from 'vitest';
import { agendaItemRow, institutionRow, representativeRow, sessionRow, taskforceRow } from '../../support/migrationRows';
import { closeDatabases, databaseAtVersion, indexNames, insertRow, rowsOf, schemaNames, type VersionedDatabase } from '../../support/migrations';

afterEach(closeDatabases);

/** A version-1 database of an instancia set up with one member. */
async function setUpAtVersion1(): Promise<VersionedDatabase> {
  const database = await databaseAtVersion(1);
  insertRow(database.sqlite, 'taskforce', taskforceRow());
  insertRow(database.sqlite, 'institution', institutionRow(1, 'Centro Emergencia Mujer Villa Esperanza', 'CEM'));
  insertRow(database.sqlite, 'representative', representativeRow(1, 'titular', 'Lucía Mendoza Paredes'));
  return database;
}

describe('migration 002 (sessions)', () => {
  it('keeps the instancia and its members as they were', async () => {
    const { sqlite, migrateTo } = await setUpAtVersion1();
    const before = ['taskforce', 'institution', 'representative'].map((table) => rowsOf(sqlite, table));
    await migrateTo(2);
    expect(['taskforce', 'institution', 'representative'].map((table) => rowsOf(sqlite, table))).toEqual(before);
  });

  it('gives an instancia already set up the usual standing agenda', async () => {
    const { sqlite, migrateTo } = await setUpAtVersion1();
    await migrateTo(2);
    expect(sqlite.prepare('SELECT position, kind FROM default_agenda_item ORDER BY position').all()).toEqual([
      { position: 1, kind: 'quorum' },
      { position: 2, kind: 'aprobacion_acta' },
      { position: 3, kind: 'despacho' },
      { position: 4, kind: 'informes' },
      { position: 5, kind: 'pedidos' },
      { position: 6, kind: 'seguimiento_acuerdos' },
    ]);
  });

  it('leaves the standing agenda empty when the instancia is not set up yet (set-up writes it)', async () => {
    const database = await databaseAtVersion(1);
    await database.migrateTo(2);
    expect(rowsOf(database.sqlite, 'default_agenda_item')).toEqual([]);
  });

  it('starts a new session as a draft on first call, with absent members and empty texts', async () => {
    const { sqlite, migrateTo } = await setUpAtVersion1();
    await migrateTo(2);
    const session = insertRow(sqlite, 'session', sessionRow(1, 1, '2025-07-10'));
    insertRow(sqlite, 'attendance', { session_id: session, institution_id: 1, has_vote: 1 });
    insertRow(sqlite, 'agenda_item', agendaItemRow(session, 1, 'Informe del CEM'));

    expect(sqlite.prepare('SELECT call, acta_status, convocation_reference, convocation_enclosures, approval_observations FROM session').get()).toEqual({
      call: 'first',
      acta_status: 'borrador',
      convocation_reference: '',
      convocation_enclosures: '',
      approval_observations: '',
    });
    expect(sqlite.prepare('SELECT status, attendee_name, attendee_post FROM attendance').get()).toEqual({ status: 'absent', attendee_name: '', attendee_post: '' });
    expect(sqlite.prepare('SELECT discussion_json FROM agenda_item').pluck().get()).toBe('[]');
  });

  it('indexes the lookups by date, session and institution, and locks approved actas with triggers', async () => {
    const { sqlite, migrateTo } = await setUpAtVersion1();
    await migrateTo(2);
    expect(indexNames(sqlite, 'session')).toEqual(['session_by_date']);
    expect(indexNames(sqlite, 'agenda_item')).toEqual(['agenda_item_by_session']);
    expect(indexNames(sqlite, 'attendance')).toEqual(['attendance_by_institution']);
    expect(indexNames(sqlite, 'agreement')).toEqual(['agreement_by_item']);
    expect(indexNames(sqlite, 'agreement_responsible')).toEqual(['agreement_responsible_by_institution']);
    expect(schemaNames(sqlite, 'trigger')).toEqual(
      expect.arrayContaining(['session_locked_update', 'session_locked_delete', 'agenda_item_locked_insert', 'agreement_locked_update']),
    );
  });
});
