/** Arbitrary money-like input for the amount parser's property tests. */
import fc from 'fast-check';

const MONEY_CHARS = [
  ...'0123456789',
  '-',
  '-',
  '.',
  '.',
  ',',
  '+',
  'e',
  'E',
  'x',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\ufeff',
  '\u2028',
  '\u0663', // ARABIC-INDIC DIGIT THREE: not \d
];

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** Strings close to the format: sign, leading zeros, 0-4 decimals, padding and commas. */
export const moneyLikeString = fc
  .record({
    pad: fc.constantFrom('', '', '', ' ', '\t', ' \n'),
    sign: fc.constantFrom('', '', '-', '--', '+'),
    zeros: fc.constantFrom('', '', '0', '00', '000'),
    whole: fc.oneof(digits(0, 22), fc.constantFrom('', '0', '00', '5', '10')),
    comma: fc.boolean(),
    dot: fc.constantFrom('', '.', '.', '..'),
    frac: fc.oneof(digits(0, 4), fc.constantFrom('0', '00', '5', '50', '05', '000')),
    tail: fc.constantFrom('', '', '', ' ', ',', 'e3', 'x'),
  })
  .map(({ pad, sign, zeros, whole, comma, dot, frac, tail }) => {
    const w = comma && whole.length > 3 ? `${whole.slice(0, -3)},${whole.slice(-3)}` : whole;
    return `${pad}${sign}${zeros}${w}${dot}${frac}${tail}${pad}`;
  });

/** Strings in or next to the exact format the scan takes: no padding, at most one sign and dot. */
export const cleanMoneyString = fc
  .record({
    sign: fc.constantFrom('', '-'),
    zeros: fc.constantFrom('', '', '0', '00'),
    whole: fc.oneof(digits(0, 18), fc.constantFrom('', '0', '5', '10')),
    dot: fc.constantFrom('', '.'),
    frac: fc.oneof(digits(0, 3), fc.constantFrom('0', '00', '5', '50', '05')),
  })
  .map(({ sign, zeros, whole, dot, frac }) => `${sign}${zeros}${whole}${dot}${frac}`);

export const moneyInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: cleanMoneyString },
  { weight: 4, arbitrary: moneyLikeString },
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...MONEY_CHARS), maxLength: 14 }) },
  { weight: 2, arbitrary: fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100) },
  { weight: 1, arbitrary: fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 1000) },
  { weight: 1, arbitrary: fc.double() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -0, 1e21, -1e21, 1e20, 5e-7, 0.1 + 0.2, 2 ** 53, NaN, Infinity),
  },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
);
