/** The quorum while the roll call goes on: who counts, how many are needed, and what it means. */
import { Group, Paper, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quorum } from '../../../../../shared/domain/sessions';

interface QuorumPanelProps {
  quorum: Quorum;
  /** Before the session's day a missing quorum is expected, not alarming. */
  upcoming: boolean;
  callControl: ReactNode;
}

export function QuorumPanel({ quorum, upcoming, callControl }: QuorumPanelProps) {
  const { t } = useTranslation();
  const color = quorum.met ? 'teal' : upcoming ? 'gray' : 'red';
  const percent = quorum.required > 0 ? Math.min(100, (quorum.present / quorum.required) * 100) : 0;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-label={t('sessions.quorum.title')}
      pos="sticky"
      top="var(--app-shell-header-offset, 0rem)"
      style={{ zIndex: 3, borderLeft: `4px solid var(--mantine-color-${color}-6)` }}
    >
      <Group justify="space-between" align="flex-start" gap="lg" wrap="nowrap">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={40} radius="xl" variant="light" color={color}>
            {quorum.met ? <IconCircleCheck size={24} /> : <IconAlertTriangle size={24} />}
          </ThemeIcon>
          <Stack gap={4}>
            <Text fw={700} fz="lg" c={`${color}.8`} role="status" data-testid="quorum-state">
              {quorum.met ? t('sessions.quorum.met') : t('sessions.quorum.missing', { count: quorum.missing })}
            </Text>
            <Text size="sm" data-testid="quorum-count">
              {t('sessions.quorum.present', { present: quorum.present, voting: quorum.votingMembers })}
              {' · '}
              {t(`sessions.quorum.required.${quorum.call}`, { required: quorum.required })}
            </Text>
            <Progress value={percent} color={color} size="sm" w={320} aria-hidden />
            <Text size="xs" c="dimmed" maw={560}>
              {t(quorum.met ? 'sessions.quorum.metHelp' : 'sessions.quorum.missingHelp')}
            </Text>
          </Stack>
        </Group>
        {callControl}
      </Group>
    </Paper>
  );
}
