/** The printable allocation worksheet: view model, templates and rendering. */
export { buildWorksheetModel } from './build-model.js';
export { renderWorksheet, WORKSHEET_FORMATS } from './render.js';
export type * from './model.js';
