/** What other features may use of the workspace: the button that opens the demo (the only door lint allows). */
export { OpenDemoButton } from './OpenDemoButton';
