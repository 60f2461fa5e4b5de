/**
 * A form in a modal that stays usable on a 1366×768 screen: the fields scroll between a title and
 * buttons that both stay in view (the scrolling itself is set up for every modal in the theme).
 */
import { Button, Group, Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormModalProps {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  /** Mounted only while open, so every opening starts from fresh values. */
  children: ReactNode;
}

export function FormModal({ opened, onClose, title, children }: FormModalProps) {
  return (
    // 620 px wide: on a 1366 px screen its buttons end left of the notices in the bottom right corner.
    <Modal opened={opened} onClose={onClose} title={title} size="lg" yOffset="3dvh" styles={{ body: { paddingBottom: 0 } }}>
      {opened && children}
    </Modal>
  );
}

interface FormActionsProps {
  onCancel: () => void;
  submitLabel: string;
  loading: boolean;
}

/** Cancel and submit, kept at the bottom of the modal while the fields scroll above them. */
export function FormActions({ onCancel, submitLabel, loading }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group
      justify="flex-end"
      gap="sm"
      py="md"
      mt="lg"
      pos="sticky"
      bottom={0}
      bg="var(--mantine-color-body)"
      style={{ zIndex: 2, borderTop: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={loading}>
        {submitLabel}
      </Button>
    </Group>
  );
}
