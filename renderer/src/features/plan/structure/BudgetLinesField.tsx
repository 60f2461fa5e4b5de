/** The activity's budget: one line per funding source, with the amount in soles and a note. */
import { ActionIcon, Button, Fieldset, Grid, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES } from '../../../../../shared/domain/plan';
import { requiredMark } from '../../../components/requiredMark';
import { solesInput } from '../../../lib/figureInputs';
import { soles } from '../format';
import { type ActivityValues, NEW_BUDGET_LINE } from './activityForm';

export function BudgetLinesField({ form }: { form: UseFormReturnType<ActivityValues> }) {
  const { t } = useTranslation();
  const { budget } = form.getValues();
  const sources = FUNDING_SOURCES.map((source) => ({ value: source, label: t(`plan.sources.${source}`) }));
  const total = budget.reduce((sum, b) => sum + (typeof b.amount === 'number' && b.amount > 0 ? b.amount : 0), 0);
  return (
    <Fieldset legend={t('plan.activity.budget')} variant="filled">
      <Stack gap="xs">
        {budget.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('plan.activity.noBudget')}
          </Text>
        )}
        {budget.map((_, index) => (
          <Grid key={index} gap="xs" align="flex-start">
            <Grid.Col span={3}>
              <NumberInput
                label={t('plan.activity.amount', { n: index + 1 })}
                {...solesInput}
                {...requiredMark}
                {...form.getInputProps(`budget.${index}.amount`)}
              />
            </Grid.Col>
            <Grid.Col span={5}>
              <Select label={t('plan.activity.source', { n: index + 1 })} data={sources} allowDeselect={false} {...form.getInputProps(`budget.${index}.source`)} />
            </Grid.Col>
            <Grid.Col span={3}>
              <TextInput label={t('plan.activity.note')} placeholder={t('plan.activity.notePlaceholder')} {...form.getInputProps(`budget.${index}.note`)} />
            </Grid.Col>
            <Grid.Col span={1} pt={30}>
              <ActionIcon variant="subtle" color="red" aria-label={t('plan.activity.removeBudget', { n: index + 1 })} onClick={() => form.removeListItem('budget', index)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Grid.Col>
          </Grid>
        ))}
        <Stack gap={4} align="flex-start">
          <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('budget', { ...NEW_BUDGET_LINE })}>
            {t('plan.activity.addBudget')}
          </Button>
          {budget.length > 1 && (
            <Text size="sm" fw={600}>
              {t('plan.activity.budgetTotal', { total: soles(total) })}
            </Text>
          )}
        </Stack>
      </Stack>
    </Fieldset>
  );
}
