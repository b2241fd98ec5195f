import { DOC_RELS, OFFICE, relationships, XML_DECLARATION } from './relationships.js';

/*
 * The parts every Office package has, whatever its main part: what each part holds
 * ([Content_Types].xml) and where the main part and the document properties are (_rels/.rels).
 */

/**
 * [Content_Types].xml: relationships and plain XML by extension, then `defaults` (extension, type),
 * then each of `overrides` (part, type), then the document properties.
 */
export function contentTypesXml(
  defaults: readonly (readonly [extension: string, type: string])[],
  overrides: readonly (readonly [part: string, type: string])[],
): string {
  const items: (readonly [string, string])[] = [
    ...overrides,
    ['docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['docProps/app.xml', `${OFFICE}.extended-properties+xml`],
  ];
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    defaults.map(([extension, type]) => `<Default Extension="${extension}" ContentType="${type}"/>`).join('') +
    items.map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join('') +
    '</Types>'
  );
}

/** _rels/.rels: the main part (word/document.xml, xl/workbook.xml) and the document properties. */
export const rootRels = (mainPart: string) =>
  relationships([
    [`${DOC_RELS}/officeDocument`, mainPart],
    ['http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
    [`${DOC_RELS}/extended-properties`, 'docProps/app.xml'],
  ]);
