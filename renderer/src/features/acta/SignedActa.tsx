/**
 * The signed acta: its scan (PDF, JPG or PNG up to 10 MB) is attached once the acta is approved,
 * and can be saved again at any time.
 */
import { Button, FileButton } from '@mantine/core';
import { IconFileDownload, IconUpload } from '@tabler/icons-react';
import i18n from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNED_ACTA_MAX_BYTES, SIGNED_ACTA_TYPES } from '../../../../shared/domain/acta';
import type { SessionDetail } from '../../../../shared/domain/sessions';
import { call } from '../../api';
import { saveFileAndTell } from '../../lib/fileNotices';
import { readBase64 } from '../../lib/files';
import { notifyError, notifySuccess, notifyWarning } from '../../lib/notify';
import { useAttachSignedActa } from './queries';

/** The reason a file cannot be the signed acta, checked before reading it. */
function refusal(file: File): string | null {
  if (file.size > SIGNED_ACTA_MAX_BYTES) return i18n.t('sessions.scanTooLarge');
  if (!(SIGNED_ACTA_TYPES as readonly string[]).includes(file.type)) return i18n.t('sessions.scanNotAccepted');
  return null;
}

export function AttachSignedActaButton({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const attach = useAttachSignedActa();
  const [reading, setReading] = useState(false);

  const onFile = async (file: File | null) => {
    if (!file) return;
    const problem = refusal(file);
    if (problem) return notifyWarning(problem);
    setReading(true);
    try {
      const dataBase64 = await readBase64(file);
      await attach.mutateAsync({ id: session.id, fileName: file.name, dataBase64 });
      notifySuccess(t('acta.signed.attached', { name: file.name }));
    } catch (error) {
      notifyError(error);
    } finally {
      setReading(false);
    }
  };

  return (
    <FileButton onChange={(file) => void onFile(file)} accept={SIGNED_ACTA_TYPES.join(',')}>
      {(props) => (
        <Button {...props} leftSection={<IconUpload size={16} />} loading={reading}>
          {t('acta.signed.attach')}
        </Button>
      )}
    </FileButton>
  );
}

export function ViewSignedActaButton({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const view = async () => {
    setLoading(true);
    try {
      await saveFileAndTell(await call('acta.getSigned', { id: session.id }));
    } catch (error) {
      notifyError(error);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Button variant="default" leftSection={<IconFileDownload size={16} />} loading={loading} onClick={() => void view()}>
      {t('acta.signed.view')}
    </Button>
  );
}
