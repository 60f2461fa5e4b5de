/** Adopts an agreement under an agenda item, or edits one, behind the confidentiality guard. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../shared/domain/sessions';
import { invalidateDomains } from '../../api';
import { FormActions, FormModal } from '../../components/FormModal';
import { SensitiveWarning } from '../../components/SensitiveWarning';
import { SESSION_DOMAINS } from '../../lib/commonQueries';
import { showServerError } from '../../lib/forms';
import { notifySuccess } from '../../lib/notify';
import { useRevealFirstError } from '../../lib/revealFirstError';
import { acknowledgedIn, useSensitiveGuard } from '../../lib/sensitive';
import { AgreementFields } from './AgreementFields';
import { type AgreementAction, type AgreementValues, mapAgreementPath, submitAgreement, useAgreementForm } from './agreementForm';

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
      {action && <AgreementFormBody session={session} action={action} onDone={onClose} />}
    </FormModal>
  );
}

function AgreementFormBody({ session, action, onDone }: { session: SessionDetail; action: AgreementAction; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useAgreementForm(action, session.quorum.present);
  const guard = useSensitiveGuard(action.kind === 'edit' ? action.agreement.text : '');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const warningId = useId();
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ values, acknowledged }: { values: AgreementValues; acknowledged: boolean }) => submitAgreement(action, values, acknowledged),
    onSuccess: () => invalidateDomains(client, SESSION_DOMAINS),
  });
  const { ref, reveal } = useRevealFirstError<HTMLFormElement>();
  const findings = guard.unconfirmed(form.getValues().text);

  const save = async (values: AgreementValues) => {
    // Held like the minutes: nothing that looks like case data leaves without the user's word.
    if (guard.holds(values.text, warningId)) return;
    try {
      const saved = await mutation.mutateAsync({ values, acknowledged: acknowledgedIn(values.text) });
      notifySuccess(t(action.kind === 'adopt' ? 'acta.agreements.adopted' : 'acta.agreements.updated', { number: saved.numberText }));
      onDone();
    } catch (error) {
      showServerError(form, error, mapAgreementPath);
      reveal();
    }
  };

  const submit = form.onSubmit((values) => void save(values), reveal);

  return (
    <form ref={ref} onSubmit={submit} noValidate>
      <AgreementFields
        form={form}
        session={session}
        textRef={textRef}
        textWarning={
          findings.length > 0
            ? {
                id: warningId,
                node: (
                  <SensitiveWarning
                    id={warningId}
                    findings={findings}
                    onRewrite={() => textRef.current?.focus()}
                    guard={guard}
                    onConfirm={submit}
                    confirming={mutation.isPending}
                  />
                ),
              }
            : null
        }
      />
      <FormActions onCancel={onDone} submitLabel={t(action.kind === 'adopt' ? 'acta.agreements.adopt' : 'common.saveChanges')} loading={mutation.isPending} />
    </form>
  );
}
