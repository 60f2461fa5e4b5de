/** One text section of the protocol: its title, where it stands among the others, and its text. */
import { Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProtocolVersion } from '../../../../../shared/domain/protocol';
import { ItemActions } from '../../../components/ItemActions';
import { useDialog } from '../../../lib/useDialog';
import { AutosavedText, useAutosavedText } from '../AutosavedText';
import { useProtocolMutation } from '../queries';
import { SectionTitleModal } from './SectionTitleModal';

interface SectionPanelProps {
  version: ProtocolVersion;
  section: ProtocolVersion['sections'][number];
  index: number;
}

export function SectionPanel({ version, section, index }: SectionPanelProps) {
  const { t } = useTranslation();
  const renaming = useDialog();
  const save = useProtocolMutation('protocol.saveSection');
  const move = useProtocolMutation('protocol.moveItem');
  const remove = useProtocolMutation('protocol.removeItem');
  const { id, kind, title } = section;
  const autosave = useAutosavedText(`section-${id}`, section.body, (body) => save.mutateAsync({ versionId: version.id, id, kind, title, body }));
  const name = t('protocol.sections.named', { title });

  const actions = !version.locked && (
    <ItemActions
      name={name}
      index={index}
      count={version.sections.length}
      onEdit={() => {
        void autosave.flush();
        renaming.open();
      }}
      onMove={(direction) => move.mutateAsync({ kind: 'section', id, direction })}
      onRemove={() => remove.mutateAsync({ kind: 'section', id })}
      removeWarning={t('protocol.sections.removeWarning')}
    />
  );

  return (
    <>
      <AutosavedText
        autosave={autosave}
        label={title}
        readOnly={version.locked}
        help={t(`protocol.sections.help.${kind}`)}
        heading={
          <Group gap="sm" wrap="nowrap">
            <Title order={2} fz="lg">
              {index + 1}. {title}
            </Title>
            {actions}
          </Group>
        }
      />
      <SectionTitleModal versionId={version.id} existing={{ section, body: autosave.value }} opened={renaming.opened} onClose={renaming.close} />
    </>
  );
}
