/** A closed session's data, read as a record rather than as greyed-out inputs. */
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../../shared/domain/sessions';
import { Facts } from '../../../components/Facts';
import { dateWithWeekday } from '../../../lib/dates';
import { callTimes, modeAndPlace } from '../format';

export function SessionFacts({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const join = (...parts: string[]) => parts.filter(Boolean).join(' · ');
  return (
    <Facts
      labelWidth={220}
      items={[
        { label: t('sessions.fields.kind'), value: t(`sessions.kinds.${session.kind}`) },
        { label: t('sessions.fields.date'), value: dateWithWeekday(session.date, i18n.language) },
        { label: t('sessions.fields.time'), value: callTimes(t, session) },
        { label: t('sessions.fields.mode'), value: modeAndPlace(t, session) },
        ...(session.virtualLink ? [{ label: t('sessions.fields.virtualLink'), value: session.virtualLink }] : []),
        { label: t('sessions.fields.presidedBy'), value: join(session.presidedBy, session.presidedPost) },
        { label: t('sessions.fields.secretaryName'), value: join(session.secretaryName, session.secretaryPost) },
      ]}
    />
  );
}
