import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  citeRule,
  displayMoney,
  displayPercent,
  formatSsn,
  groupThousands,
  shortSource,
} from '../src/report/format.js';
import {
  escapeMarkdown,
  markdownCode,
  oneLine,
  textRow,
  wrapJoined,
  wrapText,
} from '../src/report/plain.js';

describe('worksheet formatting', () => {
  it('formats money from canonical strings, never through floats', () => {
    expect(displayMoney('1819.00')).toBe('$1,819.00');
    expect(displayMoney('-3725.49')).toBe('-$3,725.49');
    expect(displayMoney('-0.00')).toBe('$0.00');
    expect(displayMoney('0')).toBe('$0.00');
    expect(displayMoney('1234567.5')).toBe('$1,234,567.50');
    expect(displayMoney('90071992547409931.01')).toBe('$90,071,992,547,409,931.01');
    expect(displayMoney('47500.00', { cents: false })).toBe('$47,500');
    expect(displayMoney('47500.25', { cents: false })).toBe('$47,500.25');
    expect(displayMoney('n/a')).toBe('n/a');
    expect(displayMoney(undefined)).toBe('');
  });

  it('formats ratios as percentages with the places the ratio has', () => {
    expect(displayPercent('0.7533')).toBe('75.33%');
    expect(displayPercent('1.0000')).toBe('100.00%');
    expect(displayPercent('0.24')).toBe('24%');
    expect(displayPercent('0.5')).toBe('50%');
  });

  it('cites a rule with a short source and its tag', () => {
    expect(citeRule('R-TAX-SHARE')).toBe('R-TAX-SHARE · IRM 21.4.6.5.11 [S]');
    expect(citeRule('R-OFFSET-ORDER')).toBe(
      'R-OFFSET-ORDER · IRC 6402(a), (c)-(f); 31 CFR 285; IRM 25.18.5 [S]',
    );
    expect(citeRule('R-NOPE')).toBe('R-NOPE');
    expect(shortSource('Form 8379 instructions (Rev. Nov 2024), line 15')).toBe(
      'Form 8379 instructions, line 15',
    );
  });

  it('masks SSNs, with or without dashes', () => {
    expect(formatSsn('123-45-6789', false)).toBe('***-**-6789');
    expect(formatSsn('123456789', false)).toBe('***-**-6789');
    expect(formatSsn('123456789', true)).toBe('123-45-6789');
    expect(formatSsn(undefined, false)).toBeNull();
  });
});

