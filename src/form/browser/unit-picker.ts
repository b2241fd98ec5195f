/// <reference lib="dom" />
import { fold } from '../../core/suggest.js';
import type { Unit } from '../../core/units.js';
import { h } from './dom.js';

const MAX_SHOWN = 12;

/**
 * The unit, found by typing part of its name with or without diacritics ("bach dang", "Bạch Đằng")
 * or its id. Arrow keys move in the list; Enter or Tab takes the highlighted unit.
 */
export function unitPicker(
  units: readonly Unit[],
  onPick: (unit: Unit) => void,
): { element: HTMLElement; show: (unit: Unit | undefined) => void } {
  const folded = units.map((u) => ({ unit: u, key: `${fold(u.name)} ${fold(u.id)}` }));
  const input = h('input', {
    id: 'f-unit',
    type: 'text',
    role: 'combobox',
    autocomplete: 'off',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'unit-list',
    'aria-describedby': 'f-unit-msg',
    placeholder: 'Gõ tên đơn vị, có dấu hay không dấu đều được',
  });
  const list = h('ul', { id: 'unit-list', role: 'listbox', class: 'listbox', hidden: true });
  let matches: Unit[] = [];
  let active = 0;

  const draw = () => {
    list.replaceChildren(
      ...matches.map((u, i) => {
        const li = h(
          'li',
          { id: `unit-opt-${i}`, role: 'option', 'aria-selected': i === active ? 'true' : 'false' },
          u.name,
        );
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          pick(u);
        });
        return li;
      }),
    );
    list.hidden = matches.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (matches.length > 0) input.setAttribute('aria-activedescendant', `unit-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    matches = [];
    draw();
  };
  const pick = (u: Unit) => {
    input.value = u.name;
    close();
    onPick(u);
  };

  input.addEventListener('input', () => {
    const words =
      fold(input.value) === ''
        ? []
        : input.value
            .normalize('NFC')
            .split(/\s+/)
            .map(fold)
            .filter((w) => w !== '');
    matches =
      words.length === 0
        ? []
        : folded
            .filter((f) => words.every((w) => f.key.includes(w)))
            .slice(0, MAX_SHOWN)
            .map((f) => f.unit);
    active = 0;
    draw();
  });
  input.addEventListener('keydown', (e) => {
    if (matches.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
      draw();
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      if (e.key === 'Enter') e.preventDefault();
      const u = matches[active];
      if (u) pick(u);
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', close);

  const element = h(
    'div',
    { class: 'field picker' },
    h('label', { for: 'f-unit' }, 'Đơn vị báo cáo'),
    input,
    list,
    h('div', { id: 'f-unit-msg', class: 'msgs', 'aria-live': 'polite' }),
  );
  return {
    element,
    show: (unit) => {
      input.value = unit?.name ?? '';
    },
  };
}
