import { QUOTE_LIMIT, countText } from './limits.js';

/** Where a JSON text stops being valid, 1-based, and what was expected there. */
export interface JsonSyntaxProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A key given twice in one object: where the second one starts, its path and the first one. */
export interface DuplicateKey {
  readonly line: number;
  readonly column: number;
  /** `items[0].withholding`, as the validation issues name fields. */
  readonly path: string;
  readonly key: string;
  readonly first: { readonly line: number; readonly column: number };
}

class Stop {
  constructor(
    readonly index: number,
    readonly message: string,
  ) {}
}

class Inexact {
  constructor(
    readonly index: number,
    readonly path: string,
    readonly text: string,
  ) {}
}

class Duplicate {
  constructor(
    readonly index: number,
    readonly firstIndex: number,
    readonly path: string,
    readonly key: string,
  ) {}
}

/** An open object or array, with the key or index of the value being read in it. */
interface Frame {
  readonly object: boolean;
  /** Keys seen in this object and where each started (only when duplicates are looked for). */
  readonly keys: Map<string, number> | null;
  key: string;
  index: number;
}

// Sticky patterns: the engine scans the runs of plain characters, the loop only the structure.
const SPACE = /[ \t\n\r]*/y;
// eslint-disable-next-line no-control-regex
const PLAIN_STRING_RUN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * Finds the first syntax error of a JSON text. `JSON.parse` in Node 20 gives a position for some
 * errors and none for others ("Unexpected token '}', ... is not valid JSON"), so this scanner
 * re-reads the text on the error path only, to give every error a line, a column and a plain
 * statement of what was expected. Returns `null` when the text is valid JSON.
 *
 * It is a loop over an explicit stack, not a recursive descent: a text of 10,000 `[` must give a
 * message, not exhaust the call stack.
 */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  const outcome = scan(text, { duplicates: false, inexactNumbers: false });
  return outcome instanceof Stop
    ? { ...lineAndColumn(text, outcome.index), message: outcome.message }
    : null;
}

/**
 * The first key that appears twice in one object of a valid JSON text (keys compared after their
 * escapes are decoded: `"a"` and `"\u0061"` are the same key), or `null`. `JSON.parse` keeps the
 * last value without a word, which in a case file is almost always a mistake.
 */
export function findDuplicateKey(text: string): DuplicateKey | null {
  const outcome = scan(text, { duplicates: true, inexactNumbers: false });
  if (!(outcome instanceof Duplicate)) return null;
  return {
    ...lineAndColumn(text, outcome.index),
    path: outcome.path,
    key: outcome.key,
    first: lineAndColumn(text, outcome.firstIndex),
  };
}

/** What a scan looks for besides syntax errors. */
interface ScanFor {
  readonly duplicates: boolean;
  readonly inexactNumbers: boolean;
}

