/**
 * What the plan and its progress report receive: plain data in the words and order the documents
 * print, gathered by the services. Amounts are soles (numbers, the builder formats "S/ 12,500.00");
 * ratios are 0–1 or null when nothing was due; dates ISO; rich text as in the minutes.
 */
import type { RichBlock } from '../../../../shared/domain/richText';
import type { LetterheadData, SignatoryData } from '../kit/data';

export interface PlanIndicatorData {
  name: string;
  unit: string;
  baseline: number;
  /** One per `PlanDocumentData.periods`, in the same order; null where no target was set. */
  targets: (number | null)[];
}

export interface PlanActivityData {
  /** "1.2.3": line, objective, activity. */
  number: string;
  description: string;
  responsible: string;
  coResponsible: string[];
  /** "T1–T4 2026; T1–T2 2027", or empty when not scheduled. */
  scheduleText: string;
  budget: { sourceLabel: string; amount: number; note: string }[];
  verification: string;
  /** "ACUERDO N° 003-2026-…" of the agreements the activity carries out. */
  agreements: string[];
  indicators: PlanIndicatorData[];
}

export interface PlanDocumentData {
  letterhead: LetterheadData;
  /** "PLAN DE ACCIÓN LOCAL 2026-2027". */
  titleUpper: string;
  /** The plan's own title, e.g. "Plan de Acción Local contra la violencia de género". */
  planTitle: string;
  taskforceName: string;
  /** "Aprobado mediante ACUERDO N° 001-2026-…, Primera Sesión Ordinaria de fecha 12 de marzo de 2026"; null for a draft. */
  approvalText: string | null;
  draft: boolean;
  presentation: RichBlock[];
  monitoring: RichBlock[];
  /** Target columns: "Meta 2026", "Meta I sem. 2026". */
  periods: { code: string; label: string }[];
  lines: {
    number: string;
    title: string;
    description: string;
    objectives: { number: string; text: string; activities: PlanActivityData[] }[];
  }[];
  budgetBySource: { label: string; amount: number }[];
  budgetByInstitution: { name: string; amount: number }[];
  budgetTotal: number;
  /** The document's date, for the year name and the cover. */
  date: string;
}

export interface PlanReportData {
  letterhead: LetterheadData;
  /** "INFORME DE AVANCE DEL PLAN DE ACCIÓN LOCAL 2026-2027". */
  titleUpper: string;
  taskforceName: string;
  placeName: string;
  date: string;
  /** "Al I semestre 2026 (periodos: I semestre 2026)". */
  periodText: string;
  summary: { done: number; onTrack: number; behind: number; notStarted: number; overall: number | null };
  lines: {
    number: string;
    title: string;
    ratio: number | null;
    rows: {
      activity: string;
      indicator: string;
      unit: string;
      targetToDate: number;
      achievedToDate: number;
      ratio: number | null;
      statusLabel: string;
      comment: string;
    }[];
  }[];
  byInstitution: { name: string; activities: number; ratio: number | null }[];
  /** Progress by strategic line as the screen drew it. */
  chart: { data: Uint8Array; width: number; height: number };
  /** Conclusions and next steps as typed, one paragraph per line. */
  conclusions: string;
  signatory: SignatoryData;
}
