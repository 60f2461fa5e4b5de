/** "Exportar Word" of a protocol version, saved where the user says. */
import { useMutation } from '@tanstack/react-query';
import { call } from '../../api';
import { saveFileAndTell } from '../../lib/fileNotices';
import { notifyError } from '../../lib/notify';

export const useExportProtocol = () =>
  useMutation({
    mutationFn: async (versionId: number) => saveFileAndTell(await call('documents.protocol', { versionId })),
    onError: notifyError,
  });
