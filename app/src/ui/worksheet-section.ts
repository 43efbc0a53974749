/**
 * The worksheet under the form: the library's HTML rendering of the result, its options (the
 * title, the date prepared, who prepared it, full SSNs) and the Print button, which prints it
 * alone. The title is a field of the case: the page puts its control in `titleSlot`.
 */
import { renderWorksheet, type AllocationResult } from '../../../src/index.js';
import { t, type Lang } from '../i18n/index.js';
import { h } from './dom.js';
import { labelledControl } from './fields.js';
import { createWorksheetView } from './worksheet-view.js';

/** What the person set for the worksheet that is not part of the case (kept across a switch). */
export interface WorksheetSettings {
  readonly preparedDate: string;
  readonly preparedBy: string;
  readonly fullSsn: boolean;
}

export interface WorksheetSection {
  readonly element: HTMLElement;
  /** Where the page puts the case's title field. */
  readonly titleSlot: HTMLElement;
  /** Shows the worksheet of `result`, or says why there is none yet. */
  render(result: AllocationResult | null): void;
  settings(): WorksheetSettings;
  /** Puts back the settings of an earlier build (the page built again in another language). */
  restore(settings: WorksheetSettings): void;
  /** Takes the section's style out of the page's head, before a new one is built. */
  dispose(): void;
}

/** The worksheet's options, in the page's language (the library's `lang`, issue 22). */
type Options = Parameters<typeof renderWorksheet>[1] & { format: 'html'; lang: Lang };

/** Today in the person's time zone (YYYY-MM-DD): the core never reads the clock. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function createWorksheetSection(): WorksheetSection {
  const w = t.worksheet;
  const pageStyle = h('style', { id: 'worksheet-page' });
  document.head.append(pageStyle);
  const view = createWorksheetView(pageStyle, w.preview);
  const preparedDate = h('input', { id: 'prepared-date', class: 'input', attrs: { type: 'date' } });
  preparedDate.value = today();
  const preparedBy = h('input', {
    id: 'prepared-by',
    class: 'input',
    attrs: { type: 'text', autocomplete: 'organization' },
  });
  const fullSsn = h('input', { id: 'full-ssn', attrs: { type: 'checkbox' } });
  const print = h(
    'button',
    { id: 'print', class: 'button', attrs: { type: 'button', disabled: true } },
    w.print,
  );
  // The page's print style shows the worksheet alone (styles.css).
  print.addEventListener('click', () => window.print());
  let current: AllocationResult | null = null;

  const render = (result: AllocationResult | null) => {
    current = result;
    print.disabled = true;
    if (!result) {
      view.clear(w.empty);
      return;
    }
    let html: string;
    const options: Options = {
      format: 'html',
      lang: t.lang,
      preparedDate: preparedDate.value || today(),
      showFullSsn: fullSsn.checked,
      ...(preparedBy.value.trim() === '' ? {} : { preparedBy: preparedBy.value.trim() }),
    };
    try {
      html = renderWorksheet(result, options);
    } catch {
      // The answer beside the form stands; only the worksheet is missing.
      view.clear(w.failed);
      return;
    }
    view.show(html);
    print.disabled = false;
  };
  for (const control of [preparedDate, preparedBy]) {
    control.addEventListener('input', () => render(current));
  }
  fullSsn.addEventListener('change', () => render(current));

  const titleSlot = h('div', { class: 'title-slot' });
  const element = h(
    'section',
    {
      id: 'worksheet-section',
      class: 'card worksheet-section',
      attrs: { 'aria-labelledby': 'h-worksheet' },
    },
    h('h2', { id: 'h-worksheet' }, w.heading),
    h(
      'div',
      { class: 'worksheet-controls' },
      titleSlot,
      labelledControl('prepared-date', w.date, preparedDate),
      labelledControl('prepared-by', w.preparedBy, preparedBy),
      h(
        'label',
        { class: 'option', attrs: { for: 'full-ssn' } },
        fullSsn,
        h('span', {}, w.fullSsn),
      ),
      print,
    ),
    view.host,
  );
  return {
    element,
    titleSlot,
    render,
    settings: () => ({
      preparedDate: preparedDate.value,
      preparedBy: preparedBy.value,
      fullSsn: fullSsn.checked,
    }),
    restore(settings) {
      preparedDate.value = settings.preparedDate;
      preparedBy.value = settings.preparedBy;
      fullSsn.checked = settings.fullSsn;
    },
    dispose: () => pageStyle.remove(),
  };
}
