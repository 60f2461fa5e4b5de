/** Records a fe de erratas: the date it is recorded and what it corrects. */
import { Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { erratumInput, type SessionDetail } from '../../../../shared/domain/sessions';
import { DateField } from '../../components/DateField';
import { FormActions, FormModal } from '../../components/FormModal';
import { requiredMark } from '../../components/requiredMark';
import { today } from '../../lib/dates';
import { type PathMap, schemaErrors, showServerError, validateChangedOnBlur } from '../../lib/forms';
import { notifySuccess } from '../../lib/notify';
import { LongTextField } from './LongTextField';
import { useAddErratum } from './queries';

interface ErratumModalProps {
  session: SessionDetail;
  opened: boolean;
  onClose: () => void;
}

export function ErratumModal({ session, opened, onClose }: ErratumModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('actaUi.errata.add')}>
      <ErratumForm session={session} onDone={onClose} />
    </FormModal>
  );
}

interface ErratumValues {
  recordedOn: string | null;
  text: string;
}

const mapPath: PathMap = (path) => (path === 'id' ? null : path);

function ErratumForm({ session, onDone }: { session: SessionDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddErratum();
  const form = useForm<ErratumValues>({
    initialValues: { recordedOn: today(), text: '' },
    validate: (values) => schemaErrors(erratumInput, { ...values, id: session.id }, mapPath),
    enhanceGetInputProps: validateChangedOnBlur,
  });

  const save = async (values: ErratumValues) => {
    try {
      await add.mutateAsync({ id: session.id, recordedOn: values.recordedOn ?? '', text: values.text });
      notifySuccess(t('actaUi.errata.added'));
      onDone();
    } catch (error) {
      showServerError(form, error, mapPath);
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void save(values))} noValidate>
      <Stack gap="md">
        <DateField label={t('actaUi.errata.date')} minDate={session.approval?.date} {...requiredMark} {...form.getInputProps('recordedOn')} />
        <LongTextField label={t('actaUi.errata.text')} description={t('actaUi.errata.textHelp')} {...form.getInputProps('text')} />
      </Stack>
      <FormActions onCancel={onDone} submitLabel={t('actaUi.errata.submit')} loading={add.isPending} />
    </form>
  );
}
