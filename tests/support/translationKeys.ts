/**
 * Finds the translation keys the renderer's source names, so a test can check each one against the
 * catalogues: i18next returns an unknown key as its own text, and TypeScript cannot see a typo in
 * a string, so without this a misspelt or moved key would reach the user as "plan.form.nmae".
 */
import ts from 'typescript';

export interface KeyUse {
  file: string;
  line: number;
  /**
   * `key`: a whole key handed to t(), i18n.t() or <Trans i18nKey>; it must be a sentence.
   * `prefix`: the fixed start of a key built in t() (t(`plan.status.${status}`)); it must be a group.
   * `dynamic`: a key built in t() with no fixed group to check (t(`${prefix}.title`)).
   * `literal`: any other string shaped like a key (labels handed to helpers, <Msg k="…">), or the
   * fixed start of a template shaped like one; it is checked when it starts with a catalogue
   * namespace and is not a contract method name.
   */
  kind: 'key' | 'prefix' | 'dynamic' | 'literal';
  text: string;
}

const KEY_SHAPE = /^[A-Za-z]\w*(\.\w+)+$/;

const isTranslateCall = (node: ts.CallExpression): boolean => {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 't';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't';
};

export function keyUses(file: string, source: string): KeyUse[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const uses: KeyUse[] = [];
  const consumed = new Set<ts.Node>();
  const add = (node: ts.Node, kind: KeyUse['kind'], text: string) => {
    consumed.add(node);
    uses.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, kind, text });
  };

  /** The keys an argument of t() can be: a literal, either branch of a condition, a template. */
  const translated = (node: ts.Expression): void => {
    if (ts.isParenthesizedExpression(node)) translated(node.expression);
    else if (ts.isConditionalExpression(node)) {
      translated(node.whenTrue);
      translated(node.whenFalse);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, 'key', node.text);
    else if (ts.isTemplateExpression(node)) {
      const group = node.head.text.slice(0, node.head.text.lastIndexOf('.'));
      if (group === '') add(node, 'dynamic', node.getText(sourceFile));
      else add(node, 'prefix', group);
    }
    // Anything else (a variable, a property) holds a key written as a literal somewhere else.
  };

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isTranslateCall(node) && node.arguments[0]) translated(node.arguments[0]);
    if (ts.isJsxAttribute(node) && node.name.getText(sourceFile) === 'i18nKey' && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value) translated(value);
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !consumed.has(node) && KEY_SHAPE.test(node.text)) {
      add(node, 'literal', node.text);
    }
    if (ts.isTemplateExpression(node) && !consumed.has(node)) {
      const group = node.head.text.slice(0, node.head.text.lastIndexOf('.'));
      if (KEY_SHAPE.test(`${group}.x`)) add(node, 'literal', group);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return uses;
}

type Catalog = Record<string, unknown>;

const NESTED = /\$t\(([^,)]+)/g;

/**
 * The keys a catalogue's own sentences name: i18next replaces `$t(members.representative.role)`
 * inside a sentence with that key's text, and a key built there (`…rolesLower.{{role}}`) by its group.
 */
export function nestedKeyUses(catalog: Catalog, prefix = ''): KeyUse[] {
  return Object.entries(catalog).flatMap(([name, value]): KeyUse[] => {
    const path = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return nestedKeyUses(value as Catalog, path);
    return [...String(value).matchAll(NESTED)].map(([, key = '']) => {
      const built = key.indexOf('{{');
      const file = `catalogue ${path}`;
      return built < 0 ? { file, line: 0, kind: 'key', text: key } : { file, line: 0, kind: 'prefix', text: key.slice(0, key.lastIndexOf('.', built)) };
    });
  });
}

const lookup = (catalog: Catalog, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' && !Array.isArray(node) ? (node as Catalog)[part] : undefined), catalog);

const isGroup = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);
const isSentence = (value: unknown): boolean => typeof value === 'string' || Array.isArray(value);

/** i18next picks `key_one`, `key_other`… when the call passes a count. */
const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const hasSentence = (catalog: Catalog, key: string): boolean =>
  isSentence(lookup(catalog, key)) || PLURAL_SUFFIXES.some((suffix) => isSentence(lookup(catalog, `${key}_${suffix}`)));

/**
 * The uses a catalogue cannot answer, as "file:line text" lines. `notKeys` are strings that share
 * the `domain.verb` shape with keys but are not translations (the contract's method names…).
 */
export function unresolvedKeys(uses: readonly KeyUse[], catalog: Catalog, notKeys: ReadonlySet<string>): string[] {
  const namespaces = new Set(Object.keys(catalog));
  const resolves = (use: KeyUse): boolean => {
    switch (use.kind) {
      case 'key':
        return hasSentence(catalog, use.text);
      case 'prefix':
        return isGroup(lookup(catalog, use.text));
      case 'dynamic':
        return true;
      case 'literal': {
        const namespace = use.text.split('.')[0] ?? '';
        if (!namespaces.has(namespace) || notKeys.has(use.text)) return true;
        return hasSentence(catalog, use.text) || isGroup(lookup(catalog, use.text));
      }
    }
  };
  return uses.filter((use) => !resolves(use)).map((use) => `${use.file}:${use.line} ${use.text}`);
}
