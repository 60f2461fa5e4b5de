/**
 * The simple rich text of minutes: paragraphs and one-level bullet or numbered lists of runs that
 * may be bold or italic. Nothing Word cannot show, so the acta prints what the secretary typed.
 */
import { z } from 'zod';

export const RICH_TEXT_MAX_CHARS = 60_000;

const run = z.strictObject({
  text: z.string().max(RICH_TEXT_MAX_CHARS, 'validation.tooLong'),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
});
export type TextRun = z.infer<typeof run>;

const runs = z.array(run).max(2000, 'validation.tooBig');

const block = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('paragraph'), runs }),
    z.strictObject({ type: z.literal('bulletList'), items: z.array(runs).max(500, 'validation.tooBig') }),
    z.strictObject({ type: z.literal('orderedList'), items: z.array(runs).max(500, 'validation.tooBig') }),
  ],
  'validation.invalid',
);
export type RichBlock = z.infer<typeof block>;

/** Every run's text, block by block, one line per paragraph or list item. */
export function plainText(blocks: readonly RichBlock[]): string {
  const line = (r: readonly TextRun[]) => r.map((x) => x.text).join('');
  return blocks.flatMap((b) => (b.type === 'paragraph' ? [line(b.runs)] : b.items.map(line))).join('\n');
}

export const richText = z
  .array(block)
  .max(1000, 'validation.tooBig')
  .refine((blocks) => plainText(blocks).length <= RICH_TEXT_MAX_CHARS, 'validation.tooLong');

/** Whether nothing but whitespace was typed. */
export const isBlank = (blocks: readonly RichBlock[]): boolean => plainText(blocks).trim() === '';
