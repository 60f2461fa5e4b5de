/**
 * A representative as the form holds it. One set of inputs serves three actions (accredit, edit,
 * replace); each builds its own contract input and maps the backend's paths back to the inputs.
 */
import type { FormErrors, UseFormReturnType } from '@mantine/form';
import type { z } from 'zod';
import {
  type Representative,
  type RepresentativeRole,
  representativeInput,
  representativeReplaceInput,
  representativeUpdateInput,
} from '../../../../shared/domain/members';
import { call } from '../../api';
import { today } from '../../lib/dates';
import { type PathMap, schemaErrors } from '../../lib/forms';

interface RepresentativeValues extends Record<string, unknown> {
  fullName: string;
  post: string;
  dni: string;
  phone: string;
  email: string;
  accreditationNumber: string;
  accreditationDate: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export type RepresentativeAction =
  | { kind: 'add'; institutionId: number; role: RepresentativeRole }
  | { kind: 'edit'; representative: Representative }
  | { kind: 'replace'; representative: Representative };

export type RepresentativeForm = UseFormReturnType<RepresentativeValues>;

const BLANK: RepresentativeValues = {
  fullName: '',
  post: '',
  dni: '',
  phone: '',
  email: '',
  accreditationNumber: '',
  accreditationDate: null,
  validFrom: null,
  validTo: null,
};

export function representativeValues(action: RepresentativeAction): RepresentativeValues {
  if (action.kind !== 'edit') return { ...BLANK, validFrom: today() };
  const { fullName, post, dni, phone, email, accreditationNumber, accreditationDate, validFrom, validTo } = action.representative;
  return { fullName, post, dni, phone, email, accreditationNumber, accreditationDate, validFrom, validTo };
}

interface Plan {
  /** Problems the shared schema finds, keyed by form path. */
  validate: (values: RepresentativeValues) => FormErrors;
  /** Sends the action; call only with values `validate` accepted. */
  submit: (values: RepresentativeValues) => Promise<Representative>;
  /** Where the backend's field paths are shown in the form. */
  mapPath: PathMap;
}

function plan<S extends z.ZodType>(schema: S, build: (values: RepresentativeValues) => unknown, mapPath: PathMap, send: (input: z.output<S>) => Promise<Representative>): Plan {
  return {
    validate: (values) => schemaErrors(schema, build(values), mapPath),
    submit: (values) => send(schema.parse(build(values))),
    mapPath,
  };
}

/** How each action turns the inputs into its contract input, and where its errors are shown. */
export function planFor(action: RepresentativeAction): Plan {
  switch (action.kind) {
    case 'add': {
      const { institutionId, role } = action;
      return plan(
        representativeInput,
        (values) => ({ ...values, institutionId, role }),
        (path) => (path === 'institutionId' || path === 'role' ? null : path),
        (input) => call('members.addRepresentative', input),
      );
    }
    case 'edit': {
      const { id } = action.representative;
      return plan(
        representativeUpdateInput,
        (values) => ({ ...values, id }),
        (path) => (path === 'id' ? null : path),
        (input) => call('members.updateRepresentative', input),
      );
    }
    case 'replace': {
      const { id } = action.representative;
      return plan(
        representativeReplaceInput,
        ({ validFrom, ...successor }) => ({ id, from: validFrom, successor }),
        (path) => (path === 'from' ? 'validFrom' : path.startsWith('successor.') ? path.slice('successor.'.length) : null),
        (input) => call('members.replaceRepresentative', input),
      );
    }
  }
}
