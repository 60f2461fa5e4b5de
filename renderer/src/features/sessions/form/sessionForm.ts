/**
 * A session's data as the form holds it, for a new session and for editing one. A new session
 * starts from the instancia's settings: who presides, who acts as secretary, and the second call
 * that follows the first by the minutes the reglamento sets.
 */
import { useForm, type UseFormReturnType } from '@mantine/form';
import { type Session, type SessionInput, type SessionKind, sessionInput, type SESSION_MODES } from '../../../../../shared/domain/sessions';
import type { Taskforce } from '../../../../../shared/domain/taskforce';
import { schemaErrors, validateChangedOnBlur } from '../../../lib/forms';
import { addMinutes, timeOrNull } from './clock';

export interface SessionValues extends Record<string, unknown> {
  kind: SessionKind;
  date: string | null;
  firstCallTime: string;
  /** "" when the session has no second call. */
  secondCallTime: string;
  mode: (typeof SESSION_MODES)[number];
  place: string;
  virtualLink: string;
  presidedBy: string;
  presidedPost: string;
  secretaryName: string;
  secretaryPost: string;
}

export type SessionForm = UseFormReturnType<SessionValues>;

export function newSessionValues(settings: Taskforce | null): SessionValues {
  return {
    kind: 'ordinaria',
    date: null,
    firstCallTime: '',
    secondCallTime: '',
    mode: 'presencial',
    place: '',
    virtualLink: '',
    presidedBy: settings?.presidencyPerson ?? '',
    presidedPost: settings?.presidencyPost ?? '',
    secretaryName: settings?.secretariatResponsible ?? '',
    secretaryPost: settings?.secretariatPost ?? '',
  };
}

export function sessionValues(session: Session): SessionValues {
  const { kind, date, firstCallTime, secondCallTime, mode, place, virtualLink, presidedBy, presidedPost, secretaryName, secretaryPost } = session;
  return { kind, date, firstCallTime, secondCallTime: secondCallTime ?? '', mode, place, virtualLink, presidedBy, presidedPost, secretaryName, secretaryPost };
}

/** The contract's input; what the chosen mode does not use is left out (a virtual session has no place). */
export function toSessionInput(values: SessionValues): SessionInput {
  return {
    ...values,
    // Missing values go through as they are: the schema names what is missing.
    date: values.date as string,
    firstCallTime: timeOrNull(values.firstCallTime) as string,
    secondCallTime: timeOrNull(values.secondCallTime),
    place: values.mode === 'virtual' ? '' : values.place,
    virtualLink: values.mode === 'presencial' ? '' : values.virtualLink,
  };
}

/** Minutes from the first to the second call, or null when the reglamento allows no second call. */
export const secondCallDelay = (settings: Taskforce | null | undefined): number | null =>
  settings?.quorum.secondCall ? settings.quorum.secondCallDelayMinutes : null;

/** The problems the shared schema finds, keyed by form path. */
export const validateSession = (values: SessionValues) => schemaErrors(sessionInput, toSessionInput(values));

/** The second call follows the first, until the user sets it apart. */
export function followFirstCall(delay: number | null) {
  return (values: SessionValues, previous: SessionValues, form: SessionForm) => {
    if (delay === null || values.firstCallTime === previous.firstCallTime) return;
    const followed = previous.secondCallTime === '' || previous.secondCallTime === addMinutes(previous.firstCallTime, delay);
    const next = addMinutes(values.firstCallTime, delay);
    if (followed && next !== null) form.setFieldValue('secondCallTime', next);
  };
}

export function useSessionForm(initial: SessionValues, delay: number | null): SessionForm {
  const follow = followFirstCall(delay);
  const form: SessionForm = useForm<SessionValues>({
    initialValues: initial,
    validate: validateSession,
    enhanceGetInputProps: validateChangedOnBlur,
    onValuesChange: (values, previous) => follow(values, previous, form),
  });
  return form;
}
