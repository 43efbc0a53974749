/**
 * Just enough of a PDF reader to get the page count and the text of the PDFs Chromium prints:
 * objects with direct stream lengths, Flate streams, Type0/Type3 fonts with ToUnicode CMaps, and
 * the text operators Tf, Tj, TJ, ' and ". The text comes from the fonts' ToUnicode maps (what a
 * viewer uses for copy and paste), not from grepping compressed bytes; anything outside that
 * subset throws instead of returning a partial text that could pass a test by accident.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  readonly dict: string;
  readonly stream: Buffer | null;
}

/** Reads every `n 0 obj ... endobj`, skipping stream bytes by their /Length. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text)) !== null) {
    const start = match.index + match[0].length;
    const end = text.startsWith('<<', start) ? dictEnd(text, start) : text.indexOf('endobj', start);
    const dict = text.slice(start, end);
    let pos = end;
    let stream: Buffer | null = null;
    const after = /^\s*stream\r?\n/.exec(text.slice(pos, pos + 20));
    if (after) {
      const length = /\/Length (\d+)(?!\s+\d+\s+R)/.exec(dict);
      if (!length) throw new Error(`pdf: object ${match[1]} has no direct /Length`);
      const from = pos + after[0].length;
      const raw = pdf.subarray(from, from + Number(length[1]));
      stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
      pos = from + Number(length[1]);
    }
    objects.set(Number(match[1]), { dict, stream });
    const close = text.indexOf('endobj', pos);
    if (close < 0) throw new Error(`pdf: object ${match[1]} has no endobj`);
    header.lastIndex = close + 'endobj'.length;
  }
  if (/\/ObjStm/.test(text)) throw new Error('pdf: object streams are not supported');
  return objects;
}

/** The index just after the `>>` closing the dictionary that opens at `start`. */
function dictEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '(') {
      i = literalEnd(text, i);
    } else if (text.startsWith('<<', i)) {
      depth++;
      i++;
    } else if (text.startsWith('>>', i)) {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('pdf: unterminated dictionary');
}

/** The index of the `)` closing the literal string that opens at `start`. */
function literalEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  throw new Error('pdf: unterminated string');
}

function ref(dict: string, key: string): number | null {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
}

interface Font {
  readonly codeBytes: number;
  readonly map: ReadonlyMap<string, string>;
}

function utf16(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4)
    out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

/** A ToUnicode CMap: bfchar and bfrange entries. */
function parseCMap(cmap: string): Font {
  const space = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(cmap);
  const codeBytes = space?.[1] ? space[1].length / 2 : 2;
  const map = new Map<string, string>();
  const width = codeBytes * 2;
  const key = (n: number) => n.toString(16).toUpperCase().padStart(width, '0');
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(key(parseInt(m[1]!, 16)), utf16(m[2]!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const body = block[1] ?? '';
    for (const m of body.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g,
    )) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      const dst = m[3]!;
      if (dst.startsWith('[')) {
        const list = [...dst.matchAll(/<([0-9A-Fa-f]+)>/g)].map((x) => utf16(x[1]!));
        for (let c = lo; c <= hi; c++) map.set(key(c), list[c - lo] ?? '');
      } else {
        const base = dst.slice(1, -1);
        const first = parseInt(base.slice(-4), 16);
        const prefix = utf16(base.slice(0, -4));
        for (let c = lo; c <= hi; c++)
          map.set(key(c), prefix + String.fromCharCode(first + c - lo));
      }
    }
  }
  return { codeBytes, map };
}

type Token =
  | { readonly t: 'str'; readonly bytes: Buffer }
  | { readonly t: 'name'; readonly v: string }
  | { readonly t: 'num' }
  | { readonly t: 'open' }
  | { readonly t: 'close' }
  | { readonly t: 'op'; readonly v: string };

