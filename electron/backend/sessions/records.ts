/** Session records read back as DTO parts shared by the screens and the documents. */
import type { AgendaItem, Session } from '../../../shared/domain/sessions';
import { richText } from '../../../shared/domain/richText';
import { sessionTitle } from '../../../shared/rules/sessionTitle';
import { agreementDtos } from '../agreements/service';
import type { Db } from '../db/types';
import type { SessionRow } from './guards';
import * as repo from './repository';

export const titleOf = (row: SessionRow): string =>
  sessionTitle(row.kind as Session['kind'], row.number, row.year, row.date);

export async function loadAgenda(db: Db, sessionId: number): Promise<AgendaItem[]> {
  const [items, agreements] = await Promise.all([repo.listAgenda(db, sessionId), agreementDtos(db, { sessionId })]);
  return items.map((item) => ({
    id: item.id,
    position: item.position,
    title: item.title,
    kind: item.kind as AgendaItem['kind'],
    presenterInstitutionId: item.presenter_institution_id,
    presenterName: item.presenter_name,
    notes: item.notes,
    discussion: richText.parse(JSON.parse(item.discussion_json)),
    startTime: item.start_time,
    endTime: item.end_time,
    agreements: agreements.filter((a) => a.agendaItemId === item.id),
  }));
}
