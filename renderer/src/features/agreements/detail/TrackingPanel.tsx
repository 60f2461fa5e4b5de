/**
 * "Seguimiento": the secretariat's own record of an agreement (means of verification, its file,
 * observations), which goes on changing after the acta is approved. The texts pass the
 * confidentiality guard, as they go into the matrix the instancia reviews.
 */
import { Button, Group, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type AgreementRecord, trackingInput } from '../../../../../shared/domain/agreements';
import { type PathMap, schemaErrors, showServerError, validateChangedOnBlur } from '../../../lib/forms';
import { notifySuccess } from '../../../lib/notify';
import { acknowledgedIn, useSensitiveGuard } from '../../../lib/sensitive';
import { SensitiveWarning } from '../../../components/SensitiveWarning';
import { useAgreementsMutation } from '../queries';
import { VerificationFile } from './VerificationFile';

interface TrackingValues {
  verification: string;
  observations: string;
}

const mapPath: PathMap = (path) => (path === 'id' ? null : path);
/** Both texts at once, for the guard: one confirmation covers what it found in either. */
const joined = (v: TrackingValues) => `${v.verification}\n${v.observations}`;

export function TrackingPanel({ record }: { record: AgreementRecord }) {
  const { t } = useTranslation();
  const headingId = useId();
  const warningId = useId();
  const verificationRef = useRef<HTMLTextAreaElement>(null);
  const observationsRef = useRef<HTMLTextAreaElement>(null);
  const track = useAgreementsMutation('agreements.track');
  const guard = useSensitiveGuard(joined(record));
  const form = useForm<TrackingValues>({
    initialValues: { verification: record.verification, observations: record.observations },
    validate: (values) => schemaErrors(trackingInput, { ...values, id: record.id, acknowledgedSensitive: true }, mapPath),
    enhanceGetInputProps: validateChangedOnBlur,
  });
  const values = form.getValues();
  const findings = guard.unconfirmed(joined(values));

  const save = async (v: TrackingValues) => {
    if (guard.holds(joined(v), warningId)) return;
    try {
      await track.mutateAsync({ id: record.id, ...v, acknowledgedSensitive: acknowledgedIn(joined(v)) });
      notifySuccess(t('agreements.tracking.saved', { number: record.numberText }));
    } catch (error) {
      showServerError(form, error, mapPath);
    }
  };
  const submit = form.onSubmit((v) => void save(v));

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} fz="lg" mb="md" id={headingId}>
        {t('agreements.tracking.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Textarea
            ref={verificationRef}
            label={t('agreements.tracking.verification')}
            description={t('agreements.tracking.verificationHelp')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('verification')}
          />
          <VerificationFile record={record} />
          <Textarea ref={observationsRef} label={t('agreements.tracking.observations')} autosize minRows={3} maxRows={8} {...form.getInputProps('observations')} />
          {findings.length > 0 && (
            <SensitiveWarning
              id={warningId}
              findings={findings}
              onRewrite={() => (guard.unconfirmed(values.verification).length > 0 ? verificationRef : observationsRef).current?.focus()}
              guard={guard}
              onConfirm={submit}
              confirming={track.isPending}
            />
          )}
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} disabled={!form.isDirty()} loading={track.isPending}>
              {t('agreements.tracking.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
