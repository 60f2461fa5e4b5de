/** A confirmation that needs a date, e.g. the day an institution stops being a member. */
import { type ReactNode, useState } from 'react';
import { isoDate } from '../../../../shared/domain/fields';
import { ConfirmModal } from '../../components/ConfirmModal';
import { DateField } from '../../components/DateField';
import { today } from '../../lib/dates';
import { schemaErrors, showServerError } from '../../lib/forms';
import { requiredMark } from '../../components/requiredMark';

interface DatedActionModalProps {
  opened: boolean;
  title: string;
  message: ReactNode;
  dateLabel: string;
  /** Shown under the date, e.g. since when the institution is a member. */
  dateHelp?: string;
  /** The earliest date the action accepts (ISO). */
  minDate?: string;
  confirmLabel: string;
  loading: boolean;
  /** Runs the action; a rejection with a problem in "date" is shown under the date. */
  onConfirm: (date: string) => Promise<unknown>;
  onClose: () => void;
}

export function DatedActionModal({ onConfirm, dateLabel, dateHelp, minDate, ...props }: DatedActionModalProps) {
  const [date, setDate] = useState<string | null>(today());
  const [error, setError] = useState<ReactNode>(null);

  const confirm = async () => {
    const problem = schemaErrors(isoDate, date)[''];
    setError(problem ?? null);
    if (problem || !date) return;
    try {
      await onConfirm(date);
    } catch (failure) {
      showServerError({ setErrors: (errors) => setError(errors.date) }, failure, (path) => (path === 'date' ? 'date' : null));
    }
  };

  return (
    <ConfirmModal
      {...props}
      onConfirm={() => void confirm()}
      onClose={() => {
        setError(null);
        props.onClose();
      }}
    >
      <DateField
        label={dateLabel}
        description={dateHelp}
        minDate={minDate}
        value={date}
        onChange={(value) => {
          setDate(value);
          setError(null);
        }}
        error={error}
        {...requiredMark}
        data-autofocus
      />
    </ConfirmModal>
  );
}
