/**
 * "Acuerdos en seguimiento", under the session's "seguimiento de acuerdos" item: the agreements of
 * earlier sessions still open, each with a way to record what its responsible reports, and the
 * reports already given here, which go into this acta. Once the acta is approved only those reports
 * remain, to read.
 */
import { Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementRow, FollowUp, SessionFollowUp } from '../../../../shared/domain/agreements';
import type { SessionDetail } from '../../../../shared/domain/sessions';
import { isOpen } from '../../../../shared/rules/agreementStatus';
import { ConfirmModal } from '../../components/ConfirmModal';
import { QueryState } from '../../components/QueryState';
import { longDate, today } from '../../lib/dates';
import { notifyError, notifySuccess } from '../../lib/notify';
import { FollowUpDialog, useAgreementsMutation } from '../agreements';
import { CarriedAgreement } from './CarriedAgreement';
import { useSessionFollowUp } from './queries';

interface Withdrawal {
  report: FollowUp;
  numberText: string;
}

export function FollowUpPanel({ session }: { session: SessionDetail }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const query = useSessionFollowUp(session.id);
  const remove = useAgreementsMutation('agreements.removeFollowUp');
  const [reporting, setReporting] = useState<AgreementRow | null>(null);
  const [withdrawing, setWithdrawing] = useState<Withdrawal | null>(null);
  // A report carries the session's date, and no report can be dated in the future.
  const held = session.date <= today();

  const confirmWithdraw = ({ report, numberText }: Withdrawal) =>
    remove.mutate(
      { id: report.id },
      {
        onSuccess: () => {
          setWithdrawing(null);
          notifySuccess(t('acta.followUp.withdrawn', { number: numberText }));
        },
        onError: notifyError,
      },
    );

  const list = ({ canReport, agreements, reports }: SessionFollowUp) => {
    if (agreements.length === 0) {
      return (
        <Text size="sm" c="dimmed">
          {t(canReport ? 'acta.followUp.empty' : 'acta.followUp.emptyApproved')}
        </Text>
      );
    }
    // The backend would refuse a report dated before the agreement's last one: say so before the form.
    const reportAction = (agreement: AgreementRow) => {
      if (!canReport || !held || !isOpen(agreement.status)) return { onReport: null };
      if (agreement.lastReportOn !== null && agreement.lastReportOn > session.date) {
        return { onReport: null, blockedReason: t('acta.followUp.laterReport', { date: longDate(agreement.lastReportOn, i18n.language) }) };
      }
      return { onReport: () => setReporting(agreement) };
    };
    return (
      <Stack gap="xs">
        {canReport && !held && (
          <Text size="xs" c="dimmed">
            {t('acta.followUp.notHeldYet')}
          </Text>
        )}
        {agreements.map((agreement) => (
          <CarriedAgreement
            key={agreement.id}
            agreement={agreement}
            reports={reports.filter((r) => r.agreementId === agreement.id)}
            {...reportAction(agreement)}
            onWithdraw={canReport ? (report) => setWithdrawing({ report, numberText: agreement.numberText }) : null}
          />
        ))}
      </Stack>
    );
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <div>
        <Title order={4} fz="sm" id={headingId}>
          {t('acta.followUp.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t(session.locked ? 'acta.followUp.readOnlyHelp' : 'acta.followUp.help')}
        </Text>
      </div>
      <QueryState query={query}>{list}</QueryState>
      <FollowUpDialog agreement={reporting} session={{ id: session.id, date: session.date, title: session.title }} onClose={() => setReporting(null)} />
      <ConfirmModal
        opened={withdrawing !== null}
        title={t('acta.followUp.withdrawTitle', { number: withdrawing?.numberText ?? '' })}
        message={t('acta.followUp.withdrawBody')}
        confirmLabel={t('acta.followUp.withdraw')}
        loading={remove.isPending}
        onConfirm={() => withdrawing && confirmWithdraw(withdrawing)}
        onClose={() => setWithdrawing(null)}
      />
    </Stack>
  );
}
