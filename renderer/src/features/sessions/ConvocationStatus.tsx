/** A session's convocation in a few words: not issued yet, or its number and the receipts missing. */
import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../shared/domain/sessions';

export function ConvocationStatus({ session }: { session: Pick<Session, 'convocation' | 'deliveriesMissing'> }) {
  const { t } = useTranslation();
  if (!session.convocation) {
    return (
      <Badge variant="outline" color="gray">
        {t('sessions.list.notConvened')}
      </Badge>
    );
  }
  const missing = session.deliveriesMissing;
  return (
    <Stack gap={2}>
      <Text size="xs">
        {session.convocation.numberText}
      </Text>
      <Text size="xs" c={missing > 0 ? 'orange.8' : 'teal.8'}>
        {missing > 0 ? t('sessions.deliveries.missing', { count: missing }) : t('sessions.deliveries.complete')}
      </Text>
    </Stack>
  );
}
