/** Valid inputs to start from; each test changes only what it is about. */
import type { MethodInput } from '../../shared/contract';
import { DEFAULT_DECADE_LINE, DEFAULT_NUMBERING, DEFAULT_YEAR_NAMES } from '../../shared/domain/taskforce';

export const validSettings = (): MethodInput<'taskforce.save'> => ({
  officialName: 'Instancia Distrital de Concertación para erradicar la violencia contra las mujeres y los integrantes del grupo familiar de San Juan de Prueba',
  shortName: 'IDC-SJP',
  level: 'distrital',
  district: 'San Juan de Prueba',
  province: 'Lima',
  region: 'Lima',
  ordinanceNumber: 'Ordenanza N° 003-2025-MDSJP',
  ordinanceDate: '2025-02-14',
  installationDate: '2025-03-08',
  presidencyInstitution: 'Municipalidad Distrital de San Juan de Prueba',
  presidencyPerson: 'Ana Torres',
  presidencyPost: 'Alcaldesa',
  secretariatUnit: 'Subgerencia de Desarrollo Social',
  secretariatResponsible: 'Luis Pérez',
  secretariatPost: 'Subgerente',
  secretariatPhone: '01 555 0100',
  secretariatEmail: 'st@sanjuan.example',
  placeName: 'San Juan de Prueba',
  entityAcronym: 'MDSJP',
  unitAcronym: 'SGDS',
  decadeLine: DEFAULT_DECADE_LINE,
  numbering: DEFAULT_NUMBERING,
  yearNames: DEFAULT_YEAR_NAMES,
  quorum: { firstCall: { kind: 'majority' }, secondCall: null, secondCallDelayMinutes: 0 },
  actaSignatories: 'presidency_and_secretariat',
});

export const validInstitution = (name = 'Centro Emergencia Mujer San Juan'): MethodInput<'members.create'> => ({
  name,
  acronym: 'CEM',
  category: 'state_justice',
  hasVote: true,
  inNetwork: false,
  activeFrom: '2025-03-08',
});

export const validRepresentative = (
  institutionId: number,
  role: 'titular' | 'alterno' = 'titular',
  fullName = 'María Quispe',
): MethodInput<'members.addRepresentative'> => ({
  institutionId,
  role,
  fullName,
  post: 'Coordinadora',
  dni: '40123456',
  validFrom: '2025-03-08',
});

/** The smallest valid PNG header of a `size`×`size` picture (enough for the sniffing rules). */
export function pngHeader(size: number): Buffer {
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(size, 16);
  header.writeUInt32BE(size, 20);
  return header;
}
