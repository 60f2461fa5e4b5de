/** Why the register shows nothing, and the one step that helps. */
import { Button, EmptyState } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** No agreement at all, none matching the filters, or a page past the end of the list. */
export type EmptyReason = 'none' | 'noMatches' | 'pastEnd';

export function RegisterEmpty({ reason, onClear, onFirstPage }: { reason: EmptyReason; onClear: () => void; onFirstPage: () => void }) {
  const { t } = useTranslation();
  const action = {
    none: (
      <Button component={Link} to="/sesiones" variant="default">
        {t('agreements.register.empty.none.action')}
      </Button>
    ),
    noMatches: (
      <Button variant="default" onClick={onClear}>
        {t('agreements.register.clearFilters')}
      </Button>
    ),
    pastEnd: (
      <Button variant="default" onClick={onFirstPage}>
        {t('agreements.register.empty.pastEnd.action')}
      </Button>
    ),
  }[reason];
  return (
    <EmptyState
      py="xl"
      icon={<IconChecklist size={28} />}
      withIndicatorBackground
      title={t(`agreements.register.empty.${reason}.title`)}
      description={t(`agreements.register.empty.${reason}.body`)}
      maw={640}
      mx="auto"
    >
      <EmptyState.Actions>{action}</EmptyState.Actions>
    </EmptyState>
  );
}
