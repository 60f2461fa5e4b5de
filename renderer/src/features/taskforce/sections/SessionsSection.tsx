/** Step 4: quorum on first and second call, who signs the actas, and the standing agenda. */
import { Fieldset, NumberInput, Radio, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTA_SIGNATORIES } from '../../../../../shared/domain/taskforce';
import { useMembersSummary } from '../../../lib/commonQueries';
import type { SettingsForm } from '../form';
import { DefaultAgendaEditor } from './DefaultAgendaEditor';
import { ThresholdField } from './ThresholdField';

export function SessionsSection({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const summary = useMembersSummary();
  const voting = summary.data?.votingInstitutions ?? 0;
  const { quorum } = form.getValues();

  return (
    <Stack gap="lg">
      <Fieldset legend={t('taskforce.settings.quorum.title')}>
        <Stack gap="lg">
          <ThresholdField form={form} path="quorum.firstCall" label={t('taskforce.settings.quorum.firstCall')} votingMembers={voting} />
          <Switch
            label={t('taskforce.settings.quorum.secondCallEnabled')}
            description={t('taskforce.settings.quorum.secondCallHelp')}
            {...form.getInputProps('quorum.secondCallEnabled', { type: 'checkbox' })}
          />
          {quorum.secondCallEnabled && (
            <>
              <ThresholdField form={form} path="quorum.secondCall" label={t('taskforce.settings.quorum.secondCall')} votingMembers={voting} />
              <NumberInput
                label={t('taskforce.settings.quorum.delay')}
                description={t('taskforce.settings.quorum.delayHelp')}
                min={0}
                max={240}
                step={5}
                allowDecimal={false}
                allowNegative={false}
                w={260}
                {...form.getInputProps('quorum.secondCallDelayMinutes')}
              />
            </>
          )}
        </Stack>
      </Fieldset>
      <Radio.Group label={t('taskforce.settings.signatories.label')} {...form.getInputProps('actaSignatories')}>
        <Stack gap={8} mt={6}>
          {ACTA_SIGNATORIES.map((value) => (
            <Radio key={value} value={value} label={t(`taskforce.settings.signatories.${value}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Fieldset legend={t('sessions.defaultAgenda.title')}>
        <DefaultAgendaEditor form={form} />
      </Fieldset>
    </Stack>
  );
}
