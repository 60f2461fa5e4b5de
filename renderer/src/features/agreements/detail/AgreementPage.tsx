/**
 * One agreement: what was agreed and where, its follow-up timeline, and the secretariat's own
 * tracking (means of verification, observations, reminders). The way back returns to the register
 * as it was left, filters included.
 */
import { Button, Grid, Stack } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { AgreementRecord } from '../../../../../shared/domain/agreements';
import { BackLink } from '../../../components/BackLink';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { FollowUpDialog } from '../FollowUpDialog';
import { useAgreement } from '../queries';
import { AgreementOverview } from './AgreementOverview';
import { FollowUpTimeline } from './FollowUpTimeline';
import { RemindersSwitch } from './RemindersSwitch';
import { TrackingPanel } from './TrackingPanel';

/** What the register passes along when it opens an agreement: its own query, to come back to. */
export interface FromRegister {
  registerSearch?: string;
}

export function AgreementPage() {
  const { t } = useTranslation();
  const params = useParams();
  const location = useLocation();
  const agreement = useAgreement(Number(params.id));
  const registerSearch = (location.state as FromRegister | null)?.registerSearch ?? '';
  return (
    <>
      <BackLink to={`/acuerdos${registerSearch}`} label={t('agreements.detail.back')} />
      <QueryState query={agreement}>{(record) => <AgreementView record={record} />}</QueryState>
    </>
  );
}

function AgreementView({ record }: { record: AgreementRecord }) {
  const { t } = useTranslation();
  const [reporting, setReporting] = useState(false);
  const annulled = record.status === 'anulado';
  const reportButton = (
    <Button leftSection={<IconMessagePlus size={16} />} disabled={annulled} title={annulled ? t('agreements.annulledIsFinal') : undefined} onClick={() => setReporting(true)}>
      {t('agreements.followUp.open')}
    </Button>
  );
  return (
    <>
      <PageHeader title={record.numberText} description={record.sessionTitle} actions={reportButton} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <AgreementOverview record={record} />
            <FollowUpTimeline record={record} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <TrackingPanel key={`${record.id}:${record.verification}:${record.observations}`} record={record} />
            <RemindersSwitch record={record} />
          </Stack>
        </Grid.Col>
      </Grid>
      <FollowUpDialog agreement={reporting ? record : null} session={null} onClose={() => setReporting(false)} />
    </>
  );
}
