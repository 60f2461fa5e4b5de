/**
 * The acta's fingerprint (SHA-256 of its content), shortened for the eye and copied whole: it lets
 * anyone check that a printed copy matches the record. While a draft, it changes with each edit.
 */
import { ActionIcon, Code, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "3f2a9c1e…b71e04d2": the start and end are enough to compare by eye. */
const shorten = (hash: string) => (hash.length > 20 ? `${hash.slice(0, 8)}…${hash.slice(-8)}` : hash);

/**
 * The clipboard API may be refused (the desktop app grants the page no permissions); copying a
 * selection in answer to the click needs none.
 */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

export function ContentHash({ hash, draft }: { hash: string; draft: boolean }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await copyText(hash);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <div>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={500}>
          {t('acta.hash.label')}
        </Text>
        <Code title={hash} data-testid="content-hash">
          {shorten(hash)}
        </Code>
        <Tooltip label={copied ? t('acta.hash.copied') : t('acta.hash.copy')} withArrow>
          <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} size="sm" aria-label={t('acta.hash.copy')} onClick={() => void copy()}>
            {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
          </ActionIcon>
        </Tooltip>
      </Group>
      <Text size="xs" c="dimmed" mt={2}>
        {t('acta.hash.help')} {draft && t('acta.hash.draftHelp')}
      </Text>
    </div>
  );
}
