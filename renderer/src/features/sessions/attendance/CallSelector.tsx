/**
 * On which call the session was installed. Only the call is changed here: the start and end times
 * belong to the acta and are passed on as they are.
 */
import { Input, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../../shared/domain/sessions';
import type { SessionCall } from '../../../../../shared/rules/quorum';
import { callOptions } from '../../../lib/sessionOptions';

interface CallSelectorProps {
  session: SessionDetail;
  /** Whether the reglamento allows a second call. */
  secondCallAllowed: boolean;
  onChange: (input: { sessionId: number; call: SessionCall; startTime: string | null; endTime: string | null }) => void;
}

export function CallSelector({ session, secondCallAllowed, onChange }: CallSelectorProps) {
  const { t } = useTranslation();
  if (session.locked || (!secondCallAllowed && session.call === 'first')) {
    return (
      <Text size="sm" c="dimmed" maw={260}>
        {session.locked
          ? t(`sessions.quorum.installedOnCall.${session.call}`)
          : t('sessions.quorum.firstCallOnly')}
      </Text>
    );
  }
  return (
    <Input.Wrapper label={t('sessions.quorum.installedOn')} labelElement="div">
      <SegmentedControl
        display="flex"
        size="sm"
        aria-label={t('sessions.quorum.installedOn')}
        data={callOptions(t)}
        value={session.call}
        onChange={(call) => onChange({ sessionId: session.id, call: call as SessionCall, startTime: session.startTime, endTime: session.endTime })}
      />
    </Input.Wrapper>
  );
}
