/** The oficio múltiple's details as the form holds them, with the usual wording suggested. */
import { useForm, type UseFormReturnType } from '@mantine/form';
import { type CONVOCATION_SIGNERS, convocationInput, type SessionDetail } from '../../../../../shared/domain/sessions';
import type { Taskforce } from '../../../../../shared/domain/taskforce';
import { today } from '../../../lib/dates';
import { schemaErrors, validateChangedOnBlur } from '../../../lib/forms';
import { ordinanceReference, PREVIOUS_ACTA_ENCLOSURE } from './documentDefaults';

export interface ConvocationValues {
  date: string | null;
  signer: (typeof CONVOCATION_SIGNERS)[number];
  reference: string;
  enclosures: string;
}

export type ConvocationForm = UseFormReturnType<ConvocationValues>;

export const toConvocationInput = (sessionId: number, values: ConvocationValues) => ({ ...values, date: values.date as string, sessionId });

export const convocationPath = (path: string): string | null => (path === 'sessionId' ? null : path);

function initialValues(session: SessionDetail, settings: Taskforce | null): ConvocationValues {
  const now = today();
  return {
    // An oficio goes out before its session: a session recorded afterwards is convened on its own date.
    date: now > session.date ? session.date : now,
    signer: 'presidency',
    reference: settings ? ordinanceReference(settings.ordinanceNumber) : '',
    // The acta awaiting approval goes with the convocation, so members can read it beforehand.
    enclosures: session.pendingActas.length > 0 ? PREVIOUS_ACTA_ENCLOSURE : '',
  };
}

export function useConvocationForm(session: SessionDetail, settings: Taskforce | null): ConvocationForm {
  return useForm<ConvocationValues>({
    initialValues: initialValues(session, settings),
    validate: (values) => schemaErrors(convocationInput, toConvocationInput(session.id, values), convocationPath),
    enhanceGetInputProps: validateChangedOnBlur,
  });
}
