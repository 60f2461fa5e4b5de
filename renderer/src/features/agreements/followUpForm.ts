/**
 * A follow-up report as its form holds it. The shared schema checks it while typing; the rules
 * that need the agreement's history (no date before the last report, "cumplido" only at 100 %)
 * are the backend's, and come back as errors under the fields they concern.
 */
import type { FormErrors } from '@mantine/form';
import { type AgreementRow, followUpInput } from '../../../../shared/domain/agreements';
import type { AgreementStatus } from '../../../../shared/rules/agreementStatus';
import { today } from '../../lib/dates';
import type { EvidenceUpload } from '../../components/evidenceOption';
import { type PathMap, schemaErrors } from '../../lib/forms';
import { SECRETARIAT } from './secretariat';

export interface FollowUpValues extends Record<string, unknown> {
  reportedOn: string | null;
  reporter: string;
  text: string;
  status: AgreementStatus;
  progress: number | string;
  evidence: File | null;
}

export interface ReportTarget {
  agreement: AgreementRow;
  /** Reported in a session: dated on its day. */
  session: { id: number; date: string; title: string } | null;
}

export function initialValues({ agreement, session }: ReportTarget): FollowUpValues {
  const lead = agreement.responsibleIds[0];
  return {
    reportedOn: session?.date ?? today(),
    // Usually the lead institution reports; the secretaría técnica when it alone is responsible.
    reporter: lead === undefined ? SECRETARIAT : String(lead),
    text: '',
    // A report almost always means the work has started.
    status: agreement.status === 'pendiente' ? 'en_proceso' : agreement.status,
    progress: agreement.progress,
    evidence: null,
  };
}

function fields({ agreement, session }: ReportTarget, values: FollowUpValues, acknowledgedSensitive: boolean) {
  return {
    agreementId: agreement.id,
    reportedOn: session?.date ?? values.reportedOn ?? undefined,
    institutionId: values.reporter === SECRETARIAT ? null : Number(values.reporter),
    sessionId: session?.id ?? null,
    text: values.text,
    status: values.status,
    progress: values.progress === '' ? undefined : Number(values.progress),
    acknowledgedSensitive,
  };
}

/** Where the backend's paths show; a problem with the session itself becomes a notice. */
export const mapFollowUpPath: PathMap = (path) => {
  if (path === 'agreementId' || path === 'sessionId') return null;
  if (path === 'institutionId') return 'reporter';
  return path;
};

export function validateFollowUp(target: ReportTarget, values: FollowUpValues): FormErrors {
  return schemaErrors(followUpInput, fields(target, values, true), mapFollowUpPath);
}

/** The contract's input, once the form has checked it; the evidence is read separately. */
export const followUpCall = (target: ReportTarget, values: FollowUpValues, acknowledgedSensitive: boolean, evidence: EvidenceUpload) =>
  followUpInput.parse({ ...fields(target, values, acknowledgedSensitive), evidence });
