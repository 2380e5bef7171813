/** Files shipped inside installed npm packages, served as they are so that pages work offline. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The path of a file inside an installed package. Browser builds (UMD, dist/) are often hidden
 * by the package's exports map, so this finds the package folder and joins the file to it.
 */
export function packageFile(name: string, file: string): string {
  let dir = path.dirname(require.resolve(name));
  while (!existsSync(path.join(dir, 'package.json')) || path.basename(dir) !== name.split('/').at(-1)) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the folder of package ${name}`);
    dir = parent;
  }
  return path.join(dir, file);
}
