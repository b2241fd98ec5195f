import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function packageFile(...parts: string[]): string {
  return fileURLToPath(new URL(parts.join('/'), new URL('../../', import.meta.url)));
}

export const defaultPlanFile = packageFile('schemas', '394-KH-BDVQU.plan.yaml');

let version: string | undefined;
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
  return version;
}
