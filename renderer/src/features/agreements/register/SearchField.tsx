/**
 * Free-text search over number, text and responsibles. The list follows once typing pauses, and the
 * box follows the address when it changes from elsewhere (back, forward, "Limpiar filtros").
 */
import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const PAUSE_MS = 350;

export function SearchField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // What this box last sent: its own change coming back must not undo what was typed since.
  const [sent, setSent] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (value !== sent) setText(value);
  }
  const commit = useDebouncedCallback((next: string) => {
    setSent(next);
    onChange(next);
  }, PAUSE_MS);
  return (
    <TextInput
      label={t('agreements.register.search')}
      placeholder={t('agreements.register.searchPlaceholder')}
      leftSection={<IconSearch size={16} />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      w={260}
    />
  );
}
