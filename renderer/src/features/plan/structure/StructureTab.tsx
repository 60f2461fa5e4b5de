/**
 * "Estructura": the plan as the planner's matrix, lines → objectives → activities → indicators,
 * each line folded or open, built and reordered while the plan is a draft.
 */
import { Accordion, Button, EmptyState, Group, List, Stack } from '@mantine/core';
import { IconHierarchy3, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../../shared/domain/plan';
import { useDialog } from '../../../lib/useDialog';
import { LineModal } from './LineModal';
import { LineSection } from './LineSection';
import { PlanTexts } from './PlanTexts';

export function StructureTab({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const adding = useDialog();
  // Lines are open unless folded, so a line just added shows at once.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const ids = plan.lines.map((line) => String(line.id));
  const addButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => adding.open()}>
      {t('plan.line.add')}
    </Button>
  );

  return (
    <Stack gap="lg">
      <PlanTexts plan={plan} />
      {plan.lines.length === 0 ? (
        <EmptyState py="lg" icon={<IconHierarchy3 size={28} />} withIndicatorBackground title={t('plan.structure.emptyTitle')} description={t('plan.structure.emptyBody')} maw={680} mx="auto">
          <List spacing={6} size="sm" ta="left" mt="md">
            {(t('plan.structure.emptyPoints', { returnObjects: true }) as string[]).map((point) => (
              <List.Item key={point}>{point}</List.Item>
            ))}
          </List>
          {!plan.locked && <EmptyState.Actions>{addButton}</EmptyState.Actions>}
        </EmptyState>
      ) : (
        <>
          <Accordion
            multiple
            variant="separated"
            chevronPosition="left"
            value={ids.filter((id) => !folded.has(id))}
            onChange={(open) => setFolded(new Set(ids.filter((id) => !open.includes(id))))}
          >
            {plan.lines.map((line, index) => (
              <LineSection key={line.id} plan={plan} line={line} index={index} />
            ))}
          </Accordion>
          {!plan.locked && <Group>{addButton}</Group>}
        </>
      )}
      <LineModal planId={plan.id} opened={adding.opened} onClose={adding.close} />
    </Stack>
  );
}
