/** Records a fe de erratas: the date it is recorded and what it corrects. */
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { erratumInput } from '../../../../shared/domain/acta';
import type { SessionDetail } from '../../../../shared/domain/sessions';
import { DateField } from '../../components/DateField';
import { FormDialog } from '../../components/FormDialog';
import { LongTextField } from '../../components/LongTextField';
import { requiredMark } from '../../components/requiredMark';
import { today } from '../../lib/dates';
import { type PathMap, schemaErrors } from '../../lib/forms';
import { useAddErratum } from './queries';

interface ErratumModalProps {
  session: SessionDetail;
  opened: boolean;
  onClose: () => void;
}

type ErratumValues = {
  recordedOn: string | null;
  text: string;
};

const mapPath: PathMap = (path) => (path === 'id' ? null : path);

export function ErratumModal({ session, opened, onClose }: ErratumModalProps) {
  const { t } = useTranslation();
  const add = useAddErratum();
  return (
    <FormDialog<ErratumValues>
      opened={opened}
      onClose={onClose}
      title={t('acta.errata.add')}
      initialValues={{ recordedOn: today(), text: '' }}
      validate={(values) => schemaErrors(erratumInput, { ...values, id: session.id }, mapPath)}
      // An erratum goes into the book of actas too: the same guard as the minutes and agreements.
      sensitive={{ text: (values) => values.text, savedText: '' }}
      save={(values, { acknowledgedSensitive }) =>
        add.mutateAsync({ id: session.id, recordedOn: values.recordedOn ?? '', text: values.text, acknowledgedSensitive })
      }
      mapPath={mapPath}
      fields={(form, { textRef, warning }) => (
        <Stack gap="md">
          <DateField label={t('acta.errata.date')} minDate={session.approval?.date} {...requiredMark} {...form.getInputProps('recordedOn')} />
          <LongTextField ref={textRef} label={t('acta.errata.text')} description={t('acta.errata.textHelp')} {...form.getInputProps('text')} />
          {warning?.node}
        </Stack>
      )}
      submitLabel={t('acta.errata.submit')}
      savedMessage={t('acta.errata.added')}
    />
  );
}
