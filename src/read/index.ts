/**
 * Reading: bytes to text plus format. Rejects what cannot be an agreement (empty, binary, not
 * UTF-8, too large, an unknown format) with a {@link TosClausesError}.
 */
import { TosClausesError } from '../errors.js';
import type { Format } from '../schema/index.js';
import { pdfPages } from './pdf.js';

/** Largest input accepted by default: 20 MB (the largest real agreements are well under 1 MB). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const EXTENSIONS: Record<string, Format> = {
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', mkd: 'markdown',
  txt: 'text', text: 'text',
  html: 'html', htm: 'html', xhtml: 'html',
  pdf: 'pdf', docx: 'docx',
};
const PLANNED = new Set(['doc', 'rtf', 'odt', 'pages']);

/** Options of {@link decode}. */
export interface DecodeOptions {
  /** File name, used in messages. */
  name?: string;
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
}

/**
 * Decode the bytes of an agreement as UTF-8 text, or as UTF-16 when they start with its byte-order
 * mark. A leading byte-order mark is dropped.
 * @throws {TosClausesError} EMPTY, BINARY, ENCODING or TOO_LARGE.
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): string {
  const name = options.name ?? 'input';
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max) {
    throw new TosClausesError('TOO_LARGE', `${name}: ${bytes.length} bytes is over the limit of ${max} bytes`);
  }
  if (bytes.length === 0) throw new TosClausesError('EMPTY', `${name}: the file is empty`);
  if (bytes.length >= 4 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
    throw new TosClausesError('UNKNOWN_FORMAT', `${name}: this is a PDF; name it .pdf or pass --format pdf`);
  }
  if (bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b) {
    throw new TosClausesError('UNKNOWN_FORMAT', `${name}: this looks like a ZIP or DOCX file; name a Word file .docx or pass --format docx`);
  }
  // UTF-16 with a byte-order mark (what Windows tools write as "Unicode"): its NUL bytes are text
  const utf16 = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) return decodeUtf16(bytes, utf16, name);
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new TosClausesError('BINARY', `${name}: binary data (a NUL byte), not a text agreement`);
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control / head.length > 0.05) throw new TosClausesError('BINARY', `${name}: binary data, not a text agreement`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TosClausesError('ENCODING', `${name}: not valid UTF-8; re-save it as UTF-8`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new TosClausesError('EMPTY', `${name}: the file holds only white space`);
  return text;
}

/** Decode UTF-16 text that starts with its byte-order mark (dropped), with the checks of {@link decode}. */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', name: string): string {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new TosClausesError('ENCODING', `${name}: not valid ${encoding.toUpperCase()} text; re-save it as UTF-8`);
  }
  const head = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) throw new TosClausesError('BINARY', `${name}: binary data (a NUL character), not a text agreement`);
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  if (control / Math.max(1, head.length) > 0.05) throw new TosClausesError('BINARY', `${name}: binary data, not a text agreement`);
  if (text.trim() === '') throw new TosClausesError('EMPTY', `${name}: the file holds only white space`);
  return text;
}

/**
 * The format of a file from its extension.
 * @throws {TosClausesError} UNKNOWN_FORMAT for extensions tos-clauses does not read.
 */
export function formatFromPath(path: string): Format {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext && EXTENSIONS[ext]) return EXTENSIONS[ext];
  if (ext && PLANNED.has(ext)) {
    throw new TosClausesError('UNKNOWN_FORMAT', `${path}: .${ext} is not supported yet (supported: .md, .markdown, .txt, .html, .pdf, .docx); convert it to one of those first`);
  }
  throw new TosClausesError('UNKNOWN_FORMAT', `${path}: unknown format${ext ? ` .${ext}` : ''} (supported: .md, .markdown, .txt, .html, .pdf, .docx); pass --format markdown, text, html, pdf or docx`);
}

/**
 * Check a user-supplied format name.
 * @throws {TosClausesError} UNKNOWN_FORMAT.
 */
