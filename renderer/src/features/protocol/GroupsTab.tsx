/** "Atención diferenciada": how care adapts to each group of people in a situation of vulnerability. */
import { useTranslation } from 'react-i18next';
import type { CareGroup, ProtocolVersion } from '../../../../shared/domain/protocol';
import { useProtocolMutation } from './queries';
import { TextEntriesTab } from './TextEntriesTab';

export function GroupsTab({ version }: { version: ProtocolVersion }) {
  const { t } = useTranslation();
  const saveGroupCare = useProtocolMutation('protocol.saveGroupCare');
  return (
    <TextEntriesTab
      version={version}
      label={t('protocol.groups.outline')}
      intro={t('protocol.groups.intro')}
      entries={version.groups.map((g) => ({ key: g.group, label: t(`protocol.groups.names.${g.group}`), body: g.guidance }))}
      save={(key, guidance) => saveGroupCare.mutateAsync({ versionId: version.id, group: key as CareGroup, guidance })}
    />
  );
}
