/**
 * "Desde" and "Hasta": the period of session dates, both days included, either end open. Each
 * calendar stops at the other end, so the period cannot be turned inside out by picking.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../../../../shared/domain/fields';
import { DateField, type DateFieldProps } from '../../../components/DateField';

interface PeriodFilterProps {
  from: string | null;
  to: string | null;
  onChange: (period: { from: string | null; to: string | null }) => void;
}

export function PeriodFilter({ from, to, onChange }: PeriodFilterProps) {
  const { t } = useTranslation();
  return (
    <>
      <DayFilter label={t('agreements.register.from')} value={from} maxDate={to ?? undefined} onChange={(day) => onChange({ from: day, to })} />
      <DayFilter label={t('agreements.register.to')} value={to} minDate={from ?? undefined} onChange={(day) => onChange({ from, to: day })} />
    </>
  );
}

interface DayFilterProps extends Omit<DateFieldProps, 'value' | 'onChange'> {
  value: string | null;
  onChange: (day: string | null) => void;
}

/**
 * One end of the period. Only a real day (or none) reaches the address, so the list never asks
 * the backend with a half-typed date; what cannot be read stays in the field, unapplied, and is
 * pointed out once the user leaves it.
 */
function DayFilter({ value, onChange, ...rest }: DayFilterProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(value);
  const [shown, setShown] = useState(value);
  const [focused, setFocused] = useState(false);
  // A change from elsewhere ("Limpiar filtros", back and forward) replaces whatever was typed.
  if (value !== shown) {
    setShown(value);
    setTyped(value);
  }
  const problem = typed === null ? undefined : isoDate.safeParse(typed).error?.issues[0]?.message;
  return (
    <DateField
      {...rest}
      value={value}
      error={problem && !focused ? t(problem) : undefined}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        // The field shows the applied day again on leaving: that is what counts now.
        if (value !== null) setTyped(value);
      }}
      onChange={(day) => {
        setTyped(day);
        if (day === null || isoDate.safeParse(day).success) onChange(day);
      }}
      w={150}
    />
  );
}
