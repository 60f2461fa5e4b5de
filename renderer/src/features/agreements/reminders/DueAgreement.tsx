/**
 * One agreement that is due, as "Inicio" and the reminder list show it: its number (a link to it),
 * its text, who answers for it, and its deadline with how far away it is.
 */
import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgreementRow } from '../../../../../shared/domain/agreements';
import { shortDate } from '../../../lib/dates';
import { relativeDay } from '../../../lib/relativeDay';
import { responsibleLabels } from '../responsibles';
import { agreementLink } from './register';

export type DueItem = Pick<AgreementRow, 'id' | 'numberText' | 'text' | 'deadline' | 'responsibleNames' | 'secretariatResponsible' | 'overdue'>;

interface DueAgreementProps {
  item: DueItem;
  today: string;
  /** E.g. a button to silence its reminders. */
  action?: ReactNode;
}

export function DueAgreement({ item, today, action }: DueAgreementProps) {
  const { t, i18n } = useTranslation();
  return (
    <Group component="li" justify="space-between" align="flex-start" wrap="nowrap" gap="md" py="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Stack gap={2} miw={0} flex={1}>
        <Anchor component={Link} to={agreementLink(item.id)} size="sm" fw={600}>
          {item.numberText}
        </Anchor>
        <Text size="sm" lineClamp={2}>
          {item.text}
        </Text>
        <Text size="xs" c="dimmed">
          {responsibleLabels(t, item).join(', ') || t('agreements.reminders.banner.item.noResponsible')}
        </Text>
      </Stack>
      {item.deadline && (
        <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
          <Text size="sm">{t('agreements.reminders.banner.item.deadline', { date: shortDate(item.deadline) })}</Text>
          <Text size="xs" fw={600} c={item.overdue ? 'red.8' : 'orange.9'}>
            {relativeDay(item.deadline, today, i18n.language)}
          </Text>
        </Stack>
      )}
      {action}
    </Group>
  );
}
