/**
 * What changed in a text, word by word: added words underlined, removed words struck through (and
 * tinted), so the difference reads without colour too.
 */
import { Text } from '@mantine/core';
import { diffWords } from 'diff';
import { useTranslation } from 'react-i18next';

const MARKS = {
  inserted: { tag: 'ins', style: { textDecoration: 'underline', textDecorationThickness: 2, backgroundColor: 'var(--mantine-color-teal-0)', color: 'var(--mantine-color-teal-9)' } },
  deleted: { tag: 'del', style: { textDecoration: 'line-through', backgroundColor: 'var(--mantine-color-red-0)', color: 'var(--mantine-color-red-9)' } },
} as const;

/** Text added (`inserted`) or removed (`deleted`) between two versions. */
export function DiffMark({ kind, children }: { kind: keyof typeof MARKS; children: string }) {
  const { t } = useTranslation();
  const { tag: Tag, style } = MARKS[kind];
  return (
    <Tag style={style} title={t(`protocol.compare.${kind}`)}>
      {children}
    </Tag>
  );
}

export function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {diffWords(before, after).map((part, i) => {
        if (part.added) return <DiffMark key={i} kind="inserted">{part.value}</DiffMark>;
        if (part.removed) return <DiffMark key={i} kind="deleted">{part.value}</DiffMark>;
        return <span key={i}>{part.value}</span>;
      })}
    </Text>
  );
}
