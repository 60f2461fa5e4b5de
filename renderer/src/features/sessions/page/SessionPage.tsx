/** One session: its header and five tabs, the open one named in the address. */
import { Anchor, Paper, Stack, Tabs } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { SessionDetail } from '../../../../../shared/domain/sessions';
import { QueryState } from '../../../components/QueryState';
import { ActaTab } from '../../acta/ActaTab';
import { DocumentsTab } from '../../acta/DocumentsTab';
import { AttendanceTab } from '../attendance/AttendanceTab';
import { ConvocationTab } from '../convocation/ConvocationTab';
import { DataTab } from '../data/DataTab';
import { useSession } from '../queries';
import { LockedBanner } from './LockedBanner';
import { SessionHeader } from './SessionHeader';
import { SESSION_TABS, type SessionTab, tabOfSlug, tabPath } from './sessionTabs';

export function SessionPage() {
  const { t } = useTranslation();
  const params = useParams();
  const session = useSession(Number(params.id));
  return (
    <>
      <Anchor component={Link} to="/sesiones" size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={14} /> {t('sessionsUi.page.backToList')}
      </Anchor>
      <QueryState query={session}>{(detail) => <SessionView session={detail} tab={tabOfSlug(params.tab)} />}</QueryState>
    </>
  );
}

function TabContent({ tab, session }: { tab: SessionTab; session: SessionDetail }) {
  switch (tab) {
    case 'data':
      return <DataTab session={session} />;
    case 'convocation':
      return <ConvocationTab session={session} />;
    case 'attendance':
      return <AttendanceTab session={session} />;
    case 'acta':
      return <ActaTab session={session} />;
    case 'documents':
      return <DocumentsTab session={session} />;
  }
}

function SessionView({ session, tab }: { session: SessionDetail; tab: SessionTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <SessionHeader session={session} />
      <Stack gap="md">
        {session.locked && <LockedBanner session={session} />}
        <Paper withBorder radius="md">
          {/* Hidden tabs stay mounted with their effects running: the acta's autosave and its
              guard against leaving with unsaved text must keep working from any tab. */}
          <Tabs
            value={tab}
            keepMountedMode="display-none"
            onChange={(value) => value && void navigate(tabPath(session.id, value as SessionTab), { replace: true })}
          >
            <Tabs.List px="md" pt="xs">
              {SESSION_TABS.map((value) => (
                <Tabs.Tab key={value} value={value}>
                  {t(`sessionsUi.tabs.${value}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {SESSION_TABS.map((value) => (
              <Tabs.Panel key={value} value={value} p="lg">
                <TabContent tab={value} session={session} />
              </Tabs.Panel>
            ))}
          </Tabs>
        </Paper>
      </Stack>
    </>
  );
}
