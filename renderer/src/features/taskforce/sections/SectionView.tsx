/** The form part for one section of the settings, for the wizard's steps and the page's tabs. */
import type { SettingsForm, SettingsSection } from '../form';
import type { LogoDraftState } from '../useLogoDraft';
import { DocumentsSection } from './DocumentsSection';
import { GovernanceSection } from './GovernanceSection';
import { IdentitySection } from './IdentitySection';
import { SessionsSection } from './SessionsSection';

export function SectionView({ section, form, logo }: { section: SettingsSection; form: SettingsForm; logo: LogoDraftState }) {
  switch (section) {
    case 'identity':
      return <IdentitySection form={form} />;
    case 'governance':
      return <GovernanceSection form={form} />;
    case 'documents':
      return <DocumentsSection form={form} logo={logo} />;
    case 'sessions':
      return <SessionsSection form={form} />;
  }
}
