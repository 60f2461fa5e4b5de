/** The titular or alterno in force today, or an invitation to accredit one. */
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconPencil, IconUserPlus, IconUserSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Representative, RepresentativeRole } from '../../../../shared/domain/members';
import { Facts } from '../../components/Facts';
import { longDate } from '../../lib/dates';
import type { RepresentativeAction } from './representativeForm';

interface RepresentativeCardProps {
  role: RepresentativeRole;
  institutionId: number;
  current: Representative | undefined;
  /** False once the institution's membership has ended: the backend refuses new accreditations. */
  canAccredit: boolean;
  onAction: (action: RepresentativeAction) => void;
}

export function RepresentativeCard({ role, institutionId, current, canAccredit, onAction }: RepresentativeCardProps) {
  const { t, i18n } = useTranslation();
  const roleName = t(`members.representative.roles.${role}`);
  const date = (value: string | null) => longDate(value, i18n.language);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={roleName}>
      <Stack gap="sm" h="100%">
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          {roleName}
        </Text>
        {current ? (
          <>
            <Title order={3} fz="lg">
              {current.fullName}
            </Title>
            <Facts
              labelWidth={150}
              // Only what was recorded: a card of dashes says nothing.
              items={[
                { label: t('members.representative.post'), value: current.post },
                { label: t('members.representative.dni'), value: current.dni },
                { label: t('members.representative.contact'), value: [current.phone, current.email].filter(Boolean).join(' · ') },
                {
                  label: t('members.representative.accreditation'),
                  value: [current.accreditationNumber, date(current.accreditationDate)].filter(Boolean).join(', '),
                },
                {
                  label: t('members.representative.period'),
                  value: current.validTo
                    ? t('members.representative.periodClosed', { from: date(current.validFrom), to: date(current.validTo) })
                    : t('members.representative.periodOpen', { from: date(current.validFrom) }),
                },
              ].filter((fact) => fact.value !== '')}
            />
            <Group gap="xs" mt="auto">
              <Button
                size="xs"
                variant="default"
                leftSection={<IconPencil size={14} />}
                onClick={() => onAction({ kind: 'edit', representative: current })}
                aria-label={t('members.representative.editOf', { role: roleName })}
              >
                {t('common.edit')}
              </Button>
              {canAccredit && (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconUserSearch size={14} />}
                  onClick={() => onAction({ kind: 'replace', representative: current })}
                  aria-label={t('members.representative.replaceOf', { role: roleName })}
                >
                  {t('members.representative.replace')}
                </Button>
              )}
            </Group>
          </>
        ) : (
          <>
            <Text c="dimmed" size="sm">
              {t(`members.representative.none.${role}`)}
            </Text>
            {canAccredit ? (
              <Button
                mt="auto"
                w="fit-content"
                leftSection={<IconUserPlus size={16} />}
                onClick={() => onAction({ kind: 'add', institutionId, role })}
              >
                {t(`members.representative.accredit.${role}`)}
              </Button>
            ) : (
              <Group gap={6} mt="auto" wrap="nowrap">
                <IconInfoCircle size={16} color="var(--mantine-color-dimmed)" aria-hidden />
                <Text size="sm">{t('members.representative.inactiveInstitution')}</Text>
              </Group>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
