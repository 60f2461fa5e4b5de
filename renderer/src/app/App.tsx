/** Providers (theme, dates, data, notifications), the error net, and the start-up decision. */
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { StartupGate } from '../features/workspace/StartupGate';
import { getStyleNonce } from '../platform/styleNonce';
import { router } from './routes';
import { appTheme, cssVariablesResolver } from './theme';

const NOTICE_WIDTH = 360;

const queryClient = new QueryClient({
  defaultOptions: {
    // Local backend: answers are instant and only this window changes the data.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

export function App() {
  const { t, i18n } = useTranslation();
  const theme = useMemo(() => appTheme(t), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light" getStyleNonce={getStyleNonce}>
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        {/*
          Top centre, over the empty middle of the header: clear of the brand on its left and the
          language switch on its right, and above the page, so a notice never covers a button, a
          field or a table row (at the bottom it hid "Atrás" and the rows of long tables).
        */}
        <Notifications position="top-center" containerWidth={NOTICE_WIDTH} limit={4} className="app-notices" />
        <ErrorBoundary>
          <QueryClientProvider client={queryClient}>
            <StartupGate>
              <RouterProvider router={router} />
            </StartupGate>
          </QueryClientProvider>
        </ErrorBoundary>
      </DatesProvider>
    </MantineProvider>
  );
}
