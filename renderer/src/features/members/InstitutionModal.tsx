/** Registers a new institution or edits one, in a modal over the list or the detail page. */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Institution, institutionInput } from '../../../../shared/domain/members';
import { FormActions, FormModal } from '../../components/FormModal';
import { showServerError } from '../../lib/forms';
import { notifySuccess } from '../../lib/notify';
import { useRevealFirstError } from '../../lib/revealFirstError';
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
    <FormModal
      opened={opened}
      onClose={onClose}
      title={existing ? t('members.institution.editTitle', { name: existing.name }) : t('members.institution.newTitle')}
    >
      <InstitutionFormBody existing={existing ?? null} onDone={onClose} />
    </FormModal>
  );
}

function InstitutionFormBody({ existing, onDone }: { existing: Institution | null; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useInstitutionForm(existing);
  const create = useCreateInstitution();
  const update = useUpdateInstitution();
  const { ref, reveal } = useRevealFirstError<HTMLFormElement>();
  const navigate = useNavigate();

  const save = async (values: InstitutionValues) => {
    // onSubmit only calls this once the schema accepts the values, so parsing cannot fail here.
    const input = institutionInput.parse(values);
    try {
      const saved = existing ? await update.mutateAsync({ ...input, id: existing.id }) : await create.mutateAsync(input);
      notifySuccess(t(existing ? 'members.institution.updated' : 'members.institution.created', { name: saved.name }));
      // A new institution opens at once, where its titular and alterno are accredited. Replacing
      // "/miembros?nueva=1" makes "back" lead to the list, not to this form.
      if (existing) onDone();
      else void navigate(`/miembros/${saved.id}`, { replace: true });
    } catch (error) {
      showServerError(form, error);
      reveal();
    }
  };

  return (
    <form ref={ref} onSubmit={form.onSubmit((values) => void save(values), reveal)} noValidate>
      <InstitutionFields form={form} />
      <FormActions
        onCancel={onDone}
        submitLabel={existing ? t('common.saveChanges') : t('members.institution.create')}
        loading={create.isPending || update.isPending}
      />
    </form>
  );
}
