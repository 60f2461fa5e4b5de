/** The acta's set sentences: the opening, the quorum statement, the approval of earlier actas and the closing. */
import { hoursText, longDate, longDateWithWeekday } from '../../../../shared/rules/spanish';
import { sentence } from '../kit/wording';
import type { ActaData } from './data';

function venue({ session }: ActaData): string {
  if (session.mode === 'virtual') return 'modalidad virtual';
  if (session.mode === 'mixta') return `${session.place} y en modalidad virtual`;
  return session.place;
}

export function openingFormula(data: ActaData): string {
  const when = data.startTime === null ? `el día ${longDateWithWeekday(data.date)}` : `siendo las ${hoursText(data.startTime)} del día ${longDateWithWeekday(data.date)}`;
  const call = data.call === 'first' ? 'primera' : 'segunda';
  return (
    `En ${data.jurisdiction}, ${when}, en ${venue(data)}, se reunieron en ${call} convocatoria las y los representantes ` +
    `de las instituciones integrantes de la ${data.letterhead.taskforceName}, bajo la presidencia de ${data.presidedBy}, ` +
    `${data.presidedPost}, actuando como Secretaría Técnica ${data.secretaryName}, ${data.secretaryPost}.`
  );
}

export function quorumStatement({ quorum }: ActaData): string {
  return quorum.met
    ? `Con la asistencia de ${quorum.present} de las ${quorum.votingMembers} instituciones con derecho a voto, la Secretaría Técnica verificó el quórum reglamentario y la Presidencia declaró instalada la sesión.`
    : `No habiéndose alcanzado el quórum reglamentario (${quorum.present} de ${quorum.votingMembers}), no se adoptaron acuerdos.`;
}

export function approvalSentence(acta: ActaData['approvedActas'][number]): string {
  const how = acta.observations.trim() === '' ? 'sin observaciones' : acta.observations.trim();
  return sentence(`Se dio lectura al acta de la ${acta.title} de fecha ${longDate(acta.date)}, la cual fue aprobada ${how}`);
}

/** Without quorum there were no items to run out of, so the sentence only records the adjournment. */
export function closingFormula({ endTime, quorum }: ActaData): string {
  const time = endTime === null ? '' : `siendo las ${hoursText(endTime)} del mismo día, `;
  const lead = quorum.met ? `No habiendo otro punto que tratar, ${time}` : time;
  const rest = 'la Presidencia levantó la sesión, firmando los presentes en señal de conformidad.';
  const text = `${lead}${rest}`;
  return text.charAt(0).toLocaleUpperCase('es-PE') + text.slice(1);
}
