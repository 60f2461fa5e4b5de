/** How the agreement was adopted; for a vote, the three counts (required by the backend). */
import { Group, Input, NumberInput, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ADOPTION_KINDS, type AdoptionKind } from '../../../../shared/rules/acta';
import { requiredGroupMark } from '../../components/requiredMark';
import type { AgreementForm } from './agreementForm';

const COUNTS = ['votesFor', 'votesAgainst', 'abstentions'] as const;

export function AdoptionFields({ form, presentVoting }: { form: AgreementForm; presentVoting: number }) {
  const { t } = useTranslation();
  const { adoption } = form.getValues();
  const votesError = form.errors.votes;
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('acta.agreementForm.adoption')}
        {...requiredGroupMark}
        value={adoption}
        onChange={(value) => form.setFieldValue('adoption', value as AdoptionKind)}
      >
        <Stack gap={8} mt={6}>
          {ADOPTION_KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(`acta.adoption.${kind}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {adoption !== 'unanimity' && (
        <Input.Wrapper
          label={t('acta.agreementForm.votes')}
          description={t('acta.agreementForm.votesHelp', { count: presentVoting })}
          error={votesError}
          {...requiredGroupMark}
        >
          <Group gap="sm" mt={4} align="flex-start">
            {COUNTS.map((count) => (
              <NumberInput
                key={count}
                label={t(`acta.agreementForm.${count}`)}
                min={0}
                max={999}
                allowDecimal={false}
                allowNegative={false}
                w={130}
                {...form.getInputProps(count)}
                error={Boolean(votesError)}
              />
            ))}
          </Group>
        </Input.Wrapper>
      )}
    </Stack>
  );
}
