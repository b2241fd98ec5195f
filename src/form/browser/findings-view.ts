/// <reference lib="dom" />
import type { Diagnostic } from '../../core/diagnostics.js';
import { diagnosticHint, diagnosticMessage } from '../../i18n/diagnostic-messages.js';
import { fieldsOf } from './check.js';
import { fieldId, h, messageId } from './dom.js';

/**
 * "Not filled in yet" is said at a field only once the person has been there (or has tried to save):
 * a fresh form is not a page of errors. The list under the save button names every finding.
 */
const EMPTY_CODES: ReadonlySet<string> = new Set(['empty-value', 'schema-required', 'summary-empty', 'task-missing']);
/** Hints that tell how to edit the YAML text; the form writes the text itself. */
const TEXT_HINTS: ReadonlySet<string> = new Set(['empty-value', 'schema-required']);

export interface FindingsView {
  /** Field keys on the page (data-field). */
  known: ReadonlySet<string>;
  visited: ReadonlySet<string>;
  saveTried: boolean;
  list: HTMLElement;
}

/** Puts each finding, in validate's words, next to the fields it concerns and in the list; returns the errors' count. */
export function drawFindings(diagnostics: readonly Diagnostic[], view: FindingsView): number {
  for (const el of document.querySelectorAll('.msgs')) el.replaceChildren();
  for (const el of document.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  const items: HTMLElement[] = [];
  let errors = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    const text = diagnosticMessage(d, 'vi');
    const hint = TEXT_HINTS.has(d.code) ? '' : diagnosticHint(d, 'vi');
    const keys = fieldsOf(d, view.known);
    const quiet = EMPTY_CODES.has(d.code) && !view.saveTried;
    for (const key of keys) {
      if (quiet && !view.visited.has(key)) continue;
      document
        .getElementById(messageId(key))
        ?.append(
          h(
            'p',
            { class: `msg ${d.severity}` },
            h('strong', {}, d.severity === 'error' ? 'Lỗi: ' : 'Lưu ý: '),
            text,
            hint ? h('span', { class: 'hint' }, ` ${hint}`) : undefined,
          ),
        );
      if (d.severity === 'error') document.getElementById(fieldId(key))?.setAttribute('aria-invalid', 'true');
    }
    items.push(h('li', { class: d.severity }, findingLink(text, keys[0])));
  }
  view.list.replaceChildren(...items);
  return errors;
}

/** A finding in the list: following it puts the cursor in its field. */
function findingLink(text: string, key: string | undefined): HTMLElement {
  const link = h('a', { href: key ? `#${fieldId(key)}` : '#' }, text);
  link.addEventListener('click', (e) => {
    e.preventDefault();
    if (!key) return;
    const target =
      document.getElementById(fieldId(key)) ?? document.querySelector<HTMLElement>(`[data-field="${key}"]`);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  });
  return link;
}
