/**
 * Form errors from the same zod schemas the backend uses (instant feedback) and from the backend's
 * answer (field errors next to the field, the rest as a notice).
 */
import type { FormErrors, LooseKeys, UseFormReturnType } from '@mantine/form';
import type { z } from 'zod';
import type { FieldError } from '../../../shared/result';
import { toFieldErrors } from '../../../shared/validation';
import { errorData } from '../api';
import { Msg } from './messages';
import { notifyCheckFields, notifyError } from './notify';

/** Where a schema or backend path is shown in the form; null when no input shows it. */
export type PathMap = (path: string) => string | null;

const samePath: PathMap = (path) => path;

function place(fields: readonly FieldError[], mapPath: PathMap): { errors: FormErrors; unplaced: FieldError[] } {
  const errors: FormErrors = {};
  const unplaced: FieldError[] = [];
  for (const field of fields) {
    const path = mapPath(field.path);
    if (path === null) unplaced.push(field);
    else if (!(path in errors)) errors[path] = <Msg k={field.key} params={field.params} />;
  }
  return { errors, unplaced };
}

/** The errors the schema finds in `input`, keyed by form path. */
export function schemaErrors(schema: z.ZodType, input: unknown, mapPath: PathMap = samePath): FormErrors {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : place(toFieldErrors(parsed.error.issues), mapPath).errors;
}

interface ErrorTarget {
  setErrors: (errors: FormErrors) => void;
}

/** Puts a failed call's field errors on the form; anything else becomes a notice. */
export function showServerError(form: ErrorTarget, error: unknown, mapPath: PathMap = samePath): void {
  const data = errorData(error);
  const { errors, unplaced } = place(data.fields ?? [], mapPath);
  const placed = Object.keys(errors).length > 0;
  if (placed) form.setErrors(errors);
  const first = unplaced[0];
  if (first) notifyError({ ...data, key: first.key, params: first.params });
  else if (placed) notifyCheckFields();
  else notifyError(data);
}

/**
 * Checks a field as the user leaves it, but only once they have changed it: an untouched field
 * turning red on its way to the "Save" button would shift the button from under the pointer.
 * A field already showing a message keeps it: it may be the backend's refusal (a rule the form's
 * schema does not know), and typing in the field clears it anyway.
 */
export function validateChangedOnBlur<V>({ field, form }: { field: LooseKeys<V>; form: UseFormReturnType<V> }) {
  return {
    onBlur: () => {
      if (form.isDirty(field) && !form.errors[field]) form.validateField(field);
    },
  };
}
