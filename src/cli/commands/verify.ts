// Modules, not the package index: the index also loads the worksheet renderer and Handlebars.
import { verifyExpected, type VerifyOutcome, type VerifyRow } from '../../check/verify.js';
import { escapeJsonControls, terminalText } from '../../core/terminal-text.js';
import { validateCase } from '../../input/validate.js';
import { allocateCase } from '../../pipeline/allocate.js';
import { resolveOptions } from '../../pipeline/options.js';
import { toUserError } from '../case-errors.js';
import { displayName, UserError } from '../errors.js';
import { allocationOptions, type AllocationFlags } from '../flags.js';
import { parseCaseJson, readInput } from '../input.js';
import { writeStdout } from '../output.js';

/**
 * The exit code of `form8379 verify` when an expected figure differs from the computed one: a
 * code of its own, beside 2 (invalid input or usage) and 1 (an internal error).
 */
export const EXIT_DIFFERENCE = 3;

/** Options of `form8379 verify`, as commander parses them. */
export interface VerifyFlags extends AllocationFlags {
  readonly format: 'text' | 'json';
}

/** One file's entry in the output: its comparison, or why it could not be compared. */
type Entry =
  | { readonly file: string; readonly outcome: VerifyOutcome }
  | { readonly file: string; readonly error: readonly string[] };

/**
 * `form8379 verify <case.json...>`: each case's `expected` figures against the computed summary,
 * key by key (the library's `verifyExpected`). Prints a table per case (or, with `--format json`,
 * the same as data) and returns the exit code: 0 when every figure matches, 3 when one differs.
 * A file that cannot be read or allocated, or has no `expected`, is reported on stderr after the
 * others are verified, with exit code 2.
 */
export async function runVerify(files: readonly string[], flags: VerifyFlags): Promise<number> {
  const options = allocationOptions(flags);
  try {
    resolveOptions(options);
  } catch (error) {
    throw toUserError(error, files[0] ?? '-');
  }
  const entries: Entry[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const name = displayName(file);
    try {
      const json = parseCaseJson(await readInput(file), file);
      let outcome: VerifyOutcome;
      try {
        outcome = verifyExpected(allocateCase(validateCase(json), options));
      } catch (error) {
        throw toUserError(error, file);
      }
      if (!outcome.hasExpected) {
        throw new UserError(
          `${name}: the case has no "expected" figures to verify (the keys of the result's "summary": docs/case-format.md)`,
        );
      }
      entries.push({ file: name, outcome });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push(...error.lines);
      entries.push({ file: name, error: error.lines });
    }
  }
  const verified = entries.flatMap((e) => ('outcome' in e ? [e.outcome] : []));
  const differ = verified.some((o) => !o.matches);
  if (flags.format === 'json') {
    const data = {
      matches: problems.length === 0 && !differ,
      cases: entries.map((e) =>
        'outcome' in e
          ? { file: e.file, matches: e.outcome.matches, figures: e.outcome.rows }
          : { file: e.file, error: e.error },
      ),
    };
    await writeStdout(`${escapeJsonControls(JSON.stringify(data, null, 2))}\n`);
  } else {
    const text = entries.flatMap((e) => ('outcome' in e ? caseTable(e.file, e.outcome) : []));
    if (verified.length > 1) text.push(totalLine(verified));
    if (text.length > 0) await writeStdout(`${text.join('\n')}\n`);
  }
  if (problems.length > 0) throw new UserError(problems);
  return differ ? EXIT_DIFFERENCE : 0;
}

/** The heading line and the table of one case; the rule only on a row that differs. */
function caseTable(file: string, outcome: VerifyOutcome): string[] {
  const n = outcome.rows.length;
  const d = outcome.differences.length;
  const heading = outcome.matches
    ? `${terminalText(file)}: all ${n} expected figure${n === 1 ? '' : 's'} match`
    : `${terminalText(file)}: ${d} of ${n} expected figure${n === 1 ? '' : 's'} ${d === 1 ? 'differs' : 'differ'}`;
  const header = ['figure', 'expected', 'computed', 'difference', 'rule'];
  const rows = outcome.rows.map((r) => row(r));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  // Text columns left, figures right; the last column is not padded.
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) =>
        i === cells.length - 1
          ? c
          : i === 0
            ? c.padEnd(widths[i] ?? 0)
            : c.padStart(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [heading, ...[header, ...rows].map((cells) => `  ${line(cells)}`), ''];
}

function row(r: VerifyRow): string[] {
  const differs = !r.matches;
  const note = differs ? [r.rule ?? '', r.problem ?? ''].filter((x) => x !== '').join(': ') : '';
  return [r.figure, r.expected ?? '(none)', r.computed ?? '(none)', r.difference ?? '', note].map(
    terminalText,
  );
}

function totalLine(verified: readonly VerifyOutcome[]): string {
  const bad = verified.filter((o) => !o.matches).length;
  return bad === 0
    ? `${verified.length} cases verified: every expected figure matches`
    : `${verified.length} cases verified: ${bad} with ${bad === 1 ? 'a difference' : 'differences'}`;
}
