/**
 * A record's form in a modal (a part of the plan, a progress report, a step of the care route):
 * checked with the same schema as the backend while typing, then saved; a refusal is shown next to
 * the field it concerns, anything else as a notice.
 */
import { type FormErrors, useForm, type UseFormReturnType } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import { type PathMap, showServerError, validateChangedOnBlur } from '../lib/forms';
import { notifySuccess } from '../lib/notify';
import { useRevealFirstError } from '../lib/revealFirstError';
import { FormActions, FormModal } from './FormModal';

interface FormDialogBodyProps<V extends Record<string, unknown>, R> {
  initialValues: V;
  validate: (values: V) => FormErrors;
  save: (values: V) => Promise<R>;
  /** Where a backend error path is shown, when the form names its fields otherwise. */
  mapPath?: PathMap;
  fields: (form: UseFormReturnType<V>) => ReactNode;
  /** Runs after every change, e.g. to keep a proposed title in step with the years. */
  onValuesChange?: (values: V, previous: V, form: UseFormReturnType<V>) => void;
  submitLabel: string;
  /** Said once saved; may name what the backend answered. */
  savedMessage: string | ((saved: R) => string);
}

interface FormDialogProps<V extends Record<string, unknown>, R> extends FormDialogBodyProps<V, R> {
  opened: boolean;
  onClose: () => void;
  title: string;
}

export function FormDialog<V extends Record<string, unknown>, R = unknown>({ opened, onClose, title, ...form }: FormDialogProps<V, R>) {
  return (
    <FormModal opened={opened} onClose={onClose} title={title}>
      <FormDialogBody {...form} onDone={onClose} />
    </FormModal>
  );
}

function FormDialogBody<V extends Record<string, unknown>, R>(props: FormDialogBodyProps<V, R> & { onDone: () => void }) {
  const { initialValues, validate, save, mapPath, fields, onValuesChange, submitLabel, savedMessage, onDone } = props;
  const form: UseFormReturnType<V> = useForm<V>({
    initialValues,
    validate,
    enhanceGetInputProps: validateChangedOnBlur,
    onValuesChange: (values, previous) => onValuesChange?.(values, previous, form),
  });
  const [saving, setSaving] = useState(false);
  const { ref, reveal } = useRevealFirstError<HTMLFormElement>();

  const submit = async (values: V) => {
    setSaving(true);
    try {
      const saved = await save(values);
      notifySuccess(typeof savedMessage === 'string' ? savedMessage : savedMessage(saved));
      onDone();
    } catch (error) {
      setSaving(false);
      showServerError(form, error, mapPath);
      reveal();
    }
  };

  return (
    <form ref={ref} onSubmit={form.onSubmit((values) => void submit(values), reveal)} noValidate>
      {fields(form)}
      <FormActions onCancel={onDone} submitLabel={submitLabel} loading={saving} />
    </form>
  );
}
