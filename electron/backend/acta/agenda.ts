/** A session's agenda as the acta records it: each item with its minutes and the agreements adopted under it. */
import type { AgendaItem } from '../../../shared/domain/sessions';
import { richText } from '../../../shared/domain/richText';
import { AppError } from '../../../shared/result';
import { agreementDtos } from '../agreements/service';
import type { ServiceContext } from '../context';
import type { Db } from '../db/types';
import * as repo from '../sessions/repository';

export async function loadAgenda(db: Db, sessionId: number): Promise<AgendaItem[]> {
  const [items, agreements] = await Promise.all([repo.listAgenda(db, sessionId), agreementDtos(db, { sessionId })]);
  return items.map((item) => ({
    id: item.id,
    position: item.position,
    title: item.title,
    kind: item.kind,
    presenterInstitutionId: item.presenter_institution_id,
    presenterName: item.presenter_name,
    notes: item.notes,
    discussion: richText.parse(JSON.parse(item.discussion_json)),
    startTime: item.start_time,
    endTime: item.end_time,
    agreements: agreements.filter((a) => a.agendaItemId === item.id),
  }));
}

export const getAgenda = (ctx: ServiceContext, sessionId: number): Promise<AgendaItem[]> => loadAgenda(ctx.db, sessionId);

export async function getAgendaItem(ctx: ServiceContext, id: number): Promise<AgendaItem> {
  const row = await repo.findAgendaItem(ctx.db, id);
  const item = row && (await loadAgenda(ctx.db, row.session_id)).find((i) => i.id === id);
  if (!item) throw new AppError('NOT_FOUND', 'sessions.agendaItemNotFound');
  return item;
}
