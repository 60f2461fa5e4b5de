/**
 * The acta of a session: its state and fingerprint, the opening and closing times, and for each
 * agenda item what was said and agreed. Typing is saved as it goes; an approved acta only reads.
 */
import { Alert, Stack } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../shared/domain/sessions';
import { AgendaMinutes } from './AgendaMinutes';
import { ErrataSection } from './ErrataSection';
import { LifecyclePanel } from './LifecyclePanel';
import { ProceedingsSection } from './ProceedingsSection';
import { SaveGuard } from './SaveGuard';

export function ActaTab({ session }: { session: SessionDetail }) {
  // Another session is another acta: its fields start afresh.
  return <ActaContent key={session.id} session={session} />;
}

function ActaContent({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const { quorum, locked } = session;
  return (
    <SaveGuard>
      <Stack gap="md">
        <LifecyclePanel session={session} />
        {!locked && !quorum.met && (
          <Alert color="yellow" variant="light" icon={<IconUsers />} title={t('acta.quorum.title')} role="note">
            {quorum.votingMembers === 0 ? t('acta.agreements.noVoters') : t('acta.quorum.body', { count: quorum.missing })}
          </Alert>
        )}
        <ProceedingsSection session={session} />
        <AgendaMinutes session={session} />
        {locked && <ErrataSection session={session} />}
      </Stack>
    </SaveGuard>
  );
}
