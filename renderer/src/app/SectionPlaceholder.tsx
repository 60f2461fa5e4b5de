/** A section not yet available: says plainly what the user will do there. */
import { EmptyState, List, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/PageHeader';
import type { NavItem } from './nav';

export function SectionPlaceholder({ item }: { item: NavItem }) {
  const { t } = useTranslation();
  const key = `placeholders.${item.key}`;
  const points = t(`${key}.points`, { returnObjects: true }) as string[];
  return (
    <>
      <PageHeader title={t(`nav.${item.key}`)} />
      <Paper withBorder radius="md" p="xl">
        <EmptyState
          icon={<item.icon size={30} />}
          variant="light"
          title={t(`${key}.title`)}
          description={t(`${key}.body`)}
          maw={640}
          mx="auto"
        >
          <List spacing={6} size="sm" ta="left" mt="md">
            {points.map((point) => (
              <List.Item key={point}>{point}</List.Item>
            ))}
          </List>
        </EmptyState>
      </Paper>
    </>
  );
}
