/**
 * The page header of every document: the logo at the left of the entity and instancia names (the
 * names centred when there is no logo), a thin rule, then the decade line and the year name in
 * quotes, each left out when it is not recorded.
 */
import { AlignmentType, BorderStyle, Header, ImageRun, Paragraph, TextRun, VerticalAlignTable, type Table } from 'docx';
import type { LetterheadData } from './data';
import { layoutTable } from './parts/table';
import { cm, SIZE, STYLE } from './styles';

type Logo = NonNullable<LetterheadData['logo']>;

/** Pixels at 96 per inch, as docx sizes pictures: about 1.7 cm tall, never wider than 3.4 cm. */
const LOGO_MAX = { height: 64, width: 128 };
const LOGO_COLUMN = cm(3.8);

function logoParagraph(logo: Logo): Paragraph {
  const scale = Math.min(LOGO_MAX.height / logo.height, LOGO_MAX.width / logo.width);
  const image = new ImageRun({
    type: logo.type,
    data: logo.data,
    transformation: { width: Math.round(logo.width * scale), height: Math.round(logo.height * scale) },
    altText: { name: 'Logo', title: 'Logo', description: 'Logo de la entidad' },
  });
  return new Paragraph({ spacing: { after: 0 }, children: [image] });
}

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

/** Keeps the first line of text clear of the header, whatever the header ends with. */
const gap = () => new Paragraph({ style: STYLE.letterhead, spacing: { after: 120 }, children: [] });

/** `width`: the text width of the page the header sits on. */
export function letterheadHeader(letterhead: LetterheadData, width: number): Header {
  const lines = [letterhead.decadeLine, letterhead.yearName ?? ''].map((l) => l.trim()).filter((l) => l !== '');
  return new Header({ children: [...namesBlock(letterhead, width), rule(), ...lines.map(quoted), gap()] });
}
