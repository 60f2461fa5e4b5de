/** When the session actually began and when it was closed, as the acta's opening and closing say. */
import { Group, Paper, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { proceedingsInput, type SessionDetail } from '../../../../shared/domain/sessions';
import { ClockField } from '../../components/ClockField';
import { SaveStatus } from '../../components/SaveStatus';
import { schemaErrors } from '../../lib/forms';
import { useAutosave } from '../../lib/useAutosave';
import { useSaveProceedings } from './queries';

interface Times {
  startTime: string | null;
  endTime: string | null;
}

export function ProceedingsSection({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const headingId = useId();
  const saveProceedings = useSaveProceedings();
  // The call (first or second) is the attendance tab's to change: it is sent back as it is.
  const input = (times: Times) => ({ sessionId: session.id, call: session.call, ...times });
  const autosave = useAutosave<Times>({
    id: 'proceedings',
    initial: { startTime: session.startTime, endTime: session.endTime },
    isHeld: (times) => !proceedingsInput.safeParse(input(times)).success,
    save: (times) => saveProceedings.mutateAsync(input(times)),
  });
  const errors = schemaErrors(proceedingsInput, input(autosave.value));
  const time = (field: keyof Times) => ({
    value: autosave.value[field] ?? '',
    onChange: (typed: string) => {
      const value = typed || null;
      autosave.change((latest) => ({ ...latest, [field]: value }));
    },
    onBlur: () => void autosave.flush(),
    error: errors[field],
    disabled: session.locked,
    w: 150,
  });

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <div>
          <Title order={2} fz="md" id={headingId}>
            {t('acta.proceedings.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('acta.proceedings.help', { time: session.call === 'second' && session.secondCallTime ? session.secondCallTime : session.firstCallTime })}
          </Text>
        </div>
        <SaveStatus autosave={autosave} heldReason={t('acta.status.reasonInvalid')} />
      </Group>
      <Group gap="md" align="flex-start">
        <ClockField label={t('acta.proceedings.startTime')} {...time('startTime')} />
        <ClockField label={t('acta.proceedings.endTime')} {...time('endTime')} />
      </Group>
    </Paper>
  );
}
