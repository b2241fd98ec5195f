/// <reference lib="dom" />

type Attrs = Record<string, string | boolean | undefined>;

/** An element with attributes and children; text children are set as text, never as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== undefined) el.append(child);
  return el;
}

/** The id of a field's element, from its key (`tasks/UB.1/indicators/ho_so_tiep_nhan`). */
export const fieldId = (key: string) =>
  `f-${key.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
export const messageId = (key: string) => `${fieldId(key)}-msg`;
