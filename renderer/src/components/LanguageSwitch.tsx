/** Español / English, remembered on this computer. */
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Language, LANGUAGES, setLanguage } from '../i18n';

const NAMES: Record<Language, string> = { es: 'Español', en: 'English' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('shell.language')}
      value={i18n.language}
      onChange={(value) => setLanguage(value as Language)}
      data={LANGUAGES.map((language) => ({ value: language, label: NAMES[language] }))}
    />
  );
}
