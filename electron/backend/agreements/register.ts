/**
 * The register of agreements: every agreement of every session, narrowed by any combination of
 * filters, sorted and paged (queries.ts does it in SQL, so the first page answers fast).
 */
import type { AgreementPage } from '../../../shared/domain/agreements';
import type { ParsedInput as In } from '../../../shared/contract';
import type { ServiceContext } from '../context';
import { countAgreementRows, listAgreementRows } from './queries';
import { toAgreementRows } from './rows';

export async function listAgreements(ctx: ServiceContext, input: In<'agreements.list'>): Promise<AgreementPage> {
  const today = ctx.clock.today();
  const [total, rows] = await Promise.all([
    countAgreementRows(ctx.db, input, today),
    listAgreementRows(ctx.db, input, today, input, { limit: input.pageSize, offset: (input.page - 1) * input.pageSize }),
  ]);
  return { total, page: input.page, pageSize: input.pageSize, items: await toAgreementRows(ctx.db, rows, today) };
}
