/** How something was approved, in a table cell: the agreement or reference, and the date. */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { longDate } from '../../lib/dates';

interface ApprovalCellProps {
  approval: { reference: string; approvedOn: string } | null;
  /** Said when it has not been approved yet. */
  pending: string;
}

export function ApprovalCell({ approval, pending }: ApprovalCellProps) {
  const { i18n } = useTranslation();
  if (!approval) {
    return (
      <Text size="sm" c="dimmed">
        {pending}
      </Text>
    );
  }
  return (
    <>
      <Text size="sm">{approval.reference}</Text>
      <Text size="xs" c="dimmed">
        {longDate(approval.approvedOn, i18n.language)}
      </Text>
    </>
  );
}
