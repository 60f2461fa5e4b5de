/** The frame around every section: header, sidebar and the demo reminder. */
import { AppShell, Badge, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { BrandMark } from '../components/BrandMark';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { AgreementReminders } from '../features/agreements/reminders/AgreementReminders';
import { HeaderLogo } from '../features/taskforce/HeaderLogo';
import { useAppStatus, useIsDemo, useTaskforce } from '../lib/commonQueries';
import { DEMO_BANNER_HEIGHT, DemoBanner } from './DemoBanner';
import { NAV_ITEMS } from './nav';
import { SkipLink } from './SkipLink';
import { useFocusHeadingOnNavigate } from './useFocusHeadingOnNavigate';

const HEADER_HEIGHT = 56;

export function Shell() {
  const { t } = useTranslation();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const status = useAppStatus();
  const taskforce = useTaskforce();
  const demo = useIsDemo();
  const isActive = (path: string) => (path === '/' ? pathname === '/' : pathname.startsWith(path));
  const main = useRef<HTMLElement>(null);
  useFocusHeadingOnNavigate(main);

  return (
    <AppShell
      header={{ height: HEADER_HEIGHT + (demo ? DEMO_BANNER_HEIGHT : 0) }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <AppShell.Header>
        <SkipLink target={main} />
        <Group h={HEADER_HEIGHT} px="md" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap" miw={0}>
            <Burger opened={navOpened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.menu')} />
            <BrandMark />
            <HeaderLogo />
            {taskforce.data && (
              <Text fw={600} c="dimmed" truncate visibleFrom="xs" data-testid="taskforce-short-name">
                {taskforce.data.shortName}
              </Text>
            )}
            {demo && (
              <Badge color="yellow" variant="filled" c="dark" aria-label={t('shell.demo.badgeLabel')}>
                {t('shell.demo.badge')}
              </Badge>
            )}
          </Group>
          <LanguageSwitch />
        </Group>
        {demo && <DemoBanner />}
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        <AppShell.Section grow component={ScrollArea}>
          {NAV_ITEMS.map((item) => (
            <NavLink
              key={item.path}
              component={Link}
              to={item.path}
              label={t(`nav.${item.key}`)}
              leftSection={<item.icon size={18} stroke={1.6} />}
              active={isActive(item.path)}
              aria-current={isActive(item.path) ? 'page' : undefined}
              onClick={close}
              variant="light"
              style={{ borderRadius: 'var(--mantine-radius-sm)' }}
            />
          ))}
        </AppShell.Section>
        {status.data && (
          <AppShell.Section p="xs">
            <Text size="xs" c="dimmed">
              {t('shell.version', { version: status.data.version })}
            </Text>
          </AppShell.Section>
        )}
      </AppShell.Navbar>

      {/* Focusable by script only, for the skip link. */}
      <AppShell.Main bg="gray.0" ref={main} tabIndex={-1}>
        <AgreementReminders />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
