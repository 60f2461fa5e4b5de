/** The session's quorum at a glance: "Quórum: 9 de 17 — faltan 1", green once it is reached. */
import { Badge } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Quorum } from '../../../../../shared/domain/sessions';

/** `upcoming`: before the session's day a missing quorum is expected, so it is not shown in red. */
export function QuorumBadge({ quorum, upcoming }: { quorum: Quorum; upcoming: boolean }) {
  const { t } = useTranslation();
  const counts = { present: quorum.present, voting: quorum.votingMembers };
  const text = quorum.met
    ? t('sessions.quorum.badgeMet', counts)
    : t('sessions.quorum.badgeMissing', { ...counts, count: quorum.missing });
  return (
    <Badge
      size="lg"
      variant="light"
      color={quorum.met ? 'teal' : upcoming ? 'gray' : 'red'}
      leftSection={<IconUsers size={14} aria-hidden />}
      role="status"
      data-testid="quorum-badge"
    >
      {text}
    </Badge>
  );
}
