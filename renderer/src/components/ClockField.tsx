/**
 * A clock time typed as hours and minutes on the 24-hour clock ("10:00 horas", as documents print
 * it), whatever the computer's regional settings; the value is "HH:MM", or "" while incomplete.
 */
import { TimePicker, type TimePickerProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

type ClockFieldProps = Omit<TimePickerProps, 'format' | 'withSeconds'> & {
  /** The spoken name when the field shows no label (e.g. in a table row). */
  'aria-label'?: string;
  /** Said by the hours and minutes boxes: the box around them is no input, ARIA allows it no "required". */
  'aria-required'?: boolean;
};

export function ClockField({ 'aria-label': ariaLabel, 'aria-required': ariaRequired, ...props }: ClockFieldProps) {
  const { t } = useTranslation();
  const name = ariaLabel ?? (typeof props.label === 'string' ? props.label : '');
  return (
    <TimePicker
      format="24h"
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      hoursInputLabel={ariaLabel}
      minutesInputLabel={t('common.clock.minutesOf', { name })}
      hoursInputProps={{ 'aria-required': ariaRequired }}
      minutesInputProps={{ 'aria-required': ariaRequired }}
      {...props}
    />
  );
}
