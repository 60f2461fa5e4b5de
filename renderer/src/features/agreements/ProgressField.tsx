/**
 * The progress as a number to type, with a slider under it to drag, kept in step; the number
 * carries the label and any error, so the message has the column's width to read in.
 */
import { NumberInput, Slider, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { requiredMark } from '../../components/requiredMark';
import type { FollowUpValues } from './followUpForm';

const MARKS = [0, 25, 50, 75, 100].map((value) => ({ value, label: `${value} %` }));

export function ProgressField({ form }: { form: UseFormReturnType<FollowUpValues> }) {
  const { t } = useTranslation();
  const label = t('agreements.followUp.progress');
  const { progress } = form.getValues();
  return (
    <Stack gap="sm">
      <NumberInput label={label} min={0} max={100} allowDecimal={false} allowNegative={false} {...requiredMark} {...form.getInputProps('progress')} />
      <Slider
        // Room for the "0 %" and "100 %" marks, whose labels are centred on the ends of the track.
        mx="md"
        mb="lg"
        min={0}
        max={100}
        step={5}
        marks={MARKS}
        label={(value) => `${value} %`}
        thumbLabel={label}
        value={Number(progress) || 0}
        onChange={(value) => form.setFieldValue('progress', value)}
      />
    </Stack>
  );
}
