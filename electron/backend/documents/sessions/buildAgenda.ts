/** The session's agenda on one page: heading, when and where, and the numbered items. */
import { Paragraph, type Document } from 'docx';
import { officialDocument } from '../kit/document';
import { detailBlock } from '../kit/parts/details';
import { STYLE } from '../kit/styles';
import { agendaLines } from './agendaList';
import type { AgendaDocumentData } from './data';
import { sessionDetails } from './sessionDetails';

export function buildAgenda(data: AgendaDocumentData): Document {
  return officialDocument({
    title: `Agenda — ${data.session.titleUpper}`,
    letterhead: data.letterhead,
    children: [
      new Paragraph({ style: STYLE.title, spacing: { before: 240 }, text: 'AGENDA' }),
      new Paragraph({ style: STYLE.title, spacing: { after: 360 }, text: data.session.titleUpper }),
      ...detailBlock(sessionDetails(data.session)),
      new Paragraph({ style: STYLE.heading, text: 'Puntos de agenda:' }),
      ...agendaLines(data.agenda),
    ],
  });
}
