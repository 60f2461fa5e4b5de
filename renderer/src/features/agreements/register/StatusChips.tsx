/** The statuses to show, one click each; none chosen shows them all. */
import { Chip, Group, Input } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../../../../../shared/rules/agreementStatus';
import { statusLabel } from '../status';

export function StatusChips({ value, onChange }: { value: AgreementStatus[]; onChange: (value: AgreementStatus[]) => void }) {
  const { t } = useTranslation();
  const label = t('agreements.register.status');
  return (
    <Input.Wrapper label={label} labelElement="div">
      <Chip.Group multiple value={value} onChange={(statuses) => onChange(statuses as AgreementStatus[])}>
        <Group gap={6} role="group" aria-label={label} h={36} align="center">
          {AGREEMENT_STATUSES.map((status) => (
            <Chip key={status} value={status} size="sm" variant="outline">
              {statusLabel(t, status)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Input.Wrapper>
  );
}
