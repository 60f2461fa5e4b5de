/** How a session is named wherever it is listed or cited. */
import { sessionTitle } from '../../../shared/rules/sessionTitle';
import type { SessionRow } from './guards';

export const titleOf = (row: SessionRow): string => sessionTitle(row.kind, row.number, row.year, row.date);
