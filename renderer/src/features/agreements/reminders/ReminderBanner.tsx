/**
 * The reminder at the top of every screen: one sentence for everything due, the list on request,
 * and a way to put it away until tomorrow.
 */
import { Box, Button, CloseButton, Collapse, Group, Paper, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBellRinging, IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reminders } from '../../../../../shared/domain/agreements';
import { ReminderList } from './ReminderList';
import { reminderSummary } from './summary';

export function ReminderBanner({ reminders, onDismiss }: { reminders: Reminders; onDismiss: () => void }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const listId = useId();
  return (
    <Paper
      role="region"
      aria-label={t('agreements.reminders.banner.label')}
      withBorder
      radius="md"
      mb="lg"
      px="md"
      py="xs"
      bg="orange.0"
      style={{ borderColor: 'var(--mantine-color-orange-4)' }}
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap" miw={0}>
          <IconBellRinging size={20} color="var(--mantine-color-orange-9)" aria-hidden style={{ flexShrink: 0 }} />
          <Text size="sm" fw={600}>
            {reminderSummary(t, reminders)}
          </Text>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="compact-sm"
            variant="white"
            color="dark"
            aria-expanded={opened}
            aria-controls={listId}
            rightSection={opened ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
            onClick={toggle}
          >
            {opened ? t('agreements.reminders.banner.hideList') : t('agreements.reminders.banner.showList')}
          </Button>
          <CloseButton aria-label={t('agreements.reminders.banner.dismiss')} title={t('agreements.reminders.banner.dismiss')} onClick={onDismiss} />
        </Group>
      </Group>
      <Collapse expanded={opened}>
        <Box id={listId} pt="sm">
          <ReminderList reminders={reminders} />
        </Box>
      </Collapse>
    </Paper>
  );
}
