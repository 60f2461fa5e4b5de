/** A page of the register; a click anywhere on a row opens the agreement. */
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { AgreementRow } from '../../../../../shared/domain/agreements';
import { ProgressMeter } from '../../../components/ProgressMeter';
import { shortDate } from '../../../lib/dates';
import type { FromRegister } from '../detail/AgreementPage';
import { responsibleLabels } from '../responsibles';
import { StatusBadges } from '../StatusBadges';
import type { AgreementSort } from './registerQuery';
import { SortableTh } from './SortableTh';

const nowrap = { whiteSpace: 'nowrap' } as const;

/**
 * "005-2026-MDVE/GDS-ST" for "ACUERDO N° 005-2026-MDVE/GDS-ST": under the heading "N°" the type
 * word only takes room from the agreement's text. The full number stays the link's spoken name.
 */
const shortNumber = (numberText: string) => numberText.replace(/^\s*acuerdo\s+n[°º.]?\s*/i, '');

interface RegisterTableProps {
  rows: readonly AgreementRow[];
  sort: AgreementSort;
  descending: boolean;
  onSort: (sort: AgreementSort, descending: boolean) => void;
}

export function RegisterTable({ rows, sort, descending, onSort }: RegisterTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The agreement's page leads back to the register as it is now, filters and page included.
  const state: FromRegister = { registerSearch: useLocation().search };
  const sortable = { sort, descending, onSort };
  return (
    <Table.ScrollContainer minWidth={960}>
      {/* Fixed widths that fit a 1366 px screen: the agreement's text takes whatever room the others leave. */}
      <Table aria-label={t('agreements.register.tableLabel')} verticalSpacing="xs" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <SortableTh column="number" w={112} {...sortable}>
              {t('agreements.register.columns.number')}
            </SortableTh>
            <Table.Th>{t('agreements.register.columns.text')}</Table.Th>
            <SortableTh column="session" w={128} {...sortable}>
              {t('agreements.register.columns.session')}
            </SortableTh>
            <Table.Th w={148}>{t('agreements.register.columns.responsibles')}</Table.Th>
            <SortableTh column="deadline" w={108} {...sortable}>
              {t('agreements.register.columns.deadline')}
            </SortableTh>
            <SortableTh column="status" w={116} {...sortable}>
              {t('agreements.register.columns.status')}
            </SortableTh>
            <SortableTh column="progress" w={108} {...sortable}>
              {t('agreements.register.columns.progress')}
            </SortableTh>
            <Table.Th w={100}>{t('agreements.register.columns.lastReport')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} style={{ cursor: 'pointer' }} onClick={() => void navigate(`/acuerdos/${row.id}`, { state })}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/acuerdos/${row.id}`}
                  state={state}
                  fw={600}
                  size="sm"
                  // A number whose pattern has no hyphen still breaks inside its column.
                  style={{ overflowWrap: 'anywhere' }}
                  aria-label={row.numberText}
                  onClick={(event) => event.stopPropagation()}
                >
                  {shortNumber(row.numberText)}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={3} title={row.text}>
                  {row.text}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={3}>
                  {row.sessionTitle}
                </Text>
                <Text size="xs" c="dimmed">
                  {shortDate(row.sessionDate)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Responsibles names={responsibleLabels(t, row)} />
              </Table.Td>
              <Table.Td style={nowrap}>
                <Text size="sm" c={row.overdue ? 'red.8' : undefined} fw={row.overdue ? 600 : undefined}>
                  {row.deadline ? shortDate(row.deadline) : t('agreements.noDeadline')}
                </Text>
              </Table.Td>
              <Table.Td>
                <StatusBadges status={row.status} overdue={row.overdue} />
              </Table.Td>
              <Table.Td>
                <ProgressMeter value={row.progress} width={48} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={row.lastReportOn ? undefined : 'dimmed'}>
                  {row.lastReportOn ? shortDate(row.lastReportOn) : t('agreements.register.noReport')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The lead first, in bold; the others under it, smaller. */
function Responsibles({ names }: { names: readonly string[] }) {
  const [lead, ...others] = names;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} lineClamp={2}>
        {lead}
      </Text>
      {others.map((name) => (
        <Text key={name} size="xs" c="dimmed" lineClamp={1} title={name}>
          {name}
        </Text>
      ))}
    </Stack>
  );
}
