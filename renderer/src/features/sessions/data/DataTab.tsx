/** "Datos y agenda": the session's data, its agenda, and deleting a session not yet convened. */
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../../shared/domain/sessions';
import { AgendaBuilder } from '../agenda/AgendaBuilder';
import { DeleteSessionButton } from './DeleteSessionButton';
import { SessionEditor } from './SessionEditor';
import { SessionFacts } from './SessionFacts';

export function DataTab({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <Stack gap="xs" component="section" aria-labelledby="session-data">
        <Title order={2} fz="xl" id="session-data">
          {t('sessions.data.title')}
        </Title>
        {session.locked ? <SessionFacts session={session} /> : <SessionEditor session={session} />}
      </Stack>
      <AgendaBuilder session={session} />
      {session.convocation === null && !session.locked && <DeleteSessionButton session={session} />}
    </Stack>
  );
}
