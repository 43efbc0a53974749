import { safeValidateCase } from '../../input/validate.js';
import { terminalText } from '../../core/terminal-text.js';
import { displayName, UserError } from '../errors.js';
import { parseCaseJson, readInput } from '../input.js';
import { writeStdout } from '../output.js';

/**
 * `form8379 check <case.json...>`: validation only. Every file is checked (so one run reports
 * every problem); valid files are listed on stdout, problems go to stderr with exit code 2.
 */
export async function runCheck(files: readonly string[]): Promise<void> {
  const problems: string[] = [];
  const valid: string[] = [];
  for (const file of files) {
    const name = displayName(file);
    try {
      const outcome = safeValidateCase(parseCaseJson(await readInput(file), file));
      if (outcome.ok) {
        const c = outcome.value;
        const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
        valid.push(
          `${name}: valid case (tax year ${c.taxYear}, ${count(c.items.length, 'item')}, ${count(c.debts.length, 'debt')})`,
        );
      } else {
        problems.push(...outcome.issues.map((i) => `${name}: ${i.path || '(root)'}: ${i.message}`));
      }
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push(...error.lines);
    }
  }
  if (valid.length > 0) await writeStdout(`${valid.map(terminalText).join('\n')}\n`);
  if (problems.length > 0) throw new UserError(problems);
}
