/** Step 5: everything at a glance before saving, with a way back to each part. */
import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type Fact, Facts } from '../../../components/Facts';
import { longDate } from '../../../lib/dates';
import type { SettingsSection, SettingsValues, ThresholdValues } from '../form';
import type { LogoDraftState } from '../useLogoDraft';

function thresholdText(t: TFunction, threshold: ThresholdValues): string {
  if (threshold.kind === 'fraction') return t('taskforce.settings.review.fraction', { numerator: threshold.numerator, denominator: threshold.denominator });
  if (threshold.kind === 'fixed') return t('taskforce.settings.review.fixed', { count: threshold.count });
  return t('taskforce.settings.quorum.kinds.majority');
}

function factsOf(section: SettingsSection, v: SettingsValues, t: TFunction, lang: string, hasLogo: boolean): Fact[] {
  const fact = (key: string, value: string) => ({ label: t(`taskforce.settings.${key}`), value });
  switch (section) {
    case 'identity':
      return [
        fact('officialName', v.officialName),
        fact('shortName', v.shortName),
        fact('level', t(`taskforce.settings.levels.${v.level}`)),
        ...(v.level === 'distrital' ? [fact('district', v.district)] : []),
        fact('province', v.province),
        fact('region', v.region),
        fact('ordinanceNumber', v.ordinanceNumber),
        fact('ordinanceDate', longDate(v.ordinanceDate, lang)),
        fact('installationDate', longDate(v.installationDate, lang)),
      ];
    case 'governance':
      return [
        fact('presidency', [v.presidencyPerson, v.presidencyPost, v.presidencyInstitution].filter(Boolean).join(' · ')),
        fact('secretariat', [v.secretariatUnit, v.secretariatResponsible, v.secretariatPost].filter(Boolean).join(' · ')),
        fact('secretariatContact', [v.secretariatPhone, v.secretariatEmail].filter(Boolean).join(' · ')),
      ];
    case 'documents':
      return [
        fact('placeName', v.placeName),
        fact('acronyms', [v.entityAcronym, v.unitAcronym].filter(Boolean).join(' / ')),
        fact('decadeLine', v.decadeLine),
        fact('review.yearNames', v.yearNames.map((y) => y.year).join(', ')),
        fact('logo.label', hasLogo ? t('taskforce.settings.review.logoChosen') : t('taskforce.settings.logo.none')),
      ];
    case 'sessions':
      return [
        fact('quorum.firstCall', thresholdText(t, v.quorum.firstCall)),
        fact(
          'quorum.secondCall',
          v.quorum.secondCallEnabled
            ? t('taskforce.settings.review.secondCall', { rule: thresholdText(t, v.quorum.secondCall), minutes: v.quorum.secondCallDelayMinutes })
            : t('taskforce.settings.review.noSecondCall'),
        ),
        fact('signatories.label', t(`taskforce.settings.signatories.${v.actaSignatories}`)),
        fact('review.defaultAgenda', v.defaultAgenda.map((item) => item.title).join(' · ') || t('taskforce.settings.review.noDefaultAgenda')),
      ];
  }
}

interface ReviewSectionProps {
  values: SettingsValues;
  sections: readonly SettingsSection[];
  logo: LogoDraftState;
  onEdit: (section: SettingsSection) => void;
}

export function ReviewSection({ values, sections, logo, onEdit }: ReviewSectionProps) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="md">
      {sections.map((section) => (
        <Paper key={section} withBorder p="md" radius="sm">
          <Group justify="space-between" mb="sm">
            <Title order={3} fz="md">
              {t(`taskforce.settings.sections.${section}`)}
            </Title>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPencil size={14} />}
              onClick={() => onEdit(section)}
              aria-label={t('taskforce.settings.review.edit', { section: t(`taskforce.settings.sections.${section}`) })}
            >
              {t('common.edit')}
            </Button>
          </Group>
          <Facts labelWidth={250} items={factsOf(section, values, t, i18n.language, logo.draft !== null)} />
        </Paper>
      ))}
    </Stack>
  );
}
