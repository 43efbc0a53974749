/**
 * Writes generated cases as JSON Lines to stdout, for `form8379 batch -` through a pipe: a
 * million cases are about 900 MB of JSON, which the benchmark never stores.
 *
 *   node --import tsx bench/gen-jsonl.ts --count 1000000 [--seed 8379] | form8379 batch -
 */
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { BENCH_SEED, DEFAULT_GENERATE_OPTIONS, generateCase } from './generate.js';
import { Prng } from './prng.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(BENCH_SEED) },
    'community-property-share': {
      type: 'string',
      default: String(DEFAULT_GENERATE_OPTIONS.communityPropertyShare),
    },
  },
});

const count = Number(values.count);
const rng = new Prng(Number(values.seed));
const options = { communityPropertyShare: Number(values['community-property-share']) };
// Lines go out in chunks: one write per line would cost more than generating it.
const CHUNK = 256;

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader went away (e.g. `| head`): stop quietly.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

for (let done = 0; done < count;) {
  const n = Math.min(CHUNK, count - done);
  let text = '';
  for (let i = 0; i < n; i++) text += `${JSON.stringify(generateCase(rng, options))}\n`;
  done += n;
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}
