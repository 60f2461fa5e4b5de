/** The issued oficio múltiple: its number, date, who signs it, and what it refers to and encloses. */
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../../shared/domain/sessions';
import { Facts } from '../../../components/Facts';
import { longDate } from '../../../lib/dates';

type Convocation = NonNullable<Session['convocation']>;

export function ConvocationSummary({ session, convocation }: { session: Session; convocation: Convocation }) {
  const { t, i18n } = useTranslation();
  const signerName = convocation.signer === 'presidency' ? session.presidedBy : session.secretaryName;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="issued-title">
      <Stack gap="sm">
        <Title order={3} fz="lg" id="issued-title">
          {t('sessionsUi.convocation.issuedTitle')}
        </Title>
        <Facts
          labelWidth={190}
          items={[
            { label: t('sessionsUi.convocation.number'), value: <Text fw={600} span data-testid="convocation-number">{convocation.numberText}</Text> },
            { label: t('sessionsUi.convocation.date'), value: longDate(convocation.date, i18n.language) },
            { label: t('sessionsUi.convocation.signer'), value: `${t(`sessionsUi.signers.${convocation.signer}`)} · ${signerName}` },
            { label: t('sessionsUi.convocation.reference'), value: convocation.reference },
            { label: t('sessionsUi.convocation.enclosures'), value: convocation.enclosures },
            { label: t('sessionsUi.convocation.actaNumber'), value: session.actaNumberText ?? '' },
          ]}
        />
        <Text size="sm" c="dimmed">
          {t('sessionsUi.convocation.documentsHint')}
        </Text>
      </Stack>
    </Paper>
  );
}
