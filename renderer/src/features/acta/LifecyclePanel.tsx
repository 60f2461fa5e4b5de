/** Where the acta stands (draft, approved, signed), its fingerprint, and the next step to take. */
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../shared/domain/sessions';
import { ActaSteps } from './ActaSteps';
import { ApproveActaModal } from './ApproveActaModal';
import { ContentHash } from './ContentHash';
import { AttachSignedActaButton, ViewSignedActaButton } from './SignedActa';

export function LifecyclePanel({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [approving, setApproving] = useState(false);
  const status = session.actaStatus;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={8}>
            <Title order={2} fz="md" id={headingId}>
              {t('acta.lifecycle.title')}
            </Title>
            <ActaSteps session={session} />
          </Stack>
          <Group gap="sm">
            {status === 'borrador' && (
              <Button leftSection={<IconSignature size={16} />} onClick={() => setApproving(true)}>
                {t('acta.approve.open')}
              </Button>
            )}
            {status === 'aprobada' && <AttachSignedActaButton session={session} />}
            {status === 'firmada' && <ViewSignedActaButton session={session} />}
          </Group>
        </Group>
        <ContentHash hash={session.contentHash} draft={status === 'borrador'} />
        {session.approval?.observations && (
          <Text size="sm">
            <Text span fw={500}>
              {t('acta.lifecycle.observations')}
            </Text>{' '}
            {session.approval.observations}
          </Text>
        )}
      </Stack>
      {status === 'borrador' && <ApproveActaModal session={session} opened={approving} onClose={() => setApproving(false)} />}
    </Paper>
  );
}
