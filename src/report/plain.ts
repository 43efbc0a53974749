/**
 * Making text safe for the formats Handlebars does not escape: Markdown and fixed-width plain
 * text. User strings (names, descriptions) may hold anything; here line breaks become spaces,
 * what would act on a terminal (control characters, bidi overrides) is shown as a visible escape,
 * and, for Markdown, what would turn into markup or a link is escaped.
 */
import { escapeControlsKeepingSpace } from '../core/terminal-text.js';

/**
 * Whether `oneLine` would return the text as is: printable ASCII only, no space at either end and
 * no two spaces in a row (what the regular expression `/[^\x20-\x7e]| {2}|^ | $/` finds, as a
 * loop: it ran on every cell of a text worksheet).
 */
function isOneLine(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return false;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e || (code === 32 && previous === 32)) return false;
    previous = code;
  }
  return true;
}

/**
 * One line of text: control and bidi characters shown as visible escapes (`\u001b`, see
 * terminal-text.ts), every run of whitespace one space.
 */
export function oneLine(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value ?? '');
  // Most text is printable ASCII with single spaces, which the replacements would return as is:
  // skipping the replacements for them was a large share of a text render.
  if (isOneLine(text)) return text;
  return escapeControlsKeepingSpace(text).replace(/\s+/g, ' ').trim();
}

/**
 * Escapes a string for inline Markdown (CommonMark and GitHub): the characters that start
 * emphasis, code, links, raw HTML, tables or strikethrough are backslash-escaped, and an `&` only
 * where it would start an entity. What GitHub's autolink extension would make a live link of (a
 * bare `https://` or `ftp://` URL, a `www.` host, an e-mail address) is broken by escaping the
 * `:` of `://`, the `.` of `www.` and every `@`: a renderer shows the same text, as text. Plain
 * prose comes through unchanged. With `blockStart` (text
 * that begins a line) a leading character that would open a block (heading, list, quote, setext
 * underline) is escaped too.
 */
export function escapeMarkdown(value: unknown, blockStart = false): string {
  if (typeof value !== 'string') return escapeMarkdownText(value, blockStart);
  // Labels, rule ids, citations and formulas repeat from worksheet to worksheet: each is escaped
  // once. Bounded, as names and descriptions vary.
  const cache = blockStart ? blockEscapes : inlineEscapes;
  let escaped = cache.get(value);
  if (escaped === undefined) {
    // Amounts, names and most text have nothing to escape: returned as they are, not cached (they
    // differ from case to case and would fill the cache).
    if (isPlainMarkdown(value, blockStart)) return value;
    escaped = escapeMarkdownText(value, blockStart);
    if (cache.size < ESCAPE_CACHE_LIMIT) cache.set(value, escaped);
  }
  return escaped;
}

/**
 * Whether `escapeMarkdownText` would return the text unchanged, judged conservatively: one clean
 * line (see `isOneLine`) without any character the escapes touch (`\\ \` * _ [ ] < > | ~ & @`,
 * a `:` or `.` that could be part of an autolink), and, at a block start, not starting with
 * `# + - =` or a digit.
 */
function isPlainMarkdown(text: string, blockStart: boolean): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (blockStart) {
    const first = text.charCodeAt(0);
    // # + - = and the digits
    if (first === 35 || first === 43 || first === 45 || first === 61) return false;
    if (first >= 48 && first <= 57) return false;
  }
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return false;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // What isOneLine rejects, and & * < > [ \ ] _ ` | ~ @, and the : of :// and . of www.
    if (
      code < 0x20 ||
      code > 0x7e ||
      (code === 32 && previous === 32) ||
      code === 64 ||
      (code === 58 && text.charCodeAt(i + 1) === 47) ||
      (code === 46 && (previous === 119 || previous === 87)) ||
      code === 38 ||
      code === 42 ||
      code === 60 ||
      code === 62 ||
      code === 91 ||
      code === 92 ||
      code === 93 ||
      code === 95 ||
      code === 96 ||
      code === 124 ||
      code === 126
    ) {
      return false;
    }
    previous = code;
  }
  return true;
}

/** The `:` of `://`, the `.` of `www.` (any case) and `@`: what GFM autolinks start from. */
const AUTOLINK_TRIGGER = /:(?=\/\/)|(?<=www)\.|@/gi;

const ESCAPE_CACHE_LIMIT = 4096;
const inlineEscapes = new Map<string, string>();
const blockEscapes = new Map<string, string>();

