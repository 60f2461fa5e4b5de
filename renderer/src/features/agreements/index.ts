/**
 * What other features may use of the agreements: the acta reports on agreements and shows their
 * status; "Inicio" lists the due ones and links into the register. Lint lets other features import
 * this file only, so everything else here can change without them noticing.
 */
export { FollowUpDialog } from './FollowUpDialog';
export { useAgreementsMutation } from './queries';
export { DueAgreement, type DueItem } from './reminders/DueAgreement';
export { DueList } from './reminders/DueList';
export { DUE_SOON_DAYS, dueWithinLink, OVERDUE_LINK } from './reminders/register';
export { reporterLabel, responsibleLabels } from './responsibles';
export { statusLabel } from './status';
export { StatusBadges } from './StatusBadges';
