/**
 * The library's limits (src/input/limits.ts, README "Limits") applied to a file the person opens,
 * before any of it reaches the form: the file's size before it is read, then the parsed JSON's
 * lists and strings before the form state is built from it. A file over a limit is refused with
 * one message at the file control; the page never builds 100,000 rows or shows a 10 MB name.
 * Pure, so the tests check it without a browser.
 */
import {
  MAX_DEBTS,
  MAX_INPUT_BYTES,
  MAX_ITEMS,
  MAX_NAME_CHARS,
  MAX_TEXT_CHARS,
} from '../../src/input/limits.js';

export { MAX_DEBTS, MAX_INPUT_BYTES, MAX_ITEMS, MAX_NAME_CHARS, MAX_TEXT_CHARS };

/**
 * Lists and objects inside one another: a case nests four levels; an `expected` block a few
 * more. Deeper, the page could not save the case again (JSON.stringify recurses).
 */
export const MAX_DEPTH = 64;

/** What is over a limit, for the message. */
export type LimitProblem =
  | { readonly kind: 'file-size'; readonly bytes: number }
  | { readonly kind: 'items'; readonly count: number }
  | { readonly kind: 'debts'; readonly count: number }
  | {
      readonly kind: 'name';
      readonly role: 'injured' | 'other';
      readonly chars: number;
    }
  | { readonly kind: 'text'; readonly path: string; readonly chars: number }
  | { readonly kind: 'depth' };

/** A file of `bytes` is over the size limit: judged before it is read. */
export function fileSizeProblem(bytes: number): LimitProblem | null {
  return bytes > MAX_INPUT_BYTES ? { kind: 'file-size', bytes } : null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The first limit the parsed case is over, or null: the item and debt counts first (read from
 * the lists' lengths, not their contents), then every string (a name at most
 * {@link MAX_NAME_CHARS}, any other text at most {@link MAX_TEXT_CHARS}; `expected`, which the
 * form keeps without showing, only for its depth), walked without recursion.
 */
export function caseLimitProblem(json: unknown): LimitProblem | null {
  if (!isRecord(json)) return null;
  if (Array.isArray(json.items) && json.items.length > MAX_ITEMS) {
    return { kind: 'items', count: json.items.length };
  }
  if (Array.isArray(json.debts) && json.debts.length > MAX_DEBTS) {
    return { kind: 'debts', count: json.debts.length };
  }
  const spouses = json.spouses;
  if (isRecord(spouses)) {
    for (const role of ['injured', 'other'] as const) {
      const s = spouses[role];
      const name = isRecord(s) ? s.name : undefined;
      if (typeof name === 'string' && name.length > MAX_NAME_CHARS) {
        return { kind: 'name', role, chars: name.length };
      }
    }
  }
  // Every other value, breadth first: its path (for the message) and its depth.
  const pending: [value: unknown, path: string, depth: number][] = [[json, '', 0]];
  for (let i = 0; i < pending.length; i++) {
    const [value, path, depth] = pending[i]!;
    if (depth > MAX_DEPTH) return { kind: 'depth' };
    if (typeof value === 'string') {
      const isName = /^spouses\.(injured|other)\.name$/.test(path);
      if (!isName && !path.startsWith('expected') && value.length > MAX_TEXT_CHARS) {
        return { kind: 'text', path, chars: value.length };
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, j) => {
        if (typeof v === 'object' || typeof v === 'string') {
          pending.push([v, `${path}[${j}]`, depth + 1]);
        }
      });
    } else if (isRecord(value)) {
      for (const key of Object.keys(value)) {
        const v = value[key];
        if (typeof v === 'object' || typeof v === 'string') {
          pending.push([v, path === '' ? key : `${path}.${key}`, depth + 1]);
        }
      }
    }
  }
  return null;
}
