/**
 * What each document builder receives: plain data, already in the words and order the document
 * prints. Services gather it from the database; builders turn it into a docx tree and touch
 * nothing else. Dates are ISO `YYYY-MM-DD`, times "HH:MM"; builders write them out in Spanish.
 */
import type { RichBlock } from '../../../shared/domain/richText';
import type { AgendaKind } from '../../../shared/rules/agenda';

export interface LetterheadData {
  /** The institution that presides and issues the documents: "Municipalidad Distrital de Villa Esperanza". */
  entityName: string;
  /** The instancia's official name, as printed under the entity. */
  taskforceName: string;
  logo: { data: Uint8Array; type: 'png' | 'jpg'; width: number; height: number } | null;
  /** "Decenio de la Igualdad de Oportunidades para Mujeres y Hombres"; empty when not set. */
  decadeLine: string;
  /** The year name in force on the document's date; null when none is recorded for it. */
  yearName: string | null;
}

export interface SignatoryData {
  name: string;
  post: string;
  /** A third line under the post, e.g. the instancia's short name; empty to omit. */
  organization: string;
}

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
  /** Who asked for the convocation: "la Presidencia de la Instancia Distrital de Concertación". */
  onBehalfOf: string;
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

export interface ActaAttendee {
  institution: string;
  name: string;
  post: string;
  /** "Titular" or "Alterno". */
  condition: string;
  hasVote: boolean;
}

export interface ActaAgreementData {
  /** "ACUERDO N° 001-2026-MDVE/GDS". */
  numberText: string;
  text: string;
  responsibles: string[];
  deadline: string | null;
  adoption: 'unanimity' | 'majority' | 'casting_vote';
  votesFor: number | null;
  votesAgainst: number | null;
  abstentions: number | null;
}

/** A follow-up report given in the session, printed under its "seguimiento de acuerdos" item. */
export interface ActaFollowUpData {
  /** "ACUERDO N° 003-2026-MDVE/GDS". */
  numberText: string;
  /** The agreement's text, as adopted. */
  agreementText: string;
  responsibles: string[];
  /** Who reported: an institution's name or "Secretaría Técnica". */
  reporter: string;
  text: string;
  /** "En proceso", "Cumplido"… */
  statusLabel: string;
  progress: number;
}

export interface ActaItemData {
  /** "4" or "7.1", as in the agenda. */
  number: string;
  kind: AgendaKind;
  title: string;
  presenter: string | null;
  startTime: string | null;
  endTime: string | null;
  discussion: RichBlock[];
  agreements: ActaAgreementData[];
  /** Reports given in this session, under its first "seguimiento de acuerdos" item; absent in actas approved before reports were recorded. */
  followUps?: ActaFollowUpData[];
}

export interface ActaData {
  letterhead: LetterheadData;
  /** "ACTA DE LA PRIMERA SESIÓN ORDINARIA N° 001-2026-IDC-VE", or "ACTA DE LA SESIÓN ORDINARIA" unnumbered. */
  heading: string;
  taskforceNameUpper: string;
  /** "el distrito de Villa Esperanza", "la provincia de …": the opening formula's place. */
  jurisdiction: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  call: 'first' | 'second';
  session: SessionHeadingData;
  presidedBy: string;
  presidedPost: string;
  secretaryName: string;
  secretaryPost: string;
  attendees: ActaAttendee[];
  absent: string[];
  excused: string[];
  guests: { name: string; institution: string; post: string }[];
  quorum: { present: number; votingMembers: number; required: number; met: boolean };
  /** Earlier actas read and approved in this session. */
  approvedActas: { title: string; date: string; observations: string }[];
  /** Agenda items in order, numbered as in the agenda; quorum and approval items included. */
  items: ActaItemData[];
  /** Who signs: the presidency and the ST, or every attendee as well. */
  signatories: SignatoryData[];
  status: 'borrador' | 'aprobada' | 'firmada';
  /** Full SHA-256 hex of the acta's canonical content. */
  contentHash: string;
  /** Corrections recorded after approval, printed as an annex outside the hashed content. */
  errata: { recordedOn: string; text: string }[];
}
