/** The report's summary: how many activities are in each state, the overall progress, and the chart. */
import { Paragraph, type FileChild } from 'docx';
import { ACTIVITY_STATUS_LABELS } from '../../../../shared/domain/plan';
import { percent, share } from '../../../../shared/rules/figures';
import type { CellContent } from '../kit/parts/cells';
import { figure } from '../kit/parts/figure';
import { dataTable } from '../kit/parts/table';
import { cm, CONTENT_WIDTH, STYLE } from '../kit/styles';
import { counted } from '../kit/wording';
import type { PlanReportData } from './data';

type Summary = PlanReportData['summary'];

const STATES = [
  { key: 'done', label: ACTIVITY_STATUS_LABELS.done, words: ['cumplida', 'cumplidas'] },
  { key: 'onTrack', label: ACTIVITY_STATUS_LABELS.on_track, words: ['en marcha', 'en marcha'] },
  { key: 'behind', label: ACTIVITY_STATUS_LABELS.behind, words: ['retrasada', 'retrasadas'] },
  { key: 'notStarted', label: ACTIVITY_STATUS_LABELS.not_started, words: ['no iniciada', 'no iniciadas'] },
] as const;

const totalOf = (summary: Summary) => STATES.reduce((n, s) => n + summary[s.key], 0);

function summarySentence(summary: Summary): string {
  const parts = STATES.map((s) => counted(summary[s.key], s.words[0], s.words[1]));
  const list = `${parts.slice(0, -1).join(', ')} y ${parts.at(-1)}`;
  const overall =
    summary.overall === null
      ? 'Aún no hay metas vencidas, por lo que no se calcula el avance global.'
      : `El avance global del plan, promedio del cumplimiento de sus indicadores, es de ${percent(summary.overall)}.`;
  return `El plan tiene ${counted(totalOf(summary), 'actividad', 'actividades')}: ${list}. ${overall}`;
}

function statusTable(summary: Summary) {
  const total = totalOf(summary);
  const bold = (text: string): CellContent => ({ lines: [{ text, bold: true }] });
  return dataTable({
    columns: [
      { header: 'Estado', weight: 4 },
      { header: 'Actividades', weight: 2, right: true },
      { header: '% del total', weight: 2, right: true },
    ],
    rows: [
      // "Retrasada" in bold, so it stands out on a grey print as well.
      ...STATES.map((s) => {
        const row = [s.label, String(summary[s.key]), percent(share(summary[s.key], total))];
        return s.key === 'behind' ? row.map(bold) : row;
      }),
      [bold('Total'), bold(String(total)), bold(percent(share(total, total)))],
    ],
    width: cm(11),
  });
}

export function summarySection(data: PlanReportData): FileChild[] {
  return [
    new Paragraph({ style: STYLE.body, text: summarySentence(data.summary) }),
    statusTable(data.summary),
    ...figure({ ...data.chart, type: 'png' }, {
      width: CONTENT_WIDTH.portrait,
      maxHeight: cm(12),
      caption: 'Gráfico 1. Avance por línea estratégica',
      description: 'Gráfico de barras del avance de cada línea estratégica del plan',
    }),
  ];
}
