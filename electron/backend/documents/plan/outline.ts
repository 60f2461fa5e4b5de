/** The plan's lines and objectives at a glance, before the matrices that detail them. */
import { Paragraph } from 'docx';
import { chapterHeading } from '../kit/parts/chapter';
import { numberedParagraph } from '../kit/parts/numbered';
import { cm, STYLE } from '../kit/styles';
import type { PlanDocumentData } from './data';

const ROOM = cm(1.1);

export function planOutline({ lines }: PlanDocumentData): Paragraph[] {
  if (lines.length === 0) return [];
  return [
    chapterHeading('LÍNEAS ESTRATÉGICAS Y OBJETIVOS'),
    ...lines.flatMap((line) => [
      numberedParagraph(`${line.number}.`, `Línea estratégica: ${line.title}`, { style: STYLE.subheading, room: ROOM }),
      ...(line.description.trim() === '' ? [] : [new Paragraph({ style: STYLE.body, indent: { left: ROOM }, text: line.description.trim() })]),
      ...line.objectives.map((o) => numberedParagraph(o.number, o.text, { style: STYLE.body, start: ROOM, room: ROOM, spacing: { after: 60 } })),
    ]),
  ];
}
