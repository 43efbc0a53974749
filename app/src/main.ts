import { allocate, renderWorksheet, resultToJson } from '../../src/index.js';
import { parseCaseJson } from '../../src/cli/input.js';
const r = allocate(parseCaseJson('{"taxYear":2024}', 'x') as never);
document.body.textContent = renderWorksheet(r, { format: 'html' }) + JSON.stringify(resultToJson(r));
