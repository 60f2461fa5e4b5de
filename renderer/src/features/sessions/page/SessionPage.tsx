/** One session: its header and five tabs, the open one named in the address. */
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { SessionDetail } from '../../../../../shared/domain/sessions';
import { BackLink } from '../../../components/BackLink';
import { QueryState } from '../../../components/QueryState';
import { RoutedTabs } from '../../../components/RoutedTabs';
import { SESSION_TABS, type SessionTab } from '../../../lib/sessionTabs';
import { ActaTab, DocumentsTab } from '../../acta';
import { AttendanceTab } from '../attendance/AttendanceTab';
import { ConvocationTab } from '../convocation/ConvocationTab';
import { DataTab } from '../data/DataTab';
import { useSession } from '../queries';
import { LockedBanner } from './LockedBanner';
import { SessionHeader } from './SessionHeader';

export function SessionPage() {
  const { t } = useTranslation();
  const params = useParams();
  const session = useSession(Number(params.id));
  return (
    <>
      <BackLink to="/sesiones" label={t('sessions.page.backToList')} />
      <QueryState query={session}>{(detail) => <SessionView session={detail} tab={SESSION_TABS.ofSlug(params.tab)} />}</QueryState>
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
  return (
    <>
      <SessionHeader session={session} />
      <Stack gap="md">
        {session.locked && <LockedBanner session={session} />}
        {/* Hidden tabs stay mounted with their effects running: the acta's autosave and its
            guard against leaving with unsaved text must keep working from any tab. */}
        <RoutedTabs routes={SESSION_TABS} id={session.id} current={tab} label={(value) => t(`sessions.tabs.${value}`)} keepMounted>
          {(value) => <TabContent tab={value} session={session} />}
        </RoutedTabs>
      </Stack>
    </>
  );
}
