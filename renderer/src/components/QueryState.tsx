/** Loading, failure and data of a query in one place, so no screen is ever left blank. */
import { Alert, Button, Center, Loader } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorData } from '../api';
import { errorMessage } from '../lib/messages';

interface QueryStateProps<T> {
  query: UseQueryResult<T, unknown>;
  children: (data: T) => ReactNode;
}

export function QueryState<T>({ query, children }: QueryStateProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" icon={<IconAlertTriangle />} title={t('errors.loadFailed')}>
        {errorMessage(errorData(query.error))}
        <Button variant="light" color="red" size="xs" mt="sm" display="block" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
