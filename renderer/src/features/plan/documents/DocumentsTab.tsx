/** "Documentos": the plan itself and its progress report, as Word files saved where the user says. */
import { SimpleGrid, Text } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../../shared/domain/plan';
import { call } from '../../../api';
import { DocumentCard } from '../../../components/DocumentCard';
import { saveFileAndTell } from '../../../lib/fileNotices';
import { notifyError } from '../../../lib/notify';
import { ProgressReportCard } from './ProgressReportCard';

export function DocumentsTab({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const exportPlan = useMutation({
    mutationFn: async () => saveFileAndTell(await call('documents.plan', { planId: plan.id })),
    onError: notifyError,
  });
  const description = `${t('plan.documents.plan.description')}${plan.status === 'borrador' ? ` ${t('plan.documents.plan.draftNote')}` : ''}`;
  return (
    <>
      <Text size="sm" c="dimmed" mb="md">
        {t('plan.documents.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <DocumentCard
          icon={<IconTargetArrow size={22} />}
          title={t('plan.documents.plan.title')}
          description={description}
          unavailable={null}
          exporting={exportPlan.isPending}
          onExport={() => exportPlan.mutate()}
        />
        <ProgressReportCard plan={plan} />
      </SimpleGrid>
    </>
  );
}
