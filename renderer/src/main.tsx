/** Entry point: style nonce, language, backend connection, styles, then the app. */
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { installBackend } from './platform';
import { shareStyleNonce } from './platform/styleNonce';

shareStyleNonce();
initI18n();
installBackend();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
