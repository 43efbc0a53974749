/**
 * "What happened after you filed" (issue 21, item 5): what the offset notice, the IRS notice and
 * the bank say, each field named as on the document (docs/check.md), and the day Form 8379 was
 * filed; then the library's check of them against the estimate (`result.check`, with today as
 * `asOf`, given by the page) and "Print the letter" for the letter the check names, drafted by the
 * library's `renderLetter` from the addresses typed here (yours, the IRS notice's, the agency's;
 * one line of the address a line of a text area, written as the case's lists of lines) and printed
 * alone. Nothing leaves the page.
 */
import {
  checkSentences,
  DEBT_TYPES,
  renderLetter,
  type AllocationResult,
} from '../../../src/index.js';
import { t, type Lang } from '../i18n/index.js';
import { IRS_NOTICE_KINDS, ISSUED_TO, type AfterFilingFields, type Answer } from '../form-state.js';
import { h } from './dom.js';
import { choiceField, textField } from './fields.js';
import type { FormContext, PageView, Section } from './section.js';
import { createWorksheetView } from './worksheet-view.js';

const x = t.afterFiling;

/**
 * A check's explanation (with its figures), which the library writes in English for the
 * reviewer: in a page of another language it is marked English, so a screen reader reads it so.
 */
const fromLibrary = (sentence: string): Node | string =>
  t.lang === 'en' ? sentence : h('span', { attrs: { lang: 'en' } }, sentence);

/** The letter's options, in the page's language (the library's `lang`, issue 22). */
type LetterOptions = Parameters<typeof renderLetter>[1] & { lang: Lang };
type TextKey = {
  [K in keyof AfterFilingFields]: AfterFilingFields[K] extends string ? K : never;
}[keyof AfterFilingFields] &
  string;