function scan(text: string, look: ScanFor): Stop | Duplicate | Inexact | null {
  const trackKeys = look.duplicates;
  const paths = look.duplicates || look.inexactNumbers;
  const n = text.length;
  let i = 0;
  const stack: Frame[] = [];

  const got = (): string => {
    if (i >= n) return 'the end of the input';
    const c = text[i]!;
    if (c === '\n') return 'a line break';
    if (c === '\t') return 'a tab';
    return `'${c}'`;
  };
  const fail = (message: string): never => {
    throw new Stop(i, message);
  };
  const skipSpace = () => {
    SPACE.lastIndex = i;
    SPACE.test(text);
    i = SPACE.lastIndex;
  };
  /** Reads the string at `i` (an opening quote); returns whether it held an escape. */
  const string = (): boolean => {
    const start = i;
    let escaped = false;
    i++; // opening quote
    for (;;) {
      PLAIN_STRING_RUN.lastIndex = i;
      PLAIN_STRING_RUN.test(text);
      i = PLAIN_STRING_RUN.lastIndex;
      if (i >= n) break;
      const c = text[i]!;
      if (c === '"') {
        i++;
        return escaped;
      }
      if (c === '\\') {
        escaped = true;
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
          continue;
        }
        HEX4.lastIndex = i + 2;
        if (e === 'u' && HEX4.test(text)) {
          i += 6;
          continue;
        }
        i++;
        fail(`invalid escape sequence in a string, got ${got()} after '\\'`);
      }
      fail(`a string cannot contain ${got()} (write it as an escape, e.g. \\n)`);
    }
    i = start;
    return fail('unterminated string: no closing double quote');
  };
  const number = () => {
    const start = i;
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) fail(`invalid number, got ${got()}`);
    i = NUMBER.lastIndex;
    if (look.inexactNumbers) {
      const written = text.slice(start, i);
      if (!readsExactly(written)) throw new Inexact(start, pathTo(), written);
    }
    const next = text[i];
    if (next !== undefined && /[0-9.eE]/.test(next)) {
      fail(`invalid number: unexpected ${got()} (no leading zeros or extra points)`);
    }
  };
  const pathTo = (): string => {
    let out = '';
    for (const frame of stack) {
      if (!frame.object) out += `[${frame.index}]`;
      else out += out === '' ? frame.key : `.${frame.key}`;
    }
    return out;
  };
  /** Reads a property name and its ':' in the object on top of the stack. */
  const key = () => {
    skipSpace();
    if (text[i] !== '"') fail(`expected a property name in double quotes, got ${got()}`);
    const start = i;
    const escaped = string();
    const frame = stack[stack.length - 1]!;
    if (paths) {
      const raw = text.slice(start + 1, i - 1);
      const name = escaped ? (JSON.parse(text.slice(start, i)) as string) : raw;
      frame.key = name;
      if (frame.keys) {
        const first = frame.keys.get(name);
        if (first !== undefined) throw new Duplicate(start, first, pathTo(), name);
        frame.keys.set(name, start);
      }
    }
    skipSpace();
    if (text[i] !== ':') fail(`expected ':' after the property name, got ${got()}`);
    i++;
  };

  try {
    skipSpace();
    if (i >= n) fail('the input is empty, expected a JSON object');
    for (;;) {
      // A value is expected at i.
      skipSpace();
      const c = text[i];
      let opened = false;
      if (c === '{' || c === '[') {
        i++;
        skipSpace();
        const close = c === '{' ? '}' : ']';
        if (text[i] === close) i++;
        else {
          const object = c === '{';
          stack.push({ object, keys: object && trackKeys ? new Map() : null, key: '', index: 0 });
          if (object) key();
          opened = true;
        }
      } else if (c === '"') string();
      else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
      else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else if (c === "'") fail(`strings must use double quotes, got ${got()}`);
      else {
        fail(
          `expected a value (an object, array, string, number, true, false or null), got ${got()}`,
        );
      }
      if (opened) continue;
      // A value ended: close the containers it completes, then go on to the next value.
      for (;;) {
        const frame = stack[stack.length - 1];
        if (frame === undefined) {
          skipSpace();
          if (i < n) fail(`unexpected ${got()} after the end of the JSON value`);
          return null;
        }
        skipSpace();
        const close = frame.object ? '}' : ']';
        if (text[i] === ',') {
          i++;
          skipSpace();
          if (text[i] === close) {
            fail(
              frame.object
                ? "expected a property after ',' (JSON allows no trailing comma)"
                : "expected a value after ',' (JSON allows no trailing comma)",
            );
          }
          if (frame.object) key();
          else frame.index++;
          break;
        }
        if (text[i] === close) {
          i++;
          stack.pop();
          continue;
        }
        fail(
          frame.object
            ? `expected ',' or '}' after a property value, got ${got()}`
            : `expected ',' or ']' after an array element, got ${got()}`,
        );
      }
    }
  } catch (e) {
    if (e instanceof Stop || e instanceof Duplicate || e instanceof Inexact) return e;
    throw e;
  }
}

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < index; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: index - lineStart + 1 };
}

// A key's closing quote, then ':'. Every key has one; a string holding `\":` adds more.
const KEY_END = /"[ \t\n\r]*:/g;

/**
 * Whether a valid JSON text may hold a duplicate key, judged without a scan: the text has at
 * least one `":` per key it holds, and its parsed value one key per key it holds less one per
 * duplicate, so when the two counts are equal there is none. Only when they differ (a duplicate,
 * or a string value holding `":`) does {@link findDuplicateKey} need to read the text.
 */
export function mayHaveDuplicateKey(text: string, value: unknown): boolean {
  let inText = 0;
  KEY_END.lastIndex = 0;
  while (KEY_END.exec(text) !== null) inText++;
  let parsed = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const v = pending.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const item of v) if (typeof item === 'object' && item !== null) pending.push(item);
      continue;
    }
    for (const key in v) {
      parsed++;
      const item = (v as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) pending.push(item);
    }
  }
  return inText !== parsed;
}

/** A JSON number whose written value is not the value a JSON reader gets. */
export interface InexactNumber {
  readonly line: number;
  readonly column: number;
  /** `items[0].amount`, as the validation issues name fields. */
  readonly path: string;
  /** The number as written (at most {@link ECHO_LIMIT} characters of it). */
  readonly written: string;
  /** What `JSON.parse` reads it as (`0.3`, `0`, `Infinity`). */
  readonly readsAs: string;
}

/** The most of a value a message echoes: a 10 MB number is named by its start and length. */
export const ECHO_LIMIT = QUOTE_LIMIT;

/** `text`, or its first {@link ECHO_LIMIT} characters and how long it is. */
export function echo(text: string): string {
  return text.length <= ECHO_LIMIT
    ? text
    : `${text.slice(0, ECHO_LIMIT)}... (${countText(text.length, 'characters')})`;
}

