/**
 * "Fill the official Form 8379": the person chooses the fillable PDF they downloaded from IRS.gov,
 * the library fills it from the current result (`fillForm8379`, form8379/pdf) in this browser,
 * and the filled PDF is offered as a download. When the case cannot go on the form (the result's
 * `officialForm.blockers`) the reasons are shown here instead, each with the field that fixes it;
 * a wrong file is named for what the library found wrong with it, in the page's words, in an
 * alert.
 */
import type { AllocationResult } from '../../../src/index.js';
import type { OfficialFormBlocker } from '../../../src/official-form/model.js';
import { t } from '../i18n/index.js';
import { explainEfileRule } from '../messages.js';
import { h } from './dom.js';
import { download } from './files.js';

const o = t.officialForm;

/** A way to the field that fixes a blocker: its label and what moves the focus there. */
export interface FieldLink {
  readonly label: string;
  readonly go: () => void;
}

export interface OfficialFormSection {
  readonly element: HTMLElement;
  /** Shows whether `result` can be filled, or why not; `fieldFor` finds a case path's field. */
  render(result: AllocationResult | null, fieldFor: (path: string) => FieldLink | null): void;
}

/** The PDF filler, loaded the first time a form is filled (the build inlines it in the page). */
const loadFiller = () => import('../../../src/pdf/index.js');

/** Why the case cannot go on the form, in the page's words. */
function blockerText(b: OfficialFormBlocker, result: AllocationResult): string {
  switch (b.code) {
    case 'part-i-stop':
      return o.blockers.partIStop(result.eligibility.decidedAtLine);
    case 'earlier-revision':
      return o.blockers.earlierRevision(result.officialForm.taxYear);
    case 'line-10-order':
      return o.blockers.line10;
    default:
      return o.blockers.other;
  }
}

/** What is wrong with the chosen file (or a value that cannot go in its box), for the person. */
function fillError(error: unknown): string {
  const e = error as { problem?: string; label?: string; name?: string };
  if (e?.name === 'FieldValueError' && e.label !== undefined && e.problem !== undefined) {
    const say = (o.values as Record<string, ((label: string) => string) | undefined>)[e.problem];
    if (say) return say(e.label);
  }
  if (e?.name === 'OfficialFormError' && e.problem !== undefined) {
    return (o.problems as Record<string, string>)[e.problem] ?? o.problems.other;
  }
  return o.problems.other;
}

