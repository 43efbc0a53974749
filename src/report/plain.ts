/**
 * Making text safe for the formats Handlebars does not escape: Markdown and fixed-width plain
 * text. User strings (names, descriptions) may hold anything; here they lose what would break the
 * layout or a terminal (control characters, bidi overrides, line breaks) and, for Markdown, what
 * would turn into markup.
 */

// C0/C1 controls (ESC sequences could restyle a terminal) and the bidi embedding, override and
// isolate marks (they can make printed text read differently from its bytes).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** What `oneLine` could change: a character outside printable ASCII, a space to collapse or trim. */
const NEEDS_CLEANING = /[^\x20-\x7e]| {2}|^ | $/;

/** One line of text: unsafe characters dropped, every run of whitespace one space. */
export function oneLine(value: unknown): string {
  const text = String(value ?? '');
  // Most text is printable ASCII with single spaces, which the replacements would return as is:
  // skipping the replacements for them was a large share of a text render.
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
}

/**
 * Escapes a string for inline Markdown (CommonMark and GitHub): the characters that start
 * emphasis, code, links, raw HTML, tables or strikethrough are backslash-escaped, and an `&` only
 * where it would start an entity. Plain prose comes through unchanged. With `blockStart` (text
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
    escaped = escapeMarkdownText(value, blockStart);
    if (cache.size < ESCAPE_CACHE_LIMIT) cache.set(value, escaped);
  }
  return escaped;
}

const ESCAPE_CACHE_LIMIT = 4096;
const inlineEscapes = new Map<string, string>();
const blockEscapes = new Map<string, string>();

function escapeMarkdownText(value: unknown, blockStart: boolean): string {
  const inline = oneLine(value)
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
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
  const text = oneLine(value);
  // Fits on the first line: what the loop below would give, without splitting it into words.
  if (text.length <= width - first.length) return [(first + text).trimEnd()];
  // Rule lines and formulas repeat from worksheet to worksheet: each is wrapped once. Bounded, as
  // names and amounts vary. The lines are copied out, so a caller cannot change the cached ones.
  const key = `${width}\u0000${first}\u0000${indent}\u0000${text}`;
  let lines = wrapped.get(key);
  if (lines === undefined) {
    lines = wrapWords(text, width, first, indent);
    if (wrapped.size < WRAP_CACHE_LIMIT) wrapped.set(key, lines);
  }
  return lines.slice();
}

const WRAP_CACHE_LIMIT = 4096;
const wrapped = new Map<string, readonly string[]>();

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
  const wrapped = columns.map((c, i) => wrapText(cells[i] ?? '', c.width));
  const height = Math.max(...wrapped.map((w) => w.length));
  const out: string[] = [];
  for (let r = 0; r < height; r++) {
    const parts = columns.map((c, i) => {
      const text = wrapped[i]?.[r] ?? '';
      return c.right ? text.padStart(c.width) : text.padEnd(c.width);
    });
    out.push(parts.join(' ').trimEnd());
  }
  return out.join('\n');
}
