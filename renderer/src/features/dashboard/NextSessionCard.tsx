/** The next session: when it is, whether its convocation is out and how many receipts are missing. */
import { Alert, Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowRight, IconChecks, IconClockExclamation, IconMailCheck, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../../shared/domain/dashboard';
import { IconBadge } from '../../components/IconBadge';
import { dateWithWeekday } from '../../lib/dates';
import { relativeDay } from '../../lib/relativeDay';
import { SESSION_TABS } from '../../lib/sessionTabs';
import { DashboardCard } from './DashboardCard';

type NextSession = NonNullable<Dashboard['nextSession']>;

function ConvocationState({ session }: { session: NextSession }) {
  const { t } = useTranslation();
  if (!session.convocationIssued) {
    return (
      <Alert color="orange" variant="light" p="xs" icon={<IconAlertTriangle size={18} />} title={t('dashboard.nextSession.notConvened')}>
        <Anchor component={Link} to={SESSION_TABS.path(session.id, 'convocation')} size="sm">
          {t('dashboard.nextSession.issueConvocation')}
        </Anchor>
      </Alert>
    );
  }
  const missing = session.deliveriesMissing;
  return (
    <Group gap="xs">
      <IconBadge look={{ color: 'teal', icon: IconMailCheck }}>{t('dashboard.nextSession.convened')}</IconBadge>
      {missing > 0 ? (
        <IconBadge look={{ color: 'orange', icon: IconClockExclamation }}>
          {t('dashboard.nextSession.deliveriesMissing', { count: missing, total: session.addressees })}
        </IconBadge>
      ) : (
        <IconBadge look={{ color: 'teal', icon: IconChecks }}>{t('dashboard.nextSession.deliveriesComplete', { total: session.addressees })}</IconBadge>
      )}
    </Group>
  );
}

export function NextSessionCard({ session, today }: { session: Dashboard['nextSession']; today: string }) {
  const { t, i18n } = useTranslation();
  const title = t('dashboard.nextSession.title');
  if (!session) {
    return (
      <DashboardCard title={title}>
        <Text fw={600}>{t('dashboard.nextSession.none')}</Text>
        <Text size="sm" c="dimmed">
          {t('dashboard.nextSession.noneHint')}
        </Text>
        <Button component={Link} to="/sesiones?nueva=1" leftSection={<IconPlus size={16} />} w="fit-content">
          {t('dashboard.nextSession.create')}
        </Button>
      </DashboardCard>
    );
  }
  const date = dateWithWeekday(session.date, i18n.language);
  const soon = relativeDay(session.date, today, i18n.language);
  return (
    <DashboardCard
      title={title}
      aside={
        <Badge size="lg" variant="light" color="violet">
          {soon.charAt(0).toLocaleUpperCase(i18n.language) + soon.slice(1)}
        </Badge>
      }
    >
      <div>
        <Text fw={700} fz="lg">
          {session.title}
        </Text>
        <Text>{session.firstCallTime ? t('dashboard.nextSession.when', { date, time: session.firstCallTime }) : date}</Text>
      </div>
      <ConvocationState session={session} />
      <Button component={Link} to={`/sesiones/${session.id}`} variant="light" rightSection={<IconArrowRight size={16} />} w="fit-content">
        {t('dashboard.nextSession.open')}
      </Button>
    </DashboardCard>
  );
}
