/**
 * The one place for how every exported document looks: paper, margins, font and the paragraph
 * styles builders refer to by id, so all documents read as if typed in the same office.
 */
import {
  AlignmentType,
  convertMillimetersToTwip,
  LineRuleType,
  PageOrientation,
  type ISectionPropertiesOptions,
  type IStylesOptions,
} from 'docx';

export const cm = (centimetres: number): number => Math.round(convertMillimetersToTwip(centimetres * 10));

const FONT = 'Arial';
/** Half-points, as Word counts them. */
export const SIZE = { body: 22, small: 18, tiny: 16, note: 14, title: 24 } as const;

const A4 = { width: 11906, height: 16838 };
const MARGIN = cm(2.5);

/** Text width between the margins, which tables and tab stops are laid out against. */
export const CONTENT_WIDTH = {
  portrait: A4.width - 2 * MARGIN,
  landscape: A4.height - 2 * MARGIN,
} as const;

export type Orientation = keyof typeof CONTENT_WIDTH;

export function pageSetup(orientation: Orientation): ISectionPropertiesOptions {
  return {
    page: {
      // docx swaps width and height itself for a landscape page.
      size: { ...A4, orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: cm(1.2), footer: cm(1.2) },
    },
  };
}

/** Style ids, referenced by `style:` in builders and parts. */
export const STYLE = {
  title: 'AcuerdaTitle',
  /** A chapter of a long document: outline level 1, so Word's navigation pane and tables of contents find it. */
  chapter: 'AcuerdaChapter',
  heading: 'AcuerdaHeading',
  subheading: 'AcuerdaSubheading',
  body: 'AcuerdaBody',
  plain: 'AcuerdaPlain',
  small: 'AcuerdaSmall',
  cell: 'AcuerdaCell',
  /** Cells of the wide matrices, where every column counts. */
  compactCell: 'AcuerdaCompactCell',
  caption: 'AcuerdaCaption',
  letterhead: 'AcuerdaLetterhead',
} as const;

/** The chapter style's name, as tables of contents list it (Word's TOC field names styles, not ids). */
export const CHAPTER_STYLE_NAME = 'Acuerda capítulo';

const AFTER = 120;

export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: SIZE.body, language: { value: 'es-PE' } },
      paragraph: { spacing: { after: AFTER, line: 264, lineRule: LineRuleType.AUTO } },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.title,
      name: 'Acuerda título',
      run: { bold: true, size: SIZE.title },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: AFTER }, keepNext: true },
    },
    {
      id: STYLE.chapter,
      name: CHAPTER_STYLE_NAME,
      run: { bold: true, size: SIZE.title },
      paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true, outlineLevel: 0 },
    },
    {
      id: STYLE.heading,
      name: 'Acuerda encabezado',
      run: { bold: true },
      paragraph: { spacing: { before: 240, after: AFTER }, keepNext: true, keepLines: true },
    },
    {
      id: STYLE.subheading,
      name: 'Acuerda subencabezado',
      run: { bold: true },
      paragraph: { spacing: { before: 160, after: 80 }, keepNext: true, keepLines: true },
    },
    { id: STYLE.body, name: 'Acuerda texto', paragraph: { alignment: AlignmentType.JUSTIFIED } },
    { id: STYLE.plain, name: 'Acuerda línea', paragraph: { spacing: { after: 0 } } },
    { id: STYLE.small, name: 'Acuerda texto menor', run: { size: SIZE.small }, paragraph: { spacing: { after: 0 } } },
    { id: STYLE.cell, name: 'Acuerda celda', run: { size: SIZE.small }, paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
    { id: STYLE.compactCell, name: 'Acuerda celda compacta', run: { size: SIZE.tiny }, paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
    {
      id: STYLE.caption,
      name: 'Acuerda leyenda',
      run: { size: SIZE.small, italics: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 60, after: 240 } },
    },
    {
      id: STYLE.letterhead,
      name: 'Acuerda membrete',
      run: { size: SIZE.tiny, italics: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
    },
  ],
};
