/**
 * The agreements adopted under one agenda item, and the way to register another. Without quorum no
 * agreement is valid: the button stays off and says what is missing.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../../shared/domain/agreements';
import type { AgendaItem, SessionDetail } from '../../../../shared/domain/sessions';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notifyError, notifySuccess } from '../../lib/notify';
import { AgreementCard } from './AgreementCard';
import type { AgreementAction } from './agreementForm';
import { AgreementModal } from './AgreementModal';
import { useRemoveAgreement } from './queries';

interface ItemAgreementsProps {
  session: SessionDetail;
  item: AgendaItem;
  number: string;
}

export function ItemAgreements({ session, item, number }: ItemAgreementsProps) {
  const { t } = useTranslation();
  const [action, setAction] = useState<AgreementAction | null>(null);
  const [removing, setRemoving] = useState<Agreement | null>(null);
  const remove = useRemoveAgreement();
  const reasonId = useId();
  const { quorum, locked } = session;

  const confirmRemove = (agreement: Agreement) =>
    remove.mutate(
      { id: agreement.id },
      {
        onSuccess: () => {
          setRemoving(null);
          notifySuccess(t('acta.agreements.removed', { number: agreement.numberText }));
        },
        onError: notifyError,
      },
    );

  return (
    <Stack gap="xs">
      {item.agreements.map((agreement) => (
        <AgreementCard
          key={agreement.id}
          agreement={agreement}
          actions={locked ? null : { onEdit: () => setAction({ kind: 'edit', agreement }), onRemove: () => setRemoving(agreement) }}
        />
      ))}
      {!locked && (
        <Group gap="sm" wrap="nowrap">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconGavel size={14} />}
            disabled={!quorum.met}
            aria-describedby={quorum.met ? undefined : reasonId}
            onClick={() => setAction({ kind: 'adopt', agendaItemId: item.id })}
          >
            {t('acta.agreements.adopt')}
          </Button>
          {!quorum.met && (
            <Text id={reasonId} size="xs" c="dimmed">
              {quorum.votingMembers === 0 ? t('acta.agreements.noVoters') : t('acta.agreements.noQuorumShort', { count: quorum.missing })}
            </Text>
          )}
        </Group>
      )}
      <AgreementModal session={session} action={action} itemNumber={number} onClose={() => setAction(null)} />
      <ConfirmModal
        opened={removing !== null}
        title={t('acta.agreements.removeTitle', { number: removing?.numberText ?? '' })}
        message={t('acta.agreements.removeBody')}
        confirmLabel={t('acta.agreements.remove')}
        loading={remove.isPending}
        onConfirm={() => removing && confirmRemove(removing)}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
