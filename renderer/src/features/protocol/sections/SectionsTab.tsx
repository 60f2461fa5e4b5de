/**
 * The protocol's text sections (presentation, scope, legal framework, principles, general rules
 * of care, final provisions, and any other the instancia adds), one at a time beside their outline.
 */
import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProtocolVersion } from '../../../../../shared/domain/protocol';
import { isBlank } from '../../../../../shared/domain/richText';
import { useDialog } from '../../../lib/useDialog';
import { OutlineLayout, useOutlineSelection } from '../OutlineLayout';
import { SectionPanel } from './SectionPanel';
import { SectionTitleModal } from './SectionTitleModal';

export function SectionsTab({ version }: { version: ProtocolVersion }) {
  const { t } = useTranslation();
  const adding = useDialog();
  const { sections } = version;
  const [selected, select] = useOutlineSelection(sections.map((s) => String(s.id)));
  const index = sections.findIndex((s) => String(s.id) === selected);
  const section = sections[index];

  return (
    <OutlineLayout
      label={t('protocol.sections.outline')}
      entries={sections.map((s, i) => ({ key: String(s.id), label: `${i + 1}. ${s.title}`, written: !isBlank(s.body) }))}
      selected={selected}
      onSelect={select}
      footer={
        !version.locked && (
          <>
            <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => adding.open()}>
              {t('protocol.sections.add')}
            </Button>
            <SectionTitleModal
              versionId={version.id}
              opened={adding.opened}
              onClose={adding.close}
              onSaved={(saved) => {
                const added = saved.sections.at(-1);
                if (added) select(String(added.id));
              }}
            />
          </>
        )
      }
    >
      {section && <SectionPanel key={section.id} version={version} section={section} index={index} />}
    </OutlineLayout>
  );
}
