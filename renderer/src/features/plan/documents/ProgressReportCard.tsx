/**
 * "Informe de avance": up to which period, the conclusions and next steps, and the Word file. The
 * report carries the progress-by-line chart as the "Avance" tab draws it, drawn here out of sight
 * for the period chosen and turned into an image.
 */
import { Box, Button, Group, Paper, Stack, Text, Textarea, ThemeIcon, Title } from '@mantine/core';
import { IconChartBar, IconFileTypeDocx } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../../shared/domain/plan';
import { call } from '../../../api';
import { saveFileAndTell } from '../../../lib/fileNotices';
import { notifyError } from '../../../lib/notify';
import { PercentBarChart } from '../../../components/charts/PercentBarChart';
import { lineRows } from '../progress/charts/shareRows';
import { PeriodSelect } from '../progress/PeriodSelect';
import { usePlanProgress } from '../queries';
import { chartPngBase64 } from './chartImage';

/** About the width of the page's text in the Word report. */
const REPORT_CHART_WIDTH = 720;

export function ProgressReportCard({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const headingId = useId();
  const reasonId = useId();
  const chart = useRef<HTMLDivElement>(null);
  const draft = plan.status === 'borrador';
  const [asOf, setAsOf] = useState<string | null>(null);
  const [conclusions, setConclusions] = useState('');
  const progress = usePlanProgress(plan.id, asOf, !draft);
  const title = t('plan.documents.report.title');

  const exportReport = useMutation({
    mutationFn: async () => {
      const svg = chart.current?.querySelector('svg');
      if (!svg || !progress.data) throw new Error('El gráfico aún no está listo.');
      const chartPng = await chartPngBase64(svg);
      return saveFileAndTell(await call('documents.planReport', { planId: plan.id, asOf: progress.data.asOf, chartPngBase64: chartPng, conclusions }));
    },
    onError: notifyError,
  });

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Group align="flex-start" wrap="nowrap" gap="md">
        <ThemeIcon size={40} radius="md" variant="light">
          <IconChartBar size={22} />
        </ThemeIcon>
        <Stack gap="sm" style={{ flex: 1 }}>
          <div>
            <Title order={2} fz="md" id={headingId}>
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {t('plan.documents.report.description')}
            </Text>
          </div>
          {progress.data && (
            <>
              <PeriodSelect periods={plan.periods} value={progress.data.asOf} onChange={setAsOf} label={t('plan.documents.report.asOf')} />
              <Textarea
                label={t('plan.documents.report.conclusions')}
                description={t('plan.documents.report.conclusionsHelp')}
                autosize
                minRows={3}
                maxRows={8}
                maxLength={8000}
                value={conclusions}
                onChange={(event) => setConclusions(event.currentTarget.value)}
              />
              <Box ref={chart} aria-hidden pos="absolute" left={-10_000} top={0}>
                <PercentBarChart rows={lineRows(progress.data)} title={t('plan.progress.charts.byLine')} width={REPORT_CHART_WIDTH} />
              </Box>
            </>
          )}
          <Group gap="sm" wrap="nowrap">
            <Button
              size="sm"
              variant="light"
              leftSection={<IconFileTypeDocx size={16} />}
              disabled={draft || !progress.data || progress.isPlaceholderData}
              aria-describedby={draft ? reasonId : undefined}
              loading={exportReport.isPending}
              onClick={() => exportReport.mutate()}
              aria-label={t('common.files.exportOf', { name: title })}
            >
              {t('common.files.export')}
            </Button>
            {draft && (
              <Text id={reasonId} size="xs" c="orange.9">
                {t('plan.documents.report.needsApproval')}
              </Text>
            )}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
