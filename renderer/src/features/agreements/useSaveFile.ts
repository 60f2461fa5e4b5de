/** Fetches a file from the backend and saves it where the user says; a failure becomes a notice. */
import { useMutation } from '@tanstack/react-query';
import type { ExportedFile } from '../../../../shared/domain/sessions';
import { saveFileAndTell } from '../../lib/fileNotices';
import { notifyError } from '../../lib/notify';

export const useSaveFile = <A>(fetch: (arg: A) => Promise<ExportedFile>) =>
  useMutation({ mutationFn: async (arg: A) => saveFileAndTell(await fetch(arg)), onError: notifyError });
