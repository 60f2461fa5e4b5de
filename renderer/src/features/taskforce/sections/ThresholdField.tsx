/** One quorum threshold: absolute majority, a fraction of the members with vote, or a fixed count. */
import { Group, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type QuorumThreshold, requiredForQuorum } from '../../../../../shared/rules/quorum';
import { type SettingsForm, type ThresholdValues, toThreshold } from '../form';

const KINDS = ['majority', 'fraction', 'fixed'] as const;

/** Voting members used for the example sentence when none are registered yet. */
const EXAMPLE_VOTING = 18;

interface ThresholdFieldProps {
  form: SettingsForm;
  path: 'quorum.firstCall' | 'quorum.secondCall';
  label: string;
  votingMembers: number;
}

function complete(values: ThresholdValues): QuorumThreshold | null {
  const threshold = toThreshold(values);
  const numbers = Object.values(threshold).filter((v) => typeof v !== 'string');
  return numbers.every((n) => typeof n === 'number' && Number.isInteger(n) && n > 0) ? (threshold as QuorumThreshold) : null;
}

export function ThresholdField({ form, path, label, votingMembers }: ThresholdFieldProps) {
  const { t } = useTranslation();
  const values = form.getValues().quorum[path === 'quorum.firstCall' ? 'firstCall' : 'secondCall'];
  const threshold = complete(values);
  const count = votingMembers > 0 ? votingMembers : EXAMPLE_VOTING;
  const number = (field: 'numerator' | 'denominator' | 'count', fieldLabel: string) => (
    <NumberInput
      aria-label={fieldLabel}
      w={90}
      min={1}
      allowDecimal={false}
      allowNegative={false}
      {...form.getInputProps(`${path}.${field}`)}
    />
  );

  return (
    <Stack gap="xs">
      <Radio.Group label={label} {...form.getInputProps(`${path}.kind`)}>
        <Stack gap={8} mt={6}>
          {KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(`taskforce.settings.quorum.kinds.${kind}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {values.kind === 'fraction' && (
        <Group gap="xs" align="flex-start">
          <Text size="sm" pt={8}>
            {t('taskforce.settings.quorum.fractionBefore')}
          </Text>
          {number('numerator', t('taskforce.settings.quorum.numerator'))}
          <Text size="sm" pt={8}>
            {t('taskforce.settings.quorum.fractionMiddle')}
          </Text>
          {number('denominator', t('taskforce.settings.quorum.denominator'))}
          <Text size="sm" pt={8}>
            {t('taskforce.settings.quorum.fractionAfter')}
          </Text>
        </Group>
      )}
      {values.kind === 'fixed' && (
        <Group gap="xs" align="flex-start">
          {number('count', t('taskforce.settings.quorum.count'))}
          <Text size="sm" pt={8}>
            {t('taskforce.settings.quorum.countAfter')}
          </Text>
        </Group>
      )}
      {threshold && (
        <Text size="sm" c="violet.8" fw={500} role="status">
          {t(votingMembers > 0 ? 'taskforce.settings.quorum.sentence' : 'taskforce.settings.quorum.example', {
            count,
            required: requiredForQuorum(count, threshold),
          })}
        </Text>
      )}
    </Stack>
  );
}
