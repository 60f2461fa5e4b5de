/** Providers (theme, dates, data, notifications), the error net, and the start-up decision. */
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { StartupGate } from '../features/startup/StartupGate';
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
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        {/*
          Bottom left, over the foot of the navigation: clear of the header's language switch, of
          the save bars and action buttons pages keep on the right, and of the time fields at the
          right of the acta's items; narrow enough to stay beside a form modal's buttons.
        */}
        <Notifications position="bottom-left" containerWidth={NOTICE_WIDTH} limit={4} />
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
