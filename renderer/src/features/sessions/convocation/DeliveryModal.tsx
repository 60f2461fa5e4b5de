/** Records the stamped receipt (cargo) of one institution's copy of the oficio. */
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type Addressee, deliveryInput } from '../../../../../shared/domain/sessions';
import { FormActions, FormModal } from '../../../components/FormModal';
import { today } from '../../../lib/dates';
import { schemaErrors, showServerError, validateChangedOnBlur } from '../../../lib/forms';
import { notifySuccess } from '../../../lib/notify';
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
      {addressee && <DeliveryBody addressee={addressee} onDone={onClose} {...props} />}
    </FormModal>
  );
}

type BodyProps = Omit<DeliveryModalProps, 'addressee' | 'onClose'> & { addressee: Addressee; onDone: () => void };

function DeliveryBody({ sessionId, convocationDate, addressee, onDone }: BodyProps) {
  const { t } = useTranslation();
  const record = useSessionsMutation('sessions.recordDelivery');
  const input = (values: DeliveryValues) => ({ ...values, sessionId, institutionId: addressee.institutionId });
  const form = useForm<DeliveryValues>({
    initialValues: { deliveredOn: addressee.deliveredOn ?? today(), receivedBy: addressee.receivedBy },
    validate: (values) => schemaErrors(deliveryInput, input(values)),
    enhanceGetInputProps: validateChangedOnBlur,
  });

  const save = async () => {
    try {
      await record.mutateAsync(input(form.getValues()));
      notifySuccess(t('sessions.deliveries.saved', { name: addressee.institutionName }));
      onDone();
    } catch (error) {
      showServerError(form, error);
    }
  };

  return (
    <form onSubmit={form.onSubmit(() => void save())} noValidate>
      <DeliveryFields form={form} convocationDate={convocationDate} dateHelp={t('sessions.deliveries.deliveredOnHelp')} />
      <FormActions onCancel={onDone} submitLabel={t('sessions.deliveries.save')} loading={record.isPending} />
    </form>
  );
}
