/** The backend cannot be reached, or refused this page's access code. */
import { Button } from '@mantine/core';
import { IconKeyOff, IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FullScreenMessage, Para } from '../../components/FullScreenMessage';

export function UnauthorizedScreen() {
  const { t } = useTranslation();
  return (
    <FullScreenMessage icon={<IconKeyOff size={26} />} color="orange" title={t('workspace.unauthorized.title')}>
      <Para>{t('workspace.unauthorized.body')}</Para>
    </FullScreenMessage>
  );
}

export function UnreachableScreen({ onRetry, retrying }: { onRetry: () => void; retrying: boolean }) {
  const { t } = useTranslation();
  return (
    <FullScreenMessage
      icon={<IconPlugConnectedX size={26} />}
      color="red"
      title={t('workspace.unreachable.title')}
      actions={
        <Button onClick={onRetry} loading={retrying}>
          {t('workspace.unreachable.retry')}
        </Button>
      }
    >
      <Para>{t('workspace.unreachable.body')}</Para>
    </FullScreenMessage>
  );
}
