/**
 * A page's tabs with the open one named in the address, so a tab can be linked to and survives a
 * reload. Only the open tab is drawn: the others ask for their data when they are opened, unless
 * the page keeps them mounted (hidden) because their effects must go on running. Even then a tab
 * is first drawn when it is first opened: a record looked at in one tab never pays for the others.
 */
import { Paper, Tabs } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';
import type { TabRoutes } from '../lib/tabRoutes';

interface RoutedTabsProps<T extends string> {
  routes: TabRoutes<T>;
  /** The record whose tabs these are. */
  id: number;
  current: T;
  label: (tab: T) => string;
  children: (tab: T) => ReactNode;
  /** Tabs once opened stay mounted (display: none), with their effects running. */
  keepMounted?: boolean;
}

export function RoutedTabs<T extends string>({ routes, id, current, label, children, keepMounted = false }: RoutedTabsProps<T>) {
  const navigate = useNavigate();
  const opened = useOpenedTabs(id, current);
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
            {(tab === current || (keepMounted && opened.has(tab))) && children(tab)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Paper>
  );
}

/** The tabs opened so far on this record; another record starts again from its open tab. */
function useOpenedTabs<T extends string>(id: number, current: T): ReadonlySet<T> {
  const [opened, setOpened] = useState({ id, tabs: new Set([current]) });
  if (opened.id !== id || !opened.tabs.has(current)) {
    // Derived from the props while rendering, as React recommends, rather than an effect later.
    setOpened({ id, tabs: new Set(opened.id === id ? [...opened.tabs, current] : [current]) });
  }
  return opened.tabs;
}
