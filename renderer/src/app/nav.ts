/** The sections of the app, in the order the sidebar lists them. */
import {
  IconBuildingCommunity,
  IconCalendarEvent,
  IconChecklist,
  IconDatabaseExport,
  IconFileText,
  IconHome,
  IconRoute,
  IconSettings,
  IconTargetArrow,
  type Icon,
} from '@tabler/icons-react';

export interface NavItem {
  path: string;
  /** i18n key of the label, under "nav". */
  key: string;
  icon: Icon;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', key: 'dashboard', icon: IconHome },
  { path: '/instancia', key: 'taskforce', icon: IconSettings },
  { path: '/miembros', key: 'members', icon: IconBuildingCommunity },
  { path: '/sesiones', key: 'sessions', icon: IconCalendarEvent },
  { path: '/acuerdos', key: 'agreements', icon: IconChecklist },
  { path: '/plan', key: 'plan', icon: IconTargetArrow },
  { path: '/protocolo', key: 'protocol', icon: IconRoute },
  { path: '/documentos', key: 'documents', icon: IconFileText },
  { path: '/respaldo', key: 'backup', icon: IconDatabaseExport },
];
