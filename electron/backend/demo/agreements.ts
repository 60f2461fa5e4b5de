/**
 * The demo's follow-up of agreements, dated around today like its sessions: what the responsibles
 * reported in the last session and by oficio since, so the register, the dashboard and the matrix
 * show every situation: agreements en proceso, one fulfilled with its means of verification, two
 * overdue (one never reported on) and one due within the week. Reports go through the same
 * services as real input; only the last session held, whose acta is still a draft, takes reports.
 */
import { agreementInput, followUpInput, trackingInput } from '../../../shared/domain/agreements';
import { addDays } from '../../../shared/rules/dates';
import { reportFollowUp, updateTracking } from '../agreements/followUp';
import { listAgreementsOfSession } from '../agreements/repository';
import { adoptAgreement } from '../agreements/service';
import type { ServiceContext } from '../context';
import { listInstitutions } from '../members/service';
import { listAgenda, listSessions } from '../sessions/repository';

/** Days before today, moved back to the Friday when they fall on a weekend: oficios go out on working days. */
function workingDayBefore(today: string, days: number): string {
  const date = addDays(today, -days);
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday === 6 ? addDays(date, -1) : weekday === 0 ? addDays(date, -2) : date;
}

export async function seedDemoFollowUp(ctx: ServiceContext): Promise<void> {
  const today = ctx.clock.today();
  const members = await listInstitutions(ctx, { search: '', category: null, inNetwork: null, status: 'active' });
  const id = (acronym: string) => members.find((m) => m.acronym === acronym)?.id ?? 0;

  // The two sessions held: the first, whose acta is approved, and the last, still a draft.
  const held = (await listSessions(ctx.db, { year: null, kind: null })).filter((s) => s.date <= today);
  const [last, first] = [held[0]!, held[1]!];
  const adopted = async (sessionId: number) => (await listAgreementsOfSession(ctx.db, sessionId)).map((a) => a.id);
  const [campaign, budget] = await adopted(first.id);
  const [commemoration, directory] = await adopted(last.id);

  // A further agreement of the last session, due within the week.
  const planItem = (await listAgenda(ctx.db, last.id)).find((item) => item.kind === 'orden_del_dia')!;
  const { id: training } = await adoptAgreement(
    ctx,
    agreementInput.parse({
      agendaItemId: planItem.id,
      text: 'Capacitar al personal de serenazgo y de mesa de partes municipal en la derivación de casos al Centro Emergencia Mujer, sin revictimización.',
      responsibleIds: [id('MDVE'), id('CEM')],
      deadline: addDays(today, 5),
      adoption: 'unanimity',
    }),
  );

  const report = (agreementId: number | undefined, fields: { on: string; by: string | null; inSession?: boolean; status: 'en_proceso' | 'cumplido'; progress: number; text: string }) =>
    reportFollowUp(
      ctx,
      followUpInput.parse({
        agreementId,
        reportedOn: fields.on,
        institutionId: fields.by === null ? null : id(fields.by),
        sessionId: fields.inSession ? last.id : null,
        text: fields.text,
        status: fields.status,
        progress: fields.progress,
      }),
    );
  const track = (agreementId: number | undefined, verification: string, observations: string) =>
    updateTracking(ctx, trackingInput.parse({ id: agreementId, verification, observations }));

  // Reported in the last session, under "Seguimiento de acuerdos".
  await report(campaign, {
    on: last.date,
    by: 'RLMV',
    inSession: true,
    status: 'en_proceso',
    progress: 40,
    text: 'La Red de Lideresas informó que la campaña casa por casa llegó a 180 viviendas del sector 5 con material sobre la Línea 100; el sector 6 se iniciará el próximo mes.',
  });
  await report(budget, {
    on: last.date,
    by: 'MDVE',
    inSession: true,
    status: 'en_proceso',
    progress: 30,
    text: 'La Gerencia de Desarrollo Social elaboró la ficha técnica del taller de prevención y la presentará en el taller de priorización del presupuesto participativo.',
  });

  // Reported by oficio since then.
  await report(directory, {
    on: workingDayBefore(today, 21),
    by: 'CF-VE',
    status: 'en_proceso',
    progress: 50,
    text: 'La Comisaría de Familia remitió sus datos de contacto y horarios de atención; falta consolidar los de los servicios de salud y de justicia.',
  });
  await report(training, {
    on: workingDayBefore(today, 14),
    by: 'MDVE',
    status: 'en_proceso',
    progress: 50,
    text: 'Se capacitó al primer grupo de serenos en la derivación al Centro Emergencia Mujer; el segundo grupo, con el personal de mesa de partes, está programado antes del plazo.',
  });
  await report(campaign, {
    on: workingDayBefore(today, 12),
    by: 'FEMUVE',
    status: 'en_proceso',
    progress: 70,
    text: 'La Federación de Mujeres informó que se visitó la mitad del sector 6; falta material impreso para completar el recorrido.',
  });
  await report(budget, {
    on: workingDayBefore(today, 9),
    by: null,
    status: 'en_proceso',
    progress: 60,
    text: 'La Secretaría Técnica verificó que la propuesta quedó registrada en el presupuesto participativo; queda pendiente su priorización en la asamblea distrital.',
  });
  const fulfilledOn = workingDayBefore(today, 7);
  await report(directory, {
    on: fulfilledOn,
    by: 'CEM',
    status: 'cumplido',
    progress: 100,
    text: 'El Centro Emergencia Mujer remitió el directorio actualizado de la ruta de atención, validado por las instituciones integrantes.',
  });

  await track(
    directory,
    `Oficio N° 045-${fulfilledOn.slice(0, 4)}-CEM, que remite el directorio actualizado de la ruta de atención`,
    'Directorio distribuido por correo electrónico a las instituciones integrantes y publicado en el periódico mural municipal.',
  );
  await track(campaign, '', 'Plazo vencido: la Federación de Mujeres pidió ampliarlo hasta la próxima sesión ordinaria por la falta de material impreso.');
  await track(commemoration, '', 'Sin informe de avance a la fecha; se pedirá a las instituciones responsables que informen en la próxima sesión.');
}
