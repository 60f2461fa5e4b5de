/**
 * "Exportar matriz": the matriz de seguimiento of the agreements the register shows (same filters,
 * same order), as a landscape Word document or an Excel sheet, saved where the user says.
 */
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileTypeDocx, IconFileTypeXls, IconTableExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { useSaveFile } from '../useSaveFile';
import { type RegisterQuery, toMatrixInput } from './registerQuery';

type Format = 'docx' | 'xlsx';

export function ExportMatrixMenu({ query }: { query: RegisterQuery }) {
  const { t } = useTranslation();
  const exportMatrix = useSaveFile((format: Format) => call('documents.agreementMatrix', toMatrixInput(query, format)));
  return (
    <Menu position="bottom-end" shadow="md" width={220}>
      <Menu.Target>
        <Button variant="light" leftSection={<IconTableExport size={16} />} rightSection={<IconChevronDown size={14} />} loading={exportMatrix.isPending}>
          {t('agreements.export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('agreements.export.hint')}</Menu.Label>
        <Menu.Item leftSection={<IconFileTypeDocx size={16} />} onClick={() => exportMatrix.mutate('docx')}>
          {t('agreements.export.docx')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileTypeXls size={16} />} onClick={() => exportMatrix.mutate('xlsx')}>
          {t('agreements.export.xlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
