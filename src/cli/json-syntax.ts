/** Where a JSON text stops being valid, 1-based, and what was expected there. */
export interface JsonSyntaxProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

class Stop {
  constructor(
    readonly index: number,
    readonly message: string,
  ) {}
}

/**
 * Finds the first syntax error of a JSON text. `JSON.parse` in Node 20 gives a position for some
 * errors and none for others ("Unexpected token '}', ... is not valid JSON"), so a small scanner
 * re-reads the text on the error path only, to give every error a line, a column and a plain
 * statement of what was expected. Returns `null` when the text is valid JSON.
 */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  let i = 0;

  const got = (): string => {
    if (i >= text.length) return 'the end of the input';
    const c = text[i]!;
    if (c === '\n') return 'a line break';
    if (c === '\t') return 'a tab';
    return `'${c}'`;
  };
  const fail = (message: string): never => {
    throw new Stop(i, message);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };

  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (c === "'") fail(`strings must use double quotes, got ${got()}`);
    fail(`expected a value (an object, array, string, number, true, false or null), got ${got()}`);
  };

  const object = (): void => {
    i++; // {
    skipSpace();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') {
        fail(`expected a property name in double quotes, got ${got()}`);
      }
      string();
      skipSpace();
      if (text[i] !== ':') fail(`expected ':' after the property name, got ${got()}`);
      i++;
      value();
      skipSpace();
      if (text[i] === ',') {
        i++;
        skipSpace();
        if (text[i] === '}') fail("expected a property after ',' (JSON allows no trailing comma)");
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail(`expected ',' or '}' after a property value, got ${got()}`);
    }
  };

  const array = (): void => {
    i++; // [
    skipSpace();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      skipSpace();
      if (text[i] === ',') {
        i++;
        skipSpace();
        if (text[i] === ']') fail("expected a value after ',' (JSON allows no trailing comma)");
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail(`expected ',' or ']' after an array element, got ${got()}`);
    }
  };

  const string = (): void => {
    const start = i;
    i++; // opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
          continue;
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          i += 6;
          continue;
        }
        i++;
        fail(`invalid escape sequence in a string, got ${got()} after '\\'`);
      }
      if (c < ' ') fail(`a string cannot contain ${got()} (write it as an escape, e.g. \\n)`);
      i++;
    }
    i = start;
    fail('unterminated string: no closing double quote');
  };

  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail(`invalid number, got ${got()}`);
    i += match![0].length;
    const next = text[i];
    if (next !== undefined && /[0-9.eE]/.test(next)) {
      fail(`invalid number: unexpected ${got()} (no leading zeros or extra points)`);
    }
  };

  try {
    skipSpace();
    if (i >= text.length) fail('the input is empty, expected a JSON object');
    value();
    skipSpace();
    if (i < text.length) fail(`unexpected ${got()} after the end of the JSON value`);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { ...lineAndColumn(text, e.index), message: e.message };
  }
}

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < index && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}
