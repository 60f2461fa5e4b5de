/** The session's four Word documents, each exported on request and saved where the user says. */
import { SimpleGrid, Text } from '@mantine/core';
import { IconClipboardList, IconFileText, IconListNumbers, IconMail, type Icon } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type SessionDetail, type SessionDocument, SESSION_DOCUMENTS } from '../../../../shared/domain/sessions';
import { call } from '../../api';
import { DocumentCard } from '../../components/DocumentCard';
import { saveFileAndTell } from '../../lib/fileNotices';
import { notifyError } from '../../lib/notify';

const ICONS: Record<SessionDocument, Icon> = {
  convocation: IconMail,
  agenda: IconListNumbers,
  attendanceSheet: IconClipboardList,
  acta: IconFileText,
};

export function DocumentsTab({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const exportDocument = useMutation({
    mutationFn: async (document: SessionDocument) => saveFileAndTell(await call('documents.session', { sessionId: session.id, document })),
    onError: notifyError,
  });
  // Only the convocation needs its number; the others can be printed from the start.
  const unavailable = (document: SessionDocument) => (document === 'convocation' && session.convocation === null ? t('documents.needsConvocation') : null);
  const description = (document: SessionDocument) =>
    document === 'acta' && session.actaStatus === 'borrador' ? `${t('acta.documents.acta.description')} ${t('acta.documents.acta.draftNote')}` : t(`acta.documents.${document}.description`);

  return (
    <>
      <Text size="sm" c="dimmed" mb="md">
        {t('acta.documents.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {SESSION_DOCUMENTS.map((document) => {
          const DocumentIcon = ICONS[document];
          return (
            <DocumentCard
              key={document}
              icon={<DocumentIcon size={22} />}
              title={t(`acta.documents.${document}.title`)}
              description={description(document)}
              unavailable={unavailable(document)}
              exporting={exportDocument.isPending && exportDocument.variables === document}
              onExport={() => exportDocument.mutate(document)}
            />
          );
        })}
      </SimpleGrid>
    </>
  );
}
