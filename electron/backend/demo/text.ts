/** Rich text for the demo's minutes, plan and protocol, written as plain paragraphs and lists. */
import type { RichBlock } from '../../../shared/domain/richText';

const run = (text: string) => ({ text, bold: false, italic: false });

export const paragraph = (text: string): RichBlock => ({ type: 'paragraph', runs: [run(text)] });

export const bullets = (...items: string[]): RichBlock => ({ type: 'bulletList', items: items.map((text) => [run(text)]) });
