/**
 * What inside the text cannot be saved (a table too wide or too long, a list too deep), said under
 * the editor itself: the forms around an editor show the text's own limits (too long) but not where
 * inside it a pasted table breaks one. Kept out of the saved text until fixed, nothing is lost.
 */
import { richText, type RichBlock } from '../../../../shared/domain/richText';
import type { FieldError } from '../../../../shared/result';
import { toFieldErrors } from '../../../../shared/validation';

export function contentProblem(blocks: readonly RichBlock[]): FieldError | null {
  const parsed = richText.safeParse(blocks);
  if (parsed.success) return null;
  // An empty path is the whole text (its length), which the form shows already.
  return toFieldErrors(parsed.error.issues).find((field) => field.path !== '') ?? null;
}
