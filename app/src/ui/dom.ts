/**
 * A small element builder. Text is always set as text (`textContent`), never parsed as HTML, so
 * whatever a user typed or a file held cannot become markup. Words of the catalogue marked
 * English inside another language (the official form's labels, i18n/marks.ts) are shown in a
 * `<span lang="en">`; in an attribute, the marks are dropped.
 */
import { hasEnglish, languageParts, unmarked } from '../i18n/marks.js';

export type Child = Node | string | null | undefined | false;

export interface Props {
  readonly class?: string;
  readonly id?: string;
  /** Attributes, set as given; `false` and `undefined` leave one out, `true` sets it empty. */
  readonly attrs?: Readonly<Record<string, string | boolean | undefined>>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.id) el.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, unmarked(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child !== 'string') parent.appendChild(child);
    else if (!hasEnglish(child)) parent.appendChild(document.createTextNode(child));
    else
      for (const part of languageParts(child)) {
        if (!part.english) parent.appendChild(document.createTextNode(part.text));
        else {
          const span = document.createElement('span');
          span.lang = 'en';
          span.textContent = part.text;
          parent.appendChild(span);
        }
      }
  }
}

/** An element id from a field key (`items.7.amount` → `f-items-7-amount`). */
export function fieldId(key: string, suffix = ''): string {
  return `f-${key.replace(/[^A-Za-z0-9]+/g, '-')}${suffix === '' ? '' : `-${suffix}`}`;
}
