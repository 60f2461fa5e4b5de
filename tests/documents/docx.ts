/**
 * Opens a built document the way Word would see it: packs it, unzips the parts and reads their
 * text paragraph by paragraph (tabs as "\t", line breaks as "\n").
 */
import type { Document } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { renderDocument } from '../../electron/backend/documents';

export interface ParagraphXml {
  xml: string;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

function paragraphText(xml: string): string {
  let text = '';
  for (const [token, content] of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<w:br [^>]*\/>/g)) {
    if (token.startsWith('<w:t')) text += decode(content ?? '');
    else text += token === '<w:tab/>' ? '\t' : '\n';
  }
  return text;
}

export function paragraphsOf(xml: string): ParagraphXml[] {
  return [...xml.matchAll(/<w:p(?: [^>]*)?>.*?<\/w:p>/g)].map(([p]) => ({ xml: p, text: paragraphText(p) }));
}

export class DocxFile {
  constructor(
    readonly bytes: Buffer,
    private readonly files: Record<string, Uint8Array>,
  ) {}

  get partNames(): string[] {
    return Object.keys(this.files);
  }

  binary(name: string): Uint8Array {
    const file = this.files[name];
    if (!file) throw new Error(`no part ${name} in the docx (parts: ${this.partNames.join(', ')})`);
    return file;
  }

  xml(name = 'word/document.xml'): string {
    return strFromU8(this.binary(name));
  }

  paragraphs(name = 'word/document.xml'): ParagraphXml[] {
    return paragraphsOf(this.xml(name));
  }

  /** The part's text, one line per paragraph. */
  text(name = 'word/document.xml'): string {
    return this.paragraphs(name)
      .map((p) => p.text)
      .join('\n');
  }

  /** The one paragraph whose text includes `needle`. */
  paragraph(needle: string, name = 'word/document.xml'): ParagraphXml {
    const found = this.paragraphs(name).filter((p) => p.text.includes(needle));
    if (found.length !== 1) throw new Error(`expected one paragraph with "${needle}", found ${found.length}`);
    return found[0]!;
  }

  /** Names of the parts docx wrote for headers or footers. */
  partsLike(pattern: RegExp): string[] {
    return this.partNames.filter((n) => pattern.test(n));
  }
}

export async function openDocx(doc: Document): Promise<DocxFile> {
  const bytes = await renderDocument(doc);
  return new DocxFile(bytes, unzipSync(new Uint8Array(bytes)));
}

/** Fails naming the first phrase missing from `text` after the one before it. */
export function expectInOrder(text: string, phrases: readonly string[]): void {
  let from = 0;
  for (const phrase of phrases) {
    const at = text.indexOf(phrase, from);
    if (at < 0) {
      const anywhere = text.includes(phrase) ? 'it appears earlier, out of order' : 'it is missing';
      throw new Error(`"${phrase}" not found after position ${from}: ${anywhere}`);
    }
    from = at + phrase.length;
  }
}

/** Text that must never reach a printed document. */
export const PLACEHOLDERS = ['undefined', 'null', 'NaN', '{', '}', 'TODO', 'Lorem', '[object'];

/** Every placeholder found in any XML part: in the text, or in an attribute value. */
export function placeholdersIn(docx: DocxFile): string[] {
  const found: string[] = [];
  for (const name of docx.partNames.filter((n) => n.endsWith('.xml'))) {
    const text = docx.text(name);
    for (const p of PLACEHOLDERS) if (text.includes(p)) found.push(`${name}: text "${p}"`);
    const attrs = [...docx.xml(name).matchAll(/="(undefined|null|NaN|\[object [^"]*)"/g)];
    for (const [a] of attrs) found.push(`${name}: attribute ${a}`);
  }
  return found;
}
