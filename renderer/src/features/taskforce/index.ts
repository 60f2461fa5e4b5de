/** What other features may use of the instancia's settings: the first-run wizard (the only door lint allows). */
export { SetupWizard } from './SetupWizard';
