/**
 * A part of the protocol written as one text per entry: the functions of each member institution,
 * the differentiated care of each group. The outline shows which entries are written yet.
 */
import { Stack, Text, Title } from '@mantine/core';
import type { ProtocolVersion } from '../../../../shared/domain/protocol';
import { isBlank, type RichBlock } from '../../../../shared/domain/richText';
import { AutosavedText, useAutosavedText } from './AutosavedText';
import { OutlineLayout, useOutlineSelection } from './OutlineLayout';

export interface TextEntry {
  key: string;
  label: string;
  body: RichBlock[];
}

interface TextEntriesTabProps {
  version: ProtocolVersion;
  /** The outline's name. */
  label: string;
  intro: string;
  entries: readonly TextEntry[];
  save: (key: string, body: RichBlock[]) => Promise<unknown>;
}

export function TextEntriesTab({ version, label, intro, entries, save }: TextEntriesTabProps) {
  const [selected, select] = useOutlineSelection(entries.map((e) => e.key));
  const entry = entries.find((e) => e.key === selected);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {intro}
      </Text>
      <OutlineLayout label={label} entries={entries.map((e) => ({ key: e.key, label: e.label, written: !isBlank(e.body) }))} selected={selected} onSelect={select}>
        {entry && <EntryEditor key={entry.key} version={version} entry={entry} save={save} />}
      </OutlineLayout>
    </Stack>
  );
}

function EntryEditor({ version, entry, save }: { version: ProtocolVersion; entry: TextEntry; save: TextEntriesTabProps['save'] }) {
  const autosave = useAutosavedText(`entry-${entry.key}`, entry.body, (body) => save(entry.key, body));
  const heading = (
    <Title order={2} fz="lg">
      {entry.label}
    </Title>
  );
  return <AutosavedText autosave={autosave} label={entry.label} heading={heading} readOnly={version.locked} />;
}
