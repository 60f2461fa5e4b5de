/** Decides what the window shows from the database status: a refusal, the first run, or the app. */
import { Center, Loader } from '@mantine/core';
import { Fragment, type ReactNode, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStatus } from '../../lib/commonQueries';
import { isUnauthorized, subscribeUnauthorized } from '../../platform/connection';
import { SetupWizard } from '../taskforce';
import { FirstRunScreen } from './FirstRunScreen';
import { UnauthorizedScreen, UnreachableScreen } from './NoBackendScreen';
import { databaseKey } from './queries';
import { RefusedScreen } from './RefusedScreen';

export function StartupGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const unauthorized = useSyncExternalStore(subscribeUnauthorized, isUnauthorized);
  const status = useAppStatus();
  const [configuring, setConfiguring] = useState(false);

  if (unauthorized) return <UnauthorizedScreen />;
  if (status.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (status.isError) return <UnreachableScreen onRetry={() => void status.refetch()} retrying={status.isFetching} />;

  const { database } = status.data;
  if (database.state === 'refused') return <RefusedScreen problem={database.problem} file={database.file} />;
  if (!database.configured) {
    return configuring ? (
      <SetupWizard onCancel={() => setConfiguring(false)} />
    ) : (
      <FirstRunScreen onConfigure={() => setConfiguring(true)} />
    );
  }
  // Keyed by the open database: no screen, form or cached answer of the other one survives a switch.
  return <Fragment key={databaseKey(status.data)}>{children}</Fragment>;
}
