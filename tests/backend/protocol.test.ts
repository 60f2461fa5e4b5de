import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RichBlock } from '../../shared/domain/richText';
import { DEFAULT_DATABASE } from '../../electron/backend/workspace';
import { type Instancia, setUpInstancia } from '../support/sessionFixtures';
import { openTestWorkspace, snapshotDatabase, type TestWorkspace } from '../support/workspace';

let ws: TestWorkspace;
let members: Instancia;
const dbFile = () => path.join(ws.dir, DEFAULT_DATABASE);
const text = (t: string): RichBlock[] => [{ type: 'paragraph', runs: [{ text: t, bold: false, italic: false }] }];

/** Version 1 with a presentation, one function, one route step and guidance for children. */
async function firstVersion() {
  let v = await ws.call('protocol.create', { title: 'Protocolo Local de Actuación Conjunta de San Juan de Prueba' });
  const presentation = v.sections.find((s) => s.kind === 'presentation')!;
  v = await ws.call('protocol.saveSection', { versionId: v.id, id: presentation.id, kind: 'presentation', title: presentation.title, body: text('Este protocolo ordena la actuación conjunta.') });
  v = await ws.call('protocol.saveFunction', { versionId: v.id, institutionId: members.voting[1]!, functions: text('Brindar atención psicológica, legal y social.') });
  v = await ws.call('protocol.saveRouteStep', {
    versionId: v.id,
    step: 'Recepción de la denuncia',
    institutionId: members.voting[0]!,
    action: 'Recibir la denuncia en un ambiente privado y dictar medidas de protección inmediatas.',
    timeframe: 'Inmediato',
    contactPoint: 'Sección de Familia, 24 horas',
    victimInformation: 'Sus derechos y los servicios disponibles.',
  });
  v = await ws.call('protocol.saveGroupCare', { versionId: v.id, group: 'children', guidance: text('Entrevista única en cámara Gesell.') });
  return v;
}

beforeEach(async () => {
  ws = await openTestWorkspace();
  members = await setUpInstancia(ws);
});
afterEach(() => ws.close());

