/** "Al periodo": up to which reporting period the figures are added up. */
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { periodName } from '../format';

interface PeriodSelectProps {
  periods: readonly string[];
  value: string;
  onChange: (period: string) => void;
  label?: string;
}

export function PeriodSelect({ periods, value, onChange, label }: PeriodSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={label ?? t('plan.progress.asOf')}
      description={t('plan.progress.asOfHelp')}
      data={periods.map((period) => ({ value: period, label: periodName(t, period) }))}
      value={value}
      onChange={(period) => period && onChange(period)}
      allowDeselect={false}
      w={240}
    />
  );
}
