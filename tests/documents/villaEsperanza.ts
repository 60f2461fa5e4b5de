/** Names and text helpers the fixtures of Villa Esperanza's plan, report and protocol share. */
import type { RichBlock } from '../../shared/domain/richText';

export const MUNICIPALITY = 'Municipalidad Distrital de Villa Esperanza';
export const POLICE = 'Comisaría PNP Villa Esperanza';
export const CEM = 'Centro Emergencia Mujer Villa Esperanza';
export const DEMUNA = 'Defensoría Municipal del Niño, Niña y Adolescente (DEMUNA)';
export const HEALTH = 'Centro de Salud Villa Esperanza';
export const UGEL = 'Unidad de Gestión Educativa Local N° 09';
export const PROSECUTOR = 'Fiscalía Provincial de Familia de Villa Esperanza';
export const WOMEN_OSB = 'Organización Social de Base Mujeres Emprendedoras';
export const WARMI = 'Asociación Warmi Kallpa';

const run = (text: string, bold = false) => ({ text, bold, italic: false });
export const paragraphs = (...texts: string[]): RichBlock[] => texts.map((t) => ({ type: 'paragraph', runs: [run(t)] }));
export const bullets = (...items: string[]): RichBlock => ({ type: 'bulletList', items: items.map((i) => [run(i)]) });
export const ordered = (...items: string[]): RichBlock => ({ type: 'orderedList', items: items.map((i) => [run(i)]) });
