/** Tabs named in the address, "/plan/3/avance": the address of a tab, and the tab of an address. */

export interface TabRoutes<T extends string> {
  tabs: readonly T[];
  path: (id: number, tab: T) => string;
  /** The tab named by the address; the first one when none (or an unknown one) is named. */
  ofSlug: (slug: string | undefined) => T;
}

export function tabRoutes<T extends string>(base: string, slugs: Record<T, string>): TabRoutes<T> {
  const tabs = Object.keys(slugs) as T[];
  return {
    tabs,
    path: (id, tab) => `/${base}/${id}/${slugs[tab]}`,
    ofSlug: (slug) => tabs.find((tab) => slugs[tab] === slug) ?? tabs[0]!,
  };
}
