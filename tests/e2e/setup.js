// What every end-to-end test file needs: where the release bundle is, and a watch on a page
// that collects uncaught errors and console errors (a test then asserts there were none).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// POOLSCOPE_DIST tests another copy of the bundle (e.g. while trunk rebuilds dist/).
export const dist = process.env.POOLSCOPE_DIST
  || path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

/// Pushes each uncaught error and console error of `page` onto `problems`; returns `page`.
export function watch(page, problems) {
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  return page;
}
