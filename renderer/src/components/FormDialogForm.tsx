/**
 * The form inside a form dialog: checked with the same schema as the backend while typing, then
 * saved; a refusal is shown next to the field it concerns, anything else as a notice. After a
 * failed submit the first field in error takes the cursor.
 */
import { type FormErrors, useForm, type UseFormReturnType } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import { type PathMap, showServerError, validateChangedOnBlur } from '../lib/forms';
import { notifySuccess } from '../lib/notify';
import { useRevealFirstError } from '../lib/revealFirstError';
import { type EvidenceUpload, readEvidence, withEvidenceCheck, withEvidencePath } from './evidenceOption';
import { FormActions } from './FormModal';
import { type SensitiveOption, type SensitiveSlot, useSensitiveHold } from './sensitiveHold';

export interface FormDialogFormProps<V extends Record<string, unknown>, R> {
  initialValues: V;
  /** Problems found while typing; none when only the backend can judge. */
  validate?: (values: V) => FormErrors;
  /**
   * `acknowledgedSensitive` tells the backend the user confirmed the text identifies no victim;
   * `evidence` is the picked file, read, with the `evidence` option.
   */
  save: (values: V, extras: { acknowledgedSensitive: boolean; evidence: EvidenceUpload }) => Promise<R>;
  /** Where a backend error path is shown, when the form names its fields otherwise. */
  mapPath?: PathMap;
  /** The inputs; `sensitive` holds the text field's ref and the warning to show under it. */
  fields: (form: UseFormReturnType<V>, sensitive: SensitiveSlot) => ReactNode;
  /** Runs after every change, e.g. to keep a proposed title in step with the years. */
  onValuesChange?: (values: V, previous: V, form: UseFormReturnType<V>) => void;
  submitLabel: string;
  /** Said once saved; may name what the backend answered. */
  savedMessage: string | ((saved: R) => string);
  /** Runs once saved and said, instead of closing: e.g. to open the new record, which closes it too. */
  onSaved?: (saved: R) => void;
  /** Takes a refusal instead of the form's fields and notices, for a dialog that shows it its own way. */
  onRefused?: (error: unknown) => void;
  /** Holds a text that looks like it identifies a victim until the user confirms it does not. */
  sensitive?: SensitiveOption<V>;
  /** The form's `evidence` holds a file (EvidenceField): checked, read for `save`, refusals shown under it. */
  evidence?: V extends { evidence: File | null } ? true : never;
}

export function FormDialogForm<V extends Record<string, unknown>, R>(props: FormDialogFormProps<V, R> & { onDone: () => void }) {
  const { initialValues, save, fields, onValuesChange, submitLabel, savedMessage, onSaved, onRefused, sensitive, evidence, onDone } = props;
  const validate = evidence ? withEvidenceCheck(props.validate) : props.validate;
  const mapPath = evidence ? withEvidencePath(props.mapPath) : props.mapPath;
  const form: UseFormReturnType<V> = useForm<V>({
    initialValues,
    validate,
    enhanceGetInputProps: validateChangedOnBlur,
    onValuesChange: (values, previous) => onValuesChange?.(values, previous, form),
  });
  const [saving, setSaving] = useState(false);
  const { ref, reveal } = useRevealFirstError<HTMLFormElement>();

  const submitValues = async (values: V) => {
    // Nothing that looks like case data leaves without the user's word.
    if (hold.holds(values)) return;
    setSaving(true);
    try {
      const file = evidence ? await readEvidence(values) : null;
      const saved = await save(values, { acknowledgedSensitive: hold.acknowledged(values), evidence: file });
      notifySuccess(typeof savedMessage === 'string' ? savedMessage : savedMessage(saved));
      if (onSaved) onSaved(saved);
      else onDone();
    } catch (error) {
      setSaving(false);
      if (onRefused) return onRefused(error);
      showServerError(form, error, mapPath);
      reveal();
    }
  };
  const submit = form.onSubmit((values) => void submitValues(values), reveal);
  const hold = useSensitiveHold(sensitive, form.getValues(), submit, saving);

  return (
    <form ref={ref} onSubmit={submit} noValidate>
      {fields(form, hold.slot)}
      <FormActions onCancel={onDone} submitLabel={submitLabel} loading={saving} />
    </form>
  );
}
