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
          {t('sessions.convocation.issuedTitle')}
        </Title>
        <Facts
          labelWidth={190}
          items={[
            { label: t('sessions.convocation.number'), value: <Text fw={600} span data-testid="convocation-number">{convocation.numberText}</Text> },
            { label: t('sessions.convocation.date'), value: longDate(convocation.date, i18n.language) },
            { label: t('sessions.convocation.signer'), value: `${t(`sessions.signers.${convocation.signer}`)} · ${signerName}` },
            { label: t('sessions.convocation.reference'), value: convocation.reference },
            { label: t('sessions.convocation.enclosures'), value: convocation.enclosures },
            { label: t('sessions.convocation.actaNumber'), value: session.actaNumberText ?? '' },
          ]}
        />
        <Text size="sm" c="dimmed">
          {t('sessions.convocation.documentsHint')}
        </Text>
      </Stack>
    </Paper>
  );
}
