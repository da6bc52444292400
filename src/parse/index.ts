/**
 * Parsing: text to mdast with unified + remark-parse. Offsets in the tree index the original text:
 * YAML front matter is blanked (not cut) so that every later offset still points into the file.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import type { Root } from 'mdast';
import type { Point } from '../schema/index.js';
import { checkTreeDepth, defuseMarks, depthLimit, scanHtmlDepth, scanMarkdownDepth } from './limits.js';
import { numberingHandlers, stripChrome } from './html.js';

// remark-gfm pays for itself: agreements carry summary tables, and a table read as a paragraph
// runs unrelated cells into one sentence
const processor = unified().use(remarkParse).use(remarkGfm);
// HTML goes through rehype into the same mdast, without the page's furniture and with the numbering
// of its lists; positions still index the HTML source
const htmlProcessor = unified().use(rehypeParse).use(() => stripChrome).use(rehypeRemark, { handlers: numberingHandlers });

/** Replace YAML front matter with spaces, keeping newlines, so offsets stay valid. */
export function blankFrontMatter(text: string): string {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return text;
  const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const found = close.exec(text);
  if (!found) return text;
  const end = found.index + found[0].length;
  return text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}

/**
 * Parse an agreement's text (Markdown, plain text read as Markdown, or HTML) into mdast. Nesting is
 * checked first (a linear pre-scan of the text, so the parser never recurses too deep, then the parsed
 * tree, before HTML is converted and before structure runs), so no stage meets a depth it cannot handle.
 * @throws {TosClausesError} TOO_DEEP over `maxDepth` (default: the limit in force, see `withLimits`).
 */
export function toMdast(text: string, format: 'markdown' | 'text' | 'html' = 'markdown', maxDepth?: number): Root {
  const limit = depthLimit(maxDepth);
  if (format === 'html') {
    scanHtmlDepth(text, limit);
    const hast = htmlProcessor.parse(text);
    checkTreeDepth(hast, limit, 'HTML elements');
    return htmlProcessor.runSync(hast) as unknown as Root;
  }
  const source = defuseMarks(blankFrontMatter(text));
  scanMarkdownDepth(source, limit);
  const tree = processor.parse(source);
  checkTreeDepth(tree, limit, 'lists, block quotes or emphasis');
  return processor.runSync(tree) as Root;
}

/** Turns offsets into 1-based line and column. Built once per document. */
export function makeLocator(text: string): (offset: number) => Point {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset: number): Point => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1, offset };
  };
}
