/**
 * The translation catalogues: one folder per domain, named like the domain and holding its one
 * namespace (the backend's messages for it and its screens' words), plus the root files for what
 * every screen shares. They are merged here into one tree per language. A sentence defined twice
 * is a mistake, not an override.
 */
import actaEn from './acta/en.json';
import actaEs from './acta/es.json';
import agreementsEn from './agreements/en.json';
import agreementsEs from './agreements/es.json';
import dashboardEn from './dashboard/en.json';
import dashboardEs from './dashboard/es.json';
import en from './en.json';
import es from './es.json';
import membersEn from './members/en.json';
import membersEs from './members/es.json';
import planEn from './plan/en.json';
import planEs from './plan/es.json';
import protocolEn from './protocol/en.json';
import protocolEs from './protocol/es.json';
import sessionsEn from './sessions/en.json';
import sessionsEs from './sessions/es.json';
import taskforceEn from './taskforce/en.json';
import taskforceEs from './taskforce/es.json';
import workspaceEn from './workspace/en.json';
import workspaceEs from './workspace/es.json';

/** Lists (e.g. bullet points) are leaves like sentences. */
type Leaf = string | string[];
type Tree = { [key: string]: Leaf | Tree };

const isLeaf = (value: Leaf | Tree | undefined): value is Leaf => typeof value === 'string' || Array.isArray(value);

export function mergeCatalogs(...parts: Tree[]): Tree {
  const merged: Tree = {};
  const visit = (target: Tree, source: Tree, path: string) => {
    for (const [key, value] of Object.entries(source)) {
      const existing = target[key];
      if (isLeaf(value)) {
        if (existing !== undefined) throw new Error(`Translation defined twice: ${path}${key}`);
        target[key] = value;
      } else {
        if (isLeaf(existing)) throw new Error(`Translation defined twice: ${path}${key}`);
        const branch: Tree = existing ?? {};
        target[key] = branch;
        visit(branch, value, `${path}${key}.`);
      }
    }
  };
  for (const part of parts) visit(merged, part, '');
  return merged;
}

export const catalogs = {
  es: mergeCatalogs(es, workspaceEs, taskforceEs, membersEs, sessionsEs, actaEs, agreementsEs, dashboardEs, planEs, protocolEs),
  en: mergeCatalogs(en, workspaceEn, taskforceEn, membersEn, sessionsEn, actaEn, agreementsEn, dashboardEn, planEn, protocolEn),
};
