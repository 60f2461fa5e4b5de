/** A configured instancia with members, and valid session inputs, for the sessions tests. */
import type { MethodInput } from '../../shared/contract';
import { validInstitution, validRepresentative, validSettings } from './fixtures';
import type { TestWorkspace } from './workspace';

export interface Instancia {
  /** Institutions with vote, each with a titular and an alterno. */
  voting: number[];
  /** Institutions with voice but no vote. */
  voiceOnly: number[];
}

const VOTING_NAMES = [
  'Comisaría PNP San Juan',
  'Centro Emergencia Mujer San Juan',
  'Municipalidad Distrital de San Juan de Prueba',
  'Red de Lideresas de San Juan',
  'Centro de Salud Materno Infantil',
  'UGEL 01',
  'Fiscalía Provincial de Familia',
  'Juzgado de Familia de San Juan',
  'Asociación de Mujeres Emprendedoras',
];

export async function setUpInstancia(ws: TestWorkspace, votingCount = 5, voiceOnlyCount = 1): Promise<Instancia> {
  await ws.call('taskforce.save', validSettings());
  const voting: number[] = [];
  for (const [index, name] of VOTING_NAMES.slice(0, votingCount).entries()) {
    const created = await ws.call('members.create', { ...validInstitution(name), acronym: '' });
    await ws.call('members.addRepresentative', { ...validRepresentative(created.id, 'titular', `Titular ${index + 1}`), dni: `4012345${index}` });
    await ws.call('members.addRepresentative', { ...validRepresentative(created.id, 'alterno', `Alterno ${index + 1}`), dni: `4112345${index}` });
    voting.push(created.id);
  }
  const voiceOnly: number[] = [];
  for (let i = 0; i < voiceOnlyCount; i++) {
    const created = await ws.call('members.create', { ...validInstitution(`Organización Invitada ${i + 1}`), acronym: '', hasVote: false });
    voiceOnly.push(created.id);
  }
  return { voting, voiceOnly };
}

export const validSession = (overrides: Partial<MethodInput<'sessions.create'>> = {}): MethodInput<'sessions.create'> => ({
  kind: 'ordinaria',
  date: '2026-03-12',
  firstCallTime: '10:00',
  mode: 'presencial',
  place: 'Sala de Regidores del Palacio Municipal',
  presidedBy: 'Ana Torres',
  presidedPost: 'Alcaldesa',
  secretaryName: 'Luis Pérez',
  secretaryPost: 'Subgerente de Desarrollo Social',
  ...overrides,
});

/** Marks the titular of each institution present. */
export async function markPresent(ws: TestWorkspace, sessionId: number, institutionIds: number[]): Promise<void> {
  for (const institutionId of institutionIds) {
    await ws.call('sessions.setAttendance', { sessionId, institutionId, status: 'titular' });
  }
}

export const convene = (ws: TestWorkspace, sessionId: number, date = '2026-03-02') =>
  ws.call('sessions.issueConvocation', { sessionId, date, signer: 'secretariat', reference: 'Ordenanza N° 003-2025-MDSJP' });

export const unanimous = (agendaItemId: number, responsibleIds: number[], text = 'Aprobar el plan de trabajo 2026.'): MethodInput<'agreements.adopt'> => ({
  agendaItemId,
  text,
  responsibleIds,
  deadline: '2026-03-31',
  adoption: 'unanimity',
});