/** Tokens of a content stream (dictionaries of inline images are not expected from Chromium). */
function* tokens(content: string): Generator<Token> {
  let i = 0;
  while (i < content.length) {
    const c = content[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '%') {
      while (i < content.length && content[i] !== '\n') i++;
    } else if (c === '(') {
      const end = literalEnd(content, i);
      yield { t: 'str', bytes: unescapeLiteral(content.slice(i + 1, end)) };
      i = end + 1;
    } else if (c === '<' && content[i + 1] !== '<') {
      const end = content.indexOf('>', i);
      const hex = content.slice(i + 1, end).replace(/\s/g, '');
      yield { t: 'str', bytes: Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex') };
      i = end + 1;
    } else if (c === '[') {
      yield { t: 'open' };
      i++;
    } else if (c === ']') {
      yield { t: 'close' };
      i++;
    } else if (c === '/') {
      const m = /^\/[^\s/[\]()<>{}%]*/.exec(content.slice(i))!;
      yield { t: 'name', v: m[0].slice(1) };
      i += m[0].length;
    } else if (/[-+.\d]/.test(c)) {
      const m = /^[-+]?(\d+\.?\d*|\.\d+)/.exec(content.slice(i));
      i += m ? m[0].length : 1;
      yield { t: 'num' };
    } else if (c === '<' || c === '>') {
      i += 2; // a `<<` or `>>` of an inline dictionary operand
    } else {
      const m = /^[^\s/[\]()<>{}%]+/.exec(content.slice(i))!;
      yield { t: 'op', v: m[0] };
      i += m[0].length;
    }
  }
}

function unescapeLiteral(s: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\') {
      out.push(c.charCodeAt(0));
      continue;
    }
    const n = s[++i] ?? '';
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
    if (n in simple) out.push(simple[n]!);
    else if (/[0-7]/.test(n)) {
      const oct = /^[0-7]{1,3}/.exec(s.slice(i))![0];
      out.push(parseInt(oct, 8));
      i += oct.length - 1;
    } else if (n !== '\n') out.push(n.charCodeAt(0));
  }
  return Buffer.from(out);
}

/** What Chromium printed: the number of pages and each page's text. */
export interface PdfText {
  readonly pageCount: number;
  readonly pages: readonly string[];
}

export function readPdfText(pdf: Buffer): PdfText {
  const objects = readObjects(pdf);
  const get = (n: number) => {
    const o = objects.get(n);
    if (!o) throw new Error(`pdf: missing object ${n}`);
    return o;
  };
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o.dict));
  const rootPages = catalog && ref(catalog.dict, 'Pages');
  if (!rootPages) throw new Error('pdf: no page tree');
  const pageIds: number[] = [];
  const walk = (n: number) => {
    const o = get(n);
    if (/\/Type\s*\/Pages\b/.test(o.dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(o.dict)?.[1] ?? '';
      for (const k of kids.matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
    } else pageIds.push(n);
  };
  walk(rootPages);
  const fonts = new Map<number, Font>();
  const fontOf = (n: number): Font => {
    let f = fonts.get(n);
    if (!f) {
      const toUnicode = ref(get(n).dict, 'ToUnicode');
      const cmap = toUnicode === null ? null : get(toUnicode).stream;
      if (!cmap) throw new Error(`pdf: font ${n} has no ToUnicode map`);
      f = parseCMap(cmap.toString('latin1'));
      fonts.set(n, f);
    }
    return f;
  };
  const pages = pageIds.map((id) => {
    const page = get(id);
    const resourcesRef = ref(page.dict, 'Resources');
    const resources = resourcesRef === null ? page.dict : get(resourcesRef).dict;
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(resources)?.[1] ?? '';
    const fontRefs = new Map(
      [...fontDict.matchAll(/\/([^\s/]+)\s+(\d+) 0 R/g)].map((m) => [m[1]!, Number(m[2])]),
    );
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    const content = [...contents.matchAll(/(\d+) 0 R/g)]
      .map((m) => get(Number(m[1])).stream?.toString('latin1') ?? '')
      .join('\n');
    let font: Font | null = null;
    let out = '';
    let operands: Token[] = [];
    const show = (bytes: Buffer) => {
      if (!font) throw new Error('pdf: text shown before a font is set');
      for (let i = 0; i + font.codeBytes <= bytes.length; i += font.codeBytes) {
        const code = bytes
          .subarray(i, i + font.codeBytes)
          .toString('hex')
          .toUpperCase();
        out += font.map.get(code) ?? '\uFFFD';
      }
    };
    for (const tok of tokens(content)) {
      if (tok.t !== 'op') {
        operands.push(tok);
        continue;
      }
      if (tok.v === 'Tf') {
        const name = operands.find((o) => o.t === 'name');
        const n = name && name.t === 'name' ? fontRefs.get(name.v) : undefined;
        if (n === undefined) throw new Error('pdf: Tf with an unknown font');
        font = fontOf(n);
      } else if (tok.v === 'Tj' || tok.v === "'" || tok.v === '"') {
        for (const o of operands) if (o.t === 'str') show(o.bytes);
      } else if (tok.v === 'TJ') {
        for (const o of operands) if (o.t === 'str') show(o.bytes);
      } else if (tok.v === 'ET') {
        out += '\n';
      }
      operands = [];
    }
    return out;
  });
  return { pageCount: pageIds.length, pages };
}
