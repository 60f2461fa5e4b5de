/**
 * The one door to the documents: the rest of the backend imports builders, the packer, the data
 * types it fills and the documents' wording from here, never from a file inside, so the layout
 * below can change without touching a service.
 *
 * Layout: one folder per domain that prints, named as the backend's (sessions, acta, agreements,
 * plan, protocol). Each holds `data.ts`, what its builders receive, and one `build<Document>.ts`
 * per document, named after the function it exports, beside the parts only it uses. `kit/` holds
 * what every document shares: styles, letterhead, footer, numbering, rich text, wording, the
 * document frame, the packer, and `kit/parts/` for the page parts.
 */
export { buildActa } from './acta/buildActa';
export { buildAgreementMatrix } from './agreements/buildAgreementMatrix';
export { buildAgreementMatrixSheet } from './agreements/buildAgreementMatrixSheet';
export { buildReminderLetter } from './agreements/buildReminderLetter';
export { renderDocument } from './kit/render';
export { counted, STATUS_LABELS } from './kit/wording';
export { buildPlan } from './plan/buildPlan';
export { buildPlanReport } from './plan/buildPlanReport';
export { buildProtocol } from './protocol/buildProtocol';
export { buildAgenda } from './sessions/buildAgenda';
export { buildAttendanceSheet } from './sessions/buildAttendanceSheet';
export { buildConvocation } from './sessions/buildConvocation';

export type * from './acta/data';
export type * from './agreements/data';
export type * from './kit/data';
export type * from './plan/data';
export type * from './protocol/data';
export type * from './sessions/data';
