/**
 * The library's HTML worksheet shown inside the page, and printed alone.
 *
 * The worksheet is a whole page with its own stylesheet, written for `html` and `body`. It goes
 * into a shadow root, so its styles and the app's do not touch each other; its `html` and `body`
 * rules are pointed at two wrapper elements, and its `@page` rules (ignored inside a shadow root)
 * are lifted to the document, so printing the app prints the worksheet as the CLI's HTML prints.
 * The HTML is the library's, whose user text is already escaped; it is parsed by DOMParser (an
 * inert document: nothing in it runs) and its nodes moved in.
 */
import { h } from './dom.js';

/** `html` and `body` type selectors in a selector list, pointed at the wrappers. */
function retarget(selector: string): string {
  return selector
    .replace(/(^|[\s>+~,(])html(?![\w-])/g, '$1.ws-html')
    .replace(/(^|[\s>+~,(])body(?![\w-])/g, '$1.ws-body');
}

/** Rewrites the sheet's rules in place; returns the text of its `@page` rules, removed. */
function scope(rules: CSSRuleList, pageRules: string[]): void {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (rule instanceof CSSPageRule) {
      pageRules.unshift(rule.cssText);
      if (rule.parentRule instanceof CSSGroupingRule) rule.parentRule.deleteRule(i);
      else rule.parentStyleSheet?.deleteRule(i);
    } else if (rule instanceof CSSStyleRule) {
      rule.selectorText = retarget(rule.selectorText);
    } else if (rule instanceof CSSGroupingRule) {
      scope(rule.cssRules, pageRules);
    }
  }
}

export interface WorksheetView {
  /** The element the worksheet is shown in (also what prints). */
  readonly host: HTMLElement;
  show(html: string): void;
  clear(message: string): void;
}

/**
 * On screen the worksheet keeps the layout of its printed page (its tables squeezed into a phone's
 * width would be many times taller and unreadable) and is scaled down to the width there is, as a
 * page preview: nothing is cut off and nothing scrolls sideways. Printed, it is its own size.
 */
const PAGE_WIDTH_PX = 720; // 7.5in, the printed page's text width
const SCREEN_WIDTH = `@media screen { .ws-html { width: ${PAGE_WIDTH_PX}px; zoom: var(--ws-zoom, 1); } }`;

export function createWorksheetView(
  pageStyle: HTMLStyleElement,
  label: string,
  id = 'worksheet',
): WorksheetView {
  const host = h('div', {
    id,
    class: 'worksheet-host',
    attrs: { role: 'region', 'aria-label': label },
  });
  const root = host.attachShadow({ mode: 'open' });
  const fit = () => {
    const style = getComputedStyle(host);
    const room = host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const zoom = room > 0 ? Math.min(1, room / PAGE_WIDTH_PX) : 1;
    host.style.setProperty('--ws-zoom', zoom.toFixed(4));
  };
  new ResizeObserver(fit).observe(host);
  const screen = new CSSStyleSheet();
  screen.replaceSync(SCREEN_WIDTH);
  return {
    host,
    show(html) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const sheet = new CSSStyleSheet();
      sheet.replaceSync([...doc.querySelectorAll('style')].map((s) => s.textContent).join('\n'));
      const pageRules: string[] = [];
      scope(sheet.cssRules, pageRules);
      pageStyle.textContent = pageRules.join('\n');
      root.adoptedStyleSheets = [sheet, screen];
      // An article: the worksheet's <header> and <footer> are its own, not the page's landmarks.
      const body = h('article', { class: 'ws-body' });
      body.append(...[...doc.body.childNodes].map((n) => document.adoptNode(n)));
      root.replaceChildren(h('div', { class: 'ws-html' }, body));
    },
    clear(message) {
      root.adoptedStyleSheets = [];
      root.replaceChildren(h('p', { class: 'ws-empty' }, message));
    },
  };
}
