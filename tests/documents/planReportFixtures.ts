/** Villa Esperanza's progress report on its plan at the first semester, with the chart the screen draws. */
import type { PlanReportData } from '../../electron/backend/documents';
import { TASKFORCE_NAME, letterhead, secretariat } from './fixtures';
import { makePng } from './png';
import { CEM, MUNICIPALITY, POLICE } from './villaEsperanza';

/** A bar chart as the screen draws it: three bars on a light grid, 1200 × 600 pixels. */
export function chartPng(): Buffer {
  const bars = [0.72, 0.48, 0.9];
  return makePng(1200, 600, (x, y) => {
    const bar = bars.findIndex((_, i) => y >= 80 + i * 170 && y < 80 + i * 170 + 110);
    if (bar >= 0 && x >= 200 && x < 200 + bars[bar]! * 900) return [[23, 70, 140], [196, 154, 40], [60, 130, 80]][bar] as [number, number, number];
    if (x === 200 || (x - 200) % 225 === 0) return [200, 200, 200];
    return [255, 255, 255];
  });
}

const reportRow = (over: Partial<PlanReportData['lines'][number]['rows'][number]> & { activity: string; indicator: string }) => ({
  unit: 'personas',
  targetToDate: 0,
  achievedToDate: 0,
  ratio: null,
  statusLabel: 'No iniciada',
  comment: '',
  ...over,
});

export const planReport = (): PlanReportData => ({
  letterhead: letterhead(),
  titleUpper: 'INFORME DE AVANCE DEL PLAN DE ACCIÓN LOCAL 2026-2027',
  taskforceName: TASKFORCE_NAME,
  placeName: 'Villa Esperanza',
  date: '2026-07-15',
  periodText: 'Al I semestre 2026 (periodos: I semestre 2026)',
  summary: { done: 1, onTrack: 3, behind: 2, notStarted: 1, overall: 0.68 },
  lines: [
    {
      number: '1',
      title: 'Prevención de la violencia',
      ratio: 0.72,
      rows: [
        reportRow({
          activity: 'Talleres de prevención de la violencia de género con adolescentes y jóvenes',
          indicator: 'Talleres realizados',
          unit: 'talleres',
          targetToDate: 6,
          achievedToDate: 5,
          ratio: 5 / 6,
          statusLabel: 'Retrasada',
          comment: 'Dos instituciones educativas reprogramaron sus talleres para agosto por las vacaciones escolares.',
        }),
        reportRow({
          activity: 'Talleres de prevención de la violencia de género con adolescentes y jóvenes',
          indicator: 'Adolescentes y jóvenes capacitados',
          targetToDate: 600,
          achievedToDate: 512,
          ratio: 512 / 600,
          statusLabel: 'Retrasada',
        }),
        reportRow({
          activity: 'Campaña casa por casa «Barrio sin violencia»',
          indicator: 'Hogares visitados',
          unit: 'hogares',
          targetToDate: 1_250,
          achievedToDate: 1_310,
          ratio: 1_310 / 1_250,
          statusLabel: 'En marcha',
          comment: 'Se sumaron voluntarias de la OSB Mujeres Emprendedoras.',
        }),
      ],
    },
    {
      number: '2',
      title: 'Atención y protección',
      ratio: 0.55,
      rows: [
        reportRow({ activity: 'Asistencia legal gratuita a víctimas', indicator: 'Víctimas con patrocinio legal', targetToDate: 60, achievedToDate: 33, ratio: 0.55, statusLabel: 'Retrasada', comment: 'Falta una abogada desde abril.' }),
        reportRow({ activity: 'Actualización y difusión de la ruta de atención', indicator: 'Ruta de atención actualizada y publicada', unit: 'documento', targetToDate: 1, achievedToDate: 1, ratio: 1, statusLabel: 'Cumplida' }),
      ],
    },
    {
      number: '3',
      title: 'Fortalecimiento de la instancia',
      ratio: null,
      rows: [reportRow({ activity: 'Propuestas al presupuesto participativo 2027', indicator: 'Propuestas presentadas', unit: 'propuestas' })],
    },
  ],
  byInstitution: [
    { name: CEM, activities: 2, ratio: 0.69 },
    { name: MUNICIPALITY, activities: 4, ratio: 0.81 },
    { name: POLICE, activities: 1, ratio: null },
  ],
  chart: { data: chartPng(), width: 1200, height: 600 },
  conclusions:
    'Las actividades de prevención avanzan según lo previsto, salvo los talleres reprogramados.\n\nSe recomienda que el CEM gestione el reemplazo de la abogada del consultorio jurídico antes de agosto.\nPróximo paso: presentar este informe en la Tercera Sesión Ordinaria.',
  signatory: secretariat(),
});
