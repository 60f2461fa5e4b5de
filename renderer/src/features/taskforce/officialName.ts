/** The legal name of an instancia, which stays in Spanish whatever the interface language. */
import type { SettingsValues } from './form';

const LEVEL_WORD: Record<SettingsValues['level'], string> = {
  distrital: 'Distrital',
  provincial: 'Provincial',
  regional: 'Regional',
};

/** "Instancia Distrital de Concertación para erradicar … de Villa El Salvador", or null without a place. */
export function proposedOfficialName(values: Pick<SettingsValues, 'level' | 'district' | 'province' | 'region'>): string | null {
  const place = { distrital: values.district, provincial: values.province, regional: values.region }[values.level].trim();
  if (!place) return null;
  return `Instancia ${LEVEL_WORD[values.level]} de Concertación para erradicar la violencia contra las mujeres y los integrantes del grupo familiar de ${place}`;
}
