/** What other features may use of the acta: its two tabs on a session's page (the only door lint allows). */
export { ActaTab } from './ActaTab';
export { DocumentsTab } from './DocumentsTab';
