/** "El acta ya fue aprobada y no se puede modificar…": once on screen however often it is tried. */
import { notifications } from '@mantine/notifications';
import i18n from 'i18next';

const LOCK_NOTICE = 'acta-locked';

export function notifyActaLocked(): void {
  notifications.hide(LOCK_NOTICE);
  notifications.show({
    id: LOCK_NOTICE,
    color: 'orange',
    title: i18n.t('errors.title.LOCKED'),
    message: i18n.t('sessions.actaLocked'),
    autoClose: 6000,
  });
}
