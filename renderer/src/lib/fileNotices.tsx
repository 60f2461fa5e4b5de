/** What the user is told once a file is on its way to disk, with "Abrir" in the desktop app. */
import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import i18n from 'i18next';
import type { ExportedFile } from '../../../shared/domain/sessions';
import { type SaveOutcome, saveExportedFile } from '../platform/saveFile';
import { notifySuccess, notifyWarning } from './notify';

/** Saves or downloads `file` and says so; false when the user cancelled the save dialog. */
export async function saveFileAndTell(file: ExportedFile): Promise<boolean> {
  let outcome: SaveOutcome;
  try {
    outcome = await saveExportedFile(file);
  } catch {
    // A full disk, a folder without permission: the file was not written.
    notifyWarning(i18n.t('common.files.saveFailed', { name: file.fileName }));
    return false;
  }
  if (outcome.kind === 'cancelled') return false;
  if (outcome.kind === 'downloaded') {
    notifySuccess(i18n.t('common.files.downloaded', { name: file.fileName }));
    return true;
  }
  const id = `saved-${outcome.path}`;
  const open = async () => {
    notifications.hide(id);
    if (!(await outcome.open())) notifyWarning(i18n.t('common.files.openFailed', { name: file.fileName }));
  };
  notifications.show({
    id,
    color: 'teal',
    icon: <IconCheck size={18} />,
    autoClose: 10_000,
    message: (
      <Stack gap={6} align="flex-start">
        <Text size="sm">{i18n.t('common.files.saved', { path: outcome.path })}</Text>
        <Button size="compact-sm" variant="light" onClick={() => void open()}>
          {i18n.t('common.files.open')}
        </Button>
      </Stack>
    ),
  });
  return true;
}
