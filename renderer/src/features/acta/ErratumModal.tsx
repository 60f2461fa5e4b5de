/** Records a fe de erratas: the date it is recorded and what it corrects. */
import { Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { erratumInput } from '../../../../shared/domain/acta';
import type { SessionDetail } from '../../../../shared/domain/sessions';
import { DateField } from '../../components/DateField';
import { FormActions, FormModal } from '../../components/FormModal';
import { requiredMark } from '../../components/requiredMark';
import { today } from '../../lib/dates';
import { type PathMap, schemaErrors, showServerError, validateChangedOnBlur } from '../../lib/forms';
import { notifySuccess } from '../../lib/notify';
import { LongTextField } from '../../components/LongTextField';
import { useAddErratum } from './queries';
import { acknowledgedIn, useSensitiveGuard } from '../../lib/sensitive';
import { SensitiveWarning } from '../../components/SensitiveWarning';

interface ErratumModalProps {
  session: SessionDetail;
  opened: boolean;
  onClose: () => void;
}

export function ErratumModal({ session, opened, onClose }: ErratumModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('acta.errata.add')}>
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
  // An erratum goes into the book of actas too: the same guard as the minutes and agreements.
  const guard = useSensitiveGuard('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const warningId = useId();
  const form = useForm<ErratumValues>({
    initialValues: { recordedOn: today(), text: '' },
    validate: (values) => schemaErrors(erratumInput, { ...values, id: session.id }, mapPath),
    enhanceGetInputProps: validateChangedOnBlur,
  });

  const findings = guard.unconfirmed(form.getValues().text);

  const save = async (values: ErratumValues) => {
    if (guard.holds(values.text, warningId)) return;
    try {
      const acknowledgedSensitive = acknowledgedIn(values.text);
      await add.mutateAsync({ id: session.id, recordedOn: values.recordedOn ?? '', text: values.text, acknowledgedSensitive });
      notifySuccess(t('acta.errata.added'));
      onDone();
    } catch (error) {
      showServerError(form, error, mapPath);
    }
  };

  const submit = form.onSubmit((values) => void save(values));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <DateField label={t('acta.errata.date')} minDate={session.approval?.date} {...requiredMark} {...form.getInputProps('recordedOn')} />
        <LongTextField ref={textRef} label={t('acta.errata.text')} description={t('acta.errata.textHelp')} {...form.getInputProps('text')} />
        {findings.length > 0 && (
          <SensitiveWarning
            id={warningId}
            findings={findings}
            onRewrite={() => textRef.current?.focus()}
            guard={guard}
            onConfirm={submit}
            confirming={add.isPending}
          />
        )}
      </Stack>
      <FormActions onCancel={onDone} submitLabel={t('acta.errata.submit')} loading={add.isPending} />
    </form>
  );
}
