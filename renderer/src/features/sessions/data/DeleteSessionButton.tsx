/** Deletes a session never convened; once numbered, a session stays on record for good. */
import { Button, Group, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionDetail } from '../../../../../shared/domain/sessions';
import { invalidateDomains } from '../../../api';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { SESSION_DOMAINS } from '../../../lib/commonQueries';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useRemoveSession } from '../queries';

export function DeleteSessionButton({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useRemoveSession();

  const confirm = () =>
    remove.mutate(
      { id: session.id },
      {
        onSuccess: async () => {
          setConfirming(false);
          await navigate('/sesiones');
          notifySuccess(t('sessions.data.deleted', { title: session.title }));
          await invalidateDomains(client, SESSION_DOMAINS);
        },
        onError: notifyError,
      },
    );

  return (
    <Group gap="md" justify="space-between" pt="md" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Text size="sm" c="dimmed">
        {t('sessions.data.deleteHelp')}
      </Text>
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirming(true)}>
        {t('sessions.data.delete')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('sessions.data.deleteTitle', { title: session.title })}
        message={t('sessions.data.deleteBody')}
        confirmLabel={t('sessions.data.delete')}
        loading={remove.isPending}
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
      />
    </Group>
  );
}
