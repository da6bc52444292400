/**
 * HTML into the same mdast as Markdown, through rehype: the page's chrome (navigation, banners,
 * scripts, styles, forms) never reaches the clauses, and the numbering of `<ol>` lists (`start`,
 * `type="a"`, `type="i"`, `<li value>`) is kept on the mdast lists for the structure stage.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { List, ListItem } from 'mdast';
import { defaultHandlers, type Handle, type State } from 'hast-util-to-mdast';
import type { SegmentKind } from '../structure/labels.js';

declare module 'mdast' {
  interface ListData {
    /** The kind of numbering an HTML or Word list declares (`type="a"` is `lower`), when it declares one. */
    numbering?: SegmentKind;
  }
  interface ListItemData {
    /** The number an entry declares for itself (`<li value="4">`, a Word list's own counter). */
    value?: number;
  }
}

/** Elements that are a page's furniture, never its text. */
const CHROME = new Set(['nav', 'script', 'style', 'noscript', 'template', 'form', 'button', 'select', 'dialog', 'iframe', 'svg', 'canvas']);
/** ARIA roles of the same furniture. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'toolbar', 'dialog', 'alertdialog']);
/** The page's header and footer are furniture outside the document's own content. */
const PAGE_EDGES = new Set(['header', 'footer']);
/** Elements that hold the document's own content: a header or footer inside them is the document's. */
const CONTENT = new Set(['main', 'article']);

const OL_TYPES: Record<string, SegmentKind> = { a: 'lower', A: 'upper', i: 'roman', I: 'ROMAN' };

function role(node: Element): string {
  return String(node.properties?.role ?? '').toLowerCase();
}

function isChrome(node: Element, inContent: boolean): boolean {
  if (CHROME.has(node.tagName) || CHROME_ROLES.has(role(node))) return true;
  if (node.properties?.hidden !== undefined && node.properties.hidden !== false) return true;
  if (String(node.properties?.ariaHidden ?? '') === 'true') return true;
  return !inContent && PAGE_EDGES.has(node.tagName);
}

function strip(children: Array<HastContent | ElementContent>, inContent: boolean): Array<HastContent | ElementContent> {
  const kept: Array<HastContent | ElementContent> = [];
  for (const child of children) {
    if (child.type !== 'element') { kept.push(child); continue; }
    if (isChrome(child, inContent)) continue;
    child.children = strip(child.children, inContent || CONTENT.has(child.tagName) || role(child) === 'main') as ElementContent[];
    kept.push(child);
  }
  return kept;
}

/** The one `<main>` (or `role="main"`) element of a page, when it has exactly one. */
function findMain(tree: HastRoot): Element | undefined {
  const found: Element[] = [];
  const visit = (nodes: Array<HastContent | ElementContent>, depth: number): void => {
    for (const n of nodes) {
      if (n.type !== 'element' || found.length > 1) continue;
      if (n.tagName === 'main' || role(n) === 'main') found.push(n);
      else if (depth < 12) visit(n.children, depth + 1);
    }
  };
  visit(tree.children, 0);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Remove a page's furniture from a hast tree, in place: navigation, banners and page footers,
 * scripts, styles and forms; a page with one `<main>` keeps only it. Positions of what stays are
 * untouched, so offsets still index the HTML source.
 */
export function stripChrome(tree: HastRoot): HastRoot {
  const main = findMain(tree);
  if (main) tree.children = [main];
  tree.children = strip(tree.children, Boolean(main)) as HastContent[];
  return tree;
}

/** The kind of numbering an `<ol type>` declares, when it declares a letter or roman one. */
export function olKind(type: unknown): SegmentKind | undefined {
  return typeof type === 'string' ? OL_TYPES[type] : undefined;
}

const ol: Handle = (state: State, node: Element) => {
  const list = defaultHandlers.ol(state, node) as List;
  const kind = olKind(node.properties?.type) ?? olKind(node.properties?.dataNumbering);
  if (kind) list.data = { ...list.data, numbering: kind };
  return list;
};

const li: Handle = (state: State, node: Element) => {
  const item = defaultHandlers.li(state, node) as ListItem;
  const value = Number.parseInt(String(node.properties?.value ?? ''), 10);
  if (Number.isFinite(value)) item.data = { ...item.data, value };
  return item;
};

/** rehype-remark handlers that keep `<ol>` and `<li>` numbering on the mdast lists. */
export const numberingHandlers: Record<string, Handle> = { ol, li };
