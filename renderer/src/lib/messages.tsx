/** Message keys from the backend and the shared schemas, rendered in the current language. */
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../shared/messages';
import type { AppErrorData, MessageParams } from '../../../shared/result';

interface MsgProps {
  k: MessageKey;
  params?: MessageParams;
}

/** A translated message that follows language switches (used for form errors). */
export function Msg({ k, params }: MsgProps) {
  const { t } = useTranslation();
  return <>{t(k, params)}</>;
}

/** The sentence for an error, with the special case of a refused token. */
export function errorMessage(error: AppErrorData): string {
  if (error.params?.cause === 'token') return i18n.t('workspace.unauthorized.title');
  return i18n.t(error.key, error.params);
}
