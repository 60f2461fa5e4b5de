/**
 * The follow-up documents: the matriz de seguimiento (Word or Excel) for a chosen set of
 * agreements, and the oficio de recordatorio to one institution, numbered when issued and kept
 * as issued so a re-download prints the same letter.
 */
import type { ParsedInput as In } from '../../../shared/contract';
import { type AgreementFilter, agreementFilter, type AgreementRow, type ReminderLetter } from '../../../shared/domain/agreements';
import type { ExportedFile } from '../../../shared/domain/sessions';
import { countStandings, fulfilledShare, OPEN_STATUSES } from '../../../shared/rules/agreementStatus';
import { longDate } from '../../../shared/rules/spanish';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { inTransaction } from '../db/transaction';
import type { Db } from '../db/types';
import { buildAgreementMatrix, buildAgreementMatrixSheet, buildReminderLetter, counted, renderDocument, STATUS_LABELS } from '../documents';
import type { MatrixData, ReminderLetterData } from '../documents';
import { exportedDocx, safeFileName } from '../files/exportedDocx';
import { findInstitution } from '../members/repository';
import { formatNumber } from '../numbering/counter';
import { takeNextNumber } from '../numbering/repository';
import { letterheadLogo, letterheadText, secretariatSignatory } from '../sessions/documentParts';
import { titleOf } from '../sessions/records';
import { findNextSessionDate, findSession, representativesOn } from '../sessions/repository';
import { requireSettings } from '../taskforce/service';
import { listAgreementRows, listAgreementRowsByDeadline } from './queries';
import * as repo from './repository';
import { toAgreementRows } from './rows';
import { SECRETARIAT } from './secretariat';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The filters applied, in words, for the matrix's heading. */
async function filterLines(db: Db, filter: AgreementFilter): Promise<string[]> {
  const lines: string[] = [];
  if (filter.from !== null && filter.to !== null) lines.push(`Periodo: del ${longDate(filter.from)} al ${longDate(filter.to)}`);
  else if (filter.from !== null) lines.push(`Periodo: desde el ${longDate(filter.from)}`);
  else if (filter.to !== null) lines.push(`Periodo: hasta el ${longDate(filter.to)}`);
  if (filter.year !== null) lines.push(`Año: ${filter.year}`);
  if (filter.sessionId !== null) {
    const session = await findSession(db, filter.sessionId);
    if (session) lines.push(`Sesión: ${titleOf(session)}`);
  }
  if (filter.institutionId !== null) {
    const institution = await findInstitution(db, filter.institutionId);
    if (institution) lines.push(`Responsable: ${institution.name}`);
  }
  if (filter.secretariat) lines.push(`Responsable: ${SECRETARIAT}`);
  if (filter.statuses.length > 0) lines.push(`Estado: ${filter.statuses.map((s) => STATUS_LABELS[s]).join(', ')}`);
  if (filter.overdue) lines.push('Solo acuerdos vencidos');
  if (filter.dueWithinDays !== null) {
    lines.push(filter.dueWithinDays === 0 ? 'Con plazo hoy' : `Con plazo en los próximos ${counted(filter.dueWithinDays, 'día', 'días')}`);
  }
  if (filter.search !== '') lines.push(`Búsqueda: «${filter.search}»`);
  return lines.length > 0 ? lines : ['Todos los acuerdos registrados'];
}

const matrixRow = (row: AgreementRow): MatrixData['rows'][number] => ({
  numberText: row.numberText,
  text: row.text,
  sessionTitle: row.sessionTitle,
  sessionDate: row.sessionDate,
  responsibles: row.responsibleNames,
  deadline: row.deadline,
  statusLabel: STATUS_LABELS[row.status],
  overdue: row.overdue,
  progress: row.progress,
  verification: row.verification,
  observations: row.observations,
});

