/** The database file could not be opened: say why, reassure, and offer a fresh start. */
import { Button, Code, Text } from '@mantine/core';
import { IconDatabaseOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DatabaseProblem } from '../../../../shared/domain/workspace';
import { FullScreenMessage, Para } from '../../components/FullScreenMessage';
import { notifyError } from '../../lib/notify';
import { useSwitchDatabase } from './queries';

export function RefusedScreen({ problem, file }: { problem: DatabaseProblem; file: string }) {
  const { t } = useTranslation();
  const startNew = useSwitchDatabase('workspace.startNewDatabase');
  return (
    <FullScreenMessage
      icon={<IconDatabaseOff size={26} />}
      color="orange"
      title={t('workspace.refused.title')}
      actions={
        <Button loading={startNew.isPending} onClick={() => startNew.mutate({}, { onError: notifyError })}>
          {t('workspace.refused.startNew')}
        </Button>
      }
    >
      <Para>{t(`database.${problem}`)}</Para>
      <Text size="sm" c="dimmed">
        {t('workspace.refused.file')}
      </Text>
      <Code block>{file}</Code>
      {problem === 'tooNew' && <Para>{t('workspace.refused.update')}</Para>}
      <Para>{t('workspace.refused.untouched')}</Para>
      <Para>{t('workspace.refused.startNewHelp')}</Para>
    </FullScreenMessage>
  );
}
