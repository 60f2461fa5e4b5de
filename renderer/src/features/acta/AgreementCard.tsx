/** One agreement as the acta records it: number, text, who answers for it, by when, how adopted. */
import { ActionIcon, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../../shared/domain/agreements';
import { Facts } from '../../components/Facts';
import { longDate } from '../../lib/dates';
import { responsibleLabels } from '../agreements';
import { adoptionText } from './adoptionText';

interface AgreementCardProps {
  agreement: Agreement;
  /** Null once the acta is approved: then the agreement only reads. */
  actions: { onEdit: () => void; onRemove: () => void } | null;
}

export function AgreementCard({ agreement, actions }: AgreementCardProps) {
  const { t, i18n } = useTranslation();
  const number = agreement.numberText;
  return (
    <Paper withBorder radius="sm" p="sm" bg="gray.0" component="article" aria-label={number}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text fw={700} size="sm">
            {number}
          </Text>
          {actions && (
            <Group gap={4} wrap="nowrap">
              <ActionIcon variant="subtle" color="gray" aria-label={t('acta.agreements.editOf', { number })} onClick={actions.onEdit}>
                <IconPencil size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" color="red" aria-label={t('acta.agreements.removeOf', { number })} onClick={actions.onRemove}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          )}
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {agreement.text}
        </Text>
        <Facts
          labelWidth={120}
          items={[
            { label: t('acta.agreements.responsibles'), value: responsibleLabels(t, agreement).join(', ') },
            { label: t('acta.agreements.deadline'), value: agreement.deadline ? longDate(agreement.deadline, i18n.language) : t('acta.agreements.noDeadline') },
            { label: t('acta.agreements.adoption'), value: adoptionText(t, agreement) },
          ]}
        />
      </Stack>
    </Paper>
  );
}
