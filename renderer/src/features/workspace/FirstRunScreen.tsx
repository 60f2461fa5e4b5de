/** The welcome on a machine with no instancia yet: configure it, or look around with fictional data. */
import { Button, List, Text } from '@mantine/core';
import { IconHeartHandshake, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FullScreenMessage, Para } from '../../components/FullScreenMessage';
import { OpenDemoButton } from './OpenDemoButton';

export function FirstRunScreen({ onConfigure }: { onConfigure: () => void }) {
  const { t } = useTranslation();
  return (
    <FullScreenMessage
      icon={<IconHeartHandshake size={26} />}
      title={t('workspace.firstRun.title')}
      actions={
        <>
          <Button leftSection={<IconSettings size={18} />} onClick={onConfigure}>
            {t('workspace.firstRun.configure')}
          </Button>
          <OpenDemoButton label={t('workspace.firstRun.demo')} />
        </>
      }
    >
      <Para>{t('workspace.firstRun.intro')}</Para>
      <List spacing={4} size="md">
        <List.Item>{t('workspace.firstRun.point1')}</List.Item>
        <List.Item>{t('workspace.firstRun.point2')}</List.Item>
        <List.Item>{t('workspace.firstRun.point3')}</List.Item>
      </List>
      <Text size="sm" c="dimmed">
        {t('workspace.firstRun.demoNote')}
      </Text>
    </FullScreenMessage>
  );
}
