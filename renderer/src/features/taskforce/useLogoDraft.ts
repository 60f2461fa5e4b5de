/**
 * A logo chosen in the form but not yet sent: it can only be stored once the settings exist, so it
 * is sent right after they are saved. PNG or JPG up to 1 MB is checked here for a quick answer,
 * by the file's bytes as the backend checks them: a text file named ".png" is refused at once
 * instead of showing as a broken image.
 */
import { useState } from 'react';
import { LOGO_MAX_BYTES, LOGO_MIME_TYPES } from '../../../../shared/domain/taskforce';
import { sniffImage } from '../../../../shared/rules/image';
import type { FieldError } from '../../../../shared/result';
import { dataUrl, toBase64 } from '../../lib/files';

interface LogoDraft {
  /** Base64 without the "data:" prefix, as taskforce.setLogo expects. */
  dataBase64: string;
  /** A data: URL for the preview. */
  previewUrl: string;
}

export interface LogoDraftState {
  draft: LogoDraft | null;
  problem: FieldError | null;
  choose: (file: File | null) => void;
  discard: () => void;
  setProblem: (problem: FieldError | null) => void;
}

export function useLogoDraft(): LogoDraftState {
  const [draft, setDraft] = useState<LogoDraft | null>(null);
  const [problem, setProblem] = useState<FieldError | null>(null);

  const choose = (file: File | null) => {
    if (!file) return;
    setDraft(null);
    if (!(LOGO_MIME_TYPES as readonly string[]).includes(file.type)) {
      setProblem({ path: 'dataBase64', key: 'taskforce.logoNotImage' });
      return;
    }
    if (file.size > LOGO_MAX_BYTES) {
      setProblem({ path: 'dataBase64', key: 'taskforce.logoTooLarge', params: { max: LOGO_MAX_BYTES / 1024 } });
      return;
    }
    setProblem(null);
    const notImage = () => setProblem({ path: 'dataBase64', key: 'taskforce.logoNotImage' });
    file.arrayBuffer().then((buffer) => {
      const bytes = new Uint8Array(buffer);
      const image = sniffImage(bytes);
      if (!image) return notImage();
      const dataBase64 = toBase64(bytes);
      setDraft({ previewUrl: dataUrl(image.mimeType, dataBase64), dataBase64 });
    }, notImage);
  };

  return { draft, problem, choose, discard: () => setDraft(null), setProblem };
}
