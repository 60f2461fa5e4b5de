/**
 * The instancia's logo in force today, small in the header, so the secretary sees it was taken.
 * Fetched once and kept: it only changes from the settings, whose saving refreshes it.
 */
import { Image } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dataUrl } from '../../lib/files';
import { useLogo } from './queries';

export function HeaderLogo() {
  const { t } = useTranslation();
  const { data: logo } = useLogo();
  if (!logo) return null;
  return <Image src={dataUrl(logo.mimeType, logo.dataBase64)} alt={t('shell.logo')} h={36} w="auto" maw={96} fit="contain" />;
}
