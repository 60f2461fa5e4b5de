/** A discreet line saying whether what was typed is safe: saving, saved, or not saved and why. */
import { Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCloudUpload } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/messages';
import type { Autosave } from '../lib/useAutosave';

const RECENT_MS = 60_000;

const clock = (ms: number) => {
  const date = new Date(ms);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
};

/** Re-renders now and then while `active`, so "a moment ago" turns into the time it was saved. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

interface SaveStatusProps {
  autosave: Pick<Autosave<unknown>, 'status' | 'savedAt' | 'error' | 'flush'>;
  /** Why a held value is not saved ("revise el aviso", "revise las horas"). */
  heldReason: string;
}

export function SaveStatus({ autosave, heldReason }: SaveStatusProps) {
  const { t } = useTranslation();
  const { status, savedAt, error, flush } = autosave;
  const now = useNow(status === 'saved');

  let content = null;
  if (status === 'pending' || status === 'saving') {
    content = <Line icon={<IconCloudUpload size={14} />} color="dimmed" text={t('common.autosave.saving')} />;
  } else if (status === 'saved' && savedAt !== null) {
    const text = now - savedAt < RECENT_MS ? t('common.autosave.savedNow') : t('common.autosave.savedAt', { time: clock(savedAt) });
    content = <Line icon={<IconCheck size={14} />} color="teal.8" text={text} />;
  } else if (status === 'held') {
    content = <Line icon={<IconAlertTriangle size={14} />} color="orange.8" text={t('common.autosave.held', { reason: heldReason })} />;
  } else if (status === 'failed') {
    content = (
      <Group gap={6} wrap="nowrap">
        <Line icon={<IconAlertTriangle size={14} />} color="red.8" text={t('common.autosave.failed', { reason: error ? errorMessage(error) : '' })} />
        <Button size="compact-xs" variant="subtle" color="red" onClick={() => void flush()}>
          {t('common.retry')}
        </Button>
      </Group>
    );
  }
  return (
    <div role="status" aria-live="polite">
      {content}
    </div>
  );
}

function Line({ icon, color, text }: { icon: ReactNode; color: string; text: string }) {
  return (
    <Group gap={4} wrap="nowrap" c={color}>
      {icon}
      <Text size="xs" c={color}>
        {text}
      </Text>
    </Group>
  );
}
