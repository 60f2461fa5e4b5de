/**
 * What the session's own documents receive: the convocation, the agenda and the attendance sheet,
 * and the session heading and agenda lines they share (the acta prints the heading too).
 */
import type { AgendaKind } from '../../../../shared/rules/agenda';
import type { LetterheadData, SignatoryData } from '../kit/data';

/** An agreement the session follows up, as the agenda recalls it under its "seguimiento de acuerdos" line. */
export interface AgendaAgreementData {
  /** "ACUERDO N° 001-2026-MDVE/GDS-ST". */
  numberText: string;
  /** The full text: the agenda cuts a long one. */
  text: string;
  responsibles: string[];
}

export interface AgendaLineData {
  kind: AgendaKind;
  title: string;
  /** The presenting institution's name, when set. */
  presenter: string | null;
  /**
   * Only on the "seguimiento de acuerdos" line: the open agreements it takes up, in their order;
   * the agenda lists the first few and counts the rest. Absent or empty prints nothing more.
   */
  agreements?: AgendaAgreementData[];
}

export interface SessionHeadingData {
  /** "PRIMERA SESIÓN ORDINARIA 2026" or, unnumbered, "SESIÓN ORDINARIA". */
  titleUpper: string;
  date: string;
  firstCallTime: string;
  secondCallTime: string | null;
  mode: 'presencial' | 'virtual' | 'mixta';
  place: string;
  virtualLink: string;
}

export interface ConvocationData {
  letterhead: LetterheadData;
  /** "OFICIO MÚLTIPLE N° 004-2026-MDVE/GDS-ST". */
  numberText: string;
  /** "Villa Esperanza": written before the date. */
  placeName: string;
  /** The oficio's date. */
  date: string;
  /** "MIEMBROS DE LA INSTANCIA DISTRITAL DE CONCERTACIÓN … DE VILLA ESPERANZA". */
  addresseeHeading: string;
  /** "Convocatoria a la Primera Sesión Ordinaria 2026". */
  subject: string;
  /** "Ordenanza Municipal N° 412-2019-MDVE"; empty to omit the line. */
  reference: string;
  /**
   * On whose behalf the Secretaría Técnica convenes: "la Presidencia de la Instancia Distrital de
   * Concertación"; null when the Presidency signs the oficio itself.
   */
  onBehalfOf: string | null;
  session: SessionHeadingData;
  agenda: AgendaLineData[];
  /** "Se adjunta el acta de la sesión anterior."; empty to omit. */
  enclosures: string;
  signer: SignatoryData;
  /** One line per addressee institution. */
  distribution: string[];
}

export interface AgendaDocumentData {
  letterhead: LetterheadData;
  session: SessionHeadingData;
  placeName: string;
  agenda: AgendaLineData[];
}

export interface AttendanceSheetRow {
  institution: string;
  /** Prefilled: who attended if recorded, else the accredited titular; empty when none. */
  name: string;
  post: string;
  /** "Titular", "Alterno" or "" when it is for the signer to mark. */
  condition: string;
  dni: string;
}

export interface AttendanceSheetData {
  letterhead: LetterheadData;
  session: SessionHeadingData;
  placeName: string;
  rows: AttendanceSheetRow[];
  /** Guests already known, printed first in the guests' part. */
  guests: { name: string; institution: string; post: string }[];
  /** Empty rows after the known guests, for those who arrive unannounced. */
  blankGuestRows: number;
}
