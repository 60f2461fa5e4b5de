/**
 * The acta of a session, in the order of documents.md §4: heading, opening formula, numbered
 * sections (attendance, quorum, one per agenda group, agreements), closing, signatures, the content
 * hash, and the fe de erratas recorded after approval. Without quorum it closes after section II.
 */
import { AlignmentType, Paragraph, TextRun, type Document, type FileChild } from 'docx';
import { longDate } from '../../../../shared/rules/spanish';
import { officialDocument } from '../kit/document';
import { draftMark, draftNotes } from '../kit/parts/draftMark';
import { signatureGrid } from '../kit/parts/signature';
import { CONTENT_WIDTH, STYLE } from '../kit/styles';
import { agreementsSection } from './agreements';
import { attendanceSection } from './attendance';
import type { ActaData } from './data';
import { agendaSections } from './development';
import { closingFormula, openingFormula, quorumStatement } from './formulas';
import { roman } from './roman';
import { sectionHeading, type ActaSection } from './sectionHeading';

const paragraph = (text: string) => new Paragraph({ style: STYLE.body, text });

function heading(data: ActaData): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.title, text: data.heading }),
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: 240 }, children: [new TextRun({ text: data.taskforceNameUpper, bold: true })] }),
    ...(data.status === 'borrador' ? [draftMark()] : []),
  ];
}

function sections(data: ActaData): ActaSection[] {
  const standing: ActaSection[] = [
    { title: 'ASISTENTES', body: () => attendanceSection(data) },
    { title: 'VERIFICACIÓN DEL QUÓRUM', body: () => [paragraph(quorumStatement(data))] },
  ];
  return data.quorum.met ? [...standing, ...agendaSections(data), agreementsSection(data)] : standing;
}

/** Corrections recorded after approval: outside the hashed content, so after the hash line. */
function errata(data: ActaData): Paragraph[] {
  if (data.errata.length === 0) return [];
  return [
    new Paragraph({ style: STYLE.heading, alignment: AlignmentType.CENTER, spacing: { before: 480 }, text: 'FE DE ERRATAS' }),
    ...data.errata.map(
      (e) => new Paragraph({ style: STYLE.body, children: [new TextRun({ text: `${longDate(e.recordedOn)}: `, bold: true }), new TextRun(e.text)] }),
    ),
  ];
}

export function buildActa(data: ActaData): Document {
  const hash = data.contentHash;
  const body: FileChild[] = [
    ...heading(data),
    paragraph(openingFormula(data)),
    ...sections(data).flatMap((s, i) => [sectionHeading(`${roman(i + 1)}.`, s.title), ...s.body(i + 1)]),
    new Paragraph({ style: STYLE.body, keepNext: true, spacing: { before: 240 }, text: closingFormula(data) }),
    signatureGrid(data.signatories, CONTENT_WIDTH.portrait),
    new Paragraph({ style: STYLE.small, spacing: { before: 240 }, text: `Huella SHA-256 del contenido: ${hash}` }),
    ...errata(data),
  ];
  return officialDocument({
    title: data.heading,
    letterhead: data.letterhead,
    footerNotes: [...draftNotes(data.status === 'borrador'), `Huella SHA-256: ${hash.slice(0, 8)}…${hash.slice(-8)}`],
    children: body,
  });
}
