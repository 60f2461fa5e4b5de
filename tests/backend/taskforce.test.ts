import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES } from '../../shared/domain/taskforce';
import { DEFAULT_DATABASE } from '../../electron/backend/workspace';
import { pngHeader, validSettings } from '../support/fixtures';
import { openTestWorkspace, snapshotDatabase, type TestWorkspace } from '../support/workspace';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await openTestWorkspace();
});
afterEach(() => ws.close());

const dbFile = () => path.join(ws.dir, DEFAULT_DATABASE);

describe('instancia settings', () => {
  it('saves the whole set-up and reads it back, marking the database as configured', async () => {
    expect(await ws.call('taskforce.get', {})).toBeNull();
    const saved = await ws.call('taskforce.save', validSettings());
    expect(saved).toMatchObject({ shortName: 'IDC-SJP', level: 'distrital', hasLogo: false, updatedAt: '2026-03-12T15:00:00.000Z' });
    expect(saved.yearNames.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    expect(saved.numbering).toHaveLength(5);
    expect(await ws.call('taskforce.get', {})).toEqual(saved);
    expect((await ws.call('workspace.status', {})).database).toMatchObject({ configured: true });
  });

  it('edits later without losing the rest, replacing year names and numbering as a whole', async () => {
    await ws.call('taskforce.save', validSettings());
    const edited = await ws.call('taskforce.save', {
      ...validSettings(),
      presidencyPerson: 'Carmen Rojas',
      yearNames: [{ year: 2027, name: 'Año de prueba', validFrom: '2027-01-20', validTo: null }],
      numbering: [{ docType: 'acta', pattern: 'ACTA N° {NN}-{AAAA}-IDC' }],
      quorum: { firstCall: { kind: 'fraction', numerator: 2, denominator: 3 }, secondCall: { kind: 'fixed', count: 5 }, secondCallDelayMinutes: 30 },
    });
    expect(edited.presidencyPerson).toBe('Carmen Rojas');
    expect(edited.yearNames).toEqual([{ year: 2027, name: 'Año de prueba', validFrom: '2027-01-20', validTo: null }]);
    expect(edited.numbering).toEqual([{ docType: 'acta', pattern: 'ACTA N° {NN}-{AAAA}-IDC' }]);
    expect(edited.quorum.secondCall).toEqual({ kind: 'fixed', count: 5 });
  });

  it.each([
    ['an impossible date', { ordinanceDate: '2025-02-30' }, 'ordinanceDate', 'validation.impossibleDate'],
    ['a date in another format', { installationDate: '08/03/2025' }, 'installationDate', 'validation.dateFormat'],
    ['an installation still to come', { installationDate: '2026-03-13' }, 'installationDate', 'taskforce.installationInFuture'],
    ['no district for a district instancia', { district: '' }, 'district', 'taskforce.districtRequired'],
    ['an empty official name', { officialName: '   ' }, 'officialName', 'validation.required'],
    ['an oversize name', { officialName: 'x'.repeat(401) }, 'officialName', 'validation.tooLong'],
    ['a bad e-mail', { secretariatEmail: 'st@' }, 'secretariatEmail', 'validation.email'],
    ['an unknown level', { level: 'nacional' }, 'level', 'validation.invalidOption'],
    ['a pattern without correlative', { numbering: [{ docType: 'acta', pattern: 'ACTA {AAAA}' }] }, 'numbering.0.pattern', 'taskforce.patternNeedsCorrelative'],
    ['a pattern without year', { numbering: [{ docType: 'acta', pattern: 'ACTA {NNN}' }] }, 'numbering.0.pattern', 'taskforce.patternNeedsYear'],
    ['an unknown placeholder', { numbering: [{ docType: 'acta', pattern: '{NNN}-{AAAA}-{DISTRITO}' }] }, 'numbering.0.pattern', 'taskforce.patternUnknownPlaceholder'],
    ['two names for one year', { yearNames: [{ year: 2026, name: 'A', validFrom: '2026-01-01', validTo: null }, { year: 2026, name: 'B', validFrom: '2026-02-01', validTo: null }] }, 'yearNames.1.year', 'taskforce.yearNameDuplicate'],
    ['a year name valid before it starts', { yearNames: [{ year: 2026, name: 'A', validFrom: '2026-05-01', validTo: '2026-01-01' }] }, 'yearNames.0.validTo', 'validation.periodEndsBeforeStart'],
    ['a year name starting in another year', { yearNames: [{ year: 2026, name: 'A', validFrom: '2025-12-01', validTo: null }] }, 'yearNames.0.validFrom', 'taskforce.yearNameOutsideYear'],
    ['a fraction above one', { quorum: { firstCall: { kind: 'fraction', numerator: 4, denominator: 3 }, secondCall: null, secondCallDelayMinutes: 0 } }, 'quorum.firstCall.numerator', 'taskforce.quorumFractionInvalid'],
  ])('rejects %s with a field message and writes nothing', async (_label, change, field, key) => {
    const before = snapshotDatabase(dbFile());
    const error = await ws.fail('taskforce.save', { ...validSettings(), ...change });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toContainEqual(expect.objectContaining({ path: field, key }));
    expect(snapshotDatabase(dbFile())).toBe(before);
  });
});

describe('logo', () => {
  const asBase64 = (bytes: Buffer) => bytes.toString('base64');

  it('accepts a PNG, reads its size, and can remove it again', async () => {
    await ws.call('taskforce.save', validSettings());
    const logo = await ws.call('taskforce.setLogo', { dataBase64: asBase64(pngHeader(200)) });
    expect(logo).toMatchObject({ mimeType: 'image/png', width: 200, height: 200 });
    expect((await ws.call('taskforce.get', {}))?.hasLogo).toBe(true);
    expect((await ws.call('taskforce.getLogo', {}))?.dataBase64).toBe(asBase64(pngHeader(200)));
    await ws.call('taskforce.removeLogo', {});
    expect(await ws.call('taskforce.getLogo', {})).toBeNull();
  });

  it('accepts a JPEG by its start-of-frame size', async () => {
    await ws.call('taskforce.save', validSettings());
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x60, 0x00, 0x80, 0x03, 0, 0, 0, 0]);
    expect(await ws.call('taskforce.setLogo', { dataBase64: asBase64(jpeg) })).toMatchObject({ mimeType: 'image/jpeg', width: 128, height: 96 });
  });

  it.each([
    ['a text file', Buffer.from('esto no es una imagen, es un oficio'), 'taskforce.logoNotImage'],
    ['a GIF', Buffer.from('GIF89a\u0001\u0000\u0001\u0000'), 'taskforce.logoNotImage'],
    ['a tiny icon', pngHeader(16), 'taskforce.logoTooSmall'],
    ['an image over the size limit', Buffer.concat([pngHeader(400), Buffer.alloc(LOGO_MAX_BYTES)]), 'taskforce.logoTooLarge'],
  ])('rejects %s and keeps the previous logo', async (_label, bytes, key) => {
    await ws.call('taskforce.save', validSettings());
    await ws.call('taskforce.setLogo', { dataBase64: asBase64(pngHeader(100)) });
    const error = await ws.fail('taskforce.setLogo', { dataBase64: asBase64(bytes) });
    expect(error).toMatchObject({ code: 'VALIDATION', key });
    expect((await ws.call('taskforce.getLogo', {}))?.width).toBe(100);
  });

  it('states the size limit in kilobytes when the upload is far too large', async () => {
    await ws.call('taskforce.save', validSettings());
    const error = await ws.fail('taskforce.setLogo', { dataBase64: 'A'.repeat(LOGO_MAX_BYTES * 2) });
    expect(error.fields).toEqual([{ path: 'dataBase64', key: 'taskforce.logoTooLarge', params: { max: 1024 } }]);
  });

  it('asks for the set-up before a logo', async () => {
    expect(await ws.fail('taskforce.setLogo', { dataBase64: asBase64(pngHeader(100)) })).toMatchObject({
      code: 'CONFLICT',
      key: 'taskforce.notConfigured',
    });
  });
});
