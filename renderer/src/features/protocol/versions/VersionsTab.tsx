/** Every version of the protocol, how each was approved, its Word file, and what changed between two of them. */
import dayjs from 'dayjs';
import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProtocolVersionSummary } from '../../../../../shared/domain/protocol';
import { ApprovalCell } from '../../../components/approval/ApprovalCell';
import { longDate } from '../../../lib/dates';
import { protocolTabPath } from '../page/protocolTabs';
import { useExportProtocol } from '../useExportProtocol';
import { VersionStatusBadge } from '../VersionStatusBadge';
import { CompareVersions } from './CompareVersions';
import { versionName } from './versionName';

interface VersionsTabProps {
  versions: readonly ProtocolVersionSummary[];
  current: ProtocolVersionSummary;
}

export function VersionsTab({ versions, current }: VersionsTabProps) {
  const { t, i18n } = useTranslation();
  const exportVersion = useExportProtocol();
  return (
    <Stack gap="lg">
      <Table.ScrollContainer minWidth={760}>
        <Table aria-label={t('protocol.versions.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('protocol.versions.version')}</Table.Th>
              <Table.Th>{t('protocol.versions.status')}</Table.Th>
              <Table.Th>{t('protocol.versions.approval')}</Table.Th>
              <Table.Th>{t('protocol.versions.created')}</Table.Th>
              <Table.Th w={170} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((version) => {
              const name = versionName(t, version, false);
              return (
                <Table.Tr key={version.id} bg={version.id === current.id ? 'violet.0' : undefined}>
                  <Table.Td>
                    <Anchor component={Link} to={protocolTabPath(version.id, 'sections')} fw={600} size="sm" aria-current={version.id === current.id ? 'page' : undefined}>
                      {name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {version.title}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <VersionStatusBadge status={version.status} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <ApprovalCell approval={version.approval} pending={t('protocol.versions.notApproved')} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{longDate(dayjs(version.createdAt).format('YYYY-MM-DD'), i18n.language)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconFileTypeDocx size={14} />}
                      loading={exportVersion.isPending && exportVersion.variables === version.id}
                      onClick={() => exportVersion.mutate(version.id)}
                      aria-label={t('common.files.exportOf', { name })}
                    >
                      {t('common.files.export')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CompareVersions key={current.id} versions={versions} current={current} />
    </Stack>
  );
}
