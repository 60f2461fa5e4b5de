/** "Crear el protocolo": its title; the first version starts with the standard sections. */
import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { protocolCreateInput } from '../../../../../shared/domain/protocol';
import { FormDialog } from '../../../components/FormDialog';
import { requiredMark } from '../../../components/requiredMark';
import { useTaskforce } from '../../../lib/commonQueries';
import { schemaErrors } from '../../../lib/forms';
import { useProtocolMutation } from '../queries';
import { protocolTabPath } from './protocolTabs';

export function CreateProtocolModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const taskforce = useTaskforce();
  const create = useProtocolMutation('protocol.create');
  const place = taskforce.data?.placeName;
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('protocol.create.title')}
      initialValues={{ title: place ? t('protocol.create.proposedTitle', { place }) : '' }}
      validate={(values) => schemaErrors(protocolCreateInput, values)}
      save={async (values) => {
        const created = await create.mutateAsync(values);
        void navigate(protocolTabPath(created.id, 'sections'), { replace: true });
      }}
      submitLabel={t('protocol.create.submit')}
      savedMessage={t('protocol.create.done')}
      fields={(form) => <TextInput label={t('protocol.create.field')} description={t('protocol.create.fieldHelp')} {...requiredMark} data-autofocus {...form.getInputProps('title')} />}
    />
  );
}
