/** What the acta receives: who attended, the quorum, the agenda items with their discussion and agreements, the signers. */
import type { RichBlock } from '../../../../shared/domain/richText';
import type { AgendaKind } from '../../../../shared/rules/agenda';
import type { LetterheadData, SignatoryData } from '../kit/data';
import type { SessionHeadingData } from '../sessions/data';

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
