/** "Versión 2 (borrador)": how a version is named in lists and selects. */
import type { TFunction } from 'i18next';
import type { ProtocolVersionSummary } from '../../../../../shared/domain/protocol';

export const versionName = (t: TFunction, version: Pick<ProtocolVersionSummary, 'versionNumber' | 'status'>, withStatus = true): string =>
  withStatus
    ? t('protocol.versions.nameWithStatus', { number: version.versionNumber, status: t(`protocol.status.${version.status}`).toLowerCase() })
    : t('protocol.versions.name', { number: version.versionNumber });
