/**
 * "Registrar seguimiento": one report on an agreement, from its page or during a session (then
 * linked to the session and dated on its day). The report becomes the agreement's status and
 * progress; its text passes the same confidentiality guard as the acta, since it goes into one.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementRow } from '../../../../shared/domain/agreements';
import { FormDialogForm } from '../../components/FormDialogForm';
import { FormModal } from '../../components/FormModal';
import { FollowUpFields } from './FollowUpFields';
import { followUpCall, initialValues, mapFollowUpPath, type ReportTarget, validateFollowUp } from './followUpForm';
import { useAgreementsMutation } from './queries';

export interface FollowUpDialogProps {
  /** The agreement reported on; null closes the dialog. */
  agreement: AgreementRow | null;
  /** When reporting in a session: the entry is linked to it and dated on its date (date field fixed, shown read-only). */
  session: { id: number; date: string; title: string } | null;
  onClose(): void;
}

export function FollowUpDialog({ agreement, session, onClose }: FollowUpDialogProps) {
  const { t } = useTranslation();
  // The title keeps naming the agreement while the dialog fades out.
  const [shown, setShown] = useState(agreement);
  if (agreement !== null && agreement !== shown) setShown(agreement);
  return (
    <FormModal opened={agreement !== null} onClose={onClose} title={t('agreements.followUp.title', { number: shown?.numberText ?? '' })}>
      {agreement && <FollowUpForm target={{ agreement, session }} onDone={onClose} />}
    </FormModal>
  );
}

function FollowUpForm({ target, onDone }: { target: ReportTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const report = useAgreementsMutation('agreements.followUp');
  return (
    <FormDialogForm
      initialValues={initialValues(target)}
      validate={(values) => validateFollowUp(target, values)}
      sensitive={{ text: (values) => values.text, savedText: '' }}
      evidence
      save={(values, { acknowledgedSensitive, evidence }) => report.mutateAsync(followUpCall(target, values, acknowledgedSensitive, evidence))}
      mapPath={mapFollowUpPath}
      fields={(form, { textRef, warning }) => <FollowUpFields form={form} target={target} textRef={textRef} textWarning={warning?.node} />}
      submitLabel={t('agreements.followUp.submit')}
      savedMessage={(record) => t('agreements.followUp.saved', { number: record.numberText })}
      onDone={onDone}
    />
  );
}
