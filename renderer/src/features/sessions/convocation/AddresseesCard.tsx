/**
 * Who receives the convocation: every institution with vote, always, and the institutions without
 * vote the secretariat chooses to invite (saved as soon as they are ticked).
 */
import { Checkbox, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../../shared/domain/sessions';
import { notifyError } from '../../../lib/notify';
import { useSessionsMutation } from '../queries';

export function AddresseesCard({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const setAddressees = useSessionsMutation('sessions.setAddressees');
  const voting = session.addressees.filter((a) => a.hasVote);
  const voiceOnly = session.attendance.filter((row) => !row.hasVote);
  // A tick shows at once, while it is saved; a refusal puts the saved list back.
  const invited = new Set(
    setAddressees.isPending ? setAddressees.variables.invitedIds : session.addressees.filter((a) => !a.hasVote).map((a) => a.institutionId),
  );

  const toggle = (institutionId: number, checked: boolean) => {
    const next = new Set(invited);
    if (checked) next.add(institutionId);
    else next.delete(institutionId);
    setAddressees.mutate({ sessionId: session.id, invitedIds: [...next] }, { onError: notifyError });
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="addressees-title">
      <Stack gap="sm">
        <Title order={3} fz="lg" id="addressees-title">
          {t('sessions.convocation.addressees', { total: session.addressees.length })}
        </Title>
        <Text size="sm">{t('sessions.convocation.votingAddressees', { count: voting.length })}</Text>
        <List size="sm" spacing={2} aria-label={t('sessions.convocation.votingList')} style={{ columns: 2, columnGap: 'var(--mantine-spacing-xl)' }}>
          {voting.map((a) => (
            <List.Item key={a.institutionId}>{a.institutionName}</List.Item>
          ))}
        </List>
        <Text size="sm" fw={600} mt="xs">
          {t('sessions.convocation.inviteVoiceOnly')}
        </Text>
        {voiceOnly.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('sessions.convocation.noVoiceOnly')}
          </Text>
        ) : (
          <Stack gap={6}>
            {voiceOnly.map((row) => (
              <Checkbox
                key={row.institutionId}
                label={row.institutionName}
                checked={invited.has(row.institutionId)}
                disabled={session.locked}
                onChange={(event) => toggle(row.institutionId, event.currentTarget.checked)}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
