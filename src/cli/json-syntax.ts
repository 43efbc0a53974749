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
  /** Keys seen in this object and where each started (only when keys are tracked). */
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
  const outcome = scan(text, false);
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
  const outcome = scan(text, true);
  if (!(outcome instanceof Duplicate)) return null;
  return {
    ...lineAndColumn(text, outcome.index),
    path: outcome.path,
    key: outcome.key,
    first: lineAndColumn(text, outcome.firstIndex),
  };
}

function scan(text: string, trackKeys: boolean): Stop | Duplicate | null {
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
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) fail(`invalid number, got ${got()}`);
    i = NUMBER.lastIndex;
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
    if (frame.keys) {
      const raw = text.slice(start + 1, i - 1);
      const name = escaped ? (JSON.parse(text.slice(start, i)) as string) : raw;
      frame.key = name;
      const first = frame.keys.get(name);
      if (first !== undefined) throw new Duplicate(start, first, pathTo(), name);
      frame.keys.set(name, start);
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
    if (e instanceof Stop || e instanceof Duplicate) return e;
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
