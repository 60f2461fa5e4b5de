/**
 * The demo's sessions, dated around today so the example always looks current: one whose acta was
 * approved, one held recently whose acta is still a draft, and the next one, already convened.
 */
import { agreementInput } from '../../../shared/domain/agreements';
import { itemMinutesInput, sessionInput } from '../../../shared/domain/sessions';
import { addDays } from '../../../shared/rules/dates';
import { getAgenda } from '../acta/agenda';
import { approveActa } from '../acta/lifecycle';
import { adoptAgreement } from '../agreements/service';
import type { ServiceContext } from '../context';
import { listInstitutions } from '../members/service';
import { addAgendaItem, saveItemMinutes } from '../sessions/agenda';
import { saveProceedings, setAttendance } from '../sessions/attendance';
import { issueConvocation, recordDelivery } from '../sessions/convocation';
import { createSession } from '../sessions/service';
import { bullets, paragraph } from './text';

const SESSION_BASE = {
  firstCallTime: '10:00',
  secondCallTime: '10:30',
  mode: 'presencial',
  place: 'Sala de Regidores del Palacio Municipal, Av. Central s/n',
  presidedBy: 'Rosa Elvira Quispe Huamán',
  presidedPost: 'Alcaldesa',
  secretaryName: 'Jorge Luis Paredes Ríos',
  secretaryPost: 'Gerente de Desarrollo Social',
} as const;

export async function seedDemoSessions(ctx: ServiceContext): Promise<void> {
  const today = ctx.clock.today();
  const members = await listInstitutions(ctx, { search: '', category: null, inNetwork: null, status: 'active' });
  const id = (acronym: string) => members.find((m) => m.acronym === acronym)?.id ?? 0;
  const voting = members.filter((m) => m.hasVote);

  const held = async (date: string, absent: string[], agreements: [string, string[], string][]) => {
    const sessionId = await createSession(ctx, sessionInput.parse({ ...SESSION_BASE, kind: 'ordinaria', date }));
    const standing = await getAgenda(ctx, sessionId);
    const planItemId = await addAgendaItem(ctx, {
      sessionId,
      title: 'Avance del Plan de Acción Local y de la campaña casa por casa',
      kind: 'orden_del_dia',
      presenterInstitutionId: id('CEM'),
      notes: '',
    });
    await issueConvocation(ctx, { sessionId, date: addDays(date, -10), signer: 'secretariat', reference: 'Ordenanza Municipal N° 412-2019-MDVE', enclosures: 'Se adjunta el acta de la sesión anterior.' });
    for (const member of voting) {
      await recordDelivery(ctx, { sessionId, institutionId: member.id, deliveredOn: addDays(date, -8), receivedBy: 'Mesa de partes' });
      const status = absent.includes(member.acronym) ? 'absent' : member.alterno && member.acronym.length % 3 === 0 ? 'alterno' : 'titular';
      await setAttendance(ctx, { sessionId, institutionId: member.id, status, attendeeName: '', attendeePost: '', arrivalTime: null });
    }
    await saveProceedings(ctx, { sessionId, call: 'first', startTime: '10:15', endTime: '12:40' });
    const informes = standing.find((i) => i.kind === 'informes');
    if (informes) {
      await saveItemMinutes(
        ctx,
        itemMinutesInput.parse({
          id: informes.id,
          discussion: [
            paragraph('La representante del Centro Emergencia Mujer informó sobre las atenciones del trimestre, en cifras agregadas, y sobre las charlas de prevención en instituciones educativas.'),
            bullets('Talleres de prevención con jóvenes en cuatro colegios del distrito.', 'Coordinación con la Comisaría de Familia para las rondas mixtas.'),
          ],
        }),
      );
    }
    await saveItemMinutes(
      ctx,
      itemMinutesInput.parse({
        id: planItemId,
        discussion: [paragraph('La Red de Lideresas presentó el avance de la campaña casa por casa y propuso ampliarla a dos sectores más. Se debatió el financiamiento con cargo al presupuesto participativo.')],
      }),
    );
    for (const [text, responsibles, deadline] of agreements) {
      await adoptAgreement(
        ctx,
        agreementInput.parse({ agendaItemId: planItemId, text, responsibleIds: responsibles.map(id), deadline, adoption: 'unanimity' }),
      );
    }
    return sessionId;
  };

  const first = await held(addDays(today, -70), ['SPVE', 'JF-VE', 'OMESE'], [
    ['Ampliar la campaña casa por casa a los sectores 5 y 6 del distrito.', ['RLMV', 'FEMUVE'], addDays(today, -20)],
    ['Presentar la propuesta de taller de prevención al presupuesto participativo.', ['MDVE'], addDays(today, 10)],
  ]);
  const second = await held(addDays(today, -35), ['SPVE', 'CSMI'], [
    ['Organizar las actividades del 25 de noviembre con todas las instituciones integrantes.', ['MDVE', 'CEM', 'RLMV'], addDays(today, -3)],
    ['Elaborar el directorio actualizado de la ruta de atención.', ['CEM', 'CF-VE'], addDays(today, 20)],
  ]);
  await approveActa(ctx, { id: first, approvedInSessionId: second, observations: 'por unanimidad, sin observaciones' });

  const next = await createSession(ctx, sessionInput.parse({ ...SESSION_BASE, kind: 'ordinaria', date: addDays(today, 12) }));
  await issueConvocation(ctx, { sessionId: next, date: today, signer: 'secretariat', reference: 'Ordenanza Municipal N° 412-2019-MDVE', enclosures: 'Se adjunta el acta de la sesión anterior.' });
}
