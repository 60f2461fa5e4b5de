/** The seguimiento item's header count: "5 acuerdos abiertos", or once approved how many were reported on; nothing for none. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isOpen } from '../../../../shared/rules/agreementStatus';
import { useSessionFollowUp } from './queries';

export function FollowUpCount({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const { data } = useSessionFollowUp(sessionId);
  if (!data) return null;
  const count = data.canReport ? data.agreements.filter((a) => isOpen(a.status)).length : data.agreements.length;
  // Nothing to count says nothing: the panel's empty state speaks for it.
  if (count === 0) return null;
  return (
    <Badge variant="light" color={data.canReport ? 'blue' : 'gray'} size="sm" style={{ flexShrink: 0 }}>
      {t(data.canReport ? 'acta.followUp.openCount' : 'acta.followUp.reportedCount', { count })}
    </Badge>
  );
}
