/**
 * The Plan de Acción Local, in the order of documents.md §7: a portrait cover and presentation,
 * the lines and objectives, then each strategic line's matrix on landscape pages, and back to
 * portrait for the budget summary and the monitoring and evaluation chapter.
 */
import { Paragraph, type Document, type FileChild } from 'docx';
import { joinRuns, sectionedDocument } from '../kit/document';
import { chapterHeading, textChapter } from '../kit/parts/chapter';
import { coverPage } from '../kit/parts/cover';
import { draftNotes } from '../kit/parts/draftMark';
import { STYLE } from '../kit/styles';
import { upper } from '../kit/wording';
import { budgetSummary } from './budget';
import type { PlanDocumentData } from './data';
import { lineMatrix } from './matrix';
import { planOutline } from './outline';

function lineSection(line: PlanDocumentData['lines'][number], data: PlanDocumentData, index: number): FileChild[] {
  const description = line.description.trim();
  return [
    chapterHeading(`LÍNEA ESTRATÉGICA ${line.number}: ${upper(line.title)}`, { pageBreakBefore: index > 0 }),
    ...(description === '' ? [] : [new Paragraph({ style: STYLE.body, keepNext: true, text: description })]),
    line.objectives.length === 0
      ? new Paragraph({ style: STYLE.body, text: 'Esta línea aún no tiene objetivos registrados.' })
      : lineMatrix(line, data.periods),
  ];
}

export function buildPlan(data: PlanDocumentData): Document {
  const cover = coverPage({ ...data, subtitles: [data.planTitle] });
  const front = [...textChapter('PRESENTACIÓN', data.presentation), ...planOutline(data)];
  const matrices = data.lines.flatMap((line, i) => lineSection(line, data, i));
  const closing = [...budgetSummary(data), ...textChapter('MONITOREO Y EVALUACIÓN', data.monitoring)];
  const body = joinRuns([
    { orientation: 'portrait', children: front },
    { orientation: 'landscape', children: matrices },
    { orientation: 'portrait', children: closing },
  ]);
  return sectionedDocument({
    title: data.titleUpper,
    letterhead: data.letterhead,
    footerNotes: draftNotes(data.draft),
    runs: [{ orientation: 'portrait', cover: true, children: cover }, ...body],
  });
}
