/** The instancia and institutions the end-to-end tests type in: a fictional district. */

export const TASKFORCE = {
  level: 'Distrital',
  district: 'San Juan de Pampas',
  province: 'Lima',
  region: 'Lima',
  officialName:
    'Instancia Distrital de Concertación para erradicar la violencia contra las mujeres y los integrantes del grupo familiar de San Juan de Pampas',
  shortName: 'IDC-SJP',
  ordinanceNumber: 'Ordenanza N° 007-2026-MDSJP',
  ordinanceDate: '12/03/2026',
  installationDate: '02/04/2026',
  presidencyInstitution: 'Municipalidad Distrital de San Juan de Pampas',
  presidencyPerson: 'Carmen Rosa Huamán Quispe',
  presidencyPost: 'Alcaldesa',
  secretariatUnit: 'Subgerencia de Desarrollo Social',
  secretariatResponsible: 'Luis Alberto Pérez Ramos',
  secretariatPost: 'Subgerente de Desarrollo Social',
  secretariatPhone: '01 555 0199',
  secretariatEmail: 'st.instancia@munisjp.example',
  placeName: 'San Juan de Pampas',
  entityAcronym: 'MDSJP',
  unitAcronym: 'SGDS',
} as const;

export type TaskforceData = Record<keyof typeof TASKFORCE, string>;

export interface InstitutionData {
  name: string;
  acronym?: string;
  category: string;
  voiceOnly?: boolean;
  inNetwork?: boolean;
  /** dd/mm/aaaa; today when left out. */
  activeFrom?: string;
}

export const POLICE: InstitutionData = { name: 'Comisaría PNP San Juan de Pampas', acronym: 'CPNP-SJP', category: 'Policía Nacional' };

export const WOMENS_NETWORK_ORG: InstitutionData = {
  name: 'Federación de Mujeres Lideresas de Pampas',
  acronym: 'FEMULIP',
  category: 'Organización de mujeres',
  inNetwork: true,
};

export interface PersonData {
  fullName: string;
  dni?: string;
  post?: string;
  phone?: string;
  email?: string;
  accreditationNumber?: string;
  /** dd/mm/aaaa; today when left out. */
  validFrom?: string;
}