function escapeMarkdownText(value: unknown, blockStart: boolean): string {
  const inline = oneLine(value)
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(AUTOLINK_TRIGGER, '\\$&');
  if (!blockStart) return inline;
  return inline.replace(/^([#+\-=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A Markdown code span holding `value` literally, whatever backticks it contains. */
export function markdownCode(value: unknown): string {
  const text = oneLine(value);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * Word-wraps `text` (made one line first) to `width` columns. The first line starts with `first`,
 * the others with `indent`; a word longer than a line is cut.
 */
export function wrapText(value: unknown, width: number, first = '', indent = ''): string[] {
  // The lines are copied out, so a caller cannot change the cached ones.
  return wrapLines(value, width, first, indent).slice();
}

/** `wrapText(...).join('\n')`. */
export function wrapJoined(value: unknown, width: number, first = '', indent = ''): string {
  const text = oneLine(value);
  if (text.length <= width - first.length) return fitLine(first, text);
  return cachedWrap(text, width, first, indent).joined;
}

/** The first line prefix and text that fit on one line, as the word loop gives them. */
function fitLine(first: string, text: string): string {
  // `(first + text).trimEnd()`: a one-line text never ends in whitespace, so only the prefix of an
  // empty text can.
  return text.length === 0 ? first.trimEnd() : first + text;
}

/** `wrapText` without the copy: the lines may be cached ones, not to be changed. */
function wrapLines(
  value: unknown,
  width: number,
  first: string,
  indent: string,
): readonly string[] {
  const text = oneLine(value);
  // Fits on the first line: what the loop below would give, without splitting it into words.
  if (text.length <= width - first.length) return [fitLine(first, text)];
  return cachedWrap(text, width, first, indent).lines;
}

interface Wrapped {
  readonly lines: readonly string[];
  readonly joined: string;
}

/**
 * Rule lines and formulas repeat from worksheet to worksheet: each is wrapped once per layout
 * (width, prefix, indent). Bounded, as names and amounts vary. Keyed by the text itself (a string
 * from the engine keeps its hash) under its layout, not by a new joined key per call.
 */
function cachedWrap(text: string, width: number, first: string, indent: string): Wrapped {
  // By prefix, indent and width in turn: the prefixes are the templates' and views' constants,
  // whose hashes are kept, where a joined key would be a new string to hash on every call.
  let byIndent = wrapped.get(first);
  if (byIndent === undefined) {
    byIndent = new Map();
    if (wrapped.size < LAYOUT_LIMIT) wrapped.set(first, byIndent);
  }
  let byWidth = byIndent.get(indent);
  if (byWidth === undefined) {
    byWidth = new Map();
    if (byIndent.size < LAYOUT_LIMIT) byIndent.set(indent, byWidth);
  }
  let byText = byWidth.get(width);
  if (byText === undefined) {
    byText = new Map();
    if (byWidth.size < LAYOUT_LIMIT) byWidth.set(width, byText);
  }
  let result = byText.get(text);
  if (result === undefined) {
    const lines = wrapWords(text, width, first, indent);
    result = { lines, joined: lines.join('\n') };
    if (wrappedCount < WRAP_CACHE_LIMIT) {
      byText.set(text, result);
      wrappedCount++;
    }
  }
  return result;
}

const WRAP_CACHE_LIMIT = 4096;
const LAYOUT_LIMIT = 64;
let wrappedCount = 0;
const wrapped = new Map<string, Map<string, Map<number, Map<string, Wrapped>>>>();

function wrapWords(text: string, width: number, first: string, indent: string): string[] {
  const words = text.split(' ').filter(Boolean);
  const lines: string[] = [];
  let prefix = first;
  let line = '';
  const flush = () => {
    lines.push((prefix + line).trimEnd());
    prefix = indent;
    line = '';
  };
  for (let word of words) {
    for (;;) {
      const room = width - prefix.length - (line ? line.length + 1 : 0);
      if (word.length <= room) {
        line = line ? `${line} ${word}` : word;
        break;
      }
      if (line) {
        flush();
        continue;
      }
      const cut = Math.max(1, width - prefix.length);
      line = word.slice(0, cut);
      word = word.slice(cut);
      flush();
      if (!word) break;
    }
  }
  if (line || lines.length === 0) flush();
  return lines;
}

interface Column {
  readonly width: number;
  readonly right: boolean;
}

/** `"6 34 >12"`: widths separated by spaces, `>` for a right-aligned column. */
const columnCache = new Map<string, readonly Column[]>();

/** The templates use a handful of specs, each on many rows: parsed once. */
function parseColumns(spec: string): readonly Column[] {
  const cached = columnCache.get(spec);
  if (cached) return cached;
  const columns = parseColumnSpec(spec);
  // Bounded: a custom template could build specs from data.
  if (columnCache.size < 64) columnCache.set(spec, columns);
  return columns;
}

function parseColumnSpec(spec: string): Column[] {
  return spec
    .trim()
    .split(/\s+/)
    .map((token) => {
      const right = token.startsWith('>');
      const width = Number(right ? token.slice(1) : token);
      if (!Number.isInteger(width) || width < 1) {
        throw new Error(`row: bad column width "${token}" in "${spec}"`);
      }
      return { width, right };
    });
}

/**
 * A table row in fixed-width text: each cell wrapped within its column, columns one space apart,
 * continuation lines where a cell needs more than one. Trailing spaces are trimmed.
 */
export function textRow(spec: string, cells: readonly unknown[]): string {
  const columns = parseColumns(spec);
  const n = columns.length;
  const wrapped: (readonly string[])[] = new Array(n);
  let height = 0;
  for (let i = 0; i < n; i++) {
    const lines = wrapLines(cells[i] ?? '', columns[i]!.width, '', '');
    wrapped[i] = lines;
    if (lines.length > height) height = lines.length;
  }
  let out = '';
  for (let r = 0; r < height; r++) {
    let line = '';
    for (let i = 0; i < n; i++) {
      const c = columns[i]!;
      const text = wrapped[i]![r] ?? '';
      line += (i > 0 ? ' ' : '') + (c.right ? text.padStart(c.width) : text.padEnd(c.width));
    }
    out += (r > 0 ? '\n' : '') + line.trimEnd();
  }
  return out;
}
