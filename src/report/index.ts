/** The printable allocation worksheet and the letters: view models, templates and rendering. */
export { buildWorksheetModel } from './build-model.js';
export { renderWorksheet, WORKSHEET_FORMATS } from './render.js';
export type * from './model.js';
export { buildLetterModel } from './letter-model.js';
export type * from './letter-model.js';
export { renderLetter } from './letter-render.js';
export { LANGS, isLang, type Lang } from './i18n/lang.js';
export { checkSentences, type CheckSentences, type CheckStepWords } from './check-section.js';
