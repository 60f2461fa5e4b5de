/** An approved or replaced version only reads; changes go into a new version. */
import { useTranslation } from 'react-i18next';
import type { ProtocolVersion } from '../../../../../shared/domain/protocol';
import { LockBanner } from '../../../components/approval/LockBanner';

export function VersionLockBanner({ version }: { version: ProtocolVersion }) {
  const { t } = useTranslation();
  return (
    <LockBanner
      approval={version.approval}
      title={t(`protocol.locked.title.${version.status}`)}
      approvedKey="protocol.locked.approved"
      body={t('protocol.locked.body')}
      current={version.status === 'aprobado'}
    />
  );
}
