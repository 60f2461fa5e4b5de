/**
 * The page header of every document: the logo at the left of the entity and instancia names (the
 * names centred when there is no logo), a thin rule, then the decade line and the year name in
 * quotes, each left out when it is not recorded.
 */
import { AlignmentType, BorderStyle, Header, Paragraph, TextRun, VerticalAlignTable, type Table } from 'docx';
import type { LetterheadData } from './data';
import { pictureRun } from './parts/picture';
import { layoutTable } from './parts/table';
import { cm, SIZE, STYLE } from './styles';

type Logo = NonNullable<LetterheadData['logo']>;

/** Pixels at 96 per inch, as docx sizes pictures: about 1.7 cm tall, never wider than 3.4 cm. */
const LOGO_MAX = { height: 64, width: 128 };
const LOGO_COLUMN = cm(3.8);

/** The entity's logo, fitted into `box` pixels. */
export const logoRun = (logo: Logo, box: { width: number; height: number }) => pictureRun(logo, box, { name: 'Logo', description: 'Logo de la entidad' });

const logoParagraph = (logo: Logo) => new Paragraph({ spacing: { after: 0 }, children: [logoRun(logo, LOGO_MAX)] });

function names(letterhead: LetterheadData, centred: boolean): Paragraph[] {
  const alignment = centred ? AlignmentType.CENTER : AlignmentType.LEFT;
  return [
    new Paragraph({ alignment, spacing: { after: 40 }, children: [new TextRun({ text: letterhead.entityName.toUpperCase(), bold: true })] }),
    new Paragraph({ alignment, spacing: { after: 0 }, children: [new TextRun({ text: letterhead.taskforceName, size: SIZE.tiny })] }),
  ];
}

function namesBlock(letterhead: LetterheadData, width: number): (Paragraph | Table)[] {
  if (letterhead.logo === null) return names(letterhead, true);
  const cells = [
    { children: [logoParagraph(letterhead.logo)], verticalAlign: VerticalAlignTable.CENTER },
    { children: names(letterhead, false), verticalAlign: VerticalAlignTable.CENTER },
  ];
  return [layoutTable([LOGO_COLUMN, width - LOGO_COLUMN], [cells])];
}

const rule = () =>
  new Paragraph({ spacing: { after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 1 } }, children: [] });

const quoted = (line: string) => new Paragraph({ style: STYLE.letterhead, text: `“${line}”` });

/** The decade line and the year name in quotes, each left out when it is not recorded. */
export function yearLines(letterhead: LetterheadData): Paragraph[] {
  return [letterhead.decadeLine, letterhead.yearName ?? ''].map((l) => l.trim()).filter((l) => l !== '').map(quoted);
}

/** Keeps the first line of text clear of the header, whatever the header ends with. */
const gap = () => new Paragraph({ style: STYLE.letterhead, spacing: { after: 120 }, children: [] });

/** `width`: the text width of the page the header sits on. */
export function letterheadHeader(letterhead: LetterheadData, width: number): Header {
  return new Header({ children: [...namesBlock(letterhead, width), rule(), ...yearLines(letterhead), gap()] });
}
