/**
 * The matriz de seguimiento de acuerdos of documents.md §5, on landscape pages: title, filters and
 * date of the cut, a row per agreement, and the summary by standing.
 */
import { AlignmentType, Paragraph, type Document } from 'docx';
import { longDate } from '../../../../shared/rules/spanish';
import { officialDocument } from '../kit/document';
import { STYLE } from '../kit/styles';
import { upper } from '../kit/wording';
import type { MatrixData } from './data';
import { matrixTable } from './matrixTable';
import { standingSummary } from './summary';

const centred = (text: string, after = 0) => new Paragraph({ style: STYLE.plain, alignment: AlignmentType.CENTER, spacing: { after }, text });

function heading(data: MatrixData): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.title, text: upper(data.title) }),
    centred(data.taskforceName, 120),
    ...data.filters.map((filter) => centred(filter)),
    centred(`Información al ${longDate(data.cutDate)}`, 200),
  ];
}

export function buildAgreementMatrix(data: MatrixData): Document {
  const body =
    data.rows.length === 0
      ? new Paragraph({ style: STYLE.body, text: 'No hay acuerdos que cumplan los filtros indicados.' })
      : matrixTable(data.rows);
  return officialDocument({
    title: data.title,
    letterhead: data.letterhead,
    orientation: 'landscape',
    children: [...heading(data), body, ...standingSummary(data)],
  });
}
