/**
 * Saving the settings, shared by the wizard and the "Instancia" page: check with the shared schema,
 * save, then send a newly chosen logo (it needs the saved settings), then refresh the app status.
 */
import { useQueryClient } from '@tanstack/react-query';
import i18n from 'i18next';
import { useState } from 'react';
import { errorData, invalidateDomains } from '../../api';
import { showServerError } from '../../lib/forms';
import { errorMessage } from '../../lib/messages';
import { notifyCheckFields, notifyWarning } from '../../lib/notify';
import { type SettingsForm, settingsErrors, toSettingsInput } from './form';
import { useSaveTaskforce, useSetLogo } from './queries';
import type { LogoDraftState } from './useLogoDraft';

/** When not saved, the paths of the fields to fix, so the caller can show their section. */
type SubmitOutcome = { saved: boolean; errorPaths: string[] };

export function useSubmitSettings(form: SettingsForm, logo: LogoDraftState) {
  const client = useQueryClient();
  const save = useSaveTaskforce();
  const setLogo = useSetLogo();
  const [saving, setSaving] = useState(false);

  async function sendLogo(): Promise<void> {
    if (!logo.draft) return;
    try {
      await setLogo.mutateAsync({ dataBase64: logo.draft.dataBase64 });
      logo.discard();
    } catch (error) {
      const data = errorData(error);
      const problem = data.fields?.[0] ?? { path: 'dataBase64', key: data.key, params: data.params };
      logo.setProblem(problem);
      notifyWarning(i18n.t('taskforce.settings.logoNotSaved', { reason: errorMessage({ ...data, ...problem }) }));
    }
  }

  async function submit(): Promise<SubmitOutcome> {
    const errors = settingsErrors(form.getValues());
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      notifyCheckFields();
      return { saved: false, errorPaths: Object.keys(errors) };
    }
    setSaving(true);
    try {
      await save.mutateAsync(toSettingsInput(form.getValues()));
      await sendLogo();
      form.resetDirty();
      await invalidateDomains(client, ['workspace']);
      return { saved: true, errorPaths: [] };
    } catch (error) {
      showServerError(form, error);
      return { saved: false, errorPaths: (errorData(error).fields ?? []).map((f) => f.path) };
    } finally {
      setSaving(false);
    }
  }

  return { submit, saving };
}