describe('the protocol', () => {
  it('starts with the standard sections and an entry per member institution', async () => {
    const v = await firstVersion();
    expect(v).toMatchObject({ versionNumber: 1, status: 'borrador', locked: false });
    expect(v.sections.map((s) => s.kind)).toEqual(['presentation', 'scope', 'legal_framework', 'principles', 'general_rules', 'final_provisions']);
    expect(v.functions).toHaveLength(6);
    expect(v.groups.map((g) => g.group)).toEqual(['children', 'older_adults', 'disabilities', 'migrants', 'lgbti', 'indigenous_afro']);
    expect(v.route[0]).toMatchObject({ position: 1, institutionName: 'Comisaría PNP San Juan', timeframe: 'Inmediato' });
    expect((await ws.fail('protocol.create', { title: 'Otro' })).key).toBe('protocol.alreadyStarted');
  });

  it('approves a version, locks it, and replaces it when the next one is approved', async () => {
    const v1 = await firstVersion();
    expect((await ws.fail('protocol.approve', { id: v1.id, agreementId: 777, approvedOn: '2026-03-12' })).fields?.[0]?.key).toBe('plan.agreementNotFound');
    const approved = await ws.call('protocol.approve', { id: v1.id, agreementId: null, reference: 'Acuerdo de la sesión del 12/03/2026', approvedOn: '2026-03-12' });
    expect(approved).toMatchObject({ status: 'aprobado', locked: true, approval: { approvedOn: '2026-03-12', reference: 'Acuerdo de la sesión del 12/03/2026' } });

    const before = snapshotDatabase(dbFile());
    for (const [method, input] of [
      ['protocol.saveSection', { versionId: v1.id, kind: 'other', title: 'Anexo', body: [] }],
      ['protocol.saveFunction', { versionId: v1.id, institutionId: members.voting[0]!, functions: text('x') }],
      ['protocol.removeItem', { kind: 'routeStep', id: v1.route[0]!.id }],
      ['protocol.rename', { id: v1.id, title: 'Otro' }],
      ['protocol.remove', { id: v1.id }],
    ] as const) {
      expect(await ws.raw(method, input), method).toMatchObject({ ok: false, error: { code: 'LOCKED', key: 'protocol.versionLocked' } });
    }
    expect(snapshotDatabase(dbFile())).toBe(before);
    const db = new Database(dbFile());
    try {
      expect(() => db.exec(`UPDATE protocol_section SET title = 'X' WHERE version_id = ${v1.id}`)).toThrow('protocol_locked');
      expect(() => db.exec(`UPDATE protocol_version SET status = 'borrador', approved_on = NULL WHERE id = ${v1.id}`)).toThrow('protocol_locked');
    } finally {
      db.close();
    }

    const v2 = await ws.call('protocol.newVersion', {});
    expect(v2).toMatchObject({ versionNumber: 2, status: 'borrador', basedOnId: v1.id });
    expect(v2.route.map((r) => r.step)).toEqual(['Recepción de la denuncia']);
    expect((await ws.fail('protocol.newVersion', {})).key).toBe('protocol.draftExists');
    await ws.call('protocol.approve', { id: v2.id, agreementId: null, reference: 'Acuerdo posterior', approvedOn: '2026-09-10' });
    expect((await ws.call('protocol.list', {})).map((v) => [v.versionNumber, v.status])).toEqual([
      [2, 'aprobado'],
      [1, 'reemplazado'],
    ]);
  });

  it('shows what changed between two versions, part by part, ignoring moves', async () => {
    const v1 = await firstVersion();
    await ws.call('protocol.approve', { id: v1.id, agreementId: null, reference: 'Acuerdo', approvedOn: '2026-03-12' });
    let v2 = await ws.call('protocol.newVersion', {});
    const presentation = v2.sections.find((s) => s.kind === 'presentation')!;
    v2 = await ws.call('protocol.saveSection', { versionId: v2.id, id: presentation.id, kind: 'presentation', title: presentation.title, body: text('Este protocolo ordena la actuación conjunta de todas las instituciones.') });
    v2 = await ws.call('protocol.saveSection', { versionId: v2.id, kind: 'other', title: 'Directorio', body: text('Teléfonos de emergencia.') });
    v2 = await ws.call('protocol.moveItem', { kind: 'section', id: v2.sections.find((s) => s.kind === 'scope')!.id, direction: 'down' });
    v2 = await ws.call('protocol.saveGroupCare', { versionId: v2.id, group: 'children', guidance: [] });
    v2 = await ws.call('protocol.saveRouteStep', { versionId: v2.id, step: 'Atención en el CEM', institutionId: members.voting[1]!, action: 'Atención integral.' });

    const diff = await ws.call('protocol.diff', { fromId: v1.id, toId: v2.id });
    expect(diff.from.versionNumber).toBe(1);
    expect(diff.differences.map((d) => [d.area, d.label, d.change])).toEqual([
      ['section', 'Presentación', 'changed'],
      ['section', 'Directorio', 'added'],
      ['route', 'Atención en el CEM', 'added'],
      ['group', 'Niñas, niños y adolescentes', 'removed'],
    ]);
    const changed = diff.differences[0]!;
    expect(changed.before).toBe('Este protocolo ordena la actuación conjunta.');
    expect(changed.after).toBe('Este protocolo ordena la actuación conjunta de todas las instituciones.');
  });

  it('shows a renamed section with both titles', async () => {
    const v1 = await firstVersion();
    await ws.call('protocol.approve', { id: v1.id, agreementId: null, reference: 'Acuerdo', approvedOn: '2026-03-12' });
    const v2 = await ws.call('protocol.newVersion', {});
    const scope = v2.sections.find((s) => s.kind === 'scope')!;
    await ws.call('protocol.saveSection', { versionId: v2.id, id: scope.id, kind: 'scope', title: 'Alcance', body: [] });
    const diff = await ws.call('protocol.diff', { fromId: v1.id, toId: v2.id });
    expect(diff.differences).toEqual([
      { area: 'section', label: 'Alcance', change: 'changed', before: 'Objetivo, alcance y población objetivo\n', after: 'Alcance\n' },
    ]);
  });
});
