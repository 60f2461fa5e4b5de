/**
 * The translation catalogues, one pair of files per area so each feature keeps its own words; they
 * are merged here into one tree per language. A sentence defined twice is a mistake, not an override.
 */
import actaEn from './acta/en.json';
import actaEs from './acta/es.json';
import agreementMessagesEn from './agreements/messages.en.json';
import agreementMessagesEs from './agreements/messages.es.json';
import agreementsEn from './agreements/en.json';
import agreementsEs from './agreements/es.json';
import en from './en.json';
import es from './es.json';
import homeEn from './home/en.json';
import homeEs from './home/es.json';
import planEn from './plan/en.json';
import planEs from './plan/es.json';
import sessionsEn from './sessions/en.json';
import sessionsEs from './sessions/es.json';

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
  es: mergeCatalogs(es, sessionsEs, actaEs, planEs, agreementMessagesEs, agreementsEs, homeEs),
  en: mergeCatalogs(en, sessionsEn, actaEn, planEn, agreementMessagesEn, agreementsEn, homeEn),
};