export function createOfficialFormSection(): OfficialFormSection {
  const fileInput = h('input', {
    id: 'official-form-file',
    class: 'file-input',
    attrs: {
      type: 'file',
      accept: 'application/pdf,.pdf',
      disabled: true,
      'aria-describedby': 'official-form-where official-form-ssn official-form-blocked',
    },
  });
  const blocked = h('div', {
    id: 'official-form-blocked',
    class: 'official-form-blocked',
    attrs: { 'aria-live': 'polite' },
  });
  const efile = h('div', { id: 'official-form-efile', class: 'notice', attrs: { hidden: true } });
  const status = h('div', { id: 'official-form-status', attrs: { role: 'status' } });
  const alert = h('div', {
    id: 'official-form-error',
    class: 'official-form-error',
    attrs: { role: 'alert' },
  });
  const element = h(
    'section',
    {
      id: 'official-form',
      class: 'card official-form-section',
      attrs: { 'aria-labelledby': 'h-official-form' },
    },
    h('h2', { id: 'h-official-form' }, o.heading),
    h(
      'p',
      { id: 'official-form-where' },
      o.where,
      h(
        'a',
        {
          class: 'url',
          attrs: { href: o.url, target: '_blank', rel: 'noopener noreferrer' },
        },
        o.url,
      ),
      o.whereAfter,
    ),
    h('div', { class: 'field' }, h('label', { attrs: { for: fileInput.id } }, o.input), fileInput),
    h('p', { id: 'official-form-ssn', class: 'help' }, h('strong', {}, o.private), o.privateText),
    blocked,
    efile,
    status,
    alert,
  );
  /** What the e-file region shows, so it is only rebuilt when it changes. */
  let efileShown = '';

  let current: AllocationResult | null = null;
  let busy = false;
  /** What the blocked region shows, so an unchanged reason is not announced again at each key. */
  let shown = '';

  const fillable = () => current !== null && current.officialForm.blockers.length === 0;

  const showStatus = (...children: (Node | string)[]) => status.replaceChildren(...children);
  const showError = (file: string, message: string) => {
    alert.replaceChildren(
      ...(message === '' ? [] : [h('p', {}, h('strong', {}, o.couldNotFill(file)), message)]),
    );
  };

  async function fill(file: File): Promise<void> {
    const result = current;
    if (result === null || !fillable()) return;
    // The input stays enabled (and focused, for a keyboard user); a file chosen meanwhile waits
    // for no one: it is ignored.
    busy = true;
    showError('', '');
    showStatus(o.filling(file.name));
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { fillForm8379 } = await loadFiller();
      const filled = await fillForm8379(result, bytes);
      const name = `form-8379-${result.officialForm.taxYear}-filled.pdf`;
      // A copy in a plain ArrayBuffer, as a Blob takes it.
      download(name, new Uint8Array(filled), 'application/pdf');
      showStatus(h('strong', {}, o.filled(name)), o.filledAfter);
    } catch (error) {
      showStatus('');
      // What is wrong with the file and where the right form is, never a stack.
      showError(file.name, fillError(error));
    } finally {
      busy = false;
    }
  }

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    // The same file can be chosen again after the case changed.
    fileInput.value = '';
    if (file && !busy) void fill(file);
  });

  return {
    element,
    render(result, fieldFor) {
      const before = current;
      current = result;
      fileInput.disabled = !fillable();
      // The e-file pre-flight's failures (not when the form is filed by itself: it is mailed).
      const fails =
        result === null || result.officialForm.filedWith === 'alone'
          ? []
          : result.efile.filter((c) => c.status === 'fails');
      const texts = [...new Set(fails.map((c) => explainEfileRule(c.id, c.detail).text))];
      if (texts.join('\n') !== efileShown) {
        efileShown = texts.join('\n');
        efile.hidden = texts.length === 0;
        efile.replaceChildren(
          ...(texts.length === 0
            ? []
            : [
                h('p', {}, h('strong', {}, o.efileFails)),
                h('ul', {}, ...texts.map((text) => h('li', {}, text))),
              ]),
        );
      }
      // A filled PDF or an error was about the case as it was: a changed case clears them.
      if (before !== null && result !== before) {
        showStatus('');
        showError('', '');
      }
      let key: string;
      let children: Node[];
      if (result === null) {
        key = 'no-result';
        children = [h('p', {}, o.finishFirst)];
      } else if (result.officialForm.blockers.length === 0) {
        key = '';
        children = [];
      } else {
        const blockers = result.officialForm.blockers;
        const links = blockers.map((b) => (b.path === undefined ? null : fieldFor(b.path)));
        key = blockers.map((b, i) => `${b.code}:${b.message}:${links[i]?.label ?? ''}`).join('\n');
        children = [
          h('p', {}, h('strong', {}, o.blocked)),
          h(
            'ul',
            {},
            ...blockers.map((b, i) => {
              const link = links[i];
              const item = h('li', {}, blockerText(b, result));
              if (link && b.path !== undefined) {
                const path = b.path;
                const go = h(
                  'button',
                  { class: 'link', attrs: { type: 'button' } },
                  o.go(link.label),
                );
                // The field as it is when clicked: the form may have been built again since.
                go.addEventListener('click', () => fieldFor(path)?.go());
                item.append(' ', go);
              }
              return item;
            }),
          ),
        ];
      }
      if (key === shown) return;
      shown = key;
      blocked.classList.toggle('notice', key !== '' && key !== 'no-result');
      blocked.replaceChildren(...children);
    },
  };
}
