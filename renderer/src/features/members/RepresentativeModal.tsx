/** Accredits, edits or replaces a representative. */
import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { invalidateDomains } from '../../api';
import { FormDialogForm } from '../../components/FormDialogForm';
import { FormModal } from '../../components/FormModal';
import { RepresentativeFields } from './RepresentativeFields';
import { planFor, type RepresentativeAction, representativeValues } from './representativeForm';

function titleOf(t: TFunction, action: RepresentativeAction): string {
  if (action.kind === 'add') return t(`members.representative.accredit.${action.role}`);
  const name = action.representative.fullName;
  return t(action.kind === 'edit' ? 'members.representative.editTitle' : 'members.representative.replaceTitle', { name });
}

interface RepresentativeModalProps {
  action: RepresentativeAction | null;
  onClose: () => void;
}

export function RepresentativeModal({ action, onClose }: RepresentativeModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal opened={action !== null} onClose={onClose} title={action ? titleOf(t, action) : ''}>
      {action && <RepresentativeForm action={action} onDone={onClose} />}
    </FormModal>
  );
}

function RepresentativeForm({ action, onDone }: { action: RepresentativeAction; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const plan = planFor(action);
  const mutation = useMutation({ mutationFn: plan.submit, onSuccess: () => invalidateDomains(client, ['members']) });
  const replacing = action.kind === 'replace';
  return (
    <FormDialogForm
      initialValues={representativeValues(action)}
      validate={plan.validate}
      save={(values) => mutation.mutateAsync(values)}
      mapPath={plan.mapPath}
      fields={(form) => (
        <>
          {replacing && (
            // Guidance, not a problem: a note, so screen readers do not announce it as an error.
            <Alert variant="light" icon={<IconInfoCircle />} role="note" mb="lg">
              {t('members.representative.replaceHelp', { name: action.representative.fullName })}
            </Alert>
          )}
          <RepresentativeFields
            form={form}
            validFromLabel={t(replacing ? 'members.representative.successorFrom' : 'members.representative.validFrom')}
            validFromHelp={replacing ? t('members.representative.successorFromHelp') : undefined}
          />
        </>
      )}
      submitLabel={t(`members.representative.submit.${action.kind}`)}
      savedMessage={(saved) => t(`members.representative.saved.${action.kind}`, { name: saved.fullName })}
      onDone={onDone}
    />
  );
}
