/** One numbering pattern per document type, each with a live example of the next number. */
import { Code, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPE_LABELS } from '../../../../../shared/domain/taskforce';
import { checkPattern, formatDocumentNumber } from '../../../../../shared/rules/numbering';
import type { SettingsForm } from '../form';

const PLACEHOLDERS = ['TIPO', 'NNN', 'AAAA', 'ENTIDAD', 'UNIDAD'] as const;

export function NumberingEditor({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const { numbering, entityAcronym, unitAcronym } = form.getValues();
  const year = new Date().getFullYear();

  const preview = (docType: keyof typeof DOCUMENT_TYPE_LABELS, pattern: string) =>
    checkPattern(pattern) === null
      ? formatDocumentNumber(pattern, {
          typeLabel: DOCUMENT_TYPE_LABELS[docType],
          correlative: 1,
          year,
          entity: entityAcronym.trim() || t('taskforce.settings.numbering.entityFallback'),
          unit: unitAcronym.trim() || t('taskforce.settings.numbering.unitFallback'),
        })
      : null;

  return (
    <Stack gap="sm">
      <Text size="sm">{t('taskforce.settings.numbering.help')}</Text>
      <Group gap="lg" wrap="wrap">
        {PLACEHOLDERS.map((name) => (
          <Text key={name} size="sm">
            <Code>{`{${name}}`}</Code> {t(`taskforce.settings.numbering.placeholders.${name}`)}
          </Text>
        ))}
      </Group>
      <Table withTableBorder verticalSpacing="xs" highlightOnHover={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="18%">{t('taskforce.settings.numbering.document')}</Table.Th>
            <Table.Th w="42%">{t('taskforce.settings.numbering.pattern')}</Table.Th>
            <Table.Th>{t('taskforce.settings.numbering.preview', { year })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {numbering.map((row, index) => {
            const name = t(`documentTypes.${row.docType}`);
            const example = preview(row.docType, row.pattern);
            return (
              <Table.Tr key={row.docType}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('taskforce.settings.numbering.patternOf', { name })}
                    styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
                    {...form.getInputProps(`numbering.${index}.pattern`)}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" c={example ? undefined : 'dimmed'} data-testid={`numbering-preview-${row.docType}`}>
                    {example ?? '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
