/** The register's pages, with spoken names for the arrows; nothing when everything fits on one. */
import { Center, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementPage } from '../../../../../shared/domain/agreements';

export function RegisterPager({ page, onPage }: { page: AgreementPage; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const pages = Math.ceil(page.total / page.pageSize);
  if (pages <= 1) return null;
  return (
    <Center>
      <Pagination
        total={pages}
        value={page.page}
        onChange={onPage}
        getControlProps={(control) => ({ 'aria-label': t(`agreements.register.pager.${control}`) })}
        getItemProps={(n) => ({ 'aria-label': t('agreements.register.pager.page', { n }) })}
      />
    </Center>
  );
}
