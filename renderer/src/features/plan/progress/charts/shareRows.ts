/** The progress overview as the bar charts' rows, numbered as the plan numbers its lines. */
import type { TFunction } from 'i18next';
import type { PlanProgress } from '../../../../../../shared/domain/plan';
import type { ShareRow } from '../../../../components/charts/PercentBarChart';

export const lineRows = (progress: PlanProgress): ShareRow[] => progress.byLine.map((line, i) => ({ name: `${i + 1}. ${line.title}`, ratio: line.ratio }));

export const institutionRows = (t: TFunction, progress: PlanProgress): ShareRow[] =>
  progress.byInstitution.map((i) => ({ name: t('plan.progress.charts.institutionRow', { name: i.name, count: i.activities }), ratio: i.ratio }));
