/**
 * What a reader sees of a rendered letter or worksheet, as one line of words: the HTML's text
 * (tags dropped, Handlebars' entities decoded), the Markdown's (backslash escapes dropped), the
 * plain text's (wrapped lines joined). Content assertions search this, whatever the format.
 */
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
