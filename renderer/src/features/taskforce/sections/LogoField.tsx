/** The municipal logo for letterheads: the saved one, or a newly chosen one sent on saving. */
import { Button, FileButton, Group, Image, Input, Paper, Stack, Text } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { Msg } from '../../../lib/messages';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useLogo, useRemoveLogo } from '../queries';
import type { LogoDraftState } from '../useLogoDraft';

export function LogoField({ logo }: { logo: LogoDraftState }) {
  const { t } = useTranslation();
  const saved = useLogo();
  const remove = useRemoveLogo();
  const [confirming, setConfirming] = useState(false);

  const current = saved.data ? `data:${saved.data.mimeType};base64,${saved.data.dataBase64}` : null;
  const shown = logo.draft?.previewUrl ?? current;

  const removeSaved = () =>
    remove.mutate(
      {},
      {
        onSuccess: () => {
          setConfirming(false);
          notifySuccess(t('taskforce.settings.logo.removed'));
        },
        onError: notifyError,
      },
    );

  return (
    <Input.Wrapper
      label={t('taskforce.settings.logo.label')}
      description={t('taskforce.settings.logo.help')}
      error={logo.problem && <Msg k={logo.problem.key} params={logo.problem.params} />}
    >
      <Group gap="md" mt="xs" align="center">
        <Paper withBorder w={120} h={120} p={6} radius="sm" style={{ display: 'grid', placeItems: 'center' }}>
          {shown ? (
            <Image src={shown} alt={t('taskforce.settings.logo.preview')} fit="contain" mah={106} maw={106} />
          ) : (
            <Text size="xs" c="dimmed" ta="center">
              {t('taskforce.settings.logo.none')}
            </Text>
          )}
        </Paper>
        <Stack gap="xs">
          <FileButton
            onChange={logo.choose}
            accept="image/png,image/jpeg"
            inputProps={{ 'aria-label': t('taskforce.settings.logo.file') }}
          >
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconPhotoUp size={16} />}>
                {t('taskforce.settings.logo.choose')}
              </Button>
            )}
          </FileButton>
          {logo.draft && (
            <Text size="sm" c="dimmed">
              {t('taskforce.settings.logo.pending')}
            </Text>
          )}
          {logo.draft ? (
            <Button variant="subtle" color="gray" onClick={logo.discard}>
              {t('taskforce.settings.logo.discard')}
            </Button>
          ) : (
            current && (
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirming(true)}>
                {t('taskforce.settings.logo.remove')}
              </Button>
            )
          )}
        </Stack>
      </Group>
      <ConfirmModal
        opened={confirming}
        title={t('taskforce.settings.logo.removeTitle')}
        message={t('taskforce.settings.logo.removeBody')}
        confirmLabel={t('taskforce.settings.logo.remove')}
        onConfirm={removeSaved}
        onClose={() => setConfirming(false)}
        loading={remove.isPending}
      />
    </Input.Wrapper>
  );
}
