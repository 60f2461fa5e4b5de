/**
 * What the agreement follow-up documents receive: the matriz de seguimiento (Word and Excel) and
 * the oficio de recordatorio. Plain data in the words the documents print; dates ISO.
 */
import type { StandingCounts } from '../../../../shared/rules/agreementStatus';
import type { LetterheadData, SignatoryData } from '../kit/data';

export interface MatrixRowData {
  /** "ACUERDO N° 005-2026-MDVE/GDS". */
  numberText: string;
  text: string;
  /** "Primera Sesión Ordinaria 2026". */
  sessionTitle: string;
  sessionDate: string;
  /** Lead first. */
  responsibles: string[];
  deadline: string | null;
  /** "Pendiente", "En proceso", "Cumplido", "No cumplido", "Anulado". */
  statusLabel: string;
  /** Open and past its deadline: the status cell says "VENCIDO" in bold. */
  overdue: boolean;
  /** 0–100. */
  progress: number;
  verification: string;
  observations: string;
}

export interface MatrixData {
  letterhead: LetterheadData;
  /** "MATRIZ DE SEGUIMIENTO DE ACUERDOS". */
  title: string;
  taskforceName: string;
  /** The filters applied, one line each: "Periodo: 1 de enero al 31 de diciembre de 2026", "Estado: Pendiente, En proceso". */
  filters: string[];
  /** The date of the cut, printed as "Información al 27 de noviembre de 2026". */
  cutDate: string;
  rows: MatrixRowData[];
  /** Totals by standing, as on the dashboard; "vencido" counts open agreements past their deadline. */
  totals: StandingCounts;
  /** Cumplidos over all but the annulled ones; null when there are none. */
  fulfilledShare: number | null;
}

export interface ReminderRowData {
  numberText: string;
  text: string;
  deadline: string | null;
  /** "Pendiente", "En proceso"… */
  statusLabel: string;
  overdue: boolean;
}

export interface ReminderLetterData {
  letterhead: LetterheadData;
  /** "OFICIO N° 018-2026-MDVE/GDS-ST". */
  numberText: string;
  /** "Villa Esperanza": written before the date. */
  placeName: string;
  date: string;
  /** The institution's titular representative on that date, if any: printed under "Señor(a):". */
  addresseeName: string | null;
  addresseePost: string;
  institutionName: string;
  /** "Recordatorio de acuerdos pendientes de cumplimiento". */
  subject: string;
  /** The instancia's name as the body names it. */
  taskforceName: string;
  /** The next session's date, when one is scheduled: the body asks for a report before it. */
  nextSessionDate: string | null;
  rows: ReminderRowData[];
  signer: SignatoryData;
}
