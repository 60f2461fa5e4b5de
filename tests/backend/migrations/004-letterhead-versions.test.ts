/** Migration 004 turns the one letterhead logo into dated versions; the logo already set stays. */
import { afterEach, describe, expect, it } from 'vitest';
import { pngHeader } from '../../support/fixtures';
import { closeDatabases, databaseAtVersion, insertRow, openInApp, rowsOf, schemaNames } from '../../support/migrations';

afterEach(closeDatabases);

/** A version-3 database, with the logo a user set on 1 June 2025 when `withLogo`. */
async function atVersion3(withLogo: boolean) {
  const database = await databaseAtVersion(3);
  if (withLogo) {
    insertRow(database.sqlite, 'taskforce_logo', {
      id: 1,
      mime_type: 'image/png',
      data: pngHeader(100),
      width: 100,
      height: 100,
      updated_at: '2025-06-01T10:00:00.000Z',
    });
  }
  return database;
}

describe('migration 004 (letterhead versions)', () => {
  it('moves the logo into a version in force since always, set on the day it was uploaded', async () => {
    const { sqlite, migrateTo } = await atVersion3(true);
    await migrateTo(4);
    expect(rowsOf(sqlite, 'letterhead_logo')).toEqual([
      {
        valid_from: '0001-01-01',
        mime_type: 'image/png',
        data: pngHeader(100),
        width: 100,
        height: 100,
        set_on: '2025-06-01',
        updated_at: '2025-06-01T10:00:00.000Z',
      },
    ]);
    expect(schemaNames(sqlite, 'table')).not.toContain('taskforce_logo');
  });

  it('writes no version when no logo was set', async () => {
    const { sqlite, migrateTo } = await atVersion3(false);
    await migrateTo(4);
    expect(rowsOf(sqlite, 'letterhead_logo')).toEqual([]);
  });

  it('keeps the logo set before letterheads had dates, in force since always', async () => {
    const database = await atVersion3(true);
    const workspace = await openInApp(database);
    expect((await workspace.call('taskforce.getLogo', {}))?.dataBase64).toBe(pngHeader(100).toString('base64'));
  });
});
