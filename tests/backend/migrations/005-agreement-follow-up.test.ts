/** Migration 005 gives agreements a follow-up: status and progress columns, a search key, a log. */
import { afterEach, describe, expect, it } from 'vitest';
import { nameKey } from '../../../shared/rules/text';
import { insertAdoptedAgreements, institutionRow } from '../../support/migrationRows';
import { closeDatabases, databaseAtVersion, indexesOf, insertRow, openInApp } from '../../support/migrations';

afterEach(closeDatabases);

const CAMPAIGN = 'La Policía Nacional y el CEM coordinarán la campaña «Ni Una Menos» en los colegios.';
const OLD_COLUMNS = 'id, session_id, agenda_item_id, year, number, number_text, text, deadline, adoption, created_at, updated_at';

/** A version-4 database with two agreements adopted in one session. */
async function atVersion4() {
  const database = await databaseAtVersion(4);
  const { sqlite } = database;
  insertRow(sqlite, 'institution', institutionRow(1, 'Comisaría de Villa Esperanza', 'PNP'));
  insertAdoptedAgreements(sqlite, 'Campaña en los colegios', [CAMPAIGN, 'Remitir el informe trimestral a la Secretaría Técnica.']);
  return database;
}

describe('migration 005 (agreement follow-up)', () => {
  it('keeps each agreement, pending with no progress, no report and reminders on', async () => {
    const { sqlite, migrateTo } = await atVersion4();
    const before = sqlite.prepare(`SELECT ${OLD_COLUMNS} FROM agreement ORDER BY id`).all();
    await migrateTo(5);
    expect(sqlite.prepare(`SELECT ${OLD_COLUMNS} FROM agreement ORDER BY id`).all()).toEqual(before);
    const followUp = sqlite.prepare('SELECT status, progress, last_report_on, verification, observations, reminders_silenced FROM agreement').all();
    expect(followUp).toEqual(
      Array(2).fill({ status: 'pendiente', progress: 0, last_report_on: null, verification: '', observations: '', reminders_silenced: 0 }),
    );
  });

  it('fills the search key of existing agreements as the service writes it for new ones', async () => {
    const { sqlite, migrateTo } = await atVersion4();
    await migrateTo(5);
    const key = sqlite.prepare('SELECT search_key FROM agreement WHERE number = 1').pluck().get();
    expect(key).toBe('acuerdo n° 001-2025-idc-ve la policia nacional y el cem coordinaran la campana «ni una menos» en los colegios.');
    expect(key).toBe(nameKey(`ACUERDO N° 001-2025-IDC-VE ${CAMPAIGN}`));
  });

  it('indexes agreements by session and deadline, and the log and reminder letters by what they are read by', async () => {
    const { sqlite, migrateTo } = await atVersion4();
    await migrateTo(5);
    expect(indexesOf(sqlite, 'agreement')).toEqual([
      { name: 'agreement_by_deadline', unique: false, partial: false, columns: ['status', 'deadline'] },
      { name: 'agreement_by_item', unique: false, partial: false, columns: ['agenda_item_id', 'number'] },
      { name: 'agreement_by_session', unique: false, partial: false, columns: ['session_id', 'number'] },
    ]);
    expect(indexesOf(sqlite, 'agreement_follow_up').map((index) => [index.name, index.columns])).toEqual([
      ['follow_up_by_agreement', ['agreement_id', 'reported_on', 'id']],
      ['follow_up_by_institution', ['institution_id']],
      ['follow_up_by_session', ['session_id']],
    ]);
    expect(indexesOf(sqlite, 'reminder_letter').map((index) => index.name)).toEqual(['reminder_letter_by_institution']);
  });

  it('lets the register find an agreement written before the upgrade, typed without accents', async () => {
    const database = await atVersion4();
    const workspace = await openInApp(database);
    const numbers = async (search: string) => (await workspace.call('agreements.list', { search })).items.map((agreement) => agreement.numberText);
    expect(await numbers('')).toEqual(['ACUERDO N° 001-2025-IDC-VE', 'ACUERDO N° 002-2025-IDC-VE']);
    expect(await numbers('policia nacional')).toEqual(['ACUERDO N° 001-2025-IDC-VE']);
  });
});
