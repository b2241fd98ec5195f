import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

/*
 * The yaml package, loaded the first time a function of it is called. It keeps every position and
 * is the exact path's reader, but most runs never need it: valid submissions and setup files are
 * read by the fast readers, and loading its thirty-odd modules is a large part of starting up for
 * `danvan validate <one file>`. The package is CommonJS, so `require` gives the very instance an
 * `import` would.
 */

const require = createRequire(import.meta.url);
let lib: typeof Yaml | undefined;

export function yamlLib(): typeof Yaml {
  return (lib ??= require('yaml') as typeof Yaml);
}

export function isMap<K = unknown, V = unknown>(node: unknown): node is Yaml.YAMLMap<K, V> {
  return yamlLib().isMap(node);
}
export function isSeq<T = unknown>(node: unknown): node is Yaml.YAMLSeq<T> {
  return yamlLib().isSeq(node);
}
export function isScalar<T = unknown>(node: unknown): node is Yaml.Scalar<T> {
  return yamlLib().isScalar(node);
}
export function isPair<K = unknown, V = unknown>(node: unknown): node is Yaml.Pair<K, V> {
  return yamlLib().isPair(node);
}
export function isAlias(node: unknown): node is Yaml.Alias {
  return yamlLib().isAlias(node);
}
export function parseDocument(
  source: string,
  options?: Yaml.ParseOptions & Yaml.DocumentOptions & Yaml.SchemaOptions,
): Yaml.Document.Parsed {
  return yamlLib().parseDocument(source, options);
}
