/**
 * Random hostile inputs for the property test of issue 11: byte strings and JSON texts, from a
 * seeded generator (the same inputs on every run, and a failure names the seed and index). Not
 * fast-check: 20,000 inputs of up to 1 MB and depth 20,000 are built as text directly, in
 * a second rather than in minutes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli-helpers.js';

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

const CASES_DIR = join(ROOT, 'test/fixtures/cases');
/** The reference cases' texts: valid inputs to mutate. */
export const CASE_TEXTS: readonly string[] = readdirSync(CASES_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.stringify(JSON.parse(readFileSync(join(CASES_DIR, f), 'utf8'))));

const KEYS = [
  'taxYear',
  'spouses',
  'injured',
  'other',
  'name',
  'partI',
  'items',
  'kind',
  'spouse',
  'amount',
  'withholding',
  'debts',
  'type',
  'expected',
  'communityProperty',
  'states',
  '__proto__',
  'constructor',
  '',
  'k\u0000',
  '\u001b[2J',
  'é',
];
const STRINGS = [
  '',
  '2024',
  '1234.50',
  '-0',
  '1e400',
  'wages',
  'injured',
  'joint',
  'childSupport',
  'TX',
  '\u001b]0;pwned\u0007',
  '\u202e',
  '\ud800',
  'https://evil.example',
  'x'.repeat(300),
];
const ATOMS = ['0', '-1', '2024', '1e400', '-0.0', '12.345', 'true', 'false', 'null', '1.5e-7'];

/** A JSON string literal, sometimes with escapes. */
function jsonString(r: Random): string {
  const s = pick(r, STRINGS);
  return r() < 0.2 ? JSON.stringify(s).replace(/a/g, '\\u0061') : JSON.stringify(s);
}

/** A random JSON value of about `budget` characters, at most `depth` deep. */
function jsonValue(r: Random, budget: number, depth: number): string {
  if (budget < 8 || depth <= 0 || r() < 0.25) {
    return r() < 0.5 ? pick(r, ATOMS) : jsonString(r);
  }
  const object = r() < 0.6;
  const parts: string[] = [];
  let left = budget;
  const count = int(r, 0, Math.min(64, Math.max(1, Math.floor(budget / 16))));
  for (let k = 0; k < count && left > 0; k++) {
    const size = Math.max(4, Math.floor(left * r()));
    const v = jsonValue(r, size, depth - 1);
    left -= v.length + 8;
    parts.push(object ? `${JSON.stringify(pick(r, KEYS))}:${v}` : v);
  }
  // Sometimes the same key twice.
  if (object && parts.length > 0 && r() < 0.05) parts.push(parts[0]!);
  return object ? `{${parts.join(',')}}` : `[${parts.join(',')}]`;
}

/** A chain `depth` deep of arrays and objects, sometimes left open. */
function deepChain(r: Random, depth: number): string {
  const opens: string[] = [];
  const closes: string[] = [];
  for (let d = 0; d < depth; d++) {
    if (r() < 0.5) {
      opens.push('[');
      closes.push(']');
    } else {
      opens.push(`{${JSON.stringify(pick(r, KEYS))}:`);
      closes.push('}');
    }
  }
  const inner = r() < 0.5 ? pick(r, ATOMS) : '';
  const closed = r() < 0.7 ? closes.reverse().join('') : closes.slice(0, int(r, 0, depth)).join('');
  return `${opens.join('')}${inner}${closed}`;
}

/** A valid case with one of its values replaced by a random one. */
function mutatedCase(r: Random): string {
  const text = pick(r, CASE_TEXTS);
  // Replace the value after a random `":`.
  const colons: number[] = [];
  for (let i = text.indexOf('":'); i >= 0; i = text.indexOf('":', i + 1)) colons.push(i + 2);
  if (colons.length === 0 || r() < 0.1) return text;
  const at = pick(r, colons);
  return text.slice(0, at) + jsonValue(r, int(r, 1, 200), 4) + skipValue(text, at);
}

/** The rest of `text` after the JSON value that starts at `at`. */
function skipValue(text: string, at: number): string {
  let depth = 0;
  let i = at;
  let inString = false;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        if (depth === 0) return text.slice(i + 1);
      }
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) return text.slice(i);
      depth--;
      if (depth === 0) return text.slice(i + 1);
    } else if (c === ',' && depth === 0) return text.slice(i);
  }
  return '';
}

/**
 * `count` JSON texts (one line each): random trees up to 1 MB, chains up to 20,000 deep and
 * mutated reference cases. A few are large, so the total stays some tens of MB.
 */
export function jsonTrees(seed: number, count: number): string[] {
  const r = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const roll = r();
    if (i === 0) out.push(deepChain(r, 20_000));
    else if (i === 1) out.push(`{"items":[${jsonValue(r, 1_000_000, 6)}]}`.slice(0, 1_000_000));
    else if (roll < 0.005) out.push(deepChain(r, int(r, 1000, 20_000)));
    else if (roll < 0.006) out.push(jsonValue(r, int(r, 100_000, 1_000_000), 8));
    else if (roll < 0.45) out.push(mutatedCase(r));
    else if (roll < 0.55) out.push(deepChain(r, int(r, 1, 200)));
    else out.push(jsonValue(r, int(r, 1, 4000), int(r, 1, 30)));
  }
  return out;
}

/**
 * `count` byte strings: random bytes, and valid cases with bytes flipped, inserted or cut (so
 * many are almost JSON, or JSON that is not UTF-8).
 */
export function byteStrings(seed: number, count: number): Buffer[] {
  const r = prng(seed);
  const out: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    if (r() < 0.4) {
      const bytes = Buffer.alloc(int(r, 0, r() < 0.05 ? 20_000 : 300));
      for (let k = 0; k < bytes.length; k++) bytes[k] = Math.floor(r() * 256);
      out.push(bytes);
      continue;
    }
    const bytes = Buffer.from(pick(r, CASE_TEXTS), 'utf8');
    const edits = int(r, 1, 6);
    let b = bytes;
    for (let e = 0; e < edits; e++) {
      const at = int(r, 0, Math.max(0, b.length - 1));
      const what = r();
      if (what < 0.4) b[at] = Math.floor(r() * 256);
      else if (what < 0.7) {
        const insert = Buffer.from([
          Math.floor(r() * 256),
          pick(r, [0xc3, 0xe2, 0xf0, 0xed, 0x22]),
        ]);
        b = Buffer.concat([b.subarray(0, at), insert, b.subarray(at)]);
      } else
        b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + int(r, 1, 40)))]);
    }
    out.push(b);
  }
  return out;
}

/** One line of a batch file: a byte string without its line-end bytes (CR, LF become spaces). */
export function asBatchLine(bytes: Buffer): Buffer {
  const line = Buffer.from(bytes);
  for (let k = 0; k < line.length; k++) if (line[k] === 0x0a || line[k] === 0x0d) line[k] = 0x20;
  return line;
}
