/** Adopts an agreement under an agenda item, or edits one, behind the confidentiality guard. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../shared/domain/sessions';
import { invalidateDomains } from '../../api';
import { FormDialogForm } from '../../components/FormDialogForm';
import { FormModal } from '../../components/FormModal';
import { SESSION_DOMAINS } from '../../lib/commonQueries';
import { AgreementFields } from './AgreementFields';
import { type AgreementAction, type AgreementValues, agreementValues, mapAgreementPath, submitAgreement, validateAgreement } from './agreementForm';

interface AgreementModalProps {
  session: SessionDetail;
  action: AgreementAction | null;
  /** "6.1": the agenda item the agreement is adopted under. */
  itemNumber: string;
  onClose: () => void;
}

export function AgreementModal({ session, action, itemNumber, onClose }: AgreementModalProps) {
  const { t } = useTranslation();
  const title =
    action?.kind === 'edit'
      ? t('acta.agreementForm.editTitle', { number: action.agreement.numberText })
      : t('acta.agreementForm.adoptTitle', { item: itemNumber });
  return (
    <FormModal opened={action !== null} onClose={onClose} title={title}>
      {action && <AgreementForm session={session} action={action} onDone={onClose} />}
    </FormModal>
  );
}

function AgreementForm({ session, action, onDone }: { session: SessionDetail; action: AgreementAction; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ values, acknowledged }: { values: AgreementValues; acknowledged: boolean }) => submitAgreement(action, values, acknowledged),
    onSuccess: () => invalidateDomains(client, SESSION_DOMAINS),
  });
  return (
    <FormDialogForm
      initialValues={agreementValues(action)}
      validate={(values) => validateAgreement(action, values, session.quorum.present)}
      // Held like the minutes: nothing that looks like case data leaves without the user's word.
      sensitive={{ text: (values) => values.text, savedText: action.kind === 'edit' ? action.agreement.text : '' }}
      save={(values, { acknowledgedSensitive }) => mutation.mutateAsync({ values, acknowledged: acknowledgedSensitive })}
      mapPath={mapAgreementPath}
      fields={(form, { textRef, warning }) => <AgreementFields form={form} session={session} textRef={textRef} textWarning={warning} />}
      submitLabel={t(action.kind === 'adopt' ? 'acta.agreements.adopt' : 'common.saveChanges')}
      savedMessage={(saved) => t(action.kind === 'adopt' ? 'acta.agreements.adopted' : 'acta.agreements.updated', { number: saved.numberText })}
      onDone={onDone}
    />
  );
}
