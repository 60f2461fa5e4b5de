/**
 * The acta's sections for the agenda: one per agenda group, in the agenda's order. The quorum item
 * is section II already; the "orden del día" items, and the points under a standing informes (or
 * despacho, pedidos) item, become sub-sections numbered after their section (VII → 7.1, 7.2). Nothing is printed for what the secretary left empty. The follow-up reports
 * given in the session come after the discussion of their "seguimiento de acuerdos" item.
 */
import { Paragraph, TextRun, type FileChild } from 'docx';
import { isBlank } from '../../../../shared/domain/richText';
import { groupAgenda } from '../../../../shared/rules/agenda';
import { hoursText } from '../../../../shared/rules/spanish';
import { richTextContent } from '../kit/richText';
import { STYLE } from '../kit/styles';
import { upper } from '../kit/wording';
import type { ActaData, ActaItemData } from './data';
import { followUpParagraphs } from './followUps';
import { approvalSentence } from './formulas';
import { subsectionHeading, type ActaSection } from './sectionHeading';

const labelled = (label: string, value: string) =>
  new Paragraph({ style: STYLE.plain, spacing: { after: 80 }, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });

function timesText({ startTime, endTime }: ActaItemData): string {
  return [startTime === null ? '' : `inicio ${hoursText(startTime)}`, endTime === null ? '' : `término ${hoursText(endTime)}`]
    .filter((s) => s !== '')
    .join('; ');
}

function itemBody(item: ActaItemData, data: ActaData): FileChild[] {
  const times = timesText(item);
  const approvals = item.kind === 'aprobacion_acta' ? data.approvedActas.map((a) => new Paragraph({ style: STYLE.body, text: approvalSentence(a) })) : [];
  const discussion = approvals.length > 0 || isBlank(item.discussion) ? [] : richTextContent(item.discussion);
  return [
    ...(item.presenter === null ? [] : [labelled('Presentado por', item.presenter)]),
    ...(times === '' ? [] : [labelled('Hora', times)]),
    ...approvals,
    ...discussion,
    ...followUpParagraphs(item.followUps),
  ];
}

/** Items numbered after their section: 7.1, 7.2 under VII. */
function subsections(section: number, items: readonly { item: ActaItemData }[], data: ActaData): FileChild[] {
  return items.flatMap(({ item }, k) => [subsectionHeading(`${section}.${k + 1}`, upper(item.title)), ...itemBody(item, data)]);
}

export function agendaSections(data: ActaData): ActaSection[] {
  return groupAgenda(data.items).flatMap((group): ActaSection[] => {
    if (group.type === 'single') {
      const { item, subItems } = group;
      return item.kind === 'quorum' ? [] : [{ title: upper(item.title), body: (n) => [...itemBody(item, data), ...subsections(n, subItems, data)] }];
    }
    return [{ title: 'ORDEN DEL DÍA', body: (n) => subsections(n, group.items, data) }];
  });
}
