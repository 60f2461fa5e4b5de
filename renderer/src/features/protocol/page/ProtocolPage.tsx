/**
 * "Protocolo": the joint local action protocol. Without one, what it is and "Crear el protocolo";
 * otherwise a version (the draft, else the approved one, unless the address names another) with
 * its parts in tabs named in the address.
 */
import { Button, EmptyState, List, Paper, Stack } from '@mantine/core';
import { IconPlus, IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { ProtocolVersion, ProtocolVersionSummary } from '../../../../../shared/domain/protocol';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { RoutedTabs } from '../../../components/RoutedTabs';
import { FunctionsTab } from '../FunctionsTab';
import { GroupsTab } from '../GroupsTab';
import { useProtocolVersion, useProtocolVersions } from '../queries';
import { RouteTab } from '../route/RouteTab';
import { SectionsTab } from '../sections/SectionsTab';
import { VersionsTab } from '../versions/VersionsTab';
import { CreateProtocolModal } from './CreateProtocolModal';
import { PROTOCOL_TABS, type ProtocolTab } from './protocolTabs';
import { VersionHeader } from './VersionHeader';
import { VersionLockBanner } from './VersionLockBanner';

export function ProtocolPage() {
  const versions = useProtocolVersions();
  return <QueryState query={versions}>{(list) => (list.length === 0 ? <NoProtocol /> : <ChosenVersion versions={list} />)}</QueryState>;
}

function NoProtocol() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const createButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setParams({ crear: '1' })}>
      {t('protocol.create.open')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('protocol.page.title')} description={t('protocol.page.description')} />
      <Paper withBorder radius="md" p="xl">
        <EmptyState icon={<IconRoute size={28} />} withIndicatorBackground title={t('protocol.empty.title')} description={t('protocol.empty.body')} maw={680} mx="auto">
          <List spacing={6} size="sm" ta="left" mt="md">
            {(t('protocol.empty.points', { returnObjects: true }) as string[]).map((point) => (
              <List.Item key={point}>{point}</List.Item>
            ))}
          </List>
          <EmptyState.Actions>{createButton}</EmptyState.Actions>
        </EmptyState>
      </Paper>
      <CreateProtocolModal opened={params.get('crear') === '1'} onClose={() => setParams({})} />
    </>
  );
}

/** The version named in the address; else the draft, the approved one, or the latest. */
function ChosenVersion({ versions }: { versions: ProtocolVersionSummary[] }) {
  const params = useParams();
  const named = versions.find((v) => String(v.id) === params.id);
  const summary = named ?? versions.find((v) => v.status === 'borrador') ?? versions.find((v) => v.status === 'aprobado') ?? versions[0]!;
  const version = useProtocolVersion(summary.id);
  return <QueryState query={version}>{(detail) => <VersionView version={detail} versions={versions} tab={PROTOCOL_TABS.ofSlug(params.tab)} />}</QueryState>;
}

function TabContent({ tab, version, versions }: { tab: ProtocolTab; version: ProtocolVersion; versions: ProtocolVersionSummary[] }) {
  switch (tab) {
    case 'sections':
      return <SectionsTab version={version} />;
    case 'functions':
      return <FunctionsTab version={version} />;
    case 'route':
      return <RouteTab version={version} />;
    case 'groups':
      return <GroupsTab version={version} />;
    case 'versions':
      return <VersionsTab versions={versions} current={version} />;
  }
}

function VersionView({ version, versions, tab }: { version: ProtocolVersion; versions: ProtocolVersionSummary[]; tab: ProtocolTab }) {
  const { t } = useTranslation();
  return (
    <>
      <VersionHeader version={version} versions={versions} tab={tab} />
      <Stack gap="md">
        {version.locked && <VersionLockBanner version={version} />}
        <RoutedTabs routes={PROTOCOL_TABS} id={version.id} current={tab} label={(value) => t(`protocol.tabs.${value}`)}>
          {(value) => <TabContent tab={value} version={version} versions={versions} />}
        </RoutedTabs>
      </Stack>
    </>
  );
}
