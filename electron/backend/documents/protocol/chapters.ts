/**
 * The protocol's chapters as printed: only those with something to say, numbered in order, each
 * with its page orientation (the route's table needs landscape), its content, and its index entry.
 */
import type { Paragraph } from 'docx';
import { isBlank, type RichBlock } from '../../../../shared/domain/richText';
import type { PageRun } from '../kit/document';
import { numberedChapter, numberedSubheading, textChapter } from '../kit/parts/chapter';
import { richTextContent } from '../kit/richText';
import type { ContentsEntry } from './contents';
import type { ProtocolChapter } from './data';
import { routeTable } from './route';

export interface PrintedChapter {
  run: PageRun;
  entry: ContentsEntry;
}

/** Drops the institutions and groups with nothing written, then the chapters left with nothing. */
function withContent(chapter: ProtocolChapter): ProtocolChapter | null {
  switch (chapter.kind) {
    case 'text':
      return isBlank(chapter.body) ? null : chapter;
    case 'route':
      return chapter.steps.length === 0 ? null : chapter;
    case 'functions': {
      const entries = chapter.entries.filter((e) => !isBlank(e.functions));
      return entries.length === 0 ? null : { ...chapter, entries };
    }
    case 'groups': {
      const entries = chapter.entries.filter((e) => !isBlank(e.guidance));
      return entries.length === 0 ? null : { ...chapter, entries };
    }
  }
}

/** "5.1 Comisaría PNP …" and its text, for each institution or group. */
const subsections = (number: number, entries: readonly { title: string; body: readonly RichBlock[] }[]) =>
  entries.flatMap((e, i) => [numberedSubheading(`${number}.${i + 1}`, e.title), ...richTextContent(e.body)]);

function content(chapter: ProtocolChapter, number: number, heading: Paragraph): PageRun {
  switch (chapter.kind) {
    case 'text':
      return { orientation: 'portrait', children: textChapter(heading, chapter.body) };
    case 'route':
      return { orientation: 'landscape', children: [heading, routeTable(chapter.steps)] };
    case 'functions':
      return { orientation: 'portrait', children: [heading, ...subsections(number, chapter.entries.map((e) => ({ title: e.institution, body: e.functions })))] };
    case 'groups':
      return { orientation: 'portrait', children: [heading, ...subsections(number, chapter.entries.map((e) => ({ title: e.group, body: e.guidance })))] };
  }
}

function printed(chapter: ProtocolChapter, number: number): PrintedChapter {
  // Word hides bookmarks whose names start with "_" from the user's list.
  const entry = { number, title: chapter.title, bookmark: `_Capitulo${number}` };
  return { run: content(chapter, number, numberedChapter(number, chapter.title, entry.bookmark)), entry };
}

export function printedChapters(chapters: readonly ProtocolChapter[]): PrintedChapter[] {
  return chapters
    .map(withContent)
    .filter((c): c is ProtocolChapter => c !== null)
    .map((c, i) => printed(c, i + 1));
}
