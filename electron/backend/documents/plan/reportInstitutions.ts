/** Progress by responsible institution: how many activities each leads and how far they are. */
import type { Table } from 'docx';
import { percent } from '../../../../shared/rules/figures';
import { dataTable } from '../kit/parts/table';
import { CONTENT_WIDTH } from '../kit/styles';
import type { PlanReportData } from './data';

export const institutionTable = (rows: PlanReportData['byInstitution']): Table =>
  dataTable({
    columns: [
      { header: 'Institución responsable', weight: 6 },
      { header: 'Actividades a cargo', weight: 1.8, right: true },
      { header: 'Avance', weight: 1.4, right: true },
    ],
    rows: rows.map((r) => [r.name, String(r.activities), percent(r.ratio)]),
    width: CONTENT_WIDTH.portrait,
  });
