/**
 * Issue 11, item 8: user text in the Markdown worksheet renders as plain text in a GFM renderer
 * (marked with gfm: true): no payload in a name, title, description or "prepared by" makes a
 * link, an image or raw HTML, and the payload's text is shown as given.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderWorksheet } from '../src/index.js';
import { allocateUntyped as allocate } from './helpers.js';
import { oneLine } from '../src/report/plain.js';
import { fixture, ROOT, runCli } from './cli-helpers.js';

const gfm = new Marked({ gfm: true });
const render = (markdown: string) => gfm.parse(markdown, { async: false });

/** The tags marked makes of the worksheet's own Markdown: headings, lists, tables, emphasis. */
const ALLOWED_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'p',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'strong',
  'em',
  'code',
  'pre',
  'hr',
  'br',
  'blockquote',
]);

const hosts = ['evil.example', 'evil.example/pay?x=1&y=2', 'EVIL.example:8080/a_b'];
const PAYLOADS: string[] = [
  ...hosts.flatMap((h) => [
    `https://${h}`,
    `http://${h}`,
    `HTTPS://${h}`,
    `ftp://${h}`,
    `www.${h}`,
    `WWW.${h}`,
    `Dana https://${h} Reyes`,
    `(www.${h})`,
    `<https://${h}>`,
    `[pay](https://${h})`,
    `![x](https://${h}/x.png)`,
    `[pay][1]\n\n[1]: https://${h}`,
  ]),
  'dana@evil.example',
  'Dana Reyes <dana@evil.example>',
  'mailto:dana@evil.example',
  'xmpp:dana@evil.example/home',
  'a.b-c+d@evil-example.co.uk',
  '<mailto:dana@evil.example>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '<a href="https://evil.example">pay</a>',
  '<iframe src="//evil.example"></iframe>',
  '<!-- comment -->',
  '<![CDATA[x]]>',
  '<?php echo 1; ?>',
  '<div>block</div>',
  '</p><p>',
  '<b>bold</b>',
  '<details open>',
  '<svg onload=alert(3)>',
  '&lt;script&gt;',
  '&#60;script&#62;',
  '&#x3C;img src=x&#x3E;',
  '&amp;',
  '[x](y)',
  '![x](y)',
  '[x](javascript:alert(1))',
  '[x]: https://evil.example',
  '[[x]]',
  '<http://x>',
  '<www.evil.example>',
  'https\\://evil.example',
  'www\\.evil.example',
  'https://evil.example\\',
  '`https://evil.example`',
  '``<b>``',
  '*https://evil.example*',
  '_www.evil.example_',
  '~~www.evil.example~~',
  '| https://evil.example |',
  '# https://evil.example',
  '> www.evil.example',
  '- dana@evil.example',
  '1. https://evil.example',
  '    indented https://evil.example',
  '```\nhttps://evil.example\n```',
  'line\nhttps://evil.example',
  'tab\thttps://evil.example',
  'nbsp\u00a0https://evil.example',
  'zero\u200bwidth https://evil.example',
  'Dana\u001b]8;;https://evil.example\u0007pay\u001b]8;;\u0007',
  '\u202ehttps://evil.example',
  'https://evil.example\u200f',
  'https://xn--80ak6aa92e.com',
  'https://例え.jp',
  'www.例え.jp',
  'José@example.com',
  'user@[127.0.0.1]',
  'http://127.0.0.1:80',
  'https://evil.example/<script>',
  'http://a.b/c?d=<e>',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'javascript:alert(1)',
  '\\<b>',
  '\\[x](y)',
];

/** The text of rendered HTML: tags dropped, marked's entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) =>
      e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === '#39' ? "'" : '&',
    )
    .replace(/\s+/g, ' ');
}

function tagsOf(html: string): { name: string; attributes: string }[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attributes: m[2]!.trim(),
  }));
}

function caseWith(payload: string): Record<string, unknown> {
  const c = structuredClone(fixture('w2-child-support-2024.json').json) as {
    title?: string;
    spouses: { injured: { name: string }; other: { name: string } };
    items: { description?: string }[];
    debts: { description?: string }[];
  };
  c.title = payload;
  c.spouses.injured.name = payload;
  c.spouses.other.name = `Other ${payload}`;
  c.items[0]!.description = payload;
  c.debts[0]!.description = payload;
  return c;
}

function expectPlain(html: string, payload: string): void {
  for (const tag of tagsOf(html)) {
    expect(ALLOWED_TAGS.has(tag.name), `<${tag.name}> from ${JSON.stringify(payload)}`).toBe(true);
    // Only the table cells' alignment: no href, src, on... attributes.
    expect(tag.attributes === '' || /^align="(left|right|center)"$/.test(tag.attributes)).toBe(
      true,
    );
  }
  expect(html).not.toMatch(/<a[\s>]/i);
  expect(html).not.toMatch(/<img[\s>]/i);
}

describe('Markdown worksheet: user text is plain text in a GFM renderer', () => {
  it(`has at least 80 payloads`, () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(80);
  });

  it('no payload makes a link, an image or raw HTML, and each shows as its text', () => {
    for (const payload of PAYLOADS) {
      const md = renderWorksheet(allocate(caseWith(payload)), {
        format: 'markdown',
        preparedDate: '2025-03-14',
        preparedBy: payload,
      });
      const html = render(md);
      expectPlain(html, payload);
      // The name as one line (line breaks are spaces, controls visible escapes), shown verbatim.
      expect(textOf(html), JSON.stringify(payload)).toContain(
        oneLine(payload).replace(/\s+/g, ' '),
      );
    }
  });

  it('the worksheet without hostile text still renders its own structure', () => {
    const md = renderWorksheet(allocate(fixture('w2-child-support-2024.json').json), {
      format: 'markdown',
      preparedDate: '2025-03-14',
    });
    const html = render(md);
    expectPlain(html, '');
    expect(html).toContain('<table>');
    expect(html).toContain('<h1>');
  });

  it('through the CLI: allocate --format markdown with a URL and an e-mail in the names', async () => {
    const c = caseWith('Dana https://evil.example/pay www.evil.example dana@evil.example');
    const run = await runCli(
      ['allocate', '-', '--format', 'markdown', '--date', '2025-03-14'],
      JSON.stringify(c),
    );
    expect(run.code).toBe(0);
    const html = render(run.stdout);
    expectPlain(html, 'cli');
    expect(textOf(html)).toContain(
      'Dana https://evil.example/pay www.evil.example dana@evil.example',
    );
    expect(readFileSync(join(ROOT, 'package.json'), 'utf8')).toContain('"marked"');
  });
});