export async function exportMatrix(ctx: ServiceContext, input: In<'documents.agreementMatrix'>): Promise<ExportedFile> {
  const settings = await requireSettings(ctx);
  const today = ctx.clock.today();
  const raw = await listAgreementRows(ctx.db, input, today, input);
  const rows = await toAgreementRows(ctx.db, raw, today);
  const totals = countStandings(rows, today);
  const data: MatrixData = {
    letterhead: { ...letterheadText(settings, today), logo: await letterheadLogo(ctx, today) },
    title: 'MATRIZ DE SEGUIMIENTO DE ACUERDOS',
    taskforceName: settings.officialName,
    filters: await filterLines(ctx.db, input),
    cutDate: today,
    rows: rows.map(matrixRow),
    totals,
    fulfilledShare: fulfilledShare(totals),
  };
  const name = `Matriz de seguimiento de acuerdos al ${today}`;
  if (input.format === 'docx') return exportedDocx(`${name}.docx`, await renderDocument(buildAgreementMatrix(data)));
  const bytes = await buildAgreementMatrixSheet(data);
  return { fileName: safeFileName(`${name}.xlsx`), mimeType: XLSX, dataBase64: Buffer.from(bytes).toString('base64') };
}

/** The letter as issued, without the logo: that is taken from the letterhead in force on its date. */
type StoredLetter = Omit<ReminderLetterData, 'letterhead'> & { letterhead: Omit<ReminderLetterData['letterhead'], 'logo'> };

/** Numbers an oficio de recordatorio listing the institution's open agreements, overdue first. */
export async function issueReminder(ctx: ServiceContext, input: In<'agreements.issueReminder'>): Promise<ReminderLetter> {
  const settings = await requireSettings(ctx);
  const today = ctx.clock.today();
  const id = await inTransaction(ctx, async (tx) => {
    const institution = await findInstitution(tx.db, input.institutionId);
    if (!institution) throw new AppError('NOT_FOUND', 'members.institutionNotFound');
    const filter = agreementFilter.parse({ institutionId: institution.id, statuses: [...OPEN_STATUSES] });
    const raw = await listAgreementRowsByDeadline(tx.db, filter, today);
    const rows = (await toAgreementRows(tx.db, raw, today)).sort((a, b) => Number(b.overdue) - Number(a.overdue));
    if (rows.length === 0) throw new AppError('CONFLICT', 'agreements.reminderNothingPending');
    const titular = (await representativesOn(tx.db, today)).find((r) => r.institution_id === institution.id && r.role === 'titular');
    const number = await takeNextNumber(tx.db, 'oficio', Number(today.slice(0, 4)));
    const numberText = await formatNumber(tx.db, 'oficio', { typeLabel: 'OFICIO', correlative: number, year: Number(today.slice(0, 4)) });
    const letter: StoredLetter = {
      letterhead: letterheadText(settings, today),
      numberText,
      placeName: settings.placeName,
      date: today,
      addresseeName: titular?.full_name ?? null,
      addresseePost: titular?.post ?? '',
      institutionName: institution.name,
      subject: 'Recordatorio de acuerdos pendientes de cumplimiento',
      taskforceName: settings.officialName,
      nextSessionDate: await findNextSessionDate(tx.db, today),
      rows: rows.map((r) => ({ numberText: r.numberText, text: r.text, deadline: r.deadline, statusLabel: STATUS_LABELS[r.status], overdue: r.overdue })),
      signer: secretariatSignatory(settings),
    };
    return repo.insertReminderLetter(tx.db, {
      institution_id: institution.id,
      year: Number(today.slice(0, 4)),
      number,
      number_text: numberText,
      issued_on: today,
      content: JSON.stringify(letter),
      created_at: ctx.clock.now(),
    });
  });
  const [letter] = await reminderLetters(ctx, { institutionId: null, id });
  return letter!;
}

/** Issued reminder letters, newest first; of one institution or of all. */
export async function reminderLetters(ctx: ServiceContext, scope: { institutionId: number | null; id?: number }): Promise<ReminderLetter[]> {
  const rows = await repo.listReminderLetters(ctx.db, scope);
  return rows.map((r) => ({
    id: r.id,
    institutionId: r.institution_id,
    institutionName: r.name,
    numberText: r.number_text,
    issuedOn: r.issued_on,
    agreementCount: (JSON.parse(r.content) as StoredLetter).rows.length,
  }));
}

export async function exportReminderLetter(ctx: ServiceContext, id: number): Promise<ExportedFile> {
  const row = await repo.findReminderLetter(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'agreements.reminderNotFound');
  const stored = JSON.parse(row.content) as StoredLetter;
  const data: ReminderLetterData = { ...stored, letterhead: { ...stored.letterhead, logo: await letterheadLogo(ctx, row.issued_on) } };
  return exportedDocx(`${stored.numberText} - ${stored.institutionName}.docx`, await renderDocument(buildReminderLetter(data)));
}
