/** "Convocatoria": who is convened and how, until it is issued; then its number and the receipts. */
import { Stack } from '@mantine/core';
import type { SessionDetail } from '../../../../../shared/domain/sessions';
import { useTaskforce } from '../../../lib/commonQueries';
import { AddresseesCard } from './AddresseesCard';
import { ConvocationSummary } from './ConvocationSummary';
import { DeliveriesTable } from './DeliveriesTable';
import { IssueConvocationCard } from './IssueConvocationCard';

export function ConvocationTab({ session }: { session: SessionDetail }) {
  const taskforce = useTaskforce();
  const { convocation } = session;
  if (convocation) {
    return (
      <Stack gap="md">
        <ConvocationSummary session={session} convocation={convocation} />
        <DeliveriesTable session={session} convocationDate={convocation.date} />
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <AddresseesCard session={session} />
      <IssueConvocationCard session={session} settings={taskforce.data ?? null} />
    </Stack>
  );
}

