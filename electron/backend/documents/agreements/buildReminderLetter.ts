/**
 * The oficio de recordatorio of documents.md §6: to one institution, listing the agreements in its
 * charge still open, and asking for a report before the next session.
 */
import { Paragraph, type Document } from 'docx';
import { longDate } from '../../../../shared/rules/spanish';
import { officialDocument } from '../kit/document';
import { detailBlock } from '../kit/parts/details';
import { farewell, letterLine, placeAndDate } from '../kit/parts/letter';
import { dataTable } from '../kit/parts/table';
import { CONTENT_WIDTH, STYLE } from '../kit/styles';
import { numberCell, statusCell } from './cells';
import type { ReminderLetterData } from './data';
import { deadlineText } from './wording';

function opening(data: ReminderLetterData): Paragraph[] {
  // Without an accredited titular the letter goes to the institution alone, with no empty lines.
  const addressee = [data.addresseeName ?? '', data.addresseePost].filter((line) => line.trim() !== '').map((line) => letterLine(line));
  return [
    placeAndDate(data.placeName, data.date),
    letterLine(data.numberText, true, 200),
    letterLine('Señor(a):'),
    ...addressee,
    letterLine(data.institutionName, true),
    letterLine('Presente.-', false, 200),
    ...detailBlock([{ label: 'Asunto', value: data.subject }]),
    letterLine('De mi consideración:', false, 160),
  ];
}

const agreementsTable = (rows: ReminderLetterData['rows']) =>
  dataTable({
    columns: [
      // Centimetres of the 16 cm text width: room for "005-2026-MDVE/GDS-ST" on one line.
      { header: 'N°', weight: 4.3 },
      { header: 'Acuerdo', weight: 7.2 },
      { header: 'Plazo', weight: 2.1, center: true },
      { header: 'Estado', weight: 2.4, center: true },
    ],
    rows: rows.map((row) => [numberCell(row.numberText), row.text, deadlineText(row.deadline), statusCell(row)]),
    width: CONTENT_WIDTH.portrait,
  });

function request(nextSessionDate: string | null): string {
  const before = nextSessionDate === null ? ' de la Instancia' : `, programada para el ${longDate(nextSessionDate)}`;
  return `Mucho agradeceré informar a la Secretaría Técnica sobre los avances en su cumplimiento antes de la próxima sesión${before}.`;
}

export function buildReminderLetter(data: ReminderLetterData): Document {
  const reminder = `Tengo el agrado de dirigirme a usted para saludarle cordialmente y, en mi condición de Secretaría Técnica de la ${data.taskforceName}, me permito recordarle los acuerdos a cargo de su representada que se encuentran pendientes de cumplimiento:`;
  return officialDocument({
    title: data.numberText,
    letterhead: data.letterhead,
    children: [
      ...opening(data),
      new Paragraph({ style: STYLE.body, keepNext: true, text: reminder }),
      agreementsTable(data.rows),
      new Paragraph({ style: STYLE.body, spacing: { before: 200 }, text: request(data.nextSessionDate) }),
      ...farewell('Hago propicia la oportunidad para expresarle las muestras de mi especial consideración.', data.signer),
    ],
  });
}
