/** What the rooms above may use of the official form (the pipeline, the worksheet, the PDF). */
export type * from './model.js';
export {
  buildOfficialForm,
  dashedSsn,
  addressLine,
  FIRST_YEAR_OF_REVISION,
  CURRENT_FORM_URL,
  PRIOR_REVISIONS_URL,
} from './build.js';
export { efileChecks, efileWarnings } from './efile.js';
export { STATE_NAMES, stateNames } from './states.js';
export {
  WHOLE_DOLLAR_ROUNDING,
  wholeDollarColumns,
  wholeDollars,
  type WholeDollarColumns,
} from './whole-dollars.js';
