/**
 * A date typed as dd/mm/aaaa (how office staff write dates) with a calendar at hand; the value is
 * an ISO 'YYYY-MM-DD' string or null. Unreadable or impossible dates are passed on as typed, so
 * the form's schema explains what is wrong instead of the input silently dropping them.
 * The calendar button is for the mouse and is not a stop of the Tab key: from the keyboard the
 * date is typed, or the calendar opened with the down arrow (as a date box does) and used there.
 */
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRealDate } from '../../../shared/rules/dates';
import { fromTyped, toTyped } from '../lib/dates';

export interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The earliest day the calendar offers (ISO); a typed earlier date is left to the schema. */
  minDate?: string;
  /** The latest day the calendar offers (ISO); a typed later date is left to the schema. */
  maxDate?: string;
}

export function DateField({ value = null, onChange, disabled, minDate, maxDate, ...rest }: DateFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(toTyped(value));
  const [shown, setShown] = useState(value);
  const [opened, setOpened] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // Follow changes made from outside (a reset, a default, the calendar) without fighting the typing.
  if (value !== shown) {
    setShown(value);
    if (fromTyped(text) !== value) setText(toTyped(value));
  }

  const pick = (picked: string | null) => {
    setText(toTyped(picked));
    onChange?.(picked);
    closeCalendar();
  };

  // Back to the date box, whether a day was picked or the calendar was left with Escape.
  const closeCalendar = () => {
    setOpened(false);
    input.current?.focus();
  };

  const calendar = (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" withinPortal trapFocus closeOnEscape={false}>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          disabled={disabled}
          aria-label={t('common.openCalendar')}
          tabIndex={-1}
          onClick={() => setOpened((o) => !o)}
        >
          <IconCalendar size={18} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown onKeyDown={(event) => event.key === 'Escape' && closeCalendar()}>
        <DatePicker
          value={value && isRealDate(value) ? value : null}
          defaultDate={value && isRealDate(value) ? value : undefined}
          minDate={minDate}
          maxDate={maxDate}
          onChange={pick}
          // Escape on the calendar closes the calendar only, not a form window around it.
          __stopPropagation
        />
      </Popover.Dropdown>
    </Popover>
  );

  return (
    <TextInput
      {...rest}
      ref={input}
      disabled={disabled}
      value={text}
      placeholder={rest.placeholder ?? t('common.datePlaceholder')}
      inputMode="numeric"
      autoComplete="off"
      aria-keyshortcuts="ArrowDown"
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown' && !disabled) {
          event.preventDefault();
          setOpened(true);
        }
        rest.onKeyDown?.(event);
      }}
      rightSection={calendar}
      rightSectionPointerEvents="all"
      onBlur={(event) => {
        if (value && isRealDate(value)) setText(toTyped(value));
        rest.onBlur?.(event);
      }}
      onChange={(event) => {
        setText(event.currentTarget.value);
        onChange?.(fromTyped(event.currentTarget.value));
      }}
    />
  );
}
