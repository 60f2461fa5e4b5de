/**
 * One cargo date for several copies of the oficio, e.g. those a messenger left in one round: one
 * dialog and one save instead of one per institution.
 */
import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type Addressee, deliveriesInput } from '../../../../../shared/domain/sessions';
import { FormDialog } from '../../../components/FormDialog';
import { today } from '../../../lib/dates';
import { schemaErrors } from '../../../lib/forms';
import { useSessionsMutation } from '../queries';
import { DeliveryFields, type DeliveryValues } from './DeliveryFields';

interface BulkDeliveryModalProps {
  sessionId: number;
  convocationDate: string;
  /** The chosen addressees; the dialog is open while there are any. */
  addressees: readonly Addressee[];
  opened: boolean;
  onClose: () => void;
  onSaved: () => void;
}

export function BulkDeliveryModal({ sessionId, convocationDate, addressees, opened, onClose, onSaved }: BulkDeliveryModalProps) {
  const { t } = useTranslation();
  const record = useSessionsMutation('sessions.recordDeliveries');
  const count = addressees.length;
  // A row ticked by hand may already have its cargo: saying so before it is replaced loses nothing unawares.
  const replaced = addressees.filter((a) => a.deliveredOn !== null).length;
  const input = (values: DeliveryValues) => ({
    ...values,
    deliveredOn: values.deliveredOn as string,
    sessionId,
    institutionIds: addressees.map((a) => a.institutionId),
  });
  return (
    <FormDialog<DeliveryValues>
      opened={opened}
      onClose={onClose}
      title={t('sessions.deliveries.bulkTitle', { count })}
      initialValues={{ deliveredOn: today(), receivedBy: '' }}
      validate={(values) => schemaErrors(deliveriesInput, input(values))}
      save={async (values) => {
        await record.mutateAsync(input(values));
        onSaved();
      }}
      fields={(form) => (
        <Stack gap="md">
          <Text size="sm" lineClamp={4} data-testid="bulk-delivery-addressees">
            {t('sessions.deliveries.bulkWho', { names: addressees.map((a) => a.institutionName).join('; ') })}
          </Text>
          {replaced > 0 && (
            <Alert variant="light" color="orange" icon={<IconAlertTriangle />}>
              {t('sessions.deliveries.bulkReplaces', { count: replaced })}
            </Alert>
          )}
          <DeliveryFields form={form} convocationDate={convocationDate} dateHelp={t('sessions.deliveries.bulkDateHelp')} />
        </Stack>
      )}
      submitLabel={t('sessions.deliveries.bulkSave', { count })}
      savedMessage={t('sessions.deliveries.bulkSaved', { count })}
    />
  );
}