const SIGNIFICANT = /^-?0*\.?0*/;

/**
 * Whether `JSON.parse` reads the number text `written` as exactly the value written. A decimal of
 * at most 15 significant digits and no exponent always does (a double holds 15 significant digits
 * exactly, and the shortest text of the double nearest to it is that decimal); any other is
 * compared digit for digit with the shortest text of the double it becomes.
 */
export function readsExactly(written: string): boolean {
  if (!/[eE]/.test(written)) {
    const digits = written.replace(SIGNIFICANT, '').replace('.', '');
    if (digits.length <= 15) return true;
  }
  const read = Number(written);
  if (!Number.isFinite(read)) return false;
  return sameDecimal(written, String(read));
}

/** Whether two JSON number texts have the same decimal value (no arithmetic, no rounding). */
function sameDecimal(a: string, b: string): boolean {
  const norm = (t: string) => {
    const negative = t.startsWith('-');
    const [mantissa = '', exp = '0'] = (negative ? t.slice(1) : t).toLowerCase().split('e');
    const [whole = '', fraction = ''] = mantissa.split('.');
    let digits = whole + fraction;
    let exponent = Number(exp) - fraction.length;
    // Loops, not /0*$/: a regex anchored at the end retries from every position of a long run.
    let lead = 0;
    while (lead < digits.length && digits.charCodeAt(lead) === 48) lead++;
    let end = digits.length;
    while (end > lead && digits.charCodeAt(end - 1) === 48) end--;
    const trail = digits.length - end;
    digits = digits.slice(lead, end);
    if (digits === '') return '0';
    exponent += trail;
    return `${negative ? '-' : ''}${digits}e${exponent}`;
  };
  return norm(a) === norm(b);
}

// A run of 16 digits and points, or a digit before an exponent: where a number may lose digits.
const MAY_LOSE_DIGITS = /[0-9.]{16}|[0-9][eE]/;

/**
 * The first JSON number of a valid JSON text that `JSON.parse` would read as another value
 * (`0.29999999999999999` as 0.3, `1e-400` as 0, `2024.000000000000001` as 2024), or `null`. A
 * text with no run of 16 digits and no exponent has none, and is not scanned.
 */
export function findInexactNumber(text: string): InexactNumber | null {
  if (!MAY_LOSE_DIGITS.test(text)) return null;
  const outcome = scan(text, { duplicates: false, inexactNumbers: true });
  if (!(outcome instanceof Inexact)) return null;
  return {
    ...lineAndColumn(text, outcome.index),
    path: outcome.path,
    written: echo(outcome.text),
    readsAs: String(Number(outcome.text)),
  };
}

/** What an inexact number is, for a message that adds where it is. */
export function inexactNumberMessage({ path, written, readsAs }: InexactNumber): string {
  const instead =
    path === 'taxYear'
      ? 'write the year as a whole number, e.g. 2024'
      : 'write the amount as a string of at most two decimals, e.g. "1234.50"';
  return `the number ${written} cannot be read exactly: a JSON reader takes it as ${readsAs}; ${instead}`;
}

/** Why a JSON text is not read: where, the field's path when known, and what. */
export interface JsonTextProblem {
  readonly code: 'invalid-json' | 'duplicate-key' | 'inexact-number';
  readonly line: number;
  readonly column: number;
  /** The field, for a duplicate key or an inexact number (`''` for the root). */
  readonly path?: string;
  /** What is wrong, without the place (the caller adds the file, line and column). */
  readonly message: string;
}

/**
 * Reads a JSON text exactly as written, or says why not: not JSON (with the line and column), a
 * key given twice in one object (JSON.parse keeps the last without a word), or a number that
 * JSON.parse would read as another value. A byte order mark at the start is skipped.
 */
export function readJsonText(
  input: string,
): { ok: true; value: unknown } | { ok: false; problem: JsonTextProblem } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const found = findJsonSyntaxProblem(text);
    return {
      ok: false,
      problem: found
        ? { code: 'invalid-json', ...found }
        : {
            code: 'invalid-json',
            line: 1,
            column: 1,
            message: error instanceof Error ? error.message : String(error),
          },
    };
  }
  const duplicate = mayHaveDuplicateKey(text, value) ? findDuplicateKey(text) : null;
  if (duplicate) {
    const { line, column, path, key, first } = duplicate;
    return {
      ok: false,
      problem: {
        code: 'duplicate-key',
        line,
        column,
        path,
        message: `duplicate key ${JSON.stringify(key)} (first at ${first.line}:${first.column})`,
      },
    };
  }
  const inexact = findInexactNumber(text);
  if (inexact) {
    const { line, column, path } = inexact;
    return {
      ok: false,
      problem: {
        code: 'inexact-number',
        line,
        column,
        path,
        message: inexactNumberMessage(inexact),
      },
    };
  }
  return { ok: true, value };
}
