/** "Instancia": the same settings as the set-up wizard, editable at any time, one tab per part. */
import { Badge, Paper, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Taskforce } from '../../../../shared/domain/taskforce';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { SaveBar } from '../../components/SaveBar';
import { useTaskforce } from '../../lib/commonQueries';
import { notifySuccess } from '../../lib/notify';
import { useRevealFirstError } from '../../lib/revealFirstError';
import { sectionOf, SETTINGS_SECTIONS, type SettingsSection, useSettingsForm } from './form';
import { SectionView } from './sections/SectionView';
import { useLogoDraft } from './useLogoDraft';
import { useSubmitSettings } from './useSubmitSettings';

export function SettingsPage() {
  const taskforce = useTaskforce();
  const [tab, setTab] = useState<SettingsSection>('identity');
  return (
    <QueryState query={taskforce}>
      {(saved) => saved && <SettingsEditor key={saved.updatedAt} saved={saved} tab={tab} onTab={setTab} />}
    </QueryState>
  );
}

interface EditorProps {
  saved: Taskforce;
  tab: SettingsSection;
  onTab: (tab: SettingsSection) => void;
}

function SettingsEditor({ saved, tab, onTab }: EditorProps) {
  const { t } = useTranslation();
  const form = useSettingsForm(saved);
  const logo = useLogoDraft();
  const { submit, saving } = useSubmitSettings(form, logo);
  const changed = form.isDirty() || logo.draft !== null;
  const { ref, reveal } = useRevealFirstError<HTMLDivElement>();

  const errorCount = (section: SettingsSection) => Object.keys(form.errors).filter((path) => sectionOf(path) === section).length;

  const save = async () => {
    const outcome = await submit();
    if (outcome.saved) notifySuccess(t('taskforce.settings.saved'));
    const first = outcome.errorPaths[0];
    if (first) {
      onTab(sectionOf(first));
      reveal();
    }
  };

  const discard = () => {
    form.reset();
    logo.discard();
  };

  return (
    <>
      <PageHeader title={t('taskforce.settings.title')} description={t('taskforce.settings.description')} />
      <SaveBar changed={changed} saving={saving} onSave={() => void save()} onDiscard={discard} />
      <Paper withBorder radius="md" ref={ref}>
        <Tabs value={tab} onChange={(value) => value && onTab(value as SettingsSection)} keepMounted>
          <Tabs.List px="md" pt="xs">
            {SETTINGS_SECTIONS.map((section) => (
              <Tabs.Tab
                key={section}
                value={section}
                rightSection={
                  errorCount(section) > 0 && (
                    <Badge size="xs" color="red" circle aria-label={t('taskforce.settings.errorsInTab', { count: errorCount(section) })}>
                      {errorCount(section)}
                    </Badge>
                  )
                }
              >
                {t(`taskforce.settings.sections.${section}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {SETTINGS_SECTIONS.map((section) => (
            <Tabs.Panel key={section} value={section} p="lg">
              <SectionView section={section} form={form} logo={logo} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Paper>
    </>
  );
}
