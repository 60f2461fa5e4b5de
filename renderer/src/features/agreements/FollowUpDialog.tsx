/**
 * "Registrar seguimiento": one report on an agreement, from its page or during a session (then
 * linked to the session and dated on its day). The report becomes the agreement's status and
 * progress; its text passes the same confidentiality guard as the acta, since it goes into one.
 */
import { useForm } from '@mantine/form';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementRecord, AgreementRow } from '../../../../shared/domain/agreements';
import { FormActions, FormModal } from '../../components/FormModal';
import { readBase64 } from '../../lib/files';
import { showServerError, validateChangedOnBlur } from '../../lib/forms';
import { notifySuccess } from '../../lib/notify';
import { useRevealFirstError } from '../../lib/revealFirstError';
import { acknowledgedIn, useSensitiveGuard } from '../../lib/sensitive';
import { SensitiveWarning } from '../../components/SensitiveWarning';
import { FollowUpFields } from './FollowUpFields';
import { followUpCall, type FollowUpValues, initialValues, mapFollowUpPath, type ReportTarget, validateFollowUp } from './followUpForm';
import { useAgreementsMutation } from './queries';

export interface FollowUpDialogProps {
  /** The agreement reported on; null closes the dialog. */
  agreement: AgreementRow | null;
  /** When reporting in a session: the entry is linked to it and dated on its date (date field fixed, shown read-only). */
  session: { id: number; date: string; title: string } | null;
  onClose(): void;
  onSaved?(record: AgreementRecord): void;
}

export function FollowUpDialog({ agreement, session, onClose, onSaved }: FollowUpDialogProps) {
  const { t } = useTranslation();
  // The title keeps naming the agreement while the dialog fades out.
  const [shown, setShown] = useState(agreement);
  if (agreement !== null && agreement !== shown) setShown(agreement);
  return (
    <FormModal opened={agreement !== null} onClose={onClose} title={t('agreements.followUp.title', { number: shown?.numberText ?? '' })}>
      {agreement && <FollowUpForm target={{ agreement, session }} onDone={onClose} onSaved={onSaved} />}
    </FormModal>
  );
}

interface FollowUpFormProps {
  target: ReportTarget;
  onDone: () => void;
  onSaved?: (record: AgreementRecord) => void;
}

function FollowUpForm({ target, onDone, onSaved }: FollowUpFormProps) {
  const { t } = useTranslation();
  const report = useAgreementsMutation('agreements.followUp');
  const guard = useSensitiveGuard('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const warningId = useId();
  const form = useForm<FollowUpValues>({
    initialValues: initialValues(target),
    validate: (values) => validateFollowUp(target, values),
    enhanceGetInputProps: validateChangedOnBlur,
  });
  const { ref, reveal } = useRevealFirstError<HTMLFormElement>();
  const findings = guard.unconfirmed(form.getValues().text);

  const save = async (values: FollowUpValues) => {
    // Nothing that looks like case data leaves without the user's word.
    if (guard.holds(values.text, warningId)) return;
    try {
      const evidence = values.evidence ? { fileName: values.evidence.name, dataBase64: await readBase64(values.evidence) } : null;
      const record = await report.mutateAsync(followUpCall(target, values, acknowledgedIn(values.text), evidence));
      notifySuccess(t('agreements.followUp.saved', { number: record.numberText }));
      onSaved?.(record);
      onDone();
    } catch (error) {
      showServerError(form, error, mapFollowUpPath);
      reveal();
    }
  };
  const submit = form.onSubmit((values) => void save(values), reveal);

  const warning =
    findings.length > 0 ? (
      <SensitiveWarning
        id={warningId}
        findings={findings}
        onRewrite={() => textRef.current?.focus()}
        guard={guard}
        onConfirm={submit}
        confirming={report.isPending}
      />
    ) : null;

  return (
    <form ref={ref} onSubmit={submit} noValidate>
      <FollowUpFields form={form} target={target} textRef={textRef} textWarning={warning} />
      <FormActions onCancel={onDone} submitLabel={t('agreements.followUp.submit')} loading={report.isPending} />
    </form>
  );
}
