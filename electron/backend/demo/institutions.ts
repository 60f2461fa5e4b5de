/**
 * The demo instancia's members: an entirely fictional district, "Villa Esperanza", modelled on the
 * composition the law asks for plus the women's organisations of a leaders' network. Any likeness
 * of a name to a real person is chance.
 */
import type { InstitutionCategory } from '../../../shared/domain/members';

export interface DemoInstitution {
  name: string;
  acronym: string;
  category: InstitutionCategory;
  hasVote: boolean;
  inNetwork: boolean;
  titular: [name: string, post: string];
  alterno?: [name: string, post: string];
}

export const DEMO_INSTITUTIONS: DemoInstitution[] = [
  { name: 'Municipalidad Distrital de Villa Esperanza', acronym: 'MDVE', category: 'municipality', hasVote: true, inNetwork: false, titular: ['Rosa Elvira Quispe Huamán', 'Alcaldesa'], alterno: ['Jorge Luis Paredes Ríos', 'Gerente de Desarrollo Social'] },
  { name: 'Subprefectura Distrital de Villa Esperanza', acronym: 'SPVE', category: 'other', hasVote: true, inNetwork: false, titular: ['Carlos Alberto Medina Soto', 'Subprefecto distrital'], alterno: ['Lucía Fernanda Torres Vega', 'Asistente administrativa'] },
  { name: 'Comisaría PNP Villa Esperanza', acronym: 'CPNP-VE', category: 'police', hasVote: true, inNetwork: false, titular: ['Mayor PNP Raúl Enrique Castillo Ramos', 'Comisario'], alterno: ['Capitán PNP Diana Milagros Flores Chávez', 'Jefa de la Sección de Familia'] },
  { name: 'Comisaría de Familia PNP Villa Esperanza', acronym: 'CF-VE', category: 'police', hasVote: true, inNetwork: false, titular: ['Comandante PNP Susana Beatriz León Cruz', 'Comisaria'], alterno: ['Teniente PNP Miguel Ángel Rojas Díaz', 'Instructor'] },
  { name: 'Centro Emergencia Mujer Villa Esperanza', acronym: 'CEM', category: 'state_justice', hasVote: true, inNetwork: false, titular: ['Patricia Isabel Gutiérrez Lazo', 'Coordinadora'], alterno: ['Karina Soledad Mendoza Ortiz', 'Abogada'] },
  { name: 'Fiscalía Provincial de Familia de Villa Esperanza', acronym: 'FPF', category: 'state_justice', hasVote: true, inNetwork: false, titular: ['Elena María Villanueva Pardo', 'Fiscal provincial'], alterno: ['Óscar Daniel Huerta Salas', 'Fiscal adjunto'] },
  { name: 'Juzgado de Familia de Villa Esperanza', acronym: 'JF-VE', category: 'state_justice', hasVote: true, inNetwork: false, titular: ['Marta Cecilia Aguirre Benites', 'Jueza especializada de familia'], alterno: ['Renato José Salazar Campos', 'Secretario judicial'] },
  { name: 'Centro de Salud Materno Infantil Villa Esperanza', acronym: 'CSMI', category: 'health', hasVote: true, inNetwork: false, titular: ['Dra. Gabriela Inés Ramírez Palomino', 'Médica jefa'], alterno: ['Lic. Ana Lucía Cárdenas Ruiz', 'Psicóloga'] },
  { name: 'Unidad de Gestión Educativa Local 09', acronym: 'UGEL 09', category: 'education', hasVote: true, inNetwork: false, titular: ['Víctor Hugo Espinoza Tello', 'Especialista de convivencia escolar'], alterno: ['Norma Beatriz Salas Quiroz', 'Psicóloga'] },
  { name: 'Defensoría Municipal de la Niña, Niño y Adolescente', acronym: 'DEMUNA', category: 'municipality', hasVote: true, inNetwork: false, titular: ['Lourdes Amelia Campos Ñaupari', 'Responsable de la DEMUNA'], alterno: ['Iván Alonso Pizarro Gómez', 'Abogado'] },
  { name: 'Red de Lideresas Mujeres Valientes', acronym: 'RLMV', category: 'womens_organization', hasVote: true, inNetwork: true, titular: ['Juana Teresa Condori Mamani', 'Presidenta'], alterno: ['María Luz Huamaní Sánchez', 'Secretaria'] },
  { name: 'Federación de Mujeres de Villa Esperanza', acronym: 'FEMUVE', category: 'womens_organization', hasVote: true, inNetwork: true, titular: ['Felicitas Rosa Ccahuana Ayala', 'Presidenta'], alterno: ['Edith Marlene Vargas Yupanqui', 'Vicepresidenta'] },
  { name: 'Asociación de Comedores Populares Autogestionarios', acronym: 'ACPA', category: 'womens_organization', hasVote: true, inNetwork: true, titular: ['Nelly Graciela Poma Huarcaya', 'Coordinadora general'], alterno: ['Flor de María Soto Inga', 'Delegada'] },
  { name: 'Comité del Vaso de Leche Sector 3', acronym: 'CVL-S3', category: 'womens_organization', hasVote: true, inNetwork: true, titular: ['Rosalía Ernestina Apaza Quispe', 'Presidenta'] , alterno: ['Carmen Julia Tito Llanos', 'Tesorera'] },
  { name: 'Organización de Mujeres Emprendedoras del Sector 7', acronym: 'OMESE', category: 'womens_organization', hasVote: true, inNetwork: true, titular: ['Gladys Noemí Chuquillanqui Rivas', 'Presidenta'] },
  { name: 'Colectivo de Mujeres Jóvenes Nueva Aurora', acronym: 'CMJNA', category: 'womens_organization', hasVote: true, inNetwork: true, titular: ['Valeria Andrea Ccori Huillca', 'Coordinadora'], alterno: ['Milagros Estefany Rojas Paucar', 'Vocera'] },
  { name: 'Asociación de Promotoras de Salud Comunitaria', acronym: 'APSC', category: 'womens_organization', hasVote: true, inNetwork: true, titular: ['Hilda Victoria Mallma Ramos', 'Presidenta'], alterno: ['Yolanda Pilar Ñahui Ccente', 'Promotora'] },
  { name: 'Mesa de Mujeres Lideresas de los Asentamientos Humanos', acronym: 'MMLAH', category: 'womens_organization', hasVote: true, inNetwork: true, titular: ['Dominga Aurelia Huaraca Quispe', 'Coordinadora'] },
  { name: 'ONG Centro de Promoción de los Derechos de la Mujer', acronym: 'CEPRODEM', category: 'civil_society', hasVote: true, inNetwork: false, titular: ['Claudia Regina Montoya Bravo', 'Directora ejecutiva'], alterno: ['Sergio Andrés Calle Núñez', 'Coordinador de proyectos'] },
  { name: 'Parroquia Santa Rosa de Villa Esperanza', acronym: 'PSR', category: 'civil_society', hasVote: false, inNetwork: false, titular: ['Hna. Teresa del Carmen Ochoa Lara', 'Coordinadora de pastoral social'] },
  { name: 'Programa de las Naciones Unidas para el Desarrollo (oficina de país)', acronym: 'PNUD', category: 'international_cooperation', hasVote: false, inNetwork: false, titular: ['Andrea Sofía Delgado Ferrer', 'Especialista en género'] },
];
