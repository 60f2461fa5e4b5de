/** The top of a session's page: its title, when and where it meets, its state, the acta's and the quorum. */
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendar, IconClock, IconMapPin, IconVideo } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../../shared/domain/sessions';
import { dateWithWeekday } from '../../../lib/dates';
import { ActaStatusBadge } from '../ActaStatusBadge';
import { callTimes, modeAndPlace } from '../format';
import { isUpcoming } from '../schedule';
import { QuorumBadge } from './QuorumBadge';
import { SessionStateBadge } from './SessionStateBadge';

function Fact({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap">
      {icon}
      <Text size="sm">{children}</Text>
    </Group>
  );
}

const iconProps = { size: 16, 'aria-hidden': true, color: 'var(--mantine-color-dimmed)' } as const;

export function SessionHeader({ session }: { session: SessionDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={8} mb="md" component="header">
      <Title order={1} fz={26}>
        {session.title}
      </Title>
      {session.actaNumberText && (
        <Text size="sm" c="dimmed">
          {session.actaNumberText}
        </Text>
      )}
      <Group gap="lg">
        <Fact icon={<IconCalendar {...iconProps} />}>{dateWithWeekday(session.date, i18n.language)}</Fact>
        <Fact icon={<IconClock {...iconProps} />}>{callTimes(t, session)}</Fact>
        <Fact icon={<IconMapPin {...iconProps} />}>{modeAndPlace(t, session)}</Fact>
        {session.virtualLink && (
          <Fact icon={<IconVideo {...iconProps} />}>
            <Anchor href={session.virtualLink} target="_blank" rel="noreferrer" size="sm">
              {session.virtualLink}
            </Anchor>
          </Fact>
        )}
      </Group>
      <Group gap="xs">
        <Badge variant="default" size="lg">
          {t(`sessions.kinds.${session.kind}`)}
        </Badge>
        <SessionStateBadge session={session} />
        <ActaStatusBadge status={session.actaStatus} size="lg" named />
        <QuorumBadge quorum={session.quorum} upcoming={isUpcoming(session)} />
      </Group>
    </Stack>
  );
}
