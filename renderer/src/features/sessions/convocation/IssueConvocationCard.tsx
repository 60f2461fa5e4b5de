/** The oficio múltiple's details, and issuing it: the moment the session and the oficio get their numbers. */
import { Button, Grid, Paper, Radio, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../../shared/domain/sessions';
import type { Taskforce } from '../../../../../shared/domain/taskforce';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { DateField } from '../../../components/DateField';
import { requiredMark } from '../../../components/requiredMark';
import { showServerError } from '../../../lib/forms';
import { notifySuccess } from '../../../lib/notify';
import { useRevealFirstError } from '../../../lib/revealFirstError';
import { signerOptions } from '../../../lib/sessionOptions';
import { useSessionsMutation } from '../queries';
import { convocationPath, toConvocationInput, useConvocationForm } from './convocationForm';

export function IssueConvocationCard({ session, settings }: { session: SessionDetail; settings: Taskforce | null }) {
  const { t } = useTranslation();
  const form = useConvocationForm(session, settings);
  const issue = useSessionsMutation('sessions.issueConvocation');
  const [confirming, setConfirming] = useState(false);
  const { ref, reveal } = useRevealFirstError<HTMLFormElement>();

  const send = async () => {
    try {
      const issued = await issue.mutateAsync(toConvocationInput(session.id, form.getValues()));
      notifySuccess(t('sessions.convocation.issued', { number: issued.convocation?.numberText ?? '' }));
    } catch (error) {
      showServerError(form, error, convocationPath);
      reveal();
    } finally {
      setConfirming(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="oficio-title">
      <form ref={ref} onSubmit={form.onSubmit(() => setConfirming(true), reveal)} noValidate>
        <Stack gap="md">
          <Title order={3} fz="lg" id="oficio-title">
            {t('sessions.convocation.oficio')}
          </Title>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DateField label={t('sessions.convocation.date')} {...requiredMark} {...form.getInputProps('date')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <Radio.Group label={t('sessions.convocation.signer')} {...form.getInputProps('signer')}>
                <Group gap="lg" mt={10}>
                  {signerOptions(t).map((option) => (
                    <Radio key={option.value} value={option.value} label={option.label} />
                  ))}
                </Group>
              </Radio.Group>
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput label={t('sessions.convocation.reference')} {...form.getInputProps('reference')} />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea label={t('sessions.convocation.enclosures')} autosize minRows={1} maxRows={4} {...form.getInputProps('enclosures')} />
            </Grid.Col>
          </Grid>
          <Group justify="space-between" align="center" wrap="nowrap">
            <Text size="sm" c="dimmed" maw={620}>
              {t('sessions.convocation.issueHelp')}
            </Text>
            <Button type="submit" leftSection={<IconSend size={16} />} disabled={session.locked}>
              {t('sessions.convocation.issue')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ConfirmModal
        opened={confirming}
        title={t('sessions.convocation.confirmTitle')}
        message={t('sessions.convocation.confirmBody', { title: session.title })}
        confirmLabel={t('sessions.convocation.issue')}
        danger={false}
        loading={issue.isPending}
        onConfirm={() => void send()}
        onClose={() => setConfirming(false)}
      />
    </Paper>
  );
}
