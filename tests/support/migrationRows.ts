/**
 * Rows as an older Acuerda stored them, for the upgrade tests: each builder writes the columns of
 * the migration that created its table, and like the migrations they stay as they are when later
 * versions add columns (a later column gets its default, which is what the tests check).
 */
import type SqliteDatabase from 'better-sqlite3';
import { insertRow, type Row } from './migrations';

const STAMP = '2025-06-01T10:00:00.000Z';

/** Migration 001. */
export const taskforceRow = (): Row => ({
  id: 1,
  official_name: 'Instancia Distrital de Concertación de Villa Esperanza',
  short_name: 'IDC-VE',
  level: 'distrital',
  district: 'Villa Esperanza',
  province: 'Lima',
  region: 'Lima',
  ordinance_number: 'Ordenanza Municipal N° 012-2019-MDVE',
  ordinance_date: '2019-05-20',
  installation_date: '2019-07-01',
  presidency_institution: 'Municipalidad Distrital de Villa Esperanza',
  presidency_person: 'Rosa Quispe Huamán',
  presidency_post: 'Alcaldesa',
  secretariat_unit: 'Gerencia de Desarrollo Social',
  secretariat_responsible: 'Carmen Salazar Ríos',
  secretariat_post: 'Gerente de Desarrollo Social',
  secretariat_phone: '01 555 0101',
  secretariat_email: 'idc@villaesperanza.gob.pe',
  place_name: 'Villa Esperanza',
  entity_acronym: 'MDVE',
  unit_acronym: 'GDS',
  decade_line: 'Decenio de la Igualdad de Oportunidades para Mujeres y Hombres',
  quorum_json: JSON.stringify({ firstCall: { kind: 'majority' }, secondCall: null }),
  acta_signatories: 'all_attendees',
  updated_at: STAMP,
});

/** Migration 001. */
export const institutionRow = (id: number, name: string, acronym: string): Row => ({
  id,
  name,
  name_key: name.toLowerCase(),
  acronym,
  category: 'state_justice',
  has_vote: 1,
  in_network: 1,
  address: 'Av. Los Próceres 120',
  phone: '',
  email: '',
  active_from: '2019-07-01',
  active_to: null,
  notes: '',
  created_at: STAMP,
  updated_at: STAMP,
});

/** Migration 001. */
export const representativeRow = (institutionId: number, role: 'titular' | 'alterno', fullName: string): Row => ({
  institution_id: institutionId,
  role,
  full_name: fullName,
  post: 'Coordinadora',
  dni: '40123456',
  phone: '',
  email: '',
  accreditation_number: 'Oficio N° 031-2025',
  accreditation_date: '2025-02-10',
  valid_from: '2025-02-10',
  valid_to: null,
  replaces_id: null,
  created_at: STAMP,
  updated_at: STAMP,
});

/** Migration 002: a convened ordinary session whose acta is still a draft. */
export const sessionRow = (id: number, number: number, date: string): Row => ({
  id,
  kind: 'ordinaria',
  year: Number(date.slice(0, 4)),
  number,
  acta_number_text: `ACTA N° 00${number}-${date.slice(0, 4)}-IDC-VE`,
  date,
  first_call_time: '10:00',
  second_call_time: null,
  mode: 'presencial',
  place: 'Auditorio municipal',
  virtual_link: '',
  presided_by: 'Rosa Quispe Huamán',
  presided_post: 'Alcaldesa',
  secretary_name: 'Carmen Salazar Ríos',
  secretary_post: 'Gerente de Desarrollo Social',
  convocation_number_text: `OFICIO MÚLTIPLE N° 00${number}-${date.slice(0, 4)}-MDVE/GDS-ST`,
  convocation_date: date,
  created_at: STAMP,
  updated_at: STAMP,
});

/** Migration 002. */
export const agendaItemRow = (sessionId: number, position: number, title: string): Row => ({
  session_id: sessionId,
  position,
  title,
  kind: 'orden_del_dia',
  presenter_institution_id: null,
  notes: '',
  updated_at: STAMP,
});

/** Migration 002: an agreement adopted unanimously. */
export const agreementRow = (sessionId: number, agendaItemId: number, number: number, text: string): Row => ({
  session_id: sessionId,
  agenda_item_id: agendaItemId,
  year: 2025,
  number,
  number_text: `ACUERDO N° 00${number}-2025-IDC-VE`,
  text,
  secretariat_responsible: 0,
  deadline: '2025-09-30',
  adoption: 'unanimity',
  votes_for: null,
  votes_against: null,
  abstentions: null,
  created_at: STAMP,
  updated_at: STAMP,
});

/** A session of 10 July 2025 whose one agenda point adopted these agreements, numbered from 1. */
export function insertAdoptedAgreements(sqlite: SqliteDatabase.Database, point: string, texts: string[]): number[] {
  const session = insertRow(sqlite, 'session', sessionRow(1, 1, '2025-07-10'));
  const item = insertRow(sqlite, 'agenda_item', agendaItemRow(session, 1, point));
  return texts.map((text, index) => insertRow(sqlite, 'agreement', agreementRow(session, item, index + 1, text)));
}
