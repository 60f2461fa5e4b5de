/** What the reminder is about, in two groups, each agreement with a way to stop reminding it. */
import { Button, Stack, Text, Title } from '@mantine/core';
import { IconBellOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Reminders } from '../../../../../shared/domain/agreements';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useAgreementsMutation } from '../queries';
import { DueAgreement, type DueItem } from './DueAgreement';
import { DueList } from './DueList';
import { REMINDER_DAYS } from './register';

export function ReminderList({ reminders }: { reminders: Reminders }) {
  const { t } = useTranslation();
  const silence = useAgreementsMutation('agreements.silence');
  const groups = [
    { key: 'overdue', title: t('agreements.reminders.banner.overdue'), items: reminders.overdue },
    { key: 'dueSoon', title: t('agreements.reminders.banner.dueSoon', { days: REMINDER_DAYS }), items: reminders.dueSoon },
  ].filter((group) => group.items.length > 0);

  const silenceOne = (item: DueItem) =>
    silence.mutate(
      { id: item.id, silenced: true },
      { onSuccess: () => notifySuccess(t('agreements.reminders.silenced', { number: item.numberText })), onError: notifyError },
    );

  return (
    <Stack gap="sm">
      {groups.map((group) => (
        <Stack key={group.key} gap={4}>
          <Title order={3} fz="sm">
            {group.title}
          </Title>
          <DueList label={group.title}>
            {group.items.map((item) => (
              <DueAgreement
                key={item.id}
                item={item}
                today={reminders.today}
                action={
                  <Button
                    size="compact-sm"
                    variant="default"
                    leftSection={<IconBellOff size={14} />}
                    aria-label={t('agreements.reminders.banner.silenceOf', { number: item.numberText })}
                    loading={silence.isPending && silence.variables.id === item.id}
                    onClick={() => silenceOne(item)}
                  >
                    {t('agreements.reminders.banner.silence')}
                  </Button>
                }
              />
            ))}
          </DueList>
        </Stack>
      ))}
      <Text size="xs" c="dimmed">
        {t('agreements.reminders.banner.silenceHelp')}
      </Text>
    </Stack>
  );
}
