/** Why a locked record (an approved acta, plan or protocol version) does not take typing: once on screen however often it is tried. */
import { notifications } from '@mantine/notifications';
import i18n from 'i18next';
import type { MessageKey } from '../../../shared/messages';

const LOCK_NOTICE = 'record-locked';

export function notifyLocked(key: MessageKey): void {
  notifications.hide(LOCK_NOTICE);
  notifications.show({ id: LOCK_NOTICE, color: 'orange', title: i18n.t('errors.title.LOCKED'), message: i18n.t(key), autoClose: 6000 });
}
