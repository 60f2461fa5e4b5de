/** A required text of several lines that opens a form (an agreement, an erratum): the cursor starts in it. */
import { Textarea, type TextareaProps } from '@mantine/core';
import type { Ref } from 'react';
import { requiredMark } from './requiredMark';

export function LongTextField({ ref, ...props }: TextareaProps & { ref?: Ref<HTMLTextAreaElement> }) {
  return <Textarea ref={ref} autosize minRows={3} maxRows={8} data-autofocus {...requiredMark} {...props} />;
}
