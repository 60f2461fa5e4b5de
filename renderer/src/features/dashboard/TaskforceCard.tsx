/** The instancia's identity (name, presidency, ordinance) and, outside the demo, the way to the example data. */
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Taskforce } from '../../../../shared/domain/taskforce';
import { Facts } from '../../components/Facts';
import { useIsDemo } from '../../lib/commonQueries';
import { longDate } from '../../lib/dates';
import { OpenDemoButton } from '../workspace';

/** The example data stays at hand once the real instancia exists (in the demo, the banner leads back). */
function DemoInvitation() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" mt="lg" pt="md" align="flex-start" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Title order={3} fz="sm">
        {t('dashboard.demo.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('dashboard.demo.body')}
      </Text>
      <OpenDemoButton label={t('dashboard.demo.open')} />
    </Stack>
  );
}

export function TaskforceCard({ taskforce }: { taskforce: Taskforce }) {
  const { t, i18n } = useTranslation();
  const demo = useIsDemo();
  const join = (...parts: string[]) => parts.filter(Boolean).join(' · ');
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={taskforce.shortName}>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {taskforce.shortName}
      </Text>
      <Title order={2} fz="lg" mb="md" mt={4}>
        {taskforce.officialName}
      </Title>
      <Facts
        labelWidth={190}
        items={[
          { label: t('taskforce.settings.presidency'), value: join(taskforce.presidencyPerson, taskforce.presidencyPost, taskforce.presidencyInstitution) },
          { label: t('taskforce.settings.secretariat'), value: join(taskforce.secretariatUnit, taskforce.secretariatResponsible) },
          { label: t('dashboard.ordinance'), value: join(taskforce.ordinanceNumber, longDate(taskforce.ordinanceDate, i18n.language)) },
          { label: t('taskforce.settings.installationDate'), value: longDate(taskforce.installationDate, i18n.language) },
        ]}
      />
      <Button component={Link} to="/instancia" variant="subtle" leftSection={<IconSettings size={16} />} mt="md" px={0}>
        {t('dashboard.editTaskforce')}
      </Button>
      {!demo && <DemoInvitation />}
    </Paper>
  );
}
