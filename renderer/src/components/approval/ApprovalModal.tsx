/**
 * Records how something was approved: by an agreement of the instancia (picked from its sessions)
 * or by another document typed as a reference, e.g. a Decreto de Alcaldía; and on which date.
 * Used for the plan and for each version of the protocol.
 */
import { Alert, Radio, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../../../shared/domain/fields';
import { useAgreementOptions } from '../../lib/agreementOptions';
import { today } from '../../lib/dates';
import { schemaErrors, showServerError } from '../../lib/forms';
import { Msg } from '../../lib/messages';
import { DateField } from '../DateField';
import { FormActions, FormModal } from '../FormModal';
import { requiredMark } from '../requiredMark';

export interface Approval {
  agreementId: number | null;
  reference: string;
  approvedOn: string;
}

interface ApprovalValues {
  by: 'agreement' | 'reference';
  agreementId: string | null;
  reference: string;
  approvedOn: string | null;
}

interface ApprovalModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What approving does, said before it is done. */
  warning: string;
  confirmLabel: string;
  loading: boolean;
  /** Approves; a refusal about a field is shown under it, anything else as a notice. */
  onApprove: (approval: Approval) => Promise<unknown>;
}

export function ApprovalModal({ opened, onClose, title, ...body }: ApprovalModalProps) {
  return (
    <FormModal opened={opened} onClose={onClose} title={title}>
      <ApprovalForm {...body} onClose={onClose} />
    </FormModal>
  );
}

const needsReference = <Msg k="plan.approvalNeedsReference" />;

function ApprovalForm({ warning, confirmLabel, loading, onApprove, onClose }: Omit<ApprovalModalProps, 'opened' | 'title'>) {
  const { t } = useTranslation();
  const agreements = useAgreementOptions(true);
  const form = useForm<ApprovalValues>({
    initialValues: { by: 'agreement', agreementId: null, reference: '', approvedOn: today() },
    validate: (v) => ({
      ...(v.by === 'agreement' && v.agreementId === null ? { agreementId: needsReference } : {}),
      ...(v.by === 'reference' && v.reference.trim() === '' ? { reference: needsReference } : {}),
      ...schemaErrors(isoDate, v.approvedOn, () => 'approvedOn'),
    }),
  });
  const { by } = form.getValues();
  const noAgreements = !agreements.loading && agreements.groups.length === 0;

  const submit = async (v: ApprovalValues) => {
    const approval = {
      agreementId: v.by === 'agreement' ? Number(v.agreementId) : null,
      reference: v.by === 'reference' ? v.reference.trim() : '',
      approvedOn: v.approvedOn ?? '',
    };
    try {
      await onApprove(approval);
    } catch (error) {
      showServerError(form, error, (path) => (path === 'approvedOn' ? path : path === 'agreementId' || path === 'reference' ? (v.by === 'agreement' ? 'agreementId' : 'reference') : null));
    }
  };

  return (
    <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
      <Stack gap="sm">
        <Alert color="orange" variant="light" icon={<IconAlertTriangle />} role="note">
          {warning}
        </Alert>
        <Radio.Group label={t('common.approval.by')} value={by} onChange={(value) => form.setFieldValue('by', value as ApprovalValues['by'])}>
          <Group gap="lg" mt={6}>
            <Radio value="agreement" label={t('common.approval.byAgreement')} />
            <Radio value="reference" label={t('common.approval.byReference')} />
          </Group>
        </Radio.Group>
        {by === 'agreement' ? (
          <Select
            label={t('common.approval.agreement')}
            placeholder={noAgreements ? t('common.agreementPicker.noAgreements') : t('common.approval.agreementPlaceholder')}
            data={agreements.groups}
            searchable
            nothingFoundMessage={t('common.agreementPicker.nothingFound')}
            disabled={noAgreements}
            {...requiredMark}
            {...form.getInputProps('agreementId')}
            onChange={(value) => {
              form.setFieldValue('agreementId', value);
              // An agreement is usually the approval's date: that of its session.
              const date = value ? agreements.dateOf(value) : null;
              if (date) form.setFieldValue('approvedOn', date);
            }}
          />
        ) : (
          <TextInput
            label={t('common.approval.reference')}
            placeholder={t('common.approval.referencePlaceholder')}
            {...requiredMark}
            {...form.getInputProps('reference')}
          />
        )}
        <DateField label={t('common.approval.date')} {...requiredMark} {...form.getInputProps('approvedOn')} />
      </Stack>
      <FormActions onCancel={onClose} submitLabel={confirmLabel} loading={loading} />
    </form>
  );
}
