/**
 * What a reader sees of a rendered letter or worksheet, as one line of words: the HTML's text
 * (tags dropped, Handlebars' entities decoded), the Markdown's (backslash escapes dropped), the
 * plain text's (wrapped lines joined). Content assertions search this, whatever the format.
 * And the payloads user text is tried with, with what a letter must still be once they are in it
 * (letters.test.ts in English, letters-es.test.ts in Spanish).
 */
import { Marked } from 'marked';
import { expect } from 'vitest';
import type { WorksheetFormat } from '../../src/index.js';

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&#x60;': '`',
  '&#x3D;': '=',
};

export function readable(format: WorksheetFormat, output: string): string {
  let text = output;
  if (format === 'html') {
    text = text
      .replace(/<style>[\s\S]*?<\/style>/, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(?:amp|lt|gt|quot|#x27|#39|#x60|#x3D);/g, (e) => ENTITIES[e] ?? e);
  } else if (format === 'markdown') {
    // Bold markers first (an escaped star is not one), then the hard line breaks and escapes.
    text = text
      .replace(/(?<!\\)\*\*/g, '')
      .replace(/\\\n/g, '\n')
      .replace(/\\([\\`*_[\]<>|~&:@.#+\-=!()])/g, '$1');
  }
  return text.replace(/\s+/g, ' ');
}

/** The XSS and format-breaking payloads user text is tried with (names, agencies, addresses). */
export const HOSTILE_TEXTS: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '<svg onload=alert(3)>',
  '<iframe src="//evil.example"></iframe>',
  '<a href="https://evil.example">pay</a>',
  '"><b>bold</b>',
  "' onmouseover='alert(4)",
  '</style><script>alert(5)</script>',
  '"; } body { display: none } /*',
  '{{constructor.constructor "alert(6)"}}',
  '&lt;script&gt; &amp; &#60;b&#62;',
  '[pay](javascript:alert(7))',
  '![x](https://evil.example/x.png)',
  'https://evil.example/pay',
  'www.evil.example',
  'dana@evil.example',
  '| col | col |',
  '# heading',
  '- list',
  '`code` **bold** _em_ ~~strike~~',
  'Dana\u001b]8;;https://evil.example\u0007pay\u001b]8;;\u0007',
  '\u001b[2J\u001b[31mred',
  '\u202eevil\u202c',
  'back\\slash\\',
];

/**
 * Puts `payload` in every piece of user text a letter prints (the names, an item's and a debt's
 * description, the addresses, the agency) of a case with `afterFiling`, the example's shape; an
 * address line is cut to 100 characters, the most the schema allows.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function putHostileText(c: Record<string, any>, payload: string): void {
  c.spouses.injured.name = `Dana ${payload}`;
  c.spouses.other.name = `Chris ${payload}`;
  c.items[2].description = payload;
  c.debts[0].description = payload;
  c.afterFiling.senderAddress = [payload.slice(0, 100), `Austin ${payload}`.slice(0, 100)];
  c.afterFiling.irsNotice.address = [payload.slice(0, 100)];
  c.afterFiling.offsetNotice.offsets[0].agency = payload;
  c.afterFiling.offsetNotice.offsets[0].address = [payload.slice(0, 100)];
}

/** What a terminal would act on: C0 and C1 controls (but newline), DEL, bidi controls. */
function rawControls(text: string): string[] {
  return [...text].filter((ch) => {
    const c = ch.codePointAt(0)!;
    return (
      (c < 0x20 && c !== 0x0a) ||
      (c >= 0x7f && c <= 0x9f) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069)
    );
  });
}

const TABLE_TAGS = ['table', 'thead', 'tbody', 'tr', 'th', 'td'];
/** The tags marked makes of a letter's own Markdown: anything else came from user text. */
const MARKDOWN_TAGS = new Set([
  'p',
  'h3',
  'ul',
  'li',
  ...TABLE_TAGS,
  'strong',
  'blockquote',
  'br',
  'em',
]);
/** The tags of a letter's own HTML. */
const HTML_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'p',
  'div',
  ...TABLE_TAGS,
  'section',
  'h2',
  'ul',
  'li',
  'b',
]);

const tagsOf = (html: string) =>
  [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attributes: m[2]!,
  }));

/** The letter's HTML has only its own tags, no handler or link, one style sheet and no script. */
export function expectHtmlEscaped(html: string, letter: string): void {
  for (const tag of tagsOf(html)) {
    expect(HTML_TAGS, `${letter}: <${tag.name}${tag.attributes}>`).toContain(tag.name);
    expect(tag.attributes, letter).not.toMatch(/\son\w+=|href|src=/i);
  }
  expect(html.match(/<\/style>/g), letter).toHaveLength(1);
  expect(html.match(/<script/gi), letter).toBeNull();
}

const gfm = new Marked({ gfm: true });

/**
 * The letter's Markdown, rendered as GitHub does, has only its own tags and no attribute (but
 * a table cell's alignment): no link, image or HTML came through from user text.
 */
export function expectMarkdownEscaped(markdown: string, letter: string): void {
  for (const tag of tagsOf(gfm.parse(markdown, { async: false }))) {
    expect(MARKDOWN_TAGS, `${letter}: <${tag.name}${tag.attributes}>`).toContain(tag.name);
    expect(tag.attributes, letter).toBe(
      tag.name === 'th' || tag.name === 'td' ? tag.attributes : '',
    );
  }
}

/** The letter's plain text has nothing a terminal acts on, and no line wider than 78. */
export function expectTextEscaped(text: string, letter: string): void {
  expect(rawControls(text), letter).toEqual([]);
  for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(78);
}
