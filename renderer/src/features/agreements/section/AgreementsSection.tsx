/** "Acuerdos": the register of every agreement and what each institution still owes, as two tabs. */
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { RoutedTabs } from '../../../components/RoutedTabs';
import { InstitutionsTab } from '../institutions/InstitutionsTab';
import { RegisterTab } from '../register/RegisterTab';
import { SECTION_TABS, type SectionTab } from './sectionTabs';

export function AgreementsSection({ tab }: { tab: SectionTab }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('agreements.title')} description={t('agreements.description')} />
      <RoutedTabs routes={SECTION_TABS} id={0} current={tab} label={(value) => t(`agreements.tabs.${value}`)}>
        {(value) => (value === 'register' ? <RegisterTab /> : <InstitutionsTab />)}
      </RoutedTabs>
    </>
  );
}
