/** The differences between two versions, part by part: what was added, removed or changed. */
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMinus, IconPencil, IconPlus } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DIFF_CHANGES, ProtocolDiff } from '../../../../../shared/domain/protocol';
import { type BadgeLook, IconBadge } from '../../../components/IconBadge';
import { DiffMark, WordDiff } from './WordDiff';

type Difference = ProtocolDiff['differences'][number];

const AREAS = ['section', 'function', 'route', 'group'] as const;

const LOOK: Record<(typeof DIFF_CHANGES)[number], BadgeLook> = {
  added: { color: 'teal', icon: IconPlus },
  removed: { color: 'red', icon: IconMinus },
  changed: { color: 'blue', icon: IconPencil },
};

function DifferenceCard({ difference }: { difference: Difference }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { change, label, before, after } = difference;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={headingId}>
      <Group gap="sm" mb="xs" wrap="nowrap">
        <IconBadge look={LOOK[change]}>{t(`protocol.compare.changes.${change}`)}</IconBadge>
        <Text fw={600} id={headingId}>
          {label}
        </Text>
      </Group>
      {change === 'changed' && <WordDiff before={before} after={after} />}
      {change === 'added' && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <DiffMark kind="inserted">{after}</DiffMark>
        </Text>
      )}
      {change === 'removed' && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <DiffMark kind="deleted">{before}</DiffMark>
        </Text>
      )}
    </Paper>
  );
}

export function DifferenceList({ diff }: { diff: ProtocolDiff }) {
  const { t } = useTranslation();
  if (diff.differences.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('protocol.compare.none')}
      </Text>
    );
  }
  return (
    <Stack gap="lg" aria-label={t('protocol.compare.listLabel')} role="region">
      <Text size="sm">
        {t('protocol.compare.legendBefore')} <DiffMark kind="inserted">{t('protocol.compare.legendInserted')}</DiffMark> · <DiffMark kind="deleted">{t('protocol.compare.legendDeleted')}</DiffMark>
      </Text>
      {AREAS.map((area) => {
        const inArea = diff.differences.filter((d) => d.area === area);
        if (inArea.length === 0) return null;
        return (
          <Stack key={area} gap="sm">
            <Title order={3} fz="md">
              {t(`protocol.compare.areas.${area}`)} ({inArea.length})
            </Title>
            {inArea.map((difference, i) => (
              <DifferenceCard key={i} difference={difference} />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}
