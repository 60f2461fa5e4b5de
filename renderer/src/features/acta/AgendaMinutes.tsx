/** The development of the session, item by item in agenda order, numbered as the acta prints it. */
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../shared/domain/sessions';
import { groupAgenda } from '../../../../shared/rules/agenda';
import { ItemMinutes } from './ItemMinutes';

export function AgendaMinutes({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  if (session.agenda.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('acta.item.noAgenda')}
      </Text>
    );
  }
  return (
    <Stack gap="md">
      {groupAgenda(session.agenda).map((group) =>
        group.type === 'single' ? (
          <Stack key={group.item.id} gap="sm">
            <ItemMinutes session={session} item={group.item} number={group.number} />
            {group.subItems.map(({ number, item }) => (
              <ItemMinutes key={item.id} session={session} item={item} number={number} />
            ))}
          </Stack>
        ) : (
          <Stack key={`group-${group.number}`} gap="sm">
            <Title order={2} fz="md" mt="xs">
              {t('acta.item.orderOfDay', { number: group.number })}
            </Title>
            {group.items.map(({ number, item }) => (
              <ItemMinutes key={item.id} session={session} item={item} number={number} />
            ))}
          </Stack>
        ),
      )}
    </Stack>
  );
}
