/**
 * The agenda as numbered lines, grouped as the agenda rules number them: "6. Orden del día:" with
 * its items "6.1", "6.2" indented below; the presenting institution in parentheses.
 */
import { groupAgenda } from '../../../../shared/rules/agenda';
import type { AgendaLineData } from '../data';
import { cm, STYLE } from '../styles';
import { sentence } from '../wording';
import { numberedParagraph } from './numbered';

const ROOM = cm(0.9);

const line = (number: string, text: string, start: number) => numberedParagraph(number, text, { style: STYLE.plain, start, room: ROOM, spacing: { after: 40 } });

const itemText = ({ title, presenter }: AgendaLineData) => sentence(presenter ? `${title} (${presenter})` : title);

/** `start`: the indent of the top-level numbers, in twips. */
export function agendaLines(agenda: readonly AgendaLineData[], start = 0): ReturnType<typeof line>[] {
  return groupAgenda(agenda).flatMap((group) =>
    group.type === 'single'
      ? [line(`${group.number}.`, itemText(group.item), start)]
      : [
          line(`${group.number}.`, 'Orden del día:', start),
          ...group.items.map(({ number, item }) => line(number, itemText(item), start + ROOM)),
        ],
  );
}
