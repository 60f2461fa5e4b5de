/** Adds another section to the protocol ("Anexos", "Directorio"…) or renames one. */
import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ProtocolVersion, protocolSectionInput } from '../../../../../shared/domain/protocol';
import type { RichBlock } from '../../../../../shared/domain/richText';
import { FormDialog } from '../../../components/FormDialog';
import { requiredMark } from '../../../components/requiredMark';
import { schemaErrors } from '../../../lib/forms';
import { useProtocolMutation } from '../queries';

type Section = ProtocolVersion['sections'][number];

interface SectionTitleModalProps {
  versionId: number;
  /** The section to rename, with its text as typed; none to add a section at the end. */
  existing?: { section: Section; body: RichBlock[] };
  opened: boolean;
  onClose: () => void;
  onSaved?: (version: ProtocolVersion) => void;
}

export function SectionTitleModal({ versionId, existing, opened, onClose, onSaved }: SectionTitleModalProps) {
  const { t } = useTranslation();
  const saveSection = useProtocolMutation('protocol.saveSection');
  const input = ({ title }: { title: string }) =>
    existing ? { versionId, id: existing.section.id, kind: existing.section.kind, title, body: existing.body } : { versionId, kind: 'other' as const, title, body: [] };
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t(existing ? 'protocol.sections.renameTitle' : 'protocol.sections.newTitle')}
      initialValues={{ title: existing?.section.title ?? '' }}
      validate={(values) => schemaErrors(protocolSectionInput, input(values))}
      save={async (values) => onSaved?.(await saveSection.mutateAsync(input(values)))}
      submitLabel={t(existing ? 'common.saveChanges' : 'protocol.sections.add')}
      savedMessage={t('protocol.sections.saved')}
      fields={(form) => (
        <TextInput label={t('protocol.sections.title')} placeholder={t('protocol.sections.titlePlaceholder')} {...requiredMark} data-autofocus {...form.getInputProps('title')} />
      )}
    />
  );
}
