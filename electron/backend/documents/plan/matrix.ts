/**
 * The matrix of one strategic line, as plans in Peru print it: a row per indicator, the objective
 * and the activity merged down over their indicators' rows, the activity's responsible, schedule,
 * budget and means of verification beside it, and one target column per reporting period.
 */
import type { Table } from 'docx';
import { NO_FIGURE, quantity, soles } from '../../../../shared/rules/figures';
import type { CellContent, CellLine, RowContent } from '../kit/parts/cells';
import { dataTable, type Column } from '../kit/parts/table';
import { CONTENT_WIDTH } from '../kit/styles';
import type { PlanActivityData, PlanDocumentData, PlanIndicatorData } from './data';

type Line = PlanDocumentData['lines'][number];
type Objective = Line['objectives'][number];

function columns(periods: PlanDocumentData['periods']): Column[] {
  return [
    { header: 'Objetivo', weight: 2.4 },
    { header: 'Actividad', weight: 3.4 },
    { header: 'Indicador', weight: 2.8 },
    { header: 'Línea de base', weight: 1.1, right: true },
    ...periods.map((p): Column => ({ header: p.label, weight: 1.1, right: true })),
    { header: 'Responsable', weight: 3.0 },
    { header: 'Cronograma', weight: 2.3 },
    { header: 'Presupuesto (S/)', weight: 2.3, right: true },
    { header: 'Fuente', weight: 2.2 },
    { header: 'Medio de verificación', weight: 2.4 },
  ];
}

const orDash = (text: string) => (text.trim() === '' ? NO_FIGURE : text);

const merged = (lines: readonly CellLine[], rowSpan: number): CellContent => ({ lines, rowSpan });

function activityLines(activity: PlanActivityData): CellLine[] {
  const agreements = activity.agreements.length === 0 ? [] : [{ lead: 'Acuerdos:', text: activity.agreements.join('; '), small: true, italic: true }];
  return [{ lead: activity.number, text: activity.description }, ...agreements];
}

function responsibleLines({ responsible, coResponsible }: PlanActivityData): CellLine[] {
  const others = coResponsible.length === 0 ? [] : [{ lead: 'Corresponsables:', text: coResponsible.join('; '), small: true }];
  return [{ text: responsible }, ...others];
}

/** One source: its name (and note); several: each with its share of the amount. */
function sourceLines({ budget }: PlanActivityData): CellLine[] {
  if (budget.length === 0) return [{ text: NO_FIGURE }];
  return budget.map(({ sourceLabel, amount, note }) => {
    const named = note.trim() === '' ? sourceLabel : `${sourceLabel} (${note.trim()})`;
    return { text: budget.length === 1 ? named : `${named}: ${soles(amount)}` };
  });
}

function budgetText({ budget }: PlanActivityData): string {
  return budget.length === 0 ? NO_FIGURE : soles(budget.reduce((total, b) => total + b.amount, 0));
}

function indicatorCells(indicator: PlanIndicatorData | undefined, periods: number): CellContent[] {
  if (indicator === undefined) return [NO_FIGURE, NO_FIGURE, ...Array.from({ length: periods }, () => NO_FIGURE)];
  const name = indicator.unit.trim() === '' ? indicator.name : `${indicator.name} (${indicator.unit.trim()})`;
  const targets = Array.from({ length: periods }, (_, i) => indicator.targets[i] ?? null);
  return [name, quantity(indicator.baseline), ...targets.map((t) => (t === null ? NO_FIGURE : quantity(t)))];
}

/** An activity's rows: one per indicator (one with dashes when it has none), kept on one page. */
function activityRows(activity: PlanActivityData, periods: number, objectiveCell: CellContent[]): RowContent[] {
  const span = Math.max(1, activity.indicators.length);
  const rows = Array.from({ length: span }, (_, i) => indicatorCells(activity.indicators[i], periods));
  const first = [
    ...objectiveCell,
    merged(activityLines(activity), span),
    ...rows[0]!,
    merged(responsibleLines(activity), span),
    merged([{ text: orDash(activity.scheduleText) }], span),
    merged([{ text: budgetText(activity) }], span),
    merged(sourceLines(activity), span),
    merged([{ text: orDash(activity.verification) }], span),
  ];
  return [first, ...rows.slice(1)].map((cells, i) => ({ cells, keepWithNext: i < span - 1 }));
}

function objectiveRows(objective: Objective, periods: number): RowContent[] {
  const objectiveCell = (span: number) => [merged([{ lead: objective.number, text: objective.text }], span)];
  if (objective.activities.length === 0) return [{ cells: [...objectiveCell(1), { lines: [{ text: 'Sin actividades registradas.', italic: true }] }] }];
  const span = objective.activities.reduce((rows, a) => rows + Math.max(1, a.indicators.length), 0);
  return objective.activities.flatMap((activity, i) => activityRows(activity, periods, i === 0 ? objectiveCell(span) : []));
}

export function lineMatrix(line: Line, periods: PlanDocumentData['periods']): Table {
  return dataTable({
    columns: columns(periods),
    rows: line.objectives.flatMap((o) => objectiveRows(o, periods.length)),
    width: CONTENT_WIDTH.landscape,
    compact: true,
  });
}
