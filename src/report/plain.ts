/**
 * Making text safe for the formats Handlebars does not escape: Markdown and fixed-width plain
 * text. User strings (names, descriptions) may hold anything; here line breaks become spaces,
 * what would act on a terminal (control characters, bidi overrides) is shown as a visible escape,
 * and, for Markdown, what would turn into markup or a link is escaped.
 */
import { escapeControlsKeepingSpace } from '../core/terminal-text.js';

/**
 * One line of text: control and bidi characters shown as visible escapes (`\u001b`, see
 * terminal-text.ts), every run of whitespace one space.
 */
export function oneLine(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value ?? '');
  // Printable ASCII with single spaces is already one safe line (most of a worksheet's text).
  if (!/[^\x20-\x7e]| {2}|^ | $/.test(text)) return text;
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
  const line = oneLine(value);
  // Most text holds nothing Markdown would read as markup (what the replacements below look for).
  if (!/[\\`*_[\]<>|~&:@]|www\./i.test(line) && !(blockStart && /^(?:[#+\-=]|\d)/.test(line))) {
    return line;
  }
  const inline = line
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(AUTOLINK_TRIGGER, '\\$&');
  if (!blockStart) return inline;
  return inline.replace(/^([#+\-=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The `:` of `://`, the `.` of `www.` (any case) and `@`: what GFM autolinks start from. */
const AUTOLINK_TRIGGER = /:(?=\/\/)|(?<=www)\.|@/gi;

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
  return wrapWords(oneLine(value), width, first, indent);
}

/** `wrapText(...).join('\n')`. */
export function wrapJoined(value: unknown, width: number, first = '', indent = ''): string {
  return wrapText(value, width, first, indent).join('\n');
}

function wrapWords(text: string, width: number, first: string, indent: string): string[] {
  // A text that fits on the first line is that line (what the loop below would give).
  if (text.length <= width - first.length) return [(first + text).trimEnd()];
  const lines: string[] = [];
  let prefix = first;
  let line = '';
  for (let start = 0; start < text.length;) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    let word = text.slice(start, end);
    start = end + 1;
    while (word) {
      const room = width - prefix.length - (line ? line.length + 1 : 0);
      if (word.length <= room) {
        line = line ? `${line} ${word}` : word;
        break;
      }
      if (!line) {
        // A word longer than a whole line is cut.
        const cut = Math.max(1, width - prefix.length);
        line = word.slice(0, cut);
        word = word.slice(cut);
      }
      lines.push((prefix + line).trimEnd());
      prefix = indent;
      line = '';
    }
  }
  if (line || lines.length === 0) lines.push((prefix + line).trimEnd());
  return lines;
}

interface Column {
  readonly width: number;
  readonly right: boolean;
}

/** `"6 34 >12"`: widths separated by spaces, `>` for a right-aligned column. */
function parseColumns(spec: string): Column[] {
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
    const lines = wrapText(cells[i] ?? '', columns[i]!.width);
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
