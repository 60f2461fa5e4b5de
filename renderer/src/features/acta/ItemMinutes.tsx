/**
 * One agenda item in the acta: when it was discussed, what was said (autosaved as it is typed,
 * behind the confidentiality guard), the follow-up of earlier agreements under the session's
 * "seguimiento de acuerdos" item, and the agreements adopted under it.
 */
import { Group, Input, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { plainText, type RichBlock } from '../../../../shared/domain/richText';
import { type AgendaItem, itemMinutesInput, type SessionDetail } from '../../../../shared/domain/sessions';
import { RichTextEditor, type RichTextHandle } from '../../components/richText/RichTextEditor';
import { ClockField } from '../../components/ClockField';
import { SaveStatus } from '../../components/SaveStatus';
import { schemaErrors } from '../../lib/forms';
import { notifyLocked } from '../../lib/lockNotice';
import { useAutosave } from '../../lib/useAutosave';
import { FollowUpCount } from './FollowUpCount';
import { FollowUpPanel } from './FollowUpPanel';
import { ItemAgreements } from './ItemAgreements';
import { useSaveItemMinutes } from './queries';
import { acknowledgedIn, useSensitiveGuard } from '../../lib/sensitive';
import { SensitiveWarning } from '../../components/SensitiveWarning';

interface Minutes {
  discussion: RichBlock[];
  startTime: string | null;
  endTime: string | null;
}

interface ItemMinutesProps {
  session: SessionDetail;
  item: AgendaItem;
  /** "3" or "6.1", as the agenda numbers it. */
  number: string;
}

export function ItemMinutes({ session, item, number }: ItemMinutesProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const warningId = useId();
  const editor = useRef<RichTextHandle>(null);
  const saveMinutes = useSaveItemMinutes();
  const guard = useSensitiveGuard(plainText(item.discussion));
  // Sent only once every finding is confirmed (see isHeld), so "acknowledged" is then true.
  const input = (minutes: Minutes) => ({
    id: item.id,
    ...minutes,
    acknowledgedSensitive: acknowledgedIn(plainText(minutes.discussion)),
  });
  const autosave = useAutosave<Minutes>({
    id: `item-${item.id}`,
    initial: { discussion: item.discussion, startTime: item.startTime, endTime: item.endTime },
    isHeld: (minutes) => guard.unconfirmed(plainText(minutes.discussion)).length > 0 || !itemMinutesInput.safeParse(input(minutes)).success,
    save: (minutes) => saveMinutes.mutateAsync(input(minutes)),
  });
  const minutes = autosave.value;
  const findings = guard.unconfirmed(plainText(minutes.discussion));
  const errors = schemaErrors(itemMinutesInput, input(minutes));
  const locked = session.locked;
  // The acta prints the reports under the first such item only, so the panel goes there alone.
  const followsUp = session.agenda.find((i) => i.kind === 'seguimiento_acuerdos')?.id === item.id;
  const time = (field: 'startTime' | 'endTime') => ({
    value: minutes[field] ?? '',
    onChange: (typed: string) => {
      const value = typed || null;
      autosave.change((latest) => ({ ...latest, [field]: value }));
    },
    onBlur: () => void autosave.flush(),
    error: errors[field],
    disabled: locked,
  });

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="nowrap" gap="md">
          <Stack gap={2} style={{ flex: 1 }}>
            <Group gap="sm" wrap="nowrap">
              <Title order={3} fz="md" id={headingId}>
                {t('acta.item.heading', { number: number.includes('.') ? number : `${number}.`, title: item.title })}
              </Title>
              {followsUp && <FollowUpCount sessionId={session.id} />}
            </Group>
            {item.presenterName && (
              <Text size="sm" c="dimmed">
                {t('acta.item.presenter', { name: item.presenterName })}
              </Text>
            )}
            <SaveStatus autosave={autosave} heldReason={t(findings.length > 0 ? 'acta.status.reasonSensitive' : 'acta.status.reasonInvalid')} />
          </Stack>
          {/* A closed acta shows only the times it records. */}
          {(!locked || minutes.startTime || minutes.endTime) && (
            <>
              <ClockField size="xs" label={t('acta.item.startTime')} w={120} {...time('startTime')} />
              <ClockField size="xs" label={t('acta.item.endTime')} w={120} {...time('endTime')} />
            </>
          )}
        </Group>
        <Input.Wrapper error={errors.discussion}>
          <RichTextEditor
            ref={editor}
            label={t('acta.item.discussionOf', { number })}
            initial={minutes.discussion}
            readOnly={locked}
            onChange={(discussion) => autosave.change((latest) => ({ ...latest, discussion }))}
            onBlur={() => void autosave.flush()}
            onReadOnlyAttempt={() => notifyLocked('sessions.actaLocked')}
            warning={findings.length > 0}
            describedBy={findings.length > 0 ? warningId : undefined}
          />
        </Input.Wrapper>
        {findings.length > 0 && (
          <SensitiveWarning
            id={warningId}
            findings={findings}
            onRewrite={() => editor.current?.focus()}
            guard={guard}
            onConfirm={() => void autosave.flush()}
          />
        )}
        {followsUp && <FollowUpPanel session={session} />}
        <ItemAgreements session={session} item={item} number={number} />
      </Stack>
    </Paper>
  );
}
