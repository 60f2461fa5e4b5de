/**
 * The toolbar's table menu: insert a table, add or remove rows and columns, turn the header row on
 * or off, delete the table. Within Word's reach for a page: no more columns than fit its width.
 */
import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import {
  IconColumnInsertRight,
  IconColumnRemove,
  IconRowInsertBottom,
  IconRowRemove,
  IconTable,
  IconTableMinus,
  IconTablePlus,
  IconTableRow,
} from '@tabler/icons-react';
import type { Command } from '@tiptap/pm/state';
import { addColumnAfter, addRowAfter, deleteColumn, deleteRow, deleteTable, toggleHeader } from '@tiptap/pm/tables';
import { type Editor, useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { TABLE_MAX_COLUMNS, TABLE_MAX_ROWS } from '../../../../shared/domain/richText';
import { insertTable, tableState } from './tableCommands';

const ICON = { size: 16, stroke: 1.8 };

/** The first row in or out of the header, wherever the cursor stands (the module's toggleHeaderRow acts on the cursor's row). */
const toggleFirstRowHeader = toggleHeader('row');

export function TableMenu({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const table = useEditorState({ editor, selector: ({ editor: e }) => tableState(e.state) });
  const run = (command: Command) => editor.chain().focus().command(({ state, dispatch }) => command(state, dispatch)).run();
  const name = t('common.editor.table');

  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Tooltip label={name} openDelay={400} withinPortal>
          <ActionIcon
            variant={table.inTable ? 'light' : 'subtle'}
            color={table.inTable ? 'violet' : 'gray'}
            size="md"
            aria-label={name}
            // Keeps the cursor in the text while the menu opens.
            onMouseDown={(event) => event.preventDefault()}
          >
            <IconTable size={18} stroke={1.8} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconTablePlus {...ICON} />} disabled={table.inTable} onClick={() => run(insertTable)}>
          {t('common.editor.insertTable')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconRowInsertBottom {...ICON} />} disabled={!table.inTable || table.rows >= TABLE_MAX_ROWS} onClick={() => run(addRowAfter)}>
          {t('common.editor.addRow')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconColumnInsertRight {...ICON} />}
          disabled={!table.inTable || table.columns >= TABLE_MAX_COLUMNS}
          onClick={() => run(addColumnAfter)}
        >
          {table.inTable && table.columns >= TABLE_MAX_COLUMNS ? t('common.editor.columnsFull', { max: TABLE_MAX_COLUMNS }) : t('common.editor.addColumn')}
        </Menu.Item>
        <Menu.Item leftSection={<IconRowRemove {...ICON} />} disabled={!table.inTable || table.rows <= 1} onClick={() => run(deleteRow)}>
          {t('common.editor.deleteRow')}
        </Menu.Item>
        <Menu.Item leftSection={<IconColumnRemove {...ICON} />} disabled={!table.inTable || table.columns <= 1} onClick={() => run(deleteColumn)}>
          {t('common.editor.deleteColumn')}
        </Menu.Item>
        <Menu.Item leftSection={<IconTableRow {...ICON} />} disabled={!table.inTable} onClick={() => run(toggleFirstRowHeader)}>
          {t(table.header ? 'common.editor.removeHeader' : 'common.editor.addHeader')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTableMinus {...ICON} />} disabled={!table.inTable} onClick={() => run(deleteTable)}>
          {t('common.editor.deleteTable')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
