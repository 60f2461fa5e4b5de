/**
 * A date typed as dd/mm/aaaa (how office staff write dates) with a calendar at hand; the value is
 * an ISO 'YYYY-MM-DD' string or null. Unreadable or impossible dates are passed on as typed, so
 * the form's schema explains what is wrong instead of the input silently dropping them.
 */
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
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

  // Follow changes made from outside (a reset, a default, the calendar) without fighting the typing.
  if (value !== shown) {
    setShown(value);
    if (fromTyped(text) !== value) setText(toTyped(value));
  }

  const pick = (picked: string | null) => {
    setText(toTyped(picked));
    onChange?.(picked);
    setOpened(false);
  };

  const calendar = (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          disabled={disabled}
          aria-label={t('common.openCalendar')}
          onClick={() => setOpened((o) => !o)}
        >
          <IconCalendar size={18} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker
          value={value && isRealDate(value) ? value : null}
          defaultDate={value && isRealDate(value) ? value : undefined}
          minDate={minDate}
          maxDate={maxDate}
          onChange={pick}
        />
      </Popover.Dropdown>
    </Popover>
  );

  return (
    <TextInput
      {...rest}
      disabled={disabled}
      value={text}
      placeholder={rest.placeholder ?? t('common.datePlaceholder')}
      inputMode="numeric"
      autoComplete="off"
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
