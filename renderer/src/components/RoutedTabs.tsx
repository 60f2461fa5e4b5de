/**
 * A page's tabs with the open one named in the address, so a tab can be linked to and survives a
 * reload. Only the open tab is drawn: the others ask for their data when they are opened, unless
 * the page keeps them mounted (hidden) because their effects must go on running.
 */
import { Paper, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { TabRoutes } from '../lib/tabRoutes';

interface RoutedTabsProps<T extends string> {
  routes: TabRoutes<T>;
  /** The record whose tabs these are. */
  id: number;
  current: T;
  label: (tab: T) => string;
  children: (tab: T) => ReactNode;
  /** Hidden tabs stay mounted (display: none), with their effects running. */
  keepMounted?: boolean;
}

export function RoutedTabs<T extends string>({ routes, id, current, label, children, keepMounted = false }: RoutedTabsProps<T>) {
  const navigate = useNavigate();
  return (
    <Paper withBorder radius="md">
      <Tabs
        value={current}
        keepMounted={keepMounted}
        keepMountedMode="display-none"
        onChange={(value) => value && void navigate(routes.path(id, value as T), { replace: true })}
      >
        <Tabs.List px="md" pt="xs">
          {routes.tabs.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {label(tab)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {routes.tabs.map((tab) => (
          <Tabs.Panel key={tab} value={tab} p="lg">
            {children(tab)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Paper>
  );
}
