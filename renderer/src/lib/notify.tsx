/** Success and failure notices, in the current language. */
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import i18n from 'i18next';
import type { AppErrorData } from '../../../shared/result';
import { errorData } from '../api';
import { errorMessage } from './messages';

export function notifySuccess(message: string): void {
  clearCheckFields();
  notifications.show({ color: 'teal', icon: <IconCheck size={18} />, message, autoClose: 4000 });
}

/** A problem the user can fix on the screen in front of them. */
export function notifyWarning(message: string): void {
  notifications.show({ color: 'orange', icon: <IconAlertTriangle size={18} />, message, autoClose: 6000 });
}

const CHECK_FIELDS = 'check-fields';

/** "Check the fields marked in red": one notice at a time, however often the user retries. */
export function notifyCheckFields(): void {
  notifications.hide(CHECK_FIELDS);
  notifications.show({ id: CHECK_FIELDS, color: 'orange', icon: <IconAlertTriangle size={18} />, message: i18n.t('errors.checkFields'), autoClose: 5000 });
}

export function clearCheckFields(): void {
  notifications.hide(CHECK_FIELDS);
}

/** Shows an error (an ApiError, its data, or anything thrown) as a notice that stays until read. */
export function notifyError(error: unknown): void {
  const data: AppErrorData = isErrorData(error) ? error : errorData(error);
  notifications.show({
    color: 'red',
    icon: <IconAlertTriangle size={18} />,
    title: i18n.t(`errors.title.${data.code}`),
    message: errorMessage(data),
    autoClose: false,
  });
}

function isErrorData(value: unknown): value is AppErrorData {
  return typeof value === 'object' && value !== null && 'code' in value && 'key' in value;
}
