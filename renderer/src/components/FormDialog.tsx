/**
 * A record's form in a modal (a part of the plan, an agreement, a guest of a session): the one
 * way to write a form dialog. A dialog whose subject may be absent (closed while it is null)
 * puts `FormDialogForm` in a `FormModal` itself.
 */
import { FormDialogForm, type FormDialogFormProps } from './FormDialogForm';
import { FormModal } from './FormModal';

interface FormDialogProps<V extends Record<string, unknown>, R> extends FormDialogFormProps<V, R> {
  opened: boolean;
  onClose: () => void;
  title: string;
}

export function FormDialog<V extends Record<string, unknown>, R = unknown>({ opened, onClose, title, ...form }: FormDialogProps<V, R>) {
  return (
    <FormModal opened={opened} onClose={onClose} title={title}>
      <FormDialogForm {...form} onDone={onClose} />
    </FormModal>
  );
}
