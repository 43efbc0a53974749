/**
 * Form 8379 Part I in the form's own words: line 1 (the tax year), lines 2 to 4 with the stop
 * beside them, line 5 and the community property block it opens, and lines 6 to 9, which the
 * lines of the return answer unless the person does.
 */
import { COMMUNITY_PROPERTY_STATES } from '../../../src/index.js';
import { t } from '../i18n/index.js';
import { PART_I_FIELDS, type Answer, type FormState, type PartIField } from '../form-state.js';
import { fieldId, h } from './dom.js';
import { checkboxField, choiceField, type Options } from './fields.js';
import type { FieldView, FormContext, PageView, Section } from './section.js';
import { textField } from './fields.js';

/** Yes and No, in the page's language as it is when a form is built. */
const yesNo = (): Options => [
  ['yes', t.partI.yes],
  ['no', t.partI.no],
];

const answerSetter =
  (state: FormState, field: PartIField) =>
  (value: string): void => {
    state.partI[field] = value as Answer;
  };

/** The community property states, ticked in the order chosen (the case lists them so). */
function communityBlock(ctx: FormContext): { element: HTMLElement; sync: () => void } {
  const { state } = ctx;
  const key = 'communityProperty.states';
  const boxes = COMMUNITY_PROPERTY_STATES.map((code) => {
    const box = h('input', {
      id: fieldId(key, code),
      attrs: { type: 'checkbox', value: code, 'aria-describedby': fieldId(key, 'error') },
    });
    box.addEventListener('change', () =>
      ctx.edit(key, () => {
        const cp = (state.communityProperty ??= { states: [], wholeYear: true });
        cp.states = box.checked
          ? [...cp.states.filter((s) => s !== code), code]
          : cp.states.filter((s) => s !== code);
      }),
    );
    return box;
  });
  const error = h('p', {
    id: fieldId(key, 'error'),
    class: 'field-error',
    attrs: { 'aria-live': 'polite' },
  });
  let shown = '';
  ctx.register({
    key,
    label: () => t.partI.states,
    element: error,
    get focusTarget() {
      return boxes.find((b) => b.checked) ?? boxes[0]!;
    },
    error,
    controls: boxes,
    filled: () => true,
    applies: () => state.communityProperty !== null,
    showMessages(messages) {
      const text = messages.join('\n');
      if (text === shown) return;
      shown = text;
      error.replaceChildren(...messages.map((m) => h('span', {}, m)));
      for (const b of boxes) {
        if (text !== '') b.setAttribute('aria-invalid', 'true');
        else b.removeAttribute('aria-invalid');
      }
    },
  });
  const wholeYear = checkboxField(ctx, {
    key: 'communityProperty.wholeYear',
    label: t.partI.wholeYear,
    checked: state.communityProperty?.wholeYear ?? true,
    set: (v) => {
      if (state.communityProperty) state.communityProperty.wholeYear = v;
    },
    help: t.partI.wholeYearHelp,
  });
  const element = h(
    'div',
    { class: 'community', id: 'community-property' },
    h(
      'fieldset',
      { class: 'field choice' },
      h('legend', {}, t.partI.states),
      h(
        'div',
        { class: 'options options-grid' },
        ...COMMUNITY_PROPERTY_STATES.map((code, i) =>
          h(
            'label',
            { class: 'option' },
            boxes[i] ?? null,
            h('span', {}, `${t.partI.stateName[code]} (${code})`),
          ),
        ),
      ),
      error,
    ),
    wholeYear.element,
    h('p', { class: 'help' }, t.partI.characterHelp),
  );
  return {
    element,
    sync() {
      const cp = state.communityProperty;
      element.hidden = cp === null;
      boxes.forEach((box, i) => {
        box.checked = cp?.states.includes(COMMUNITY_PROPERTY_STATES[i]!) ?? false;
      });
      (wholeYear.focusTarget as HTMLInputElement).checked = cp?.wholeYear ?? true;
    },
  };
}

export function partISection(ctx: FormContext): Section {
  const { state } = ctx;
  const q = t.partI.questions;
  const question = (field: PartIField): FieldView =>
    choiceField(ctx, {
      key: `partI.${field}`,
      legend: q[field],
      value: state.partI[field],
      options: yesNo(),
      set: answerSetter(state, field),
      inline: true,
    });
  const year = textField(ctx, {
    key: 'taxYear',
    label: t.partI.taxYear,
    help: t.partI.taxYearHelp,
    value: state.taxYear,
    set: (v) => (state.taxYear = v.trim()),
    kind: 'year',
  });
  const stop = h('div', {
    id: 'part-i-stop',
    class: 'notice stop',
    attrs: { 'aria-live': 'polite' },
  });
  const line5 = choiceField(ctx, {
    key: 'partI.communityPropertyResident',
    legend: q.communityPropertyResident,
    // Not answered (a new case, a file without it): what the community property block says.
    value:
      state.partI.communityPropertyResident || (state.communityProperty === null ? 'no' : 'yes'),
    options: yesNo(),
    inline: true,
    set: (v) => {
      state.partI.communityPropertyResident = v as Answer;
      if (v === 'yes') state.communityProperty ??= { states: [], wholeYear: true };
      else state.communityProperty = null;
    },
  });
  const community = communityBlock(ctx);
  const fromItems: Options = [['', t.partI.fromItems], ...yesNo()];
  const derived = PART_I_FIELDS.slice(4).map((field) =>
    choiceField(ctx, {
      key: `partI.${field}`,
      legend: q[field],
      value: state.partI[field],
      options: fromItems,
      set: answerSetter(state, field),
      inline: true,
    }),
  );
  let stopShown = '';
  return {
    element: h(
      'section',
      { class: 'card', id: 'part-i', attrs: { 'aria-labelledby': 'h-part1' } },
      h('h2', { id: 'h-part1' }, t.partI.heading),
      h('p', { class: 'help' }, t.partI.intro),
      year.element,
      question('jointReturn').element,
      question('debtOwedOnlyBySpouse').element,
      question('injuredLegallyObligated').element,
      stop,
      line5.element,
      community.element,
      h(
        'details',
        { class: 'derived' },
        h('summary', {}, t.partI.derivedSummary),
        h('p', { class: 'help' }, t.partI.derivedHelp),
        ...derived.map((d) => d.element),
      ),
    ),
    update(view: PageView) {
      community.sync();
      // Beside the questions only a stop on lines 2 to 4, the person's own answers; a stop the
      // lines of the return decide is in the answer.
      const s = view.evaluation.stop;
      const early = s !== null && s.line <= 4 ? s : null;
      const key = early ? `${early.line}:${early.reason}` : '';
      if (key === stopShown) return;
      stopShown = key;
      stop.replaceChildren(
        ...(early
          ? [
              h('strong', {}, t.partI.stopTitle(early.line)),
              t.stops[early.reason],
              ' ',
              t.partI.restHidden,
            ]
          : []),
      );
    },
  };
}
