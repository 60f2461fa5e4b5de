/**
 * The app's hash routes, composed from each feature's own `routes.tsx`. The hash keeps an address
 * inside the one page the desktop app serves (app://acuerda/index.html) and the web host alike.
 */
import { Button } from '@mantine/core';
import { IconMapSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, Link, Navigate, useRouteError } from 'react-router';
import { FullScreenMessage, Para } from '../components/FullScreenMessage';
import { agreementRoutes } from '../features/agreements/routes';
import { dashboardRoutes } from '../features/dashboard/routes';
import { membersRoutes } from '../features/members/routes';
import { planRoutes } from '../features/plan/routes';
import { protocolRoutes } from '../features/protocol/routes';
import { sessionsRoutes } from '../features/sessions/routes';
import { taskforceRoutes } from '../features/taskforce/routes';
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
      ...dashboardRoutes,
      ...taskforceRoutes,
      ...membersRoutes,
      ...sessionsRoutes,
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
