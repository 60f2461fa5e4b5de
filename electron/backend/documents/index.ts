/** What services use to export documents: one pure builder per document, and the packer. */
export { buildActa } from './acta';
export { buildAgenda } from './agenda';
export { buildAgreementMatrix } from './agreementMatrix';
export { buildAgreementMatrixSheet } from './agreementMatrixSheet';
export { buildAttendanceSheet } from './attendanceSheet';
export { buildConvocation } from './convocation';
export { buildPlan } from './plan';
export { buildPlanReport } from './planReport';
export { buildProtocol } from './protocol';
export { buildReminderLetter } from './reminderLetter';
export { renderDocument } from './render';
