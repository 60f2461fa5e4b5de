/** Evidence files for a progress or follow-up report: checked before they are read (then sent as base64, lib/files.ts). */
import { EVIDENCE_MAX_BYTES } from '../../../shared/domain/plan';
import type { MessageKey } from '../../../shared/messages';

/** What the file picker offers for a plan's evidence; the backend checks the content itself. */
export const EVIDENCE_ACCEPT = 'application/pdf,image/jpeg,image/png';

/** An agreement's means of verification may also be a Word, Excel or OpenDocument report. */
export const VERIFICATION_ACCEPT = `${EVIDENCE_ACCEPT},.docx,.xlsx,.odt,.ods`;

/** Why a file cannot be attached, in the backend's own words; null when it can. */
export const evidenceRefusal = (file: File): MessageKey | null => (file.size > EVIDENCE_MAX_BYTES ? 'plan.evidenceTooLarge' : null);
