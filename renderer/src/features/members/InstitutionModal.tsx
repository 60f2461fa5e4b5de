/** Registers a new institution or edits one, in a modal over the list or the detail page. */
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Institution, institutionInput } from '../../../../shared/domain/members';
import { showServerError } from '../../lib/forms';
import { notifySuccess } from '../../lib/notify';
import { InstitutionFields } from './InstitutionFields';
import { type InstitutionValues, useInstitutionForm } from './institutionForm';
import { useCreateInstitution, useUpdateInstitution } from './queries';

interface InstitutionModalProps {
  opened: boolean;
  onClose: () => void;
  /** The institution to edit; none to register a new one. */
  existing?: Institution;
}

export function InstitutionModal({ opened, onClose, existing }: InstitutionModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={existing ? t('institution.editTitle', { name: existing.name }) : t('institution.newTitle')}
    >
      {/* Mounted only while open, so every opening starts from fresh values. */}
      {opened && <InstitutionFormBody existing={existing ?? null} onDone={onClose} />}
    </Modal>
  );
}

function InstitutionFormBody({ existing, onDone }: { existing: Institution | null; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useInstitutionForm(existing);
  const create = useCreateInstitution();
  const update = useUpdateInstitution();

  const save = async (values: InstitutionValues) => {
    // onSubmit only calls this once the schema accepts the values, so parsing cannot fail here.
    const input = institutionInput.parse(values);
    try {
      const saved = existing ? await update.mutateAsync({ ...input, id: existing.id }) : await create.mutateAsync(input);
      notifySuccess(t(existing ? 'institution.updated' : 'institution.created', { name: saved.name }));
      onDone();
    } catch (error) {
      showServerError(form, error);
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void save(values))} noValidate>
      <Stack gap="lg">
        <InstitutionFields form={form} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {existing ? t('common.saveChanges') : t('institution.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