describe('plain text and Markdown safety', () => {
  it('makes one line without control or bidi characters', () => {
    // Issue 11: control and bidi characters are shown as escapes, no longer dropped.
    expect(oneLine(' a\n\tb \u001b[31mc\u202e d ')).toBe('a b \\u001b[31mc\\u202e d');
  });

  it('cleans every kind of space, plain ASCII or not, and keeps clean text as it is', () => {
    expect(oneLine('plain text, one space')).toBe('plain text, one space');
    expect(oneLine('a  b')).toBe('a b');
    expect(oneLine(' a')).toBe('a');
    expect(oneLine('a ')).toBe('a');
    expect(oneLine('a\u00a0\u2028b')).toBe('a b');
    expect(oneLine('caf\u00e9 \u00fcber')).toBe('caf\u00e9 \u00fcber');
    expect(oneLine(12.5)).toBe('12.5');
    expect(oneLine(null)).toBe('');
  });

  it('escapes Markdown inline, and block starts only at a line start', () => {
    expect(escapeMarkdown('Ana & "Luis"')).toBe('Ana & "Luis"');
    expect(escapeMarkdown('a|b *c* _d_ [e](f) <g> `h` ~i~ \\')).toBe(
      'a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\`h\\` \\~i\\~ \\\\',
    );
    expect(escapeMarkdown('&amp; & &#38;')).toBe('\\&amp; & \\&#38;');
    expect(escapeMarkdown('# title')).toBe('# title');
    expect(escapeMarkdown('# title', true)).toBe('\\# title');
    expect(escapeMarkdown('1. item', true)).toBe('1\\. item');
    expect(escapeMarkdown('- item', true)).toBe('\\- item');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`x')).toBe('`` `x ``');
  });

  it('wraps words to the width, cutting a word longer than a line', () => {
    expect(wrapText('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('aaa bbb', 7, '- ', '  ')).toEqual(['- aaa', '  bbb']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('', 4, '- ')).toEqual(['-']);
    expect(wrapText('aaa  bbb', 9, '- ')).toEqual(['- aaa bbb']);
    expect(wrapText('aaa bbb c', 9, '- ', '  ')).toEqual(['- aaa bbb', '  c']);
    expect(wrapText(' x ', 3, '  ')).toEqual(['  x']);
  });

  it('lays out table rows in fixed columns, wrapping within a cell', () => {
    expect(textRow('4 8 >6', ['13a', 'Income on W-2', '$1.00'])).toBe(
      '13a  Income    $1.00\n     on W-2',
    );
    // The same spec again (now parsed from the cache) lays out the same way.
    expect(textRow('4 8 >6', ['1', 'x', '$2.00'])).toBe('1    x         $2.00');
    expect(() => textRow('4 x', [])).toThrow('row: bad column width "x" in "4 x"');
  });
});

describe('displayMoney fast path', () => {
  // The regular-expression formatting the fast path for "-?digits.cc" strings must match.
  const reference = (text: string): string => {
    const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
    if (!match) return text;
    const [, sign, whole = '0', fraction = ''] = match;
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const negative = sign === '-' && /[1-9]/.test(whole + fraction);
    return `${negative ? '-' : ''}$${grouped}.${fraction.padEnd(2, '0').slice(0, 2)}`;
  };

  it('gives what the regular expressions give, signs, zeros and odd strings included', () => {
    const samples = ['0.00', '-0.00', '-0.01', '1.50', '999.99', '1000.00', '-1234567.89'];
    samples.push('0012.00', '-.50', '.50', '1.5', '1.500', '12a.00', '1,000.00', '--1.00', '');
    for (let n = 1; n < 1e12; n = n * 7 + 3) {
      samples.push(`${n}.${String(n % 100).padStart(2, '0')}`, `-${n}.0${n % 10}`);
    }
    for (const text of samples) expect(displayMoney(text), text).toBe(reference(text));
  });
});

describe('wrapText cache', () => {
  it('gives the same lines on every call, whatever a caller did with earlier ones', () => {
    const text = 'a long line of words that needs more than one line at this width, twice over';
    const first = wrapText(text, 20, '- ', '  ');
    first.push('changed');
    first[0] = 'changed';
    expect(wrapText(text, 20, '- ', '  ')).toEqual([
      '- a long line of',
      '  words that needs',
      '  more than one line',
      '  at this width,',
      '  twice over',
    ]);
  });
});

describe('text layout, against a reference implementation', () => {
  // The rules written out a second way: printable ASCII with single spaces is kept as it is.
  const referenceOneLine = (value: unknown): string => {
    const text = String(value ?? '');
    const unsafe =
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
    if (!/[^\x20-\x7e]| {2}|^ | $/.test(text)) return text;
    // Issue 11: shown as visible escapes instead of dropped.
    const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return text.replace(unsafe, visible).replace(/\s+/g, ' ').trim();
  };
  const pieces = [
    'a',
    'bb',
    'ccc',
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00a0',
    '\u202e',
    '\u001b',
    'é',
    '-',
    '',
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((p) => p.join(''));

  it('oneLine equals the regular-expression version', () => {
    fc.assert(
      fc.property(fc.oneof(texts, fc.string(), fc.string({ unit: 'binary' })), (text) => {
        expect(oneLine(text)).toBe(referenceOneLine(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('wrapText, wrap joined and textRow agree with a plain word loop, called twice', () => {
    const prefixes = fc.constantFrom('', '- ', '     Rule: ', ' \t');
    fc.assert(
      fc.property(texts, fc.integer({ min: 3, max: 20 }), prefixes, prefixes, (text, w, f, i) => {
        const width = Math.max(w, f.length + 1, i.length + 1);
        const lines = wrapText(text, width, f, i);
        expect(wrapText(text, width, f, i)).toEqual(lines);
        expect(wrapJoined(text, width, f, i)).toBe(lines.join('\n'));
        for (const line of lines) expect(line).toBe(line.trimEnd());
        const cells = wrapText(text, width);
        const row = textRow(`${width} >4`, [text, 'x']);
        expect(row.split('\n')[0]).toBe(`${cells[0]!.padEnd(width)}    x`.trimEnd());
        expect(row.split('\n')).toHaveLength(cells.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('money grouping', () => {
  it('groups thousands as the regular expression did', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{0,40}$/), (digits) => {
        expect(groupThousands(digits)).toBe(digits.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
      }),
      { numRuns: 3000 },
    );
    expect(groupThousands('1234567')).toBe('1,234,567');
    expect(groupThousands('123456')).toBe('123,456');
  });
});

describe('Markdown escaping, against a reference implementation', () => {
  const referenceEscape = (value: string, blockStart: boolean): string => {
    const inline = oneLine(value)
      .replace(/[\\`*_[\]<>|~]/g, '\\$&')
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
      // Issue 11: what a GFM renderer would autolink.
      .replace(/:(?=\/\/)|(?<=www)\.|@/gi, '\\$&');
    if (!blockStart) return inline;
    return inline.replace(/^([#+\-=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  };
  const pieces = [
    'a',
    'Bb',
    '1',
    '12.',
    '3)',
    ' ',
    '  ',
    '#',
    '+',
    '-',
    '=',
    '&',
    '&amp;',
    '*',
    '_',
  ];
  const more = ['[', ']', '<', '>', '|', '~', '`', '\\', '\t', '\n', 'é', '\u202e', '$1,234.00'];
  // Issue 11: autolink triggers, so the fast path is checked against them too.
  more.push('@', ':', '//', 'www', 'WwW', '.', 'https://x', '\u200f');
  const texts = fc
    .array(fc.constantFrom(...pieces, ...more), { maxLength: 16 })
    .map((p) => p.join(''));

  it('escapes exactly as the regular expressions do, inline and at a block start', () => {
    fc.assert(
      fc.property(fc.oneof(texts, fc.string()), fc.boolean(), (text, blockStart) => {
        expect(escapeMarkdown(text, blockStart)).toBe(referenceEscape(text, blockStart));
      }),
      { numRuns: 3000 },
    );
  });
});
