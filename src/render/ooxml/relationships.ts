/** The declaration every part of an Office package starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const OFFICE = 'application/vnd.openxmlformats-officedocument';

/** A relationships part: item k (from 1) is rId<k>. */
export const relationships = (items: readonly (readonly [type: string, target: string])[]) =>
  `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELS}">${items.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;
