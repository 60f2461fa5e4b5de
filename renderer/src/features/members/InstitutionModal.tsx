/** Registers a new institution or edits one, in a modal over the list or the detail page. */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Institution, institutionInput } from '../../../../shared/domain/members';
import { FormDialog } from '../../components/FormDialog';
import { InstitutionFields } from './InstitutionFields';
import { institutionValues, validateInstitution } from './institutionForm';
import { useCreateInstitution, useUpdateInstitution } from './queries';

interface InstitutionModalProps {
  opened: boolean;
  onClose: () => void;
  /** The institution to edit; none to register a new one. */
  existing?: Institution;
}

export function InstitutionModal({ opened, onClose, existing }: InstitutionModalProps) {
  const { t } = useTranslation();
  const create = useCreateInstitution();
  const update = useUpdateInstitution();
  const navigate = useNavigate();
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={existing ? t('members.institution.editTitle', { name: existing.name }) : t('members.institution.newTitle')}
      initialValues={institutionValues(existing ?? null)}
      validate={validateInstitution}
      save={(values) => {
        // Called only once the schema accepts the values, so parsing cannot fail here.
        const input = institutionInput.parse(values);
        return existing ? update.mutateAsync({ ...input, id: existing.id }) : create.mutateAsync(input);
      }}
      fields={(form) => <InstitutionFields form={form} />}
      submitLabel={existing ? t('common.saveChanges') : t('members.institution.create')}
      savedMessage={(saved) => t(existing ? 'members.institution.updated' : 'members.institution.created', { name: saved.name })}
      // A new institution opens at once, where its titular and alterno are accredited. Replacing
      // "/miembros?nueva=1" makes "back" lead to the list, not to this form.
      onSaved={existing ? undefined : (saved) => void navigate(`/miembros/${saved.id}`, { replace: true })}
    />
  );
}
