/** The inputs of a session: kind, date and times, where it meets, who presides and who records. */
import { Grid, Input, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SESSION_MODES } from '../../../../../shared/domain/sessions';
import { ClockField } from '../../../components/ClockField';
import { DateField } from '../../../components/DateField';
import { requiredMark } from '../../../components/requiredMark';
import { sessionKindOptions, sessionModeOptions } from '../../../lib/sessionOptions';
import type { SessionForm } from './sessionForm';

const HALF = { base: 12, sm: 6 };
const THIRD = { base: 12, sm: 4 };
const TWO_THIRDS = { base: 12, sm: 8 };

interface SessionFieldsProps {
  form: SessionForm;
  /** Whether the instancia's reglamento allows a second call. */
  withSecondCall: boolean;
  /** Once numbered, the kind of a session is fixed. */
  kindFixed?: boolean;
}

export function SessionFields({ form, withSecondCall, kindFixed = false }: SessionFieldsProps) {
  const { t } = useTranslation();
  const { mode } = form.getValues();
  return (
    <Grid gap="md">
      <Grid.Col span={THIRD}>
        <Select
          label={t('sessions.fields.kind')}
          data={sessionKindOptions(t)}
          allowDeselect={false}
          description={kindFixed ? t('sessions.fields.kindFixed') : undefined}
          {...requiredMark}
          {...form.getInputProps('kind')}
          disabled={kindFixed}
        />
      </Grid.Col>
      <Grid.Col span={THIRD}>
        <DateField label={t('sessions.fields.date')} {...requiredMark} {...form.getInputProps('date')} />
      </Grid.Col>
      <Grid.Col span={THIRD}>
        <ClockField
          label={t('sessions.fields.firstCallTime')}
          description={t('sessions.fields.firstCallHelp')}
          {...requiredMark}
          {...form.getInputProps('firstCallTime')}
        />
      </Grid.Col>
      {withSecondCall && (
        <Grid.Col span={THIRD}>
          <ClockField
            label={t('sessions.fields.secondCallTime')}
            description={t('sessions.fields.secondCallHelp')}
            {...form.getInputProps('secondCallTime')}
          />
        </Grid.Col>
      )}
      <Grid.Col span={TWO_THIRDS}>
        <Input.Wrapper label={t('sessions.fields.mode')} labelElement="div">
          <SegmentedControl
            display="flex"
            aria-label={t('sessions.fields.mode')}
            data={sessionModeOptions(t)}
            value={mode}
            onChange={(value) => form.setFieldValue('mode', value as (typeof SESSION_MODES)[number])}
          />
        </Input.Wrapper>
      </Grid.Col>
      {mode !== 'virtual' && (
        <Grid.Col span={mode === 'mixta' ? HALF : 12}>
          <TextInput
            label={t('sessions.fields.place')}
            placeholder={t('sessions.fields.placeExample')}
            {...requiredMark}
            {...form.getInputProps('place')}
          />
        </Grid.Col>
      )}
      {mode !== 'presencial' && (
        <Grid.Col span={mode === 'mixta' ? HALF : 12}>
          <TextInput
            label={t('sessions.fields.virtualLink')}
            placeholder="https://"
            type="url"
            {...requiredMark}
            {...form.getInputProps('virtualLink')}
          />
        </Grid.Col>
      )}
      <Grid.Col span={HALF}>
        <TextInput label={t('sessions.fields.presidedBy')} {...requiredMark} {...form.getInputProps('presidedBy')} />
      </Grid.Col>
      <Grid.Col span={HALF}>
        <TextInput label={t('sessions.fields.presidedPost')} {...requiredMark} {...form.getInputProps('presidedPost')} />
      </Grid.Col>
      <Grid.Col span={HALF}>
        <TextInput label={t('sessions.fields.secretaryName')} {...requiredMark} {...form.getInputProps('secretaryName')} />
      </Grid.Col>
      <Grid.Col span={HALF}>
        <TextInput label={t('sessions.fields.secretaryPost')} {...requiredMark} {...form.getInputProps('secretaryPost')} />
      </Grid.Col>
    </Grid>
  );
}
