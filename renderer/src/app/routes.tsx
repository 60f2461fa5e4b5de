/** Hash routes (the desktop app loads the page from file://, where only the hash can change). */
import { Button } from '@mantine/core';
import { IconMapSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, Link, Navigate, useRouteError } from 'react-router';
import { FullScreenMessage, Para } from '../components/FullScreenMessage';
import { RecordPage } from '../components/RecordPage';
import { agreementRoutes } from '../features/agreements/routes';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { InstitutionPage } from '../features/members/InstitutionPage';
import { MembersPage } from '../features/members/MembersPage';
import { planRoutes } from '../features/plan/routes';
import { protocolRoutes } from '../features/protocol/routes';
import { SessionPage } from '../features/sessions/page/SessionPage';
import { SessionsPage } from '../features/sessions/SessionsPage';
import { SettingsPage } from '../features/taskforce/SettingsPage';
import { NAV_ITEMS } from './nav';
import { SectionPlaceholder } from './SectionPlaceholder';
import { Shell } from './Shell';

const BUILT = new Set(['/', '/instancia', '/miembros', '/sesiones', '/acuerdos', '/plan', '/protocolo']);

function RouteProblem() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error('Acuerda: error de navegación', error);
  return (
    <FullScreenMessage
      icon={<IconMapSearch size={26} />}
      color="orange"
      title={t('errors.route.title')}
      actions={
        <Button component={Link} to="/">
          {t('errors.route.home')}
        </Button>
      }
    >
      <Para>{t('errors.route.body')}</Para>
    </FullScreenMessage>
  );
}

export const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteProblem />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'instancia', element: <SettingsPage /> },
      { path: 'miembros', element: <MembersPage /> },
      { path: 'miembros/:id', element: <RecordPage page={InstitutionPage} /> },
      { path: 'sesiones', element: <SessionsPage /> },
      // The open tab is part of the address: /sesiones/12/asistencia.
      { path: 'sesiones/:id/:tab?', element: <RecordPage page={SessionPage} /> },
      ...agreementRoutes,
      ...planRoutes,
      ...protocolRoutes,
      ...NAV_ITEMS.filter((item) => !BUILT.has(item.path)).map((item) => ({
        path: item.path.slice(1),
        element: <SectionPlaceholder item={item} />,
      })),
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