export function checkFormat(format: string): Format {
  if (format === 'markdown' || format === 'md') return 'markdown';
  if (format === 'text' || format === 'txt') return 'text';
  if (format === 'html' || format === 'htm') return 'html';
  if (format === 'pdf' || format === 'docx') return format;
  throw new TosClausesError('UNKNOWN_FORMAT', `unknown format "${format}" (supported: markdown, text, html, pdf, docx)`);
}

/** The format an extracted text is parsed in: a Word file's HTML as HTML, a PDF's text layer as text. */
export function extractedFormat(format: 'pdf' | 'docx'): 'html' | 'text' {
  return format === 'docx' ? 'html' : 'text';
}

/**
 * The text of a PDF (its text layer, pages joined, running headers, footers and page numbers dropped,
 * hard-wrapped lines joined and hyphenation undone) or of a Word file (converted to HTML with its
 * automatic numbering recovered, so headings, lists and "5.2(a)" survive); parse it in
 * {@link extractedFormat}. Offsets of the result index this extracted text.
 * @throws {TosClausesError} EMPTY for a PDF without a text layer, ENCODING for a file the converter cannot read.
 */
export async function extractText(bytes: Uint8Array, format: 'pdf' | 'docx', name = 'input'): Promise<string> {
  let text: string;
  try {
    if (format === 'pdf') {
      const { extractTextItems, getDocumentProxy } = await import('unpdf');
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      text = pdfPages((await extractTextItems(pdf)).items);
    } else {
      text = await docxToHtml(bytes);
    }
  } catch (error) {
    throw new TosClausesError('ENCODING', `${name}: not a readable ${format.toUpperCase()} file (${(error as Error).message.split('\n')[0]})`);
  }
  if (!/[A-Za-z]{2}/.test(format === 'docx' ? text.replace(/<[^<>]{0,2000}>/g, ' ') : text)) {
    throw new TosClausesError('EMPTY', format === 'pdf' ? `${name}: the PDF has no text layer (a scan?); run OCR on it first` : `${name}: the Word file holds no text`);
  }
  return text;
}

/** A Word file as HTML, through mammoth, with the numbering Word draws recovered (see ./docx.ts). */
async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  const convert = (mammoth.default ?? mammoth) as typeof import('mammoth');
  const { applyNumbering, numberLists, numberedParagraphs } = await import('./docx.js');
  const paragraphs = await numberedParagraphs(bytes);
  const entries: Parameters<typeof numberLists>[1] = [];
  const html = (await convert.convertToHtml({ buffer: Buffer.from(bytes) }, { transformDocument: applyNumbering(paragraphs, entries) })).value;
  return numberLists(html, entries);
}

/** Read a file's raw bytes, with the checks of {@link readText}. */
export async function readBytes(path: string, maxBytes?: number): Promise<Uint8Array> {
  const { readFile, stat } = await import('node:fs/promises');
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new TosClausesError('NOT_FOUND', `${path}: is a directory, not a file`);
    if (info.size > (maxBytes ?? DEFAULT_MAX_BYTES)) {
      throw new TosClausesError('TOO_LARGE', `${path}: ${info.size} bytes is over the limit of ${maxBytes ?? DEFAULT_MAX_BYTES} bytes`);
    }
    const bytes = await readFile(path);
    if (bytes.length === 0) throw new TosClausesError('EMPTY', `${path}: the file is empty`);
    return bytes;
  } catch (error) {
    if (error instanceof TosClausesError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new TosClausesError('NOT_FOUND', `${path}: ${why}`);
  }
}

/**
 * Read a file from disk as an agreement's text.
 * @throws {TosClausesError} NOT_FOUND, or any error of {@link decode}.
 */
export async function readText(path: string, maxBytes?: number): Promise<string> {
  return decode(await readBytes(path, maxBytes), { name: path, maxBytes });
}
