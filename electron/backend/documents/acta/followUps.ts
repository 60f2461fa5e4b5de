/**
 * The reports given under "seguimiento de acuerdos" (documents.md §4, 7.1): per agreement, its
 * number and responsibles and a reminder of its text, then who reported what and the status it was
 * left in. Nothing at all when no report was given, or for actas approved before reports were kept.
 */
import { Paragraph, TextRun } from 'docx';
import { cm, STYLE } from '../kit/styles';
import { cutAtWord, sentence } from '../kit/wording';
import type { ActaFollowUpData } from './data';

const INSET = cm(0.6);

/** The agreement is only recalled (its full text is in the acta that adopted it), so a long one is cut at a word. */
const RECALL_LENGTH = 200;

export const recalled = (text: string): string => sentence(cutAtWord(text, RECALL_LENGTH));

const label = (text: string) => new TextRun({ text, bold: true });

function agreementLines(report: ActaFollowUpData): Paragraph[] {
  const { responsibles } = report;
  const who = responsibles.length === 0 ? '' : ` (${responsibles.length === 1 ? 'Responsable' : 'Responsables'}: ${responsibles.join('; ')})`;
  return [
    new Paragraph({ style: STYLE.plain, keepNext: true, indent: { left: INSET }, spacing: { before: 120, after: 40 }, children: [label(report.numberText), new TextRun(who)] }),
    new Paragraph({
      style: STYLE.body,
      keepNext: true,
      indent: { left: INSET },
      spacing: { after: 60 },
      children: [new TextRun({ text: recalled(report.agreementText), italics: true })],
    }),
  ];
}

/** "Informó: Comisaría PNP. Se amplió …" with each further line of the report as its own paragraph, then the status. */
function reportLines(report: ActaFollowUpData): Paragraph[] {
  const lines = report.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map(sentence);
  const [first = '', ...rest] = lines;
  return [
    new Paragraph({ style: STYLE.body, keepNext: true, indent: { left: INSET }, spacing: { after: 40 }, children: [label('Informó: '), new TextRun(`${sentence(report.reporter)} ${first}`.trim())] }),
    ...rest.map((line) => new Paragraph({ style: STYLE.body, keepNext: true, indent: { left: INSET }, spacing: { after: 40 }, text: line })),
    new Paragraph({ style: STYLE.plain, indent: { left: INSET }, spacing: { after: 120 }, children: [label('Estado: '), new TextRun(`${report.statusLabel} (${report.progress}\u00a0%).`)] }),
  ];
}

/** Reports come sorted by agreement; one agreement reported twice is recalled once. */
function byAgreement(reports: readonly ActaFollowUpData[]): ActaFollowUpData[][] {
  const groups = new Map<string, ActaFollowUpData[]>();
  for (const report of reports) groups.set(report.numberText, [...(groups.get(report.numberText) ?? []), report]);
  return [...groups.values()];
}

export function followUpParagraphs(reports: readonly ActaFollowUpData[] = []): Paragraph[] {
  if (reports.length === 0) return [];
  return [
    new Paragraph({ style: STYLE.body, keepNext: true, text: 'Se informó sobre el avance de los acuerdos siguientes:' }),
    ...byAgreement(reports).flatMap((group) => [...agreementLines(group[0]!), ...group.flatMap(reportLines)]),
  ];
}
