/** "Comparar versiones": two versions side by side in time, and what changed from one to the other. */
import { Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtocolVersionSummary } from '../../../../../shared/domain/protocol';
import { QueryState } from '../../../components/QueryState';
import { useProtocolDiff } from '../queries';
import { DifferenceList } from './DifferenceList';
import { versionName } from './versionName';

interface CompareVersionsProps {
  versions: readonly ProtocolVersionSummary[];
  /** The version on screen: compared by default with the one it was based on. */
  current: ProtocolVersionSummary;
}

export function CompareVersions({ versions, current }: CompareVersionsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const earlier = versions.find((v) => v.id === current.basedOnId) ?? versions.find((v) => v.versionNumber < current.versionNumber);
  const [fromId, setFromId] = useState(earlier ? String(earlier.id) : null);
  const [toId, setToId] = useState(String(current.id));
  const ready = fromId !== null && fromId !== toId;
  const diff = useProtocolDiff(Number(fromId), Number(toId), ready);
  const options = versions.map((v) => ({ value: String(v.id), label: versionName(t, v) }));

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <div>
          <Title order={2} fz="md" id={headingId}>
            {t('protocol.compare.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('protocol.compare.help')}
          </Text>
        </div>
        {versions.length < 2 ? (
          <Text size="sm" c="dimmed">
            {t('protocol.compare.needsTwo')}
          </Text>
        ) : (
          <>
            <Group gap="sm" align="flex-end">
              <Select label={t('protocol.compare.from')} data={options} value={fromId} onChange={setFromId} allowDeselect={false} w={240} />
              <IconArrowRight size={18} aria-hidden style={{ marginBottom: 10 }} />
              <Select label={t('protocol.compare.to')} data={options} value={toId} onChange={(value) => value && setToId(value)} allowDeselect={false} w={240} />
            </Group>
            {ready ? (
              <QueryState query={diff}>{(result) => <DifferenceList diff={result} />}</QueryState>
            ) : (
              <Text size="sm" c="dimmed">
                {t('protocol.compare.chooseTwo')}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
