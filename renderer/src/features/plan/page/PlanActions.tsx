/**
 * What can be done to a plan as it stands: a draft is edited, approved or deleted; an approved plan
 * is closed; from an approved or closed plan the next one is started.
 */
import { Button } from '@mantine/core';
import { IconArchive, IconCopy, IconGavel, IconPencil, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Plan } from '../../../../../shared/domain/plan';
import { invalidateDomains } from '../../../api';
import { ApprovalModal } from '../../../components/approval/ApprovalModal';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { usePlanMutation, useRemovePlan } from '../queries';
import { CopyPlanModal } from './CopyPlanModal';
import { EditPlanModal } from './EditPlanModal';

type Dialog = 'edit' | 'approve' | 'close' | 'copy' | 'remove' | null;

export function PlanActions({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const approve = usePlanMutation('plan.approve');
  const closePlan = usePlanMutation('plan.close');
  const remove = useRemovePlan();

  const onClosePlan = () =>
    closePlan.mutate(
      { id: plan.id },
      {
        onSuccess: () => {
          close();
          notifySuccess(t('plan.actions.closed'));
        },
        onError: notifyError,
      },
    );

  const onRemove = () =>
    remove.mutate(
      { id: plan.id },
      {
        onSuccess: async () => {
          void navigate('/plan', { replace: true });
          notifySuccess(t('plan.actions.removed', { title: plan.title }));
          await invalidateDomains(client, ['plan']);
        },
        onError: notifyError,
      },
    );

  return (
    <>
      {plan.status === 'borrador' && (
        <>
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
            {t('plan.actions.edit')}
          </Button>
          <Button leftSection={<IconGavel size={16} />} onClick={() => setDialog('approve')}>
            {t('plan.actions.approve')}
          </Button>
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('remove')}>
            {t('plan.actions.remove')}
          </Button>
        </>
      )}
      {plan.status === 'aprobado' && (
        <Button variant="default" leftSection={<IconArchive size={16} />} onClick={() => setDialog('close')}>
          {t('plan.actions.close')}
        </Button>
      )}
      {plan.status !== 'borrador' && (
        <Button leftSection={<IconCopy size={16} />} onClick={() => setDialog('copy')}>
          {t('plan.actions.copy')}
        </Button>
      )}

      <EditPlanModal plan={plan} opened={dialog === 'edit'} onClose={close} />
      <ApprovalModal
        opened={dialog === 'approve'}
        onClose={close}
        title={t('plan.actions.approveTitle')}
        warning={t('plan.actions.approveWarning')}
        confirmLabel={t('plan.actions.approve')}
        loading={approve.isPending}
        onApprove={async (approval) => {
          await approve.mutateAsync({ id: plan.id, ...approval });
          close();
          notifySuccess(t('plan.actions.approved'));
        }}
      />
      <ConfirmModal
        opened={dialog === 'close'}
        title={t('plan.actions.closeTitle')}
        message={t('plan.actions.closeBody')}
        confirmLabel={t('plan.actions.close')}
        danger={false}
        loading={closePlan.isPending}
        onConfirm={onClosePlan}
        onClose={close}
      />
      <CopyPlanModal plan={plan} opened={dialog === 'copy'} onClose={close} />
      <ConfirmModal
        opened={dialog === 'remove'}
        title={t('plan.actions.removeTitle')}
        message={t('plan.actions.removeBody', { title: plan.title })}
        confirmLabel={t('plan.actions.remove')}
        loading={remove.isPending}
        onConfirm={onRemove}
        onClose={close}
      />
    </>
  );
}
