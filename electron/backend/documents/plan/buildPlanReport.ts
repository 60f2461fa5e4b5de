/**
 * The plan's progress report, in the order of documents.md §8: heading, period and date, a summary
 * with the chart, a table per strategic line (landscape, for the comments), progress by
 * institution, conclusions and next steps, and the signature of the technical secretariat.
 */
import { AlignmentType, Paragraph, type Document, type FileChild } from 'docx';
import { longDate } from '../../../../shared/rules/spanish';
import { joinRuns, sectionedDocument, type PageRun } from '../kit/document';
import { numberedChapter } from '../kit/parts/chapter';
import { signatureBlock } from '../kit/parts/signature';
import { STYLE, type Orientation } from '../kit/styles';
import type { PlanReportData } from './data';
import { institutionTable } from './reportInstitutions';
import { lineSections } from './reportLines';
import { summarySection } from './reportSummary';

interface ReportChapter {
  title: string;
  orientation: Orientation;
  content: (number: number) => FileChild[];
}

function heading(data: PlanReportData): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.title, text: data.titleUpper }),
    new Paragraph({ style: STYLE.plain, alignment: AlignmentType.CENTER, spacing: { after: 60 }, text: data.taskforceName }),
    new Paragraph({ style: STYLE.plain, alignment: AlignmentType.CENTER, spacing: { after: 240 }, text: data.periodText }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 240 }, text: `${data.placeName}, ${longDate(data.date)}` }),
  ];
}

function conclusions(text: string): Paragraph[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  // The last one is kept with the signature, so the signature never opens a page alone.
  return lines.map((line, i) => new Paragraph({ style: STYLE.body, keepNext: i === lines.length - 1, text: line }));
}

function chapters(data: PlanReportData): ReportChapter[] {
  const closing = conclusions(data.conclusions);
  const all: (ReportChapter | null)[] = [
    { title: 'RESUMEN', orientation: 'portrait', content: () => summarySection(data) },
    data.lines.length === 0 ? null : { title: 'AVANCE POR LÍNEA ESTRATÉGICA', orientation: 'landscape', content: (n) => lineSections(data.lines, n) },
    data.byInstitution.length === 0 ? null : { title: 'AVANCE POR INSTITUCIÓN', orientation: 'portrait', content: () => [institutionTable(data.byInstitution)] },
    closing.length === 0 ? null : { title: 'CONCLUSIONES Y PRÓXIMOS PASOS', orientation: 'portrait', content: () => closing },
  ];
  return all.filter((c): c is ReportChapter => c !== null);
}

export function buildPlanReport(data: PlanReportData): Document {
  const body = chapters(data).map(({ title, orientation, content }, i): PageRun => ({ orientation, children: [numberedChapter(i + 1, title), ...content(i + 1)] }));
  return sectionedDocument({
    title: data.titleUpper,
    letterhead: data.letterhead,
    // The signature goes on a portrait page: the last one, or a new one after landscape tables.
    runs: joinRuns([{ orientation: 'portrait', children: heading(data) }, ...body, { orientation: 'portrait', children: [signatureBlock(data.signatory)] }]),
  });
}
