/** Records the stamped receipt (cargo) of one institution's copy of the oficio. */
import { useTranslation } from 'react-i18next';
import { type Addressee, deliveryInput } from '../../../../../shared/domain/sessions';
import { FormDialogForm } from '../../../components/FormDialogForm';
import { FormModal } from '../../../components/FormModal';
import { today } from '../../../lib/dates';
import { schemaErrors } from '../../../lib/forms';
import { useSessionsMutation } from '../queries';
import { DeliveryFields, type DeliveryValues } from './DeliveryFields';

interface DeliveryModalProps {
  sessionId: number;
  /** The date of the oficio: no copy is delivered before it. */
  convocationDate: string;
  addressee: Addressee | null;
  onClose: () => void;
}

export function DeliveryModal({ addressee, onClose, ...props }: DeliveryModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal opened={addressee !== null} onClose={onClose} title={t('sessions.deliveries.modalTitle', { name: addressee?.institutionName ?? '' })}>
      {addressee && <DeliveryForm addressee={addressee} onDone={onClose} {...props} />}
    </FormModal>
  );
}

type FormProps = Omit<DeliveryModalProps, 'addressee' | 'onClose'> & { addressee: Addressee; onDone: () => void };

function DeliveryForm({ sessionId, convocationDate, addressee, onDone }: FormProps) {
  const { t } = useTranslation();
  const record = useSessionsMutation('sessions.recordDelivery');
  const input = (values: DeliveryValues) => ({ ...values, sessionId, institutionId: addressee.institutionId });
  return (
    <FormDialogForm<DeliveryValues, unknown>
      initialValues={{ deliveredOn: addressee.deliveredOn ?? today(), receivedBy: addressee.receivedBy }}
      validate={(values) => schemaErrors(deliveryInput, input(values))}
      save={(values) => record.mutateAsync(input(values))}
      fields={(form) => <DeliveryFields form={form} convocationDate={convocationDate} dateHelp={t('sessions.deliveries.deliveredOnHelp')} />}
      submitLabel={t('sessions.deliveries.save')}
      savedMessage={t('sessions.deliveries.saved', { name: addressee.institutionName })}
      onDone={onDone}
    />
  );
}
