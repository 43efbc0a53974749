/**
 * Embedding form8379 in a program: allocate a case built in code, read three figures, render the
 * worksheet as Markdown, and handle invalid input.
 *
 *   npx tsx examples/embed.ts
 *
 * In your own project, import from 'form8379' instead of '../src/index.js'.
 */
import {
  allocate,
  DEBT_LABELS,
  InvalidCaseError,
  renderWorksheet,
  type CaseInput,
} from '../src/index.js';

// A case as a user would write it (docs/case-format.md); amounts as strings or numbers.
const joint: CaseInput = {
  taxYear: 2024,
  spouses: {
    injured: { name: 'Dana Reyes', ssn: '400-00-0001' },
    other: { name: 'Chris Reyes', ssn: '400-00-0002' },
  },
  partI: { jointReturn: true, debtOwedOnlyBySpouse: true, injuredLegallyObligated: false },
  items: [
    { kind: 'wages', spouse: 'injured', amount: '52000', withholding: '6100' },
    { kind: 'wages', spouse: 'other', amount: '28000', withholding: '2400' },
    { kind: 'interest', spouse: 'joint', amount: '400' },
  ],
  debts: [{ type: 'childSupport', amount: '3000' }],
};

const result = allocate(joint);

// 1. The answer: `summary` holds two-decimal strings, ready to display or compare.
console.log(`Injured spouse's refund: $${result.summary.injuredSpouseRefund}`);

// 2. What the other spouse's debts took, in the order the offsets were applied.
for (const offset of result.distribution.offsets) {
  console.log(`Applied to ${DEBT_LABELS[offset.type]}: $${offset.applied.amount.toFixed(2)}`);
}

// 3. Any figure with its explanation: the rule it follows, the formula and the inputs used.
const ratio = result.taxRatio;
console.log(`Tax ratio ${ratio.amount.toFixed(4)} (${ratio.rule}): ${ratio.formula}`);

// The worksheet in Markdown, for a ticket or an email. The date is passed in: the library never
// reads the clock, so the same case always renders the same text.
const markdown = renderWorksheet(result, { format: 'markdown', preparedDate: '2025-03-14' });
console.log(`\n${markdown.split('\n').slice(0, 12).join('\n')}\n...`);

// Invalid input throws InvalidCaseError, naming every wrong field path.
try {
  allocate({ ...joint, items: [{ kind: 'wages', spouse: 'injured', amount: '12.345' }] });
} catch (error) {
  if (!(error instanceof InvalidCaseError)) throw error;
  for (const issue of error.issues) console.log(`invalid: ${issue.path}: ${issue.message}`);
}
