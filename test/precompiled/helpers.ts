import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import type { Manifest, ValidatorModule } from '../../src/core/precompiled/manifest.js';
import { repoRoot } from '../helpers/cli.js';

/** What `npm run build` wrote (the tests run after it: `npm test` builds first). */
export const generatedDir = join(repoRoot, 'dist', 'core', 'precompiled', 'generated');

export async function builtManifest(): Promise<Manifest> {
  const index = join(generatedDir, 'index.js');
  if (!existsSync(index)) throw new Error(`${relative(repoRoot, index)} is missing: run npm run build`);
  return (await import(pathToFileURL(index).href)) as Manifest;
}

export async function builtValidators(): Promise<Map<string, ValidatorModule>> {
  const manifest = await builtManifest();
  return new Map(await Promise.all(manifest.validators.map(async (e) => [e.name, await e.load()] as const)));
}

/** Every YAML file under these folders of the repository, read as data (files YAML cannot read are left out). */
export function yamlData(...dirs: string[]): { file: string; data: unknown }[] {
  const out: { file: string; data: unknown }[] = [];
  for (const dir of dirs) {
    for (const entry of readdirSync(join(repoRoot, dir), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
      const file = join(entry.parentPath, entry.name);
      try {
        out.push({ file: relative(repoRoot, file), data: parse(readFileSync(file, 'utf8'), { maxAliasCount: 100 }) });
      } catch {
        // A file the YAML layer refuses never reaches a validator.
      }
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file));
}
