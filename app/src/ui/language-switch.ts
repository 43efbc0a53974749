/**
 * The language switch at the top of the page (issue 22): English or Español, a radio group whose
 * options are each named in their own language (with its `lang`), and beside it the opt-in
 * "Remember my language on this computer", which works as "Remember this case" does: nothing is
 * stored unless the person ticks it, unticking deletes the stored choice, and where the browser
 * refuses storage the box stays unticked with a message. The switch is built once and kept (the
 * page builds everything else again after a switch), so the focus stays on it.
 */
import { LANGS, t, type Lang } from '../i18n/index.js';
import { h } from './dom.js';
import { forgetLanguage, rememberLanguage } from './files.js';

export interface LanguageSwitch {
  readonly element: HTMLElement;
  /** Calls `change` with the language the person chose. */
  onChange(change: (lang: Lang) => void): void;
  /** Puts the switch's own words in the page's language (after `setLanguage`). */
  relabel(): void;
}

export function createLanguageSwitch(current: Lang, remembered: boolean): LanguageSwitch {
  const legend = h('legend', { class: 'language-legend' });
  const radios = LANGS.map((lang) =>
    h('input', {
      id: `language-${lang}`,
      attrs: { type: 'radio', name: 'language', value: lang },
    }),
  );
  const names = LANGS.map((lang) => h('span', { attrs: { lang } }));
  radios.forEach((radio, i) => (radio.checked = LANGS[i] === current));
  const box = h('input', {
    id: 'remember-language',
    attrs: { type: 'checkbox', 'aria-describedby': 'remember-language-help' },
  });
  box.checked = remembered;
  const boxLabel = h('span', {});
  const help = h('p', { id: 'remember-language-help', class: 'help' });
  const status = h('p', {
    id: 'language-status',
    class: 'language-status',
    attrs: { 'aria-live': 'polite' },
  });
  /** The status in the words of the language it was said in, said again after a switch. */
  let said: (() => { text: string; problem: boolean }) | null = null;
  const say = (what: typeof said) => {
    said = what;
    const s = what?.();
    status.textContent = s?.text ?? '';
    status.classList.toggle('language-status-problem', s?.problem ?? false);
  };
  const element = h(
    'div',
    { class: 'language-bar', id: 'language-bar' },
    h(
      'fieldset',
      { class: 'language-switch' },
      legend,
      h(
        'div',
        { class: 'options' },
        ...radios.map((radio, i) =>
          h('label', { class: 'option', attrs: { for: radio.id } }, radio, names[i] ?? null),
        ),
      ),
    ),
    h(
      'div',
      { class: 'language-remember' },
      h('label', { class: 'option', attrs: { for: box.id } }, box, boxLabel),
      help,
      status,
    ),
  );
  const chosen = (): Lang => (radios.find((r) => r.checked)?.value === 'es' ? 'es' : 'en');

  box.addEventListener('change', () => {
    if (!box.checked) {
      forgetLanguage();
      say(() => ({ text: t.language.forgotten, problem: false }));
    } else if (rememberLanguage(chosen())) {
      say(() => ({ text: t.language.remembered, problem: false }));
    } else {
      box.checked = false;
      say(() => ({ text: t.language.cannotRemember, problem: true }));
    }
  });

  const relabel = () => {
    legend.textContent = t.language.legend;
    LANGS.forEach((lang, i) => {
      const name = names[i];
      if (name) name.textContent = t.language.names[lang];
    });
    boxLabel.textContent = t.language.remember;
    help.textContent = t.language.rememberHelp;
    say(said);
  };
  relabel();

  return {
    element,
    onChange(change) {
      for (const radio of radios)
        radio.addEventListener('change', () => {
          if (!radio.checked) return;
          const lang = chosen();
          // A remembered language follows the person's choice.
          if (box.checked && !rememberLanguage(lang)) box.checked = false;
          change(lang);
        });
    },
    relabel,
  };
}
