/** "Funciones de las instituciones": what each member institution does when a case reaches it. */
import { useTranslation } from 'react-i18next';
import type { ProtocolVersion } from '../../../../shared/domain/protocol';
import { useProtocolMutation } from './queries';
import { TextEntriesTab } from './TextEntriesTab';

export function FunctionsTab({ version }: { version: ProtocolVersion }) {
  const { t } = useTranslation();
  const saveFunction = useProtocolMutation('protocol.saveFunction');
  return (
    <TextEntriesTab
      version={version}
      label={t('protocol.functions.outline')}
      intro={t(version.locked ? 'protocol.functions.introLocked' : 'protocol.functions.intro')}
      entries={version.functions.map((f) => ({ key: String(f.institutionId), label: f.institutionName, body: f.functions }))}
      save={(key, functions) => saveFunction.mutateAsync({ versionId: version.id, institutionId: Number(key), functions })}
    />
  );
}
