/** Accredits, edits or replaces a representative. */
import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { invalidateDomains } from '../../api';
import { FormActions, FormModal } from '../../components/FormModal';
import { showServerError } from '../../lib/forms';
import { notifySuccess } from '../../lib/notify';
import { useRevealFirstError } from '../../lib/revealFirstError';
import { RepresentativeFields } from './RepresentativeFields';
import { planFor, type RepresentativeAction, useRepresentativeForm } from './representativeForm';

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
      {action && <RepresentativeFormBody action={action} onDone={onClose} />}
    </FormModal>
  );
}

function RepresentativeFormBody({ action, onDone }: { action: RepresentativeAction; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useRepresentativeForm(action);
  const client = useQueryClient();
  const plan = planFor(action);
  const mutation = useMutation({ mutationFn: plan.submit, onSuccess: () => invalidateDomains(client, ['members']) });
  const replacing = action.kind === 'replace';
  const { ref, reveal } = useRevealFirstError<HTMLFormElement>();

  const save = async () => {
    try {
      const saved = await mutation.mutateAsync(form.getValues());
      notifySuccess(t(`members.representative.saved.${action.kind}`, { name: saved.fullName }));
      onDone();
    } catch (error) {
      showServerError(form, error, plan.mapPath);
      reveal();
    }
  };

  return (
    <form ref={ref} onSubmit={form.onSubmit(() => void save(), reveal)} noValidate>
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
      <FormActions onCancel={onDone} submitLabel={t(`members.representative.submit.${action.kind}`)} loading={mutation.isPending} />
    </form>
  );
}
