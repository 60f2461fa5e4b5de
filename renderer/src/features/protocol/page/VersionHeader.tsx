/** The top of the protocol: its title, which version is on screen and how it stands, and the actions. */
import { Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ProtocolVersion, ProtocolVersionSummary } from '../../../../../shared/domain/protocol';
import { PageHeader } from '../../../components/PageHeader';
import { versionName } from '../versions/versionName';
import { VersionStatusBadge } from '../VersionStatusBadge';
import { type ProtocolTab, protocolTabPath } from './protocolTabs';
import { VersionActions } from './VersionActions';

interface VersionHeaderProps {
  version: ProtocolVersion;
  versions: readonly ProtocolVersionSummary[];
  tab: ProtocolTab;
}

export function VersionHeader({ version, versions, tab }: VersionHeaderProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <PageHeader
      above={
        <Text size="sm" c="dimmed" fw={600}>
          {t('protocol.page.kicker')}
        </Text>
      }
      title={version.title}
      description={
        <Group gap="sm" component="span" wrap="wrap">
          <Text span size="sm" fw={600} c="dark">
            {versionName(t, version, false)}
          </Text>
          <VersionStatusBadge status={version.status} />
        </Group>
      }
      actions={
        <>
          <Select
            aria-label={t('protocol.page.switch')}
            data={versions.map((v) => ({ value: String(v.id), label: versionName(t, v) }))}
            value={String(version.id)}
            onChange={(id) => id && void navigate(protocolTabPath(Number(id), tab))}
            allowDeselect={false}
            w={210}
          />
          <VersionActions version={version} versions={versions} />
        </>
      }
    />
  );
}
