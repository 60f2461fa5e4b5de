/**
 * The agenda as numbered lines, grouped as the agenda rules number them: "6. Orden del día:" with
 * its items "6.1", "6.2" indented below, and likewise the points under "4. Informes" (4.1, 4.2);
 * the presenting institution in parentheses. Under the
 * "seguimiento de acuerdos" line, the agreements it takes up, so members come prepared.
 */
import { Paragraph, TextRun } from 'docx';
import { groupAgenda } from '../../../../shared/rules/agenda';
import { numberedParagraph } from '../kit/parts/numbered';
import { cm, STYLE } from '../kit/styles';
import { counted, cutAtWord, sentence } from '../kit/wording';
import type { AgendaAgreementData, AgendaLineData } from './data';

const ROOM = cm(0.9);

/** How many agreements the follow-up line lists; the rest are only counted, the matrix has them all. */
export const LISTED_AGREEMENTS = 15;

/** An agreement is only recalled (its full text is in the acta that adopted it), so a long one is cut at a word. */
const GIST_LENGTH = 120;

/** The indent of an agreement's second and further lines, under its first. */
const HANG = cm(0.5);

/** Entries kept on the page of the follow-up line, so the line never ends a page alone. */
const KEPT_WITH_LINE = 3;

const line = (number: string, text: string, start: number, keepNext?: boolean) =>
  numberedParagraph(number, text, { style: STYLE.plain, start, room: ROOM, spacing: { after: 40 }, keepNext });

const itemText = ({ title, presenter }: AgendaLineData) => sentence(presenter ? `${title} (${presenter})` : title);

/** "ACUERDO N° 001-2026: Ampliar la campaña… (Responsables: CEM; Comisaría PNP)." */
function agreementText({ text, responsibles }: AgendaAgreementData): string {
  const gist = cutAtWord(text, GIST_LENGTH).replace(/[\s,;:.]+$/, '');
  const who = responsibles.length === 0 ? '' : ` (${responsibles.length === 1 ? 'Responsable' : 'Responsables'}: ${responsibles.join('; ')})`;
  return sentence(`${gist}${who}`);
}

const subLine = (left: number, keepNext: boolean, children: TextRun[]) =>
  new Paragraph({ style: STYLE.small, keepNext: keepNext || undefined, keepLines: true, indent: { left: left + HANG, hanging: HANG }, spacing: { after: 40 }, children });

/** `left`: where the follow-up line's text starts; the agreements align with it. */
function agreementLines(agreements: readonly AgendaAgreementData[], left: number): Paragraph[] {
  const listed = agreements.slice(0, LISTED_AGREEMENTS);
  const more = agreements.length - listed.length;
  const last = listed.length - 1;
  // The first entries stay with the line, the last one with the count of the rest.
  const keepNext = (i: number) => (i < last && i < KEPT_WITH_LINE - 1) || (i === last && more > 0);
  return [
    ...listed.map((agreement, i) =>
      subLine(left, keepNext(i), [
        new TextRun({ text: `${agreement.numberText}:`, bold: true }),
        new TextRun(` ${agreementText(agreement)}`),
      ]),
    ),
    ...(more > 0 ? [subLine(left, false, [new TextRun(`y ${counted(more, 'acuerdo', 'acuerdos')} más (ver matriz de seguimiento).`)])] : []),
  ];
}

function itemLines(number: string, item: AgendaLineData, start: number): Paragraph[] {
  const agreements = item.kind === 'seguimiento_acuerdos' ? (item.agreements ?? []) : [];
  return [line(number, itemText(item), start, agreements.length > 0), ...agreementLines(agreements, start + ROOM)];
}

/** `start`: the indent of the top-level numbers, in twips. */
export function agendaLines(agenda: readonly AgendaLineData[], start = 0): Paragraph[] {
  return groupAgenda(agenda).flatMap((group) =>
    group.type === 'single'
      ? [
          ...itemLines(`${group.number}.`, group.item, start),
          ...group.subItems.flatMap(({ number, item }) => itemLines(number, item, start + ROOM)),
        ]
      : [
          line(`${group.number}.`, 'Orden del día:', start, true),
          ...group.items.flatMap(({ number, item }) => itemLines(number, item, start + ROOM)),
        ],
  );
}