export function afterFilingSection(ctx: FormContext, today: () => string): Section {
  const a = ctx.state.afterFiling;
  const text = (
    key: TextKey,
    label: string,
    kind: 'amount' | 'date' | 'text' = 'amount',
    help?: string,
    rows?: number,
  ) =>
    textField(ctx, {
      key: `afterFiling.${key}`,
      label,
      value: a[key],
      set: (v) => {
        a.given = true;
        (a as unknown as Record<string, string>)[key] = v;
      },
      kind,
      ...(help ? { help } : {}),
      ...(rows ? { rows } : {}),
    }).element;
  const choice = (key: TextKey, legend: string, options: readonly (readonly [string, string])[]) =>
    choiceField(ctx, {
      key: `afterFiling.${key}`,
      legend,
      value: a[key],
      options,
      set: (v) => {
        a.given = true;
        (a as unknown as Record<string, string>)[key] = v;
      },
    }).element;
  const group = (legend: string, ...children: HTMLElement[]) =>
    h('fieldset', { class: 'subsection' }, h('legend', {}, legend), ...children);
  /** An address typed one line of it a line: the case's list of lines. */
  const address = (key: TextKey, label: string, help: string) => text(key, label, 'text', help, 4);

  const check = h('div', { id: 'after-filing-check', attrs: { 'aria-live': 'polite' } });
  const print = h(
    'button',
    { id: 'print-letter', class: 'button', attrs: { type: 'button', hidden: true } },
    x.printLetter,
  );
  // The letter prints alone, from its own place at the end of the page (the form does not
  // print); a form built again replaces it.
  document.getElementById('letter-page')?.remove();
  document.getElementById('letter-print')?.remove();
  const letterStyle = h('style', { id: 'letter-page' });
  document.head.append(letterStyle);
  const letter = createWorksheetView(letterStyle, x.letterTitle, 'letter');
  letter.host.hidden = true;
  document.body.append(h('div', { id: 'letter-print' }, letter.host));
  print.addEventListener('click', () => {
    document.body.classList.add('printing-letter');
    window.print();
  });

  let shown: AllocationResult | null | undefined;
  const render = (result: AllocationResult | null) => {
    if (result === shown) return;
    shown = result;
    const c = result?.check;
    if (!result || !c) {
      check.replaceChildren(h('p', { class: 'help' }, x.checkEmpty));
      print.hidden = true;
      letter.host.hidden = true;
      return;
    }
    // The lead and the next steps in the page's language (the library's catalogue); each check's
    // explanation is the reviewer's, in English.
    const words = checkSentences(result, t.lang) ?? { lead: [], nextSteps: [] };
    check.replaceChildren(
      h('h3', {}, x.check),
      ...words.lead.map((line) => h('p', { class: 'headline' }, line)),
      h(
        'ul',
        { class: 'checks' },
        ...c.checks.map((item) =>
          h(
            'li',
            { attrs: { 'data-class': item.class } },
            h('strong', {}, `${x.checkTitles[item.rule] ?? item.title}: `),
            h('span', { class: 'check-class' }, x.classes[item.class] ?? item.class),
            ' ',
            fromLibrary(item.explanation),
          ),
        ),
      ),
      ...(words.nextSteps.length === 0
        ? []
        : [
            h('h3', {}, x.nextSteps),
            h('ol', {}, ...words.nextSteps.map((s) => h('li', {}, s.text))),
          ]),
    );
    const which = c.letters[0];
    let html: string | null = null;
    if (which !== undefined) {
      try {
        const options: LetterOptions = {
          letter: which,
          format: 'html',
          date: today(),
          lang: t.lang,
        };
        html = renderLetter(result, options);
      } catch {
        html = null;
        check.append(h('p', { class: 'help' }, x.letterFailed));
      }
    }
    print.hidden = html === null;
    letter.host.hidden = html === null;
    if (html !== null) letter.show(html);
  };

  const element = h(
    'section',
    { class: 'card', id: 'after-filing', attrs: { 'aria-labelledby': 'h-after-filing' } },
    h('h2', { id: 'h-after-filing' }, x.heading),
    h('p', { class: 'help' }, x.intro),
    h(
      'details',
      { class: 'subsection', attrs: { open: a.given } },
      h('summary', {}, x.own),
      text('filedDate', x.filedDate, 'date', x.filedDateHelp),
      choice('efiled', x.efiled, [
        ['yes', t.partI.yes],
        ['no', t.partI.no],
      ] satisfies (readonly [Answer, string])[]),
      group(
        x.offsetNotice,
        text('noticeDate', x.noticeDate, 'date'),
        text('originalRefund', x.originalRefund),
        text('offsetAmount', x.offsetAmount),
        choice(
          'offsetDebtType',
          x.offsetDebtType,
          DEBT_TYPES.map((d) => [d, t.debts.types[d]] as const),
        ),
        text('offsetAgency', x.offsetAgency, 'text'),
        text('offsetFee', x.offsetFee),
      ),
      group(
        x.irsNotice,
        choice(
          'irsKind',
          x.irsKind,
          IRS_NOTICE_KINDS.map((k) => [k, x.irsKinds[k]] as const),
        ),
        text('irsDate', x.irsDate, 'date'),
        text('irsOverpayment', x.irsOverpayment),
        text('irsAppliedToTax', x.irsAppliedToTax),
        text('irsInterest', x.irsInterest),
        text('irsRefund', x.irsRefund),
      ),
      group(
        x.bank,
        text('receivedAmount', x.receivedAmount),
        text('receivedDate', x.receivedDate, 'date'),
        choice(
          'receivedIssuedTo',
          x.receivedIssuedTo,
          ISSUED_TO.map((k) => [k, x.issuedTo[k]] as const),
        ),
      ),
      group(
        x.addresses,
        h('p', { class: 'help' }, x.addressesHelp),
        address('senderAddress', x.senderAddress, x.senderAddressHelp),
        address('irsAddress', x.irsAddress, x.irsAddressHelp),
        address('offsetAddress', x.offsetAddress, x.offsetAddressHelp),
      ),
    ),
    check,
    print,
  );
  return {
    element,
    update(view: PageView) {
      render(view.evaluation.result);
    },
  };
}
