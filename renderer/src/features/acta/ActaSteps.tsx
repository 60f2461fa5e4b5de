/** Borrador → Aprobada → Firmada, with when and where each step happened. */
import { Box, Group, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconChevronRight } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../shared/domain/sessions';
import { ACTA_STATUSES } from '../../../../shared/rules/acta';
import { shortDate } from '../../lib/dates';

export function ActaSteps({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const { approval, signedScan } = session;
  const reached = ACTA_STATUSES.indexOf(session.actaStatus);
  const details: Record<(typeof ACTA_STATUSES)[number], string> = {
    borrador: t(reached === 0 ? 'acta.steps.draftNow' : 'acta.steps.draftDone'),
    aprobada: approval ? t('acta.steps.approvedOn', { date: shortDate(approval.date), session: approval.sessionTitle }) : t('acta.steps.approvedLater'),
    firmada: signedScan ? t('acta.steps.signedOn', { date: dayjs(signedScan.uploadedAt).format('DD/MM/YYYY') }) : t('acta.steps.signedLater'),
  };

  return (
    <Group component="ol" gap="xs" wrap="nowrap" align="flex-start" aria-label={t('acta.steps.label')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {ACTA_STATUSES.map((status, index) => {
        const done = index <= reached;
        return (
          <Fragment key={status}>
            {index > 0 && <IconChevronRight size={16} color="var(--mantine-color-gray-5)" style={{ marginTop: 4, flexShrink: 0 }} aria-hidden />}
            <Group component="li" gap={8} wrap="nowrap" align="flex-start" aria-current={index === reached ? 'step' : undefined} maw={230}>
              <ThemeIcon size={24} radius="xl" variant={done ? 'filled' : 'light'} color={done ? 'violet' : 'gray'}>
                {done ? <IconCheck size={14} /> : <Text size="xs">{index + 1}</Text>}
              </ThemeIcon>
              <Box>
                <Text size="sm" fw={index === reached ? 700 : 500} c={done ? undefined : 'dimmed'}>
                  {t(`acta.steps.${status}`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {details[status]}
                </Text>
              </Box>
            </Group>
          </Fragment>
        );
      })}
    </Group>
  );
}
