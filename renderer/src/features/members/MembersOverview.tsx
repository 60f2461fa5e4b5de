/** The roster in numbers: institutions, votes, the women leaders network's share, categories. */
import { Group, Paper, RingProgress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MembersSummary } from '../../../../shared/domain/members';

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Group gap="sm" wrap="nowrap">
      <Text fz={26} fw={700} lh={1.1} miw={44} ta="right">
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}

export function MembersOverview({ summary }: { summary: MembersSummary }) {
  const { t } = useTranslation();
  const percent = Math.round(summary.networkVotingShare * 100);
  const percentText = t('members.overview.percent', { value: percent });
  const networkSeats = Math.round(summary.networkVotingShare * summary.votingInstitutions);
  const categories = summary.byCategory.filter((c) => c.count > 0);

  return (
    <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }} spacing="md" role="region" aria-label={t('members.overview.label')}>
      <Paper withBorder p="md" radius="md">
        <Stack gap={6}>
          <Stat label={t('members.overview.active')} value={summary.activeInstitutions} />
          <Stat label={t('members.overview.voting')} value={summary.votingInstitutions} />
          <Stat label={t('members.overview.network')} value={summary.networkInstitutions} />
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Group gap="md" wrap="nowrap">
          <RingProgress
            size={84}
            thickness={9}
            // At 0 % a section with round caps would still draw a dot: no section at all instead.
            roundCaps={percent > 0}
            sections={percent > 0 ? [{ value: percent, color: 'violet' }] : []}
            label={
              <Text ta="center" fw={700} size="sm">
                {percentText}
              </Text>
            }
          />
          <Stack gap={2}>
            <Title order={3} fz="sm">
              {t('members.overview.shareTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {summary.votingInstitutions > 0
                ? t('members.overview.share', { seats: networkSeats, voting: summary.votingInstitutions, percent: percentText })
                : t('members.overview.noVoting')}
            </Text>
          </Stack>
        </Group>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={3} fz="sm" mb={6}>
          {t('members.overview.byCategory')}
        </Title>
        {categories.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('members.overview.noMembers')}
          </Text>
        ) : (
          <Stack gap={2}>
            {categories.map((c) => (
              <Group key={c.category} justify="space-between" gap="xs">
                <Text size="sm">{t(`members.categories.${c.category}`)}</Text>
                <Text size="sm" fw={600}>
                  {c.count}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Paper>
    </SimpleGrid>
  );
}
