/** The overdue agreements, or those due soon: the first few, and the way to the whole filtered register. */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DueAgreement, type DueItem, DueList } from '../agreements';
import { DashboardCard } from './DashboardCard';

interface DueAgreementsCardProps {
  title: string;
  items: readonly DueItem[];
  today: string;
  /** Said when nothing is due: good news, not an empty box. */
  empty: string;
  /** The register filtered the same way. */
  registerLink: string;
}

export function DueAgreementsCard({ title, items, today, empty, registerLink }: DueAgreementsCardProps) {
  const { t } = useTranslation();
  const link = { to: registerLink, label: t('dashboard.lists.seeAll'), accessibleName: t('dashboard.lists.seeAllOf', { list: title }) };
  return (
    <DashboardCard title={title} link={items.length > 0 ? link : undefined}>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <DueList label={title}>
          {items.map((item) => (
            <DueAgreement key={item.id} item={item} today={today} />
          ))}
        </DueList>
      )}
    </DashboardCard>
  );
}
