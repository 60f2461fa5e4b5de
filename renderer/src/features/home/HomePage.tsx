/** "Inicio": the instancia at a glance and the usual next steps. */
import { Button, Grid, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconBuildingCommunity, IconCalendarEvent, IconPlus, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Taskforce } from '../../../../shared/domain/taskforce';
import { Facts } from '../../components/Facts';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { longDate } from '../../lib/dates';
import { MembersOverview } from '../members/MembersOverview';
import { useMembersSummary } from '../members/queries';
import { OpenDemoButton } from '../startup/OpenDemoButton';
import { useIsDemo } from '../startup/queries';
import { useTaskforce } from '../taskforce/queries';

function TaskforceCard({ taskforce }: { taskforce: Taskforce }) {
  const { t, i18n } = useTranslation();
  const join = (...parts: string[]) => parts.filter(Boolean).join(' · ');
  return (
    <Paper withBorder radius="md" p="lg" h="100%">
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {taskforce.shortName}
      </Text>
      <Title order={2} fz="lg" mb="md" mt={4}>
        {taskforce.officialName}
      </Title>
      <Facts
        labelWidth={190}
        items={[
          { label: t('settings.presidency'), value: join(taskforce.presidencyPerson, taskforce.presidencyPost, taskforce.presidencyInstitution) },
          { label: t('settings.secretariat'), value: join(taskforce.secretariatUnit, taskforce.secretariatResponsible) },
          { label: t('home.ordinance'), value: join(taskforce.ordinanceNumber, longDate(taskforce.ordinanceDate, i18n.language)) },
          { label: t('settings.installationDate'), value: longDate(taskforce.installationDate, i18n.language) },
        ]}
      />
      <Button component={Link} to="/instancia" variant="subtle" leftSection={<IconSettings size={16} />} mt="md" px={0}>
        {t('home.editTaskforce')}
      </Button>
    </Paper>
  );
}

const QUICK_LINKS = [
  { to: '/miembros', key: 'members', icon: IconBuildingCommunity },
  { to: '/miembros?nueva=1', key: 'newInstitution', icon: IconPlus },
  { to: '/sesiones', key: 'sessions', icon: IconCalendarEvent },
] as const;

/** The example data stays at hand once the real instancia exists (in the demo, the banner leads back). */
function DemoInvitation() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" mt="lg" pt="md" align="flex-start" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Title order={3} fz="sm">
        {t('home.demo.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('home.demo.body')}
      </Text>
      <OpenDemoButton label={t('home.demo.open')} />
    </Stack>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const demo = useIsDemo();
  const taskforce = useTaskforce();
  const summary = useMembersSummary();
  return (
    <>
      <PageHeader title={t('home.title')} description={t('home.description')} />
      <Stack gap="lg">
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <QueryState query={taskforce}>{(data) => data && <TaskforceCard taskforce={data} />}</QueryState>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Paper withBorder radius="md" p="lg" h="100%" component="nav" aria-label={t('home.quickLinks')}>
              <Title order={2} fz="lg" mb="md">
                {t('home.quickLinks')}
              </Title>
              <Stack gap={6}>
                {QUICK_LINKS.map(({ to, key, icon: Icon }) => (
                  <NavLink
                    key={key}
                    component={Link}
                    to={to}
                    label={t(`home.links.${key}`)}
                    leftSection={<Icon size={18} />}
                    rightSection={<IconArrowRight size={16} />}
                    active
                    variant="light"
                    style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                  />
                ))}
              </Stack>
              {!demo && <DemoInvitation />}
            </Paper>
          </Grid.Col>
        </Grid>
        <Title order={2} fz="xl">
          {t('home.members')}
        </Title>
        <QueryState query={summary}>{(data) => <MembersOverview summary={data} />}</QueryState>
      </Stack>
    </>
  );
}
