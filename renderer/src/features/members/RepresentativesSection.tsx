/** The institution's representatives: titular and alterno in force, then the record of the others. */
import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type InstitutionDetail, REPRESENTATIVE_ROLES } from '../../../../shared/domain/members';
import { today } from '../../lib/dates';
import { RepresentativeCard } from './RepresentativeCard';
import type { RepresentativeAction } from './representativeForm';
import { RepresentativeHistory } from './RepresentativeHistory';
import { RepresentativeModal } from './RepresentativeModal';

export function RepresentativesSection({ institution }: { institution: InstitutionDetail }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<RepresentativeAction | null>(null);
  // The backend accredits no one after the membership's last day (members.inactiveInstitution).
  const canAccredit = institution.activeTo === null || institution.activeTo >= today();
  const others = institution.representatives
    .filter((r) => !r.current)
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom));

  return (
    <Stack gap="md">
      <Title order={2} fz="xl">
        {t('members.representative.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {REPRESENTATIVE_ROLES.map((role) => (
          <RepresentativeCard
            key={role}
            role={role}
            institutionId={institution.id}
            current={institution.representatives.find((r) => r.role === role && r.current)}
            canAccredit={canAccredit}
            onAction={setAction}
          />
        ))}
      </SimpleGrid>
      <Title order={3} fz="md" mt="sm">
        {t('members.representative.history')}
      </Title>
      <RepresentativeHistory representatives={others} onAction={setAction} />
      <RepresentativeModal action={action} onClose={() => setAction(null)} />
    </Stack>
  );
}
