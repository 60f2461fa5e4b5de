/** The first-run set-up: the settings asked for one part at a time, checked before moving on. */
import { Box, Button, Container, Group, Paper, Stepper, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconDeviceFloppy } from '@tabler/icons-react';
import { type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../../components/BrandMark';
import { ConfirmModal } from '../../components/ConfirmModal';
import { clearCheckFields, notifyCheckFields, notifySuccess } from '../../lib/notify';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useRevealFirstError } from '../../lib/revealFirstError';
import { SETTINGS_SECTIONS, type SettingsSection, sectionOf, settingsErrors, useSettingsForm } from './form';
import { ReviewSection } from './sections/ReviewSection';
import { SectionView } from './sections/SectionView';
import { useLogoDraft } from './useLogoDraft';
import { useStepTop } from './useStepTop';
import { useSubmitSettings } from './useSubmitSettings';

const REVIEW_STEP = SETTINGS_SECTIONS.length;

const StepTitle = ({ children, ref }: { children: string; ref: Ref<HTMLHeadingElement> }) => (
  <Title order={2} fz="lg" mt="md" mb="lg" ref={ref} tabIndex={-1}>
    {children}
  </Title>
);

export function SetupWizard({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useSettingsForm(null);
  const logo = useLogoDraft();
  const { submit, saving } = useSubmitSettings(form, logo);
  const [active, setActive] = useState(0);
  const [confirmingLeave, setConfirmingLeave] = useState(false);
  const { ref, reveal } = useRevealFirstError<HTMLDivElement>();
  const stepTitle = useStepTop(active, ref);

  /** Shows only this step's problems; later steps are not judged before the user gets there. */
  const checkStep = (section: SettingsSection): boolean => {
    const errors = Object.fromEntries(
      Object.entries(settingsErrors(form.getValues())).filter(([path]) => sectionOf(path) === section),
    );
    form.setErrors(errors);
    const ok = Object.keys(errors).length === 0;
    if (ok) clearCheckFields();
    else {
      notifyCheckFields();
      reveal();
    }
    return ok;
  };

  const next = () => {
    const section = SETTINGS_SECTIONS[active];
    if (section && checkStep(section)) setActive(active + 1);
  };

  const save = async () => {
    const outcome = await submit();
    if (outcome.saved) {
      notifySuccess(t('taskforce.setup.saved'));
      return;
    }
    const first = outcome.errorPaths[0];
    if (first) {
      setActive(SETTINGS_SECTIONS.indexOf(sectionOf(first)));
      reveal();
    }
  };

  /** Back to the welcome, after asking if that throws away what was typed. */
  const leave = () => {
    if (form.isDirty() || logo.draft !== null) setConfirmingLeave(true);
    else onCancel();
  };

  return (
    <Box mih="100vh" bg="gray.0">
      <Group component="header" justify="space-between" px="xl" py="sm" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <BrandMark />
        <LanguageSwitch />
      </Group>
      <Container size="lg" py="xl" component="main">
        <Title order={1} fz={26}>
          {t('taskforce.setup.title')}
        </Title>
        <Text c="dimmed" mb="lg">
          {t('taskforce.setup.intro')}
        </Text>
        <Paper withBorder radius="md" p="xl" ref={ref}>
          <Stepper active={active} onStepClick={(step) => step < active && setActive(step)} size="sm" aria-label={t('taskforce.setup.stepsLabel')}>
            {SETTINGS_SECTIONS.map((section) => (
              <Stepper.Step key={section} label={t(`taskforce.settings.sections.${section}`)}>
                <StepTitle ref={stepTitle}>{t(`taskforce.setup.steps.${section}`)}</StepTitle>
                <SectionView section={section} form={form} logo={logo} />
              </Stepper.Step>
            ))}
            <Stepper.Step label={t('taskforce.setup.reviewLabel')}>
              <StepTitle ref={stepTitle}>{t('taskforce.setup.steps.review')}</StepTitle>
              <ReviewSection
                values={form.getValues()}
                sections={SETTINGS_SECTIONS}
                logo={logo}
                onEdit={(section) => setActive(SETTINGS_SECTIONS.indexOf(section))}
              />
            </Stepper.Step>
          </Stepper>
          <Group justify="space-between" mt="xl">
            <Button
              variant="default"
              leftSection={<IconArrowLeft size={16} />}
              onClick={() => (active === 0 ? leave() : setActive(active - 1))}
            >
              {active === 0 ? t('taskforce.setup.backToWelcome') : t('taskforce.setup.back')}
            </Button>
            {active < REVIEW_STEP ? (
              <Button rightSection={<IconArrowRight size={16} />} onClick={next}>
                {t('taskforce.setup.next')}
              </Button>
            ) : (
              <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => void save()} loading={saving}>
                {t('taskforce.setup.save')}
              </Button>
            )}
          </Group>
        </Paper>
      </Container>
      <ConfirmModal
        opened={confirmingLeave}
        title={t('taskforce.setup.discard.title')}
        message={t('taskforce.setup.discard.body')}
        confirmLabel={t('taskforce.setup.discard.confirm')}
        onConfirm={onCancel}
        onClose={() => setConfirmingLeave(false)}
      />
    </Box>
  );
}
