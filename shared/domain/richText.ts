/**
 * The simple rich text of minutes: paragraphs, bullet or numbered lists (nested as Word nests
 * them), and plain tables, all of runs that may be bold or italic. Nothing Word cannot show, so
 * the acta prints what the secretary typed; colours, fonts and sizes are never kept.
 */
import { z } from 'zod';

export const RICH_TEXT_MAX_CHARS = 60_000;
/** Word offers nine list levels; deeper is never what a secretary meant. */
export const LIST_MAX_LEVELS = 9;
/** As many columns as still leave readable cells across a portrait page. */
export const TABLE_MAX_COLUMNS = 10;
export const TABLE_MAX_ROWS = 200;

const run = z.strictObject({
  text: z.string().max(RICH_TEXT_MAX_CHARS, 'validation.tooLong'),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
});
export type TextRun = z.infer<typeof run>;

const runs = z.array(run).max(2000, 'validation.tooBig');

export const LIST_TYPES = ['bulletList', 'orderedList'] as const;
export type ListType = (typeof LIST_TYPES)[number];

/**
 * A list item is its line, or its line and the list nested under it. A line alone stays a bare
 * array, as every list item was before lists could nest, so stored minutes read as they were.
 */
export type ListItem = TextRun[] | { runs: TextRun[]; list: ListBlock };
export interface ListBlock {
  type: ListType;
  items: ListItem[];
}
type ListItemInput = z.input<typeof run>[] | { runs: z.input<typeof run>[]; list: ListBlockInput };
interface ListBlockInput {
  type: ListType;
  items: ListItemInput[];
}

const nestedList: z.ZodType<ListBlock, ListBlockInput> = z.lazy(() => z.discriminatedUnion('type', [listOf('bulletList'), listOf('orderedList')]));
const listItem = z.union([runs, z.strictObject({ runs, list: nestedList })]);

function listOf<T extends ListType>(type: T) {
  return z.strictObject({ type: z.literal(type), items: z.array(listItem).max(500, 'validation.tooBig') });
}

/** A row's cells; each cell holds one line of runs. */
const row = z.array(runs).min(1, 'validation.invalid').max(TABLE_MAX_COLUMNS, 'richText.tableTooWide');

const table = z
  .strictObject({
    type: z.literal('table'),
    /** Whether the first row is the header row Word repeats on each page. */
    header: z.boolean().default(false),
    rows: z.array(row).min(1, 'validation.invalid').max(TABLE_MAX_ROWS, 'richText.tableTooLong'),
  })
  .refine(({ rows }) => rows.every((r) => r.length === rows[0]?.length), { message: 'richText.tableUneven', path: ['rows'] });
export type TableBlock = z.infer<typeof table>;

const block = z.discriminatedUnion(
  'type',
  [z.strictObject({ type: z.literal('paragraph'), runs }), listOf('bulletList'), listOf('orderedList'), table],
  'validation.invalid',
);
export type RichBlock = z.infer<typeof block>;

/** The line of a list item, with or without a list under it. */
export const itemRuns = (item: ListItem): TextRun[] => (Array.isArray(item) ? item : item.runs);
/** The list nested under a list item, if any. */
export const itemList = (item: ListItem): ListBlock | null => (Array.isArray(item) ? null : item.list);

/** How many levels a list has, counting itself. */
function depth(l: ListBlock): number {
  return 1 + Math.max(0, ...l.items.map((item) => itemList(item)).map((nested) => (nested ? depth(nested) : 0)));
}

const line = (r: readonly TextRun[]) => r.map((x) => x.text).join('');
const listLines = (l: ListBlock): string[] => l.items.flatMap((item) => [line(itemRuns(item)), ...[itemList(item)].flatMap((n) => (n ? listLines(n) : []))]);

/** Every run's text, block by block: one line per paragraph, list item or table row (cells tab-separated). */
export function plainText(blocks: readonly RichBlock[]): string {
  return blocks
    .flatMap((b) => {
      if (b.type === 'paragraph') return [line(b.runs)];
      if (b.type === 'table') return b.rows.map((r) => r.map(line).join('\t'));
      return listLines(b);
    })
    .join('\n');
}

export const richText = z
  .array(block)
  .max(1000, 'validation.tooBig')
  .refine((blocks) => plainText(blocks).length <= RICH_TEXT_MAX_CHARS, 'validation.tooLong')
  .superRefine((blocks, ctx) => {
    blocks.forEach((b, i) => {
      if (b.type !== 'paragraph' && b.type !== 'table' && depth(b) > LIST_MAX_LEVELS) {
        ctx.addIssue({ code: 'custom', message: 'richText.listTooDeep', params: { max: LIST_MAX_LEVELS }, path: [i] });
      }
    });
  });

/** Whether nothing but whitespace was typed. */
export const isBlank = (blocks: readonly RichBlock[]): boolean => plainText(blocks).trim() === '';
