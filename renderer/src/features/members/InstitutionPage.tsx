/** One institution: its data, what can be done to it, and its representatives. */
import { Badge, Group, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { InstitutionDetail } from '../../../../shared/domain/members';
import { BackLink } from '../../components/BackLink';
import { Facts } from '../../components/Facts';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { longDate } from '../../lib/dates';
import { institutionLine } from './categories';
import { InstitutionActions } from './InstitutionActions';
import { useInstitution } from './queries';
import { RepresentativesSection } from './RepresentativesSection';

export function InstitutionPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const institution = useInstitution(id);
  return (
    <>
      <BackLink to="/miembros" label={t('members.institution.backToList')} />
      <QueryState query={institution}>{(detail) => <InstitutionView institution={detail} />}</QueryState>
    </>
  );
}

function InstitutionView({ institution }: { institution: InstitutionDetail }) {
  const { t, i18n } = useTranslation();
  const date = (value: string | null) => longDate(value, i18n.language);
  return (
    <>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {institution.name}
            <Badge variant="dot" color={institution.active ? 'teal' : 'gray'} size="lg">
              {t(institution.active ? 'members.institution.active' : 'members.institution.inactive')}
            </Badge>
          </Group>
        }
        description={institutionLine(t, institution)}
        actions={<InstitutionActions institution={institution} />}
      />
      <Stack gap="xl">
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="institution-data">
          <Title order={2} fz="xl" mb="sm" id="institution-data">
            {t('members.institution.data')}
          </Title>
          <Facts
            items={[
              { label: t('members.institution.acronym'), value: institution.acronym },
              { label: t('members.institution.category'), value: t(`members.categories.${institution.category}`) },
              { label: t('members.institution.participation'), value: t(institution.hasVote ? 'members.institution.withVote' : 'members.institution.voiceOnlyLong') },
              { label: t('members.list.network'), value: t(institution.inNetwork ? 'common.yes' : 'common.no') },
              { label: t('members.institution.address'), value: institution.address },
              { label: t('members.institution.phone'), value: institution.phone },
              { label: t('members.institution.email'), value: institution.email },
              { label: t('members.institution.activeFrom'), value: date(institution.activeFrom) },
              { label: t('members.institution.activeTo'), value: date(institution.activeTo) },
              { label: t('members.institution.notes'), value: institution.notes },
            ]}
          />
        </Paper>
        <RepresentativesSection institution={institution} />
      </Stack>
    </>
  );
}
