/**
 * The verification file (a signed oficio, a photo of the event): attached, replaced or removed at
 * once, apart from the texts' "Guardar". Checked for size before it is read.
 */
import { Button, type ButtonProps, FileButton, Group, Input, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileDownload, IconPaperclip, IconReplace, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementRecord } from '../../../../../shared/domain/agreements';
import { call } from '../../../api';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { readBase64 } from '../../../lib/files';
import { notifyError, notifySuccess, notifyWarning } from '../../../lib/notify';
import { evidenceRefusal, VERIFICATION_ACCEPT } from '../../../lib/evidence';
import { useAgreementsMutation } from '../queries';
import { useSaveFile } from '../useSaveFile';

export function VerificationFile({ record }: { record: AgreementRecord }) {
  const { t } = useTranslation();
  const attach = useAgreementsMutation('agreements.attachVerification');
  const remove = useAgreementsMutation('agreements.removeVerification');
  const download = useSaveFile(() => call('agreements.getFile', { kind: 'verification', id: record.id }));
  const [removing, removal] = useDisclosure(false);
  // Lets the same file be picked again after a refusal.
  const resetRef = useRef<() => void>(null);
  const name = record.verificationFileName;

  const pick = async (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    const refusal = evidenceRefusal(file);
    if (refusal) return notifyWarning(t(refusal));
    try {
      await attach.mutateAsync({ id: record.id, fileName: file.name, dataBase64: await readBase64(file) });
      notifySuccess(t('agreements.tracking.attached', { name: file.name }));
    } catch (error) {
      notifyError(error);
    }
  };
  const confirmRemoval = async () => {
    try {
      await remove.mutateAsync({ id: record.id });
      notifySuccess(t('agreements.tracking.fileRemoved', { name }));
      removal.close();
    } catch (error) {
      notifyError(error);
    }
  };
  const picker = (label: string, icon: ReactNode, variant: ButtonProps['variant']) => (
    <FileButton onChange={(file) => void pick(file)} accept={VERIFICATION_ACCEPT} resetRef={resetRef}>
      {(props) => (
        <Button {...props} size="compact-sm" variant={variant} leftSection={icon} loading={attach.isPending}>
          {label}
        </Button>
      )}
    </FileButton>
  );

  return (
    <Input.Wrapper label={t('agreements.tracking.file')} description={t('agreements.evidenceHelp')} labelElement="div">
      <Group gap="xs" mt={6}>
        {name ? (
          <>
            <Button size="compact-sm" variant="light" leftSection={<IconFileDownload size={14} />} loading={download.isPending} onClick={() => download.mutate(undefined)}>
              <Text span size="sm" truncate maw={200}>
                {name}
              </Text>
            </Button>
            {picker(t('agreements.tracking.replace'), <IconReplace size={14} />, 'subtle')}
            <Button size="compact-sm" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={removal.open}>
              {t('agreements.tracking.removeFile')}
            </Button>
          </>
        ) : (
          picker(t('agreements.tracking.attach'), <IconPaperclip size={14} />, 'default')
        )}
      </Group>
      <ConfirmModal
        opened={removing}
        onClose={removal.close}
        title={t('agreements.tracking.removeFileTitle')}
        message={t('agreements.tracking.removeFileBody', { name })}
        confirmLabel={t('agreements.tracking.removeFile')}
        onConfirm={() => void confirmRemoval()}
        loading={remove.isPending}
      />
    </Input.Wrapper>
  );
}
