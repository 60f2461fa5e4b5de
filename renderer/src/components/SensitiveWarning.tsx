/**
 * Shown under a text that looks like it identifies a victim: what was found, why the instancia
 * does not keep it, and the two ways on. The text is not saved until the user chooses.
 */
import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SensitiveFinding } from '../../../shared/rules/confidentiality';
import type { SensitiveGuard } from '../lib/sensitive';

interface SensitiveWarningProps {
  id?: string;
  findings: readonly SensitiveFinding[];
  /** Puts the cursor back in the text. */
  onRewrite: () => void;
  /** Remembers the confirmed findings, before `onConfirm` saves the text as it is. */
  guard: Pick<SensitiveGuard, 'confirm'>;
  /** Saves the text, now confirmed to identify no victim. */
  onConfirm: () => void;
  confirming?: boolean;
}

export function SensitiveWarning({ id, findings, onRewrite, guard, onConfirm, confirming }: SensitiveWarningProps) {
  const { t } = useTranslation();
  return (
    <Alert id={id} color="orange" variant="light" icon={<IconShieldExclamation />} title={t('acta.sensitive.title')}>
      <List size="sm" spacing={2} mb="xs">
        {findings.map((finding) => (
          <List.Item key={`${finding.kind}:${finding.match}`}>{t(`acta.sensitive.kind.${finding.kind}`, { match: finding.match })}</List.Item>
        ))}
      </List>
      <Text size="sm" mb="sm">
        {t('acta.sensitive.explain')}
      </Text>
      <Group gap="sm">
        <Button size="xs" onClick={onRewrite}>
          {t('acta.sensitive.rewrite')}
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={() => {
            guard.confirm(findings);
            onConfirm();
          }}
          loading={confirming}
        >
          {t('acta.sensitive.confirm')}
        </Button>
      </Group>
    </Alert>
  );
}
