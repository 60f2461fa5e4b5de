/** The cargo's date and who received it: the same two fields for one copy of the oficio or several. */
import { Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';

// A type, not an interface: the form dialog takes any record of values.
export type DeliveryValues = {
  deliveredOn: string | null;
  receivedBy: string;
};

interface DeliveryFieldsProps {
  form: UseFormReturnType<DeliveryValues>;
  /** The date of the oficio: no copy is delivered before it. */
  convocationDate: string;
  /** Help for the date, which differs when it applies to several copies. */
  dateHelp: string;
}

export function DeliveryFields({ form, convocationDate, dateHelp }: DeliveryFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <DateField label={t('sessions.deliveries.deliveredOn')} description={dateHelp} minDate={convocationDate} data-autofocus {...form.getInputProps('deliveredOn')} />
      <TextInput label={t('sessions.deliveries.receivedBy')} description={t('sessions.deliveries.receivedByHelp')} {...form.getInputProps('receivedBy')} />
    </Stack>
  );
}
