/** The oficio múltiple that convenes a session, in the order of documents.md §1. */
import { Paragraph, TextRun, type Document } from 'docx';
import { officialDocument } from '../kit/document';
import { detailBlock } from '../kit/parts/details';
import { farewell, letterLine, placeAndDate } from '../kit/parts/letter';
import { cm, STYLE } from '../kit/styles';
import { agendaLines } from './agendaList';
import type { ConvocationData } from './data';
import { sessionDetails } from './sessionDetails';

const INSET = cm(1);

function opening(data: ConvocationData): Paragraph[] {
  const subject = [{ label: 'Asunto', value: data.subject }];
  const reference = data.reference.trim() === '' ? [] : [{ label: 'Referencia', value: data.reference }];
  return [
    placeAndDate(data.placeName, data.date),
    letterLine(data.numberText, true, 200),
    letterLine('Señores(as):'),
    letterLine(data.addresseeHeading, true),
    letterLine('Presente.-', false, 200),
    ...detailBlock([...subject, ...reference]),
    letterLine('De mi consideración:', false, 160),
  ];
}

/** ", por especial encargo de la Presidencia …," when the ST signs; nothing when the Presidency does. */
const onBehalfOf = (data: ConvocationData) => (data.onBehalfOf === null ? '' : `, por especial encargo de ${data.onBehalfOf},`);

function invitation(data: ConvocationData): Paragraph[] {
  return [
    new Paragraph({
      style: STYLE.body,
      children: [
        new TextRun(`Tengo el agrado de dirigirme a ustedes para saludarlos cordialmente y${onBehalfOf(data)} convocarlos a la `),
        new TextRun({ text: data.session.titleUpper, bold: true }),
        new TextRun(', que se realizará conforme al siguiente detalle:'),
      ],
    }),
    ...detailBlock(sessionDetails(data.session), { indent: INSET }),
    new Paragraph({ style: STYLE.plain, keepNext: true, indent: { left: INSET }, spacing: { after: 60 }, text: 'Agenda:' }),
    ...agendaLines(data.agenda, INSET),
  ];
}

function closing(data: ConvocationData): Paragraph[] {
  const request = 'Se solicita la asistencia de la o el representante titular o, en su defecto, de la o el alterno acreditado.';
  const enclosures = data.enclosures.trim() === '' ? '' : ` ${data.enclosures.trim()}`;
  return [
    new Paragraph({ style: STYLE.body, spacing: { before: 200 }, text: `${request}${enclosures}` }),
    ...farewell('Hago propicia la oportunidad para expresarles las muestras de mi especial consideración.', data.signer),
  ];
}

function distribution(data: ConvocationData): Paragraph[] {
  if (data.distribution.length === 0) return [];
  return [
    // One paragraph whose lines stay together: LibreOffice ignores keep-with-next here and left
    // "DISTRIBUCIÓN:" alone at the foot of a page.
    new Paragraph({
      style: STYLE.small,
      keepLines: true,
      spacing: { before: 240 },
      children: [
        new TextRun({ text: 'DISTRIBUCIÓN:', bold: true }),
        ...data.distribution.map((to) => new TextRun({ text: `- ${to}`, break: 1 })),
      ],
    }),
  ];
}

export function buildConvocation(data: ConvocationData): Document {
  return officialDocument({
    title: data.numberText,
    letterhead: data.letterhead,
    children: [...opening(data), ...invitation(data), ...closing(data), ...distribution(data)],
  });
}
