/**
 * Reading a case file the person opened, as the CLI reads it (src/cli/input.ts): the library's
 * limits first (limits.ts: the size before the bytes are decoded, the lists and texts of the
 * parsed JSON before the form is built), then bytes that are not UTF-8, text that is not JSON, a
 * key given twice, a number that would be read as another value; each refused with the page's
 * own message (i18n/en.ts), at the line and column the CLI names.
 */
import { readJsonText } from '../../src/input/json-text.js';
import { byteLineAndColumn, invalidUtf8Offset } from '../../src/cli/utf8.js';
import { terminalText } from '../../src/core/terminal-text.js';
import { t } from './i18n/index.js';
import {
  MAX_DEBTS,
  MAX_ITEMS,
  MAX_NAME_CHARS,
  MAX_TEXT_CHARS,
  caseLimitProblem,
  fileSizeProblem,
  type LimitProblem,
} from './limits.js';
import { pathParts } from './form-state.js';

export type ReadCaseFile =
  { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly message: string };

// A byte order mark is kept, and then skipped by the JSON reader, as the CLI does.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** A part of a case file in the person's words (`items[2].amount` → "line 3 of the return"). */
export function partWords(path: string): string {
  const w = t.fileProblems.parts;
  if (path === '' || path === '(root)') return w.whole;
  const [head, a, b] = pathParts(path);
  switch (head) {
    case 'taxYear':
    case 'spouses':
    case 'partI':
    case 'communityProperty':
    case 'deduction':
    case 'form8379':
    case 'afterFiling':
    case 'title':
    case 'source':
      return w[head];
    case 'items':
      return typeof a === 'number' ? w.item(a + 1) : w.items;
    case 'debts':
      return typeof a === 'number' ? w.debt(a + 1) : w.debts;
    case 'jointReturn':
      return a === 'address' || a === 'efileBlockingForms' || b !== undefined
        ? w.efile
        : w.jointReturn;
    default:
      return w.unknown(terminalText(String(head ?? path)));
  }
}

/** A limit's message: what the file holds and what the page opens. */
export function limitMessage(problem: LimitProblem): string {
  const f = t.fileProblems;
  switch (problem.kind) {
    case 'file-size':
      return f.tooBig(problem.bytes);
    case 'items':
      return f.tooManyItems(problem.count, MAX_ITEMS);
    case 'debts':
      return f.tooManyDebts(problem.count, MAX_DEBTS);
    case 'name':
      return f.nameTooLong(problem.role, problem.chars, MAX_NAME_CHARS);
    case 'text':
      return f.textTooLong(partWords(problem.path), problem.chars, MAX_TEXT_CHARS);
    case 'depth':
      return f.tooDeep;
  }
}

export function readCaseFile(bytes: Uint8Array): ReadCaseFile {
  const f = t.fileProblems;
  const tooBig = fileSizeProblem(bytes.length);
  if (tooBig) return { ok: false, message: limitMessage(tooBig) };
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0) {
    const { line, column } = byteLineAndColumn(bytes, bad);
    return { ok: false, message: f.notText(line, column) };
  }
  const text = utf8.decode(bytes);
  const read = readJsonText(text);
  if (!read.ok) {
    const { code, line, column, message } = read.problem;
    if (code === 'duplicate-key') {
      const first = Number(/first at (\d+):/.exec(message)?.[1] ?? line);
      return { ok: false, message: f.twice(line, column, first) };
    }
    if (code === 'inexact-number') {
      const written = /^the number (.*?) cannot be read exactly/.exec(message)?.[1] ?? '';
      return { ok: false, message: f.inexact(line, column, terminalText(written)) };
    }
    if (text.replace(/^\ufeff/, '').trim() === '') return { ok: false, message: f.empty };
    return { ok: false, message: f.notCase(line, column) };
  }
  const over = caseLimitProblem(read.value);
  if (over) return { ok: false, message: limitMessage(over) };
  return { ok: true, json: read.value };
}
