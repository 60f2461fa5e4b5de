import { describe, expect, it } from 'vitest';
import { institutionInput } from '../../shared/domain/members';
import { sessionInput } from '../../shared/domain/sessions';
import { taskforceSettingsOn } from '../../shared/domain/taskforce';
import { toFieldErrors } from '../../shared/validation';
import { validSettings } from '../support/fixtures';

const problems = (result: { success: boolean; error?: { issues: Parameters<typeof toFieldErrors>[0] } }) =>
  result.error ? toFieldErrors(result.error.issues).map(({ path, key }) => `${path}: ${key}`) : [];

describe('a form names every problem at once', () => {
  it('an institution with no name or category, a bad e-mail and an end before its start gets all four', () => {
    const result = institutionInput.safeParse({
      name: '',
      category: null,
      hasVote: true,
      inNetwork: false,
      email: 'mesa@',
      activeFrom: '2026-03-01',
      activeTo: '2026-02-01',
    });
    expect(problems(result)).toEqual([
      'name: validation.required',
      'category: validation.invalidOption',
      'email: validation.email',
      'activeTo: validation.periodEndsBeforeStart',
    ]);
  });

  it('a session with no date still hears that its place and second call are wrong', () => {
    const result = sessionInput.safeParse({
      kind: 'ordinaria',
      date: null,
      firstCallTime: '10:00',
      secondCallTime: '09:30',
      mode: 'presencial',
      place: '',
      presidedBy: 'Alcaldesa',
      presidedPost: 'Alcaldesa',
      secretaryName: 'Ana',
      secretaryPost: 'Gerente',
    });
    expect(problems(result)).toEqual(['date: validation.required', 'place: sessions.placeRequired', 'secondCallTime: sessions.secondCallBeforeFirst']);
  });

  it('a rule across fields waits for the fields it compares to be right', () => {
    const result = institutionInput.safeParse({ name: 'DEMUNA', category: 'health', hasVote: true, inNetwork: false, activeFrom: '2026-13-01', activeTo: '2026-02-01' });
    expect(problems(result)).toEqual(['activeFrom: validation.impossibleDate']);
  });
});

describe('phone numbers', () => {
  const institution = (phone: string) =>
    institutionInput.safeParse({ name: 'DEMUNA', category: 'health', hasVote: true, inNetwork: false, activeFrom: '2026-03-01', phone });

  it.each(['01 287-1071 anexo 204', '(01) 287 1071 ext. 12', '987 654 321', '+51 1 287-1071 Anexo 3'])('accepts %s', (phone) => {
    expect(institution(phone).success).toBe(true);
  });

  it.each(['287 1071 llamar tarde', 'anexo 204', '01 287 1071 anexo'])('refuses %s', (phone) => {
    expect(problems(institution(phone))).toEqual(['phone: validation.phone']);
  });
});

describe('the installation date', () => {
  it('cannot be later than the day the settings are saved', () => {
    const later = taskforceSettingsOn('2026-03-12').safeParse({ ...validSettings(), installationDate: '2026-03-13' });
    expect(problems(later)).toEqual(['installationDate: taskforce.installationInFuture']);
    expect(taskforceSettingsOn('2026-03-13').safeParse({ ...validSettings(), installationDate: '2026-03-13' }).success).toBe(true);
  });
});
