/** The pieces every session document shares, gathered from the settings and the session record. */
import type { Taskforce } from '../../../shared/domain/taskforce';
import { sessionName } from '../../../shared/rules/sessionTitle';
import { yearNameFor } from '../../../shared/rules/yearName';
import type { ServiceContext } from '../context';
import type { AgendaLineData, LetterheadData, SessionHeadingData, SignatoryData } from '../documents';
import { getLogoOn } from '../taskforce/service';
import type { SessionRow } from './guards';
import type { AgendaItem } from '../../../shared/domain/sessions';
import type { AgreementRow } from '../../../shared/domain/agreements';

/** The letterhead's words as of `date`: the year name is the one in force that day. */
export function letterheadText(settings: Taskforce, date: string): Omit<LetterheadData, 'logo'> {
  return {
    entityName: settings.presidencyInstitution,
    taskforceName: settings.officialName,
    decadeLine: settings.decadeLine,
    yearName: yearNameFor(date, settings.yearNames)?.name ?? null,
  };
}

/** The logo in force on the document's date. */
export async function letterheadLogo(ctx: ServiceContext, date: string): Promise<LetterheadData['logo']> {
  const logo = await getLogoOn(ctx, date);
  if (!logo) return null;
  return {
    data: Buffer.from(logo.dataBase64, 'base64'),
    type: logo.mimeType === 'image/png' ? 'png' : 'jpg',
    width: logo.width,
    height: logo.height,
  };
}

/** "PRIMERA SESIÓN ORDINARIA 2026", or "SESIÓN ORDINARIA" before the session has a number. */
export function titleUpper(row: SessionRow): string {
  const name = sessionName(row.kind, row.number);
  return (row.number === null ? name : `${name} ${row.year}`).toUpperCase();
}

export function sessionHeading(row: SessionRow): SessionHeadingData {
  return {
    titleUpper: titleUpper(row),
    date: row.date,
    firstCallTime: row.first_call_time,
    secondCallTime: row.second_call_time,
    mode: row.mode,
    place: row.place,
    virtualLink: row.virtual_link,
  };
}

/**
 * The agenda as the documents print it. `followUp`, the agreements the session takes up (as
 * `sessionFollowUp` lists them), goes under its "seguimiento de acuerdos" line; the first such line
 * if the agenda has more than one, none if it has none.
 */
export function agendaLines(agenda: readonly AgendaItem[], followUp: readonly AgreementRow[] = []): AgendaLineData[] {
  const followUpItem = agenda.find((item) => item.kind === 'seguimiento_acuerdos');
  return agenda.map((item) => ({
    kind: item.kind,
    title: item.title,
    presenter: item.presenterName,
    ...(item === followUpItem && followUp.length > 0
      ? { agreements: followUp.map((a) => ({ numberText: a.numberText, text: a.text, responsibles: a.responsibleNames })) }
      : {}),
  }));
}

/** "el distrito de Villa Esperanza": where the opening formula says the session met. */
export function jurisdiction(settings: Taskforce): string {
  switch (settings.level) {
    case 'distrital':
      return `el distrito de ${settings.district}`;
    case 'provincial':
      return `la provincia de ${settings.province}`;
    case 'regional':
      return `la región ${settings.region}`;
  }
}

/**
 * The instancia as letters name it in running text: "Instancia Distrital de Concertación", the
 * official name up to its purpose ("para erradicar…"), which would make every sentence too long.
 */
export const instanciaName = (settings: Taskforce): string => settings.officialName.split(/\s+para\s+/i)[0]!.trim();

export const presidencySignatory = (settings: Taskforce): SignatoryData => ({
  name: settings.presidencyPerson,
  post: settings.presidencyPost,
  organization: `Presidencia de la ${instanciaName(settings)}`,
});

export const secretariatSignatory = (settings: Taskforce): SignatoryData => ({
  name: settings.secretariatResponsible,
  post: settings.secretariatPost === '' ? 'Secretaría Técnica' : settings.secretariatPost,
  organization: `Secretaría Técnica de la ${instanciaName(settings)}`,
});
