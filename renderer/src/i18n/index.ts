/** Spanish first, English on request; the choice is remembered on this computer. */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs } from './catalog';

export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'acuerda.language';

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.find((l) => l === stored) ?? 'es';
  } catch {
    return 'es';
  }
}

export function initI18n(): typeof i18n {
  const lng = storedLanguage();
  void i18n.use(initReactI18next).init({
    resources: { es: { translation: catalogs.es }, en: { translation: catalogs.en } },
    lng,
    fallbackLng: 'es',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = lng;
  return i18n;
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // A locked-down profile may refuse storage; the switch still applies to this window.
  }
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}
