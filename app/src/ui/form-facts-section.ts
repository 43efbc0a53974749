/**
 * What the official form asks besides the figures (`form8379` and two facts of `jointReturn`,
 * docs/case-format.md): how Form 8379 is filed, line 11, line 12 (a U.S. or foreign address),
 * Part IV when it is filed by itself, and the two facts the e-file rules read. All optional; it
 * sits just before "Fill the official Form 8379".
 */
import { t } from '../i18n/index.js';
import {
  EFILE_BLOCKING_FORMS,
  FILING_MODES,
  FOREIGN_ADDRESS_KEYS,
  PREPARER_TEXT_KEYS,
  RETURN_ADDRESS_PLACES,
  US_ADDRESS_KEYS,
  emptyPreparer,
  type AddressFields,
  type FormState,
} from '../form-state.js';
import { h } from './dom.js';
import { checkboxField, choiceField, textField } from './fields.js';
import type { FormContext, Section } from './section.js';

const x = t.formFacts;

function addressFields(ctx: FormContext): HTMLElement[] {
  const a = ctx.state.form8379.mailingAddress;
  const labels: Record<keyof Omit<AddressFields, 'kind'>, string> = {
    street: x.address.street,
    city: x.address.city,
    state: x.address.state,
    zip: x.address.zip,
    province: x.address.province,
    postalCode: x.address.postalCode,
    country: x.address.country,
  };
  const keys = [...new Set([...US_ADDRESS_KEYS, ...FOREIGN_ADDRESS_KEYS])];
  return keys.map(
    (k) =>
      textField(ctx, {
        key: `form8379.mailingAddress.${k}`,
        label: labels[k],
        value: a[k],
        set: (v) => (a[k] = v),
        applies: () =>
          a.kind !== '' &&
          (a.kind === 'us'
            ? (US_ADDRESS_KEYS as readonly string[])
            : (FOREIGN_ADDRESS_KEYS as readonly string[])
          ).includes(k),
      }).element,
  );
}

function preparerFields(ctx: FormContext): HTMLElement[] {
  const f = ctx.state.form8379;
  const labels = x.preparer;
  const help: Partial<Record<string, string>> = {
    ptin: labels.ptinHelp,
    firmEin: labels.firmEinHelp,
    phone: x.phoneHelp,
  };
  const applies = () => f.preparer !== null;
  const texts = PREPARER_TEXT_KEYS.map(
    (k) =>
      textField(ctx, {
        key: `form8379.preparer.${k}`,
        label: labels[k],
        value: f.preparer?.[k] ?? '',
        set: (v) => {
          f.preparer ??= emptyPreparer();
          f.preparer[k] = v;
        },
        kind: k === 'name' ? 'name' : 'text',
        applies,
        ...(help[k] ? { help: help[k] } : {}),
      }).element,
  );
  const self = checkboxField(ctx, {
    key: 'form8379.preparer.selfEmployed',
    label: labels.selfEmployed,
    checked: f.preparer?.selfEmployed ?? false,
    set: (v) => {
      f.preparer ??= emptyPreparer();
      f.preparer.selfEmployed = v;
    },
    applies,
  }).element;
  return [...texts.slice(0, 2), self, ...texts.slice(2)];
}

export function formFactsSection(ctx: FormContext): Section {
  const { state } = ctx;
  const f = state.form8379;
  const given = () => (f.given = true);
  const partIVApplies = () => f.filedWith === 'alone' || f.phone !== '' || f.preparer !== null;

  const efile = h(
    'details',
    { class: 'subsection', id: 'efile-facts' },
    h('summary', {}, x.efile),
    h('p', { class: 'help' }, x.efileIntro),
    choiceField(ctx, {
      key: 'jointReturn.address',
      legend: x.returnAddress,
      value: state.returnAddress,
      options: RETURN_ADDRESS_PLACES.map((p) => [p, x.returnAddressOptions[p]] as const),
      set: (v) => (state.returnAddress = v as FormState['returnAddress']),
    }).element,
    choiceField(ctx, {
      key: 'jointReturn.efileBlockingForms',
      legend: x.hasForms,
      value: state.efileFormsAnswer,
      options: [
        ['no', x.hasFormsOptions.no],
        ['yes', x.hasFormsOptions.yes],
      ],
      inline: true,
      set: (v) => (state.efileFormsAnswer = v as FormState['efileFormsAnswer']),
    }).element,
    h(
      'fieldset',
      { class: 'field', id: 'efile-forms' },
      h('legend', {}, x.whichForms),
      ...EFILE_BLOCKING_FORMS.map(
        (form) =>
          checkboxField(ctx, {
            key: `efileForms.${form}`,
            label: x.forms[form],
            checked: state.efileForms.includes(form),
            set: (v) => {
              state.efileForms = state.efileForms.filter((g) => g !== form);
              if (v) state.efileForms.push(form);
            },
            applies: () => state.efileFormsAnswer === 'yes',
          }).element,
      ),
    ),
  );
  efile.open = state.returnAddress !== '' || state.efileFormsAnswer !== '';
  const formsBox = efile.querySelector<HTMLElement>('#efile-forms');

  const partIV = h(
    'fieldset',
    { class: 'subsection', id: 'part-iv' },
    h('legend', {}, x.partIV),
    textField(ctx, {
      key: 'form8379.phone',
      label: x.phone,
      help: x.phoneHelp,
      value: f.phone,
      set: (v) => {
        given();
        f.phone = v;
      },
      kind: 'text',
      autocomplete: 'tel',
    }).element,
    checkboxField(ctx, {
      key: 'form8379.preparer',
      label: x.hasPreparer,
      checked: f.preparer !== null,
      set: (v) => {
        given();
        f.preparer = v ? (f.preparer ?? emptyPreparer()) : null;
      },
    }).element,
    ...preparerFields(ctx),
  );

  const element = h(
    'section',
    { class: 'card', id: 'form-facts', attrs: { 'aria-labelledby': 'h-form-facts' } },
    h('h2', { id: 'h-form-facts' }, x.heading),
    h('p', { class: 'help' }, x.intro),
    choiceField(ctx, {
      key: 'form8379.filedWith',
      legend: x.filedWith,
      help: x.filedWithHelp,
      value: f.filedWith,
      options: FILING_MODES.map((m) => [m, x.filedWithOptions[m]] as const),
      set: (v) => {
        given();
        f.filedWith = v as FormState['form8379']['filedWith'];
      },
    }).element,
    checkboxField(ctx, {
      key: 'form8379.refundInBothNames',
      label: x.line11,
      checked: f.refundInBothNames,
      set: (v) => {
        given();
        f.refundInBothNames = v;
      },
    }).element,
    choiceField(ctx, {
      key: 'form8379.mailingAddress',
      legend: x.line12,
      value: f.mailingAddress.kind,
      options: [
        ['', x.line12Options.none],
        ['us', x.line12Options.us],
        ['foreign', x.line12Options.foreign],
      ],
      set: (v) => {
        given();
        f.mailingAddress.kind = v as AddressFields['kind'];
      },
    }).element,
    h('div', { class: 'grid' }, ...addressFields(ctx)),
    partIV,
    efile,
  );
  return {
    element,
    update() {
      partIV.hidden = !partIVApplies();
      if (formsBox) formsBox.hidden = state.efileFormsAnswer !== 'yes';
    },
  };
}
