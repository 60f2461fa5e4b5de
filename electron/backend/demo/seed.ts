/**
 * Fills a new demo database through the same services as real input, so the example data obeys
 * every rule a user's data does.
 */
import { representativeInput, institutionInput } from '../../../shared/domain/members';
import { taskforceSettings, DEFAULT_DECADE_LINE, DEFAULT_NUMBERING, DEFAULT_YEAR_NAMES } from '../../../shared/domain/taskforce';
import type { ServiceContext } from '../context';
import { addRepresentative, createInstitution } from '../members/service';
import { saveTaskforce } from '../taskforce/service';
import { seedDemoFollowUp } from './agreements';
import { DEMO_INSTITUTIONS } from './institutions';
import { seedDemoPlan } from './plan';
import { seedDemoProtocol } from './protocol';
import { seedDemoSessions } from './sessions';

const MEMBERS_SINCE = '2019-06-15';
const ACCREDITED_FROM = '2025-01-15';

export async function seedDemo(ctx: ServiceContext): Promise<void> {
  await saveTaskforce(
    ctx,
    taskforceSettings.parse({
      officialName:
        'Instancia Distrital de Concertación para erradicar la violencia contra las mujeres y los integrantes del grupo familiar de Villa Esperanza',
      shortName: 'IDC-VE',
      level: 'distrital',
      district: 'Villa Esperanza',
      province: 'Lima',
      region: 'Lima',
      ordinanceNumber: 'Ordenanza Municipal N° 412-2019-MDVE',
      ordinanceDate: '2019-05-20',
      installationDate: MEMBERS_SINCE,
      presidencyInstitution: 'Municipalidad Distrital de Villa Esperanza',
      presidencyPerson: 'Rosa Elvira Quispe Huamán',
      presidencyPost: 'Alcaldesa',
      secretariatUnit: 'Gerencia de Desarrollo Social',
      secretariatResponsible: 'Jorge Luis Paredes Ríos',
      secretariatPost: 'Gerente de Desarrollo Social',
      secretariatPhone: '01 555 0142',
      secretariatEmail: 'secretaria.tecnica@villaesperanza.example',
      placeName: 'Villa Esperanza',
      entityAcronym: 'MDVE',
      unitAcronym: 'GDS-ST',
      decadeLine: DEFAULT_DECADE_LINE,
      numbering: DEFAULT_NUMBERING,
      yearNames: DEFAULT_YEAR_NAMES,
      quorum: { firstCall: { kind: 'majority' }, secondCall: { kind: 'fraction', numerator: 1, denominator: 3 }, secondCallDelayMinutes: 30 },
      actaSignatories: 'all_attendees',
    }),
  );
  for (const [index, demo] of DEMO_INSTITUTIONS.entries()) {
    const institution = await createInstitution(
      ctx,
      institutionInput.parse({
        name: demo.name,
        acronym: demo.acronym,
        category: demo.category,
        hasVote: demo.hasVote,
        inNetwork: demo.inNetwork,
        phone: `01 555 ${String(1000 + index * 37).slice(-4)}`,
        email: `contacto.${demo.acronym.toLowerCase().replace(/[^a-z0-9]/g, '')}@villaesperanza.example`,
        activeFrom: MEMBERS_SINCE,
      }),
    );
    const people: ['titular' | 'alterno', [string, string] | undefined][] = [
      ['titular', demo.titular],
      ['alterno', demo.alterno],
    ];
    for (const [role, person] of people) {
      if (!person) continue;
      await addRepresentative(
        ctx,
        representativeInput.parse({
          institutionId: institution.id,
          role,
          fullName: person[0],
          post: person[1],
          accreditationNumber: `Oficio N° ${String(index + 1).padStart(3, '0')}-2025-${demo.acronym.replace(/\s/g, '')}`,
          accreditationDate: '2025-01-10',
          validFrom: ACCREDITED_FROM,
        }),
      );
    }
  }
  await seedDemoSessions(ctx);
  await seedDemoFollowUp(ctx);
  await seedDemoPlan(ctx);
  await seedDemoProtocol(ctx);
}
