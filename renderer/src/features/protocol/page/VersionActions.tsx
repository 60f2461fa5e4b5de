/**
 * What can be done to the version on screen: export it; while a draft, approve, rename or delete
 * it; once approved, start the next version from the latest one.
 */
import { ActionIcon, Button, Menu } from '@mantine/core';
import { IconCopy, IconDots, IconFileTypeDocx, IconGavel, IconPencil, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ProtocolVersion, ProtocolVersionSummary } from '../../../../../shared/domain/protocol';
import { invalidateDomains, useApiMutation } from '../../../api';
import { ApprovalModal } from '../../../components/approval/ApprovalModal';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useProtocolMutation } from '../queries';
import { useExportProtocol } from '../useExportProtocol';
import { protocolTabPath } from './protocolTabs';
import { RenameVersionModal } from './RenameVersionModal';

type Dialog = 'approve' | 'rename' | 'remove' | 'newVersion' | null;

interface VersionActionsProps {
  version: ProtocolVersion;
  versions: readonly ProtocolVersionSummary[];
}

export function VersionActions({ version, versions }: VersionActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const exportVersion = useExportProtocol();
  const approve = useProtocolMutation('protocol.approve');
  const newVersion = useProtocolMutation('protocol.newVersion');
  // The page leaves a deleted draft first, then refreshes.
  const remove = useApiMutation('protocol.remove');
  const draft = versions.find((v) => v.status === 'borrador');
  const approved = versions.find((v) => v.status === 'aprobado');
  const latest = versions[0];
  const number = version.versionNumber;

  const onNewVersion = () =>
    newVersion.mutate(
      {},
      {
        onSuccess: (created) => {
          close();
          notifySuccess(t('protocol.actions.newVersionDone', { number: created.versionNumber }));
          void navigate(protocolTabPath(created.id, 'sections'));
        },
        onError: notifyError,
      },
    );

  const onRemove = () =>
    remove.mutate(
      { id: version.id },
      {
        onSuccess: async () => {
          void navigate('/protocolo', { replace: true });
          notifySuccess(t('protocol.actions.removed', { number }));
          await invalidateDomains(client, ['protocol']);
        },
        onError: notifyError,
      },
    );

  return (
    <>
      <Button variant="default" leftSection={<IconFileTypeDocx size={16} />} loading={exportVersion.isPending} onClick={() => exportVersion.mutate(version.id)}>
        {t('common.files.export')}
      </Button>
      {version.status === 'borrador' ? (
        <>
          <Button leftSection={<IconGavel size={16} />} onClick={() => setDialog('approve')}>
            {t('protocol.actions.approve')}
          </Button>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="default" size="lg" aria-label={t('protocol.actions.more')}>
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setDialog('rename')}>
                {t('protocol.actions.rename')}
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('remove')}>
                {t('protocol.actions.remove')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </>
      ) : draft ? (
        <Button variant="light" onClick={() => void navigate(protocolTabPath(draft.id, 'sections'))}>
          {t('protocol.actions.goToDraft', { number: draft.versionNumber })}
        </Button>
      ) : (
        <Button leftSection={<IconCopy size={16} />} onClick={() => setDialog('newVersion')}>
          {t('protocol.actions.newVersion')}
        </Button>
      )}

      <ApprovalModal
        opened={dialog === 'approve'}
        onClose={close}
        title={t('protocol.actions.approveTitle', { number })}
        warning={
          approved
            ? t('protocol.actions.approveReplaces', { number, previous: approved.versionNumber })
            : t('protocol.actions.approveWarning', { number })
        }
        confirmLabel={t('protocol.actions.approve')}
        loading={approve.isPending}
        onApprove={async (approval) => {
          await approve.mutateAsync({ id: version.id, ...approval });
          close();
          notifySuccess(t('protocol.actions.approved', { number }));
        }}
      />
      <RenameVersionModal version={version} opened={dialog === 'rename'} onClose={close} />
      <ConfirmModal
        opened={dialog === 'remove'}
        title={t('protocol.actions.removeTitle', { number })}
        message={t('protocol.actions.removeBody')}
        confirmLabel={t('protocol.actions.remove')}
        loading={remove.isPending}
        onConfirm={onRemove}
        onClose={close}
      />
      <ConfirmModal
        opened={dialog === 'newVersion'}
        title={t('protocol.actions.newVersion')}
        message={t('protocol.actions.newVersionBody', { number: (latest?.versionNumber ?? number) + 1, from: latest?.versionNumber ?? number })}
        confirmLabel={t('protocol.actions.newVersionConfirm')}
        danger={false}
        loading={newVersion.isPending}
        onConfirm={onNewVersion}
        onClose={close}
      />
    </>
  );
}
