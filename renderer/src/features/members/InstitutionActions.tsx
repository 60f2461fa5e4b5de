/** What can be done to an institution: edit, end or resume its membership, remove it. */
import { Button } from '@mantine/core';
import { IconPencil, IconPlayerPause, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { InstitutionDetail } from '../../../../shared/domain/members';
import { invalidateDomains } from '../../api';
import { ConfirmModal } from '../../components/ConfirmModal';
import { longDate } from '../../lib/dates';
import { notifyError, notifySuccess } from '../../lib/notify';
import { DatedActionModal } from './DatedActionModal';
import { InstitutionModal } from './InstitutionModal';
import { MEMBER_DOMAINS, useDeactivateInstitution, useReactivateInstitution, useRemoveInstitution } from './queries';

type Dialog = 'edit' | 'deactivate' | 'reactivate' | 'remove' | null;

export function InstitutionActions({ institution }: { institution: InstitutionDetail }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const deactivate = useDeactivateInstitution();
  const reactivate = useReactivateInstitution();
  const remove = useRemoveInstitution();
  const { id, name } = institution;
  // Ending or removing a membership cannot date before its start: say when that was.
  const endDate = {
    dateHelp: t('members.institution.memberSince', { date: longDate(institution.activeFrom, i18n.language) }),
    minDate: institution.activeFrom,
  };

  const onDeactivate = async (date: string) => {
    await deactivate.mutateAsync({ id, date });
    close();
    notifySuccess(t('members.institution.deactivated', { name, date: longDate(date, i18n.language) }));
  };

  const onReactivate = () =>
    reactivate.mutate(
      { id },
      {
        onSuccess: () => {
          close();
          notifySuccess(t('members.institution.reactivated', { name }));
        },
        onError: notifyError,
      },
    );

  const onRemove = async (date: string) => {
    const { outcome } = await remove.mutateAsync({ id, date });
    close();
    if (outcome === 'deleted') {
      void navigate('/miembros');
      notifySuccess(t('members.institution.deleted', { name }));
    } else {
      notifySuccess(t('members.institution.removedButKept', { name, date: longDate(date, i18n.language) }));
    }
    await invalidateDomains(client, MEMBER_DOMAINS);
  };

  return (
    <>
      <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
        {t('common.edit')}
      </Button>
      {institution.activeTo === null ? (
        <Button variant="default" leftSection={<IconPlayerPause size={16} />} onClick={() => setDialog('deactivate')}>
          {t('members.institution.deactivate')}
        </Button>
      ) : (
        <Button variant="default" leftSection={<IconPlayerPlay size={16} />} onClick={() => setDialog('reactivate')}>
          {t('members.institution.reactivate')}
        </Button>
      )}
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('remove')}>
        {t('members.institution.remove')}
      </Button>

      <InstitutionModal opened={dialog === 'edit'} onClose={close} existing={institution} />
      <DatedActionModal
        opened={dialog === 'deactivate'}
        title={t('members.institution.deactivateTitle', { name })}
        message={t('members.institution.deactivateBody')}
        dateLabel={t('members.institution.deactivateDate')}
        {...endDate}
        confirmLabel={t('members.institution.deactivate')}
        loading={deactivate.isPending}
        onConfirm={onDeactivate}
        onClose={close}
      />
      <ConfirmModal
        opened={dialog === 'reactivate'}
        title={t('members.institution.reactivateTitle', { name })}
        message={t('members.institution.reactivateBody')}
        confirmLabel={t('members.institution.reactivate')}
        danger={false}
        loading={reactivate.isPending}
        onConfirm={onReactivate}
        onClose={close}
      />
      <DatedActionModal
        opened={dialog === 'remove'}
        title={t('members.institution.removeTitle', { name })}
        message={t('members.institution.removeBody')}
        dateLabel={t('members.institution.removeDate')}
        {...endDate}
        confirmLabel={t('members.institution.remove')}
        loading={remove.isPending}
        onConfirm={onRemove}
        onClose={close}
      />
    </>
  );
}
