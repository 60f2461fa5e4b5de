/**
 * Gathers a session document's data and builds the Word file. An approved acta is built from its
 * snapshot, so it prints exactly what was approved whatever changed in the settings since. The
 * convocation and the agenda list the agreements the session takes up, so every session document
 * is gathered here, above sessions and agreements.
 */
import type { ParsedInput as In } from '../../../shared/contract';
import type { ExportedFile, SessionDocument } from '../../../shared/domain/sessions';
import type { Taskforce } from '../../../shared/domain/taskforce';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import type { ActaData, AgendaLineData, AttendanceSheetData, ConvocationData } from '../documents';
import { buildActa, buildAgenda, buildAttendanceSheet, buildConvocation, renderDocument } from '../documents';
import { exportedDocx } from '../files/exportedDocx';
import {
  agendaLines,
  instanciaName,
  letterheadLogo,
  letterheadText,
  presidencySignatory,
  secretariatSignatory,
  sessionHeading,
} from '../sessions/documentParts';
import { requireSession, type SessionRow } from '../sessions/guards';
import { titleOf } from '../sessions/records';
import * as repo from '../sessions/repository';
import { loadRoster } from '../sessions/roster';
import { getTaskforce } from '../taskforce/service';
import { loadAgenda } from './agenda';
import { type ActaContent, gatherActaContent } from './content';
import { canonicalJson, sha256 } from './hash';
import { sessionFollowUp } from './sessionFollowUp';

/** Blank rows printed for guests who arrive unannounced. */
const BLANK_GUEST_ROWS = 6;

const FILE_PREFIX: Record<SessionDocument, string> = {
  convocation: 'Oficio múltiple de convocatoria',
  agenda: 'Agenda',
  attendanceSheet: 'Lista de asistencia',
  acta: 'Acta',
};

export async function exportSessionDocument(ctx: ServiceContext, input: In<'documents.session'>): Promise<ExportedFile> {
  const settings = await getTaskforce(ctx);
  if (!settings) throw new AppError('CONFLICT', 'documents.notConfigured');
  const row = await requireSession(ctx.db, input.sessionId);
  const builders: Record<SessionDocument, () => Promise<Parameters<typeof renderDocument>[0]>> = {
    convocation: async () => buildConvocation(await convocationData(ctx, row, settings)),
    agenda: async () =>
      buildAgenda({
        letterhead: { ...letterheadText(settings, row.date), logo: await letterheadLogo(ctx, row.date) },
        session: sessionHeading(row),
        placeName: settings.placeName,
        agenda: await sessionAgenda(ctx, row),
      }),
    attendanceSheet: async () => buildAttendanceSheet(await attendanceSheetData(ctx, row, settings)),
    acta: async () => buildActa(await actaData(ctx, row)),
  };
  const bytes = await renderDocument(await builders[input.document]());
  const draft = input.document === 'acta' && row.acta_status === 'borrador' ? ' (borrador)' : '';
  return exportedDocx(`${FILE_PREFIX[input.document]} - ${titleOf(row)}${draft}.docx`, bytes);
}

/** The agenda with the open agreements its "seguimiento de acuerdos" line takes up, so members come prepared. */
async function sessionAgenda(ctx: ServiceContext, row: SessionRow): Promise<AgendaLineData[]> {
  const agenda = await loadAgenda(ctx.db, row.id);
  const followsUp = agenda.some((item) => item.kind === 'seguimiento_acuerdos');
  return agendaLines(agenda, followsUp ? (await sessionFollowUp(ctx, row.id)).agreements : []);
}

async function convocationData(ctx: ServiceContext, row: SessionRow, settings: Taskforce): Promise<ConvocationData> {
  if (row.convocation_number_text === null || row.convocation_date === null) {
    throw new AppError('CONFLICT', 'documents.needsConvocation');
  }
  const [agenda, addressees] = await Promise.all([sessionAgenda(ctx, row), repo.listAddressees(ctx.db, row.id)]);
  const byPresidency = row.convocation_signer === 'presidency';
  return {
    letterhead: { ...letterheadText(settings, row.convocation_date), logo: await letterheadLogo(ctx, row.convocation_date) },
    numberText: row.convocation_number_text,
    placeName: settings.placeName,
    date: row.convocation_date,
    addresseeHeading: `MIEMBROS DE LA ${settings.officialName.toUpperCase()}`,
    subject: `Convocatoria a la ${titleOf(row)}`,
    reference: row.convocation_reference,
    onBehalfOf: byPresidency ? null : `la Presidencia de la ${instanciaName(settings)}`,
    session: sessionHeading(row),
    agenda,
    enclosures: row.convocation_enclosures,
    signer: byPresidency ? presidencySignatory(settings) : secretariatSignatory(settings),
    distribution: addressees.map((a) => a.name),
  };
}

async function attendanceSheetData(ctx: ServiceContext, row: SessionRow, settings: Taskforce): Promise<AttendanceSheetData> {
  const [roster, reps, guests] = await Promise.all([
    loadRoster(ctx.db, row),
    repo.representativesOn(ctx.db, row.date),
    repo.listGuests(ctx.db, row.id),
  ]);
  const titulares = new Map(reps.filter((r) => r.role === 'titular').map((r) => [r.institution_id, r]));
  return {
    letterhead: { ...letterheadText(settings, row.date), logo: await letterheadLogo(ctx, row.date) },
    session: sessionHeading(row),
    placeName: settings.placeName,
    rows: roster.map((entry) => {
      const present = entry.status === 'titular' || entry.status === 'alterno';
      const titular = titulares.get(entry.institutionId);
      const alterno = reps.find((r) => r.institution_id === entry.institutionId && r.role === 'alterno');
      const person = present ? (entry.status === 'titular' ? titular : alterno) : titular;
      return {
        institution: entry.institutionName,
        name: present ? entry.attendeeName : (titular?.full_name ?? ''),
        post: present ? entry.attendeePost : (titular?.post ?? ''),
        condition: present ? (entry.status === 'titular' ? 'Titular' : 'Alterno') : '',
        dni: person?.dni ?? '',
      };
    }),
    guests: guests.map((g) => ({ name: g.full_name, institution: g.institution_name, post: g.post })),
    blankGuestRows: BLANK_GUEST_ROWS,
  };
}

async function actaData(ctx: ServiceContext, row: SessionRow): Promise<ActaData> {
  const content: ActaContent =
    row.acta_snapshot === null ? await gatherActaContent(ctx, row) : (JSON.parse(row.acta_snapshot) as ActaContent);
  const errata = await repo.listErrata(ctx.db, row.id);
  return {
    ...content,
    letterhead: { ...content.letterhead, logo: await letterheadLogo(ctx, row.date) },
    status: row.acta_status,
    contentHash: row.acta_hash ?? sha256(canonicalJson(content)),
    errata: errata.map((e) => ({ recordedOn: e.recorded_on, text: e.text })),
  };
}
