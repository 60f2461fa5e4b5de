/** Changes the title of a draft version, as its cover will print it. */
import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { protocolCreateInput, type ProtocolVersion } from '../../../../../shared/domain/protocol';
import { FormDialog } from '../../../components/FormDialog';
import { requiredMark } from '../../../components/requiredMark';
import { schemaErrors } from '../../../lib/forms';
import { useProtocolMutation } from '../queries';

interface RenameVersionModalProps {
  version: ProtocolVersion;
  opened: boolean;
  onClose: () => void;
}

export function RenameVersionModal({ version, opened, onClose }: RenameVersionModalProps) {
  const { t } = useTranslation();
  const rename = useProtocolMutation('protocol.rename');
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('protocol.actions.renameTitle')}
      initialValues={{ title: version.title }}
      validate={(values) => schemaErrors(protocolCreateInput, values)}
      save={(values) => rename.mutateAsync({ id: version.id, ...values })}
      submitLabel={t('common.saveChanges')}
      savedMessage={t('protocol.actions.renamed')}
      fields={(form) => <TextInput label={t('protocol.create.field')} {...requiredMark} data-autofocus {...form.getInputProps('title')} />}
    />
  );
}
