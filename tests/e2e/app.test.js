// End-to-end test of the release bundle: dist/ served on loopback, driven in headless
// Chromium with real clicks and key presses, asserting on what the page shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './serve.js';
import { launch } from './browser.js';
import { dist, watch } from './setup.js';

let srv, browser, page;
const problems = [];
const outside = [];

before(async () => {
  srv = await serveDist(dist);
  browser = await launch();
  page = await browser.context.newPage();
  watch(page, problems);
  page.on('request', (r) => { if (!r.url().startsWith(srv.origin) && !r.url().startsWith('data:')) outside.push(r.url()); });
  await page.goto(srv.origin + '/');
  await page.getByTestId('step-counter').waitFor({ timeout: 20000 });
});

after(async () => {
  await browser?.cleanup();
  srv?.server.close();
});

const counter = async () => {
  const t = await page.getByTestId('step-counter').textContent();
  const [step, total] = t.match(/\d+/g).map(Number);
  return { step, total };
};

test('the release bundle mounts the playground shell', async () => {
  await assert.doesNotReject(page.getByRole('heading', { name: 'poolscope' }).waitFor());
  assert.equal((await counter()).step, 1);
  assert.ok((await page.getByTestId('caption').textContent()).trim().length > 0);
  assert.equal(await page.getByTestId('fatal').count(), 0, 'no crash banner');
  assert.ok(await page.getByTestId('p-col-0').isVisible());
});

test('buttons and keys step through the run, and the view follows', async () => {
  const { total } = await counter();
  assert.ok(total > 3);
  const first = await page.getByTestId('caption').textContent();
  await page.getByTestId('btn-forward').click();
  assert.equal((await counter()).step, 2);
  assert.notEqual(await page.getByTestId('caption').textContent(), first);
  await page.keyboard.press('ArrowRight');
  assert.equal((await counter()).step, 3);
  await page.keyboard.press('End');
  assert.equal((await counter()).step, total);
  assert.notEqual((await page.getByTestId('console').textContent()).trim(), '', 'the program printed by the end');
  await page.keyboard.press('Home');
  assert.equal((await counter()).step, 1);
  await page.getByTestId('btn-back').isDisabled();
  assert.equal(await page.getByTestId('caption').textContent(), first);
});

test('play advances on its own and pauses', async () => {
  await page.keyboard.press('Home');
  await page.getByTestId('btn-play').click();
  await page.waitForFunction(() => /\b[3-9]\d*\s*\//.test(document.querySelector('[data-testid=step-counter]').textContent), null, { timeout: 10000 });
  await page.keyboard.press(' ');
  const paused = (await counter()).step;
  await page.waitForTimeout(1200);
  assert.equal((await counter()).step, paused, 'Space paused playback');
});

test('the language switch translates the page', async () => {
  await page.getByTestId('lang-zh').click();
  assert.match(await page.getByTestId('step-counter').textContent(), /步骤/);
  await page.getByTestId('lang-en').click();
  assert.match(await page.getByTestId('step-counter').textContent(), /Step/);
});

test('the page runs under a strict Content-Security-Policy with no inline script', async () => {
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:/);
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src && s.textContent.trim()).length);
  assert.equal(inline, 0);
});

test('a lesson can be picked, and a link opens a lesson at a step', async () => {
  await page.getByTestId('lesson-picker').selectOption('10-defer-lifo');
  assert.match(await page.getByTestId('lesson-title').textContent(), /LIFO/i);
  await page.keyboard.press('End');
  assert.match(await page.getByTestId('console').textContent(), /close db/);
  const link = await browser.context.newPage();
  await link.goto(srv.origin + '/#lesson=10&step=12&lang=zh');
  await link.getByTestId('step-counter').waitFor();
  assert.match(await link.getByTestId('step-counter').textContent(), /步骤 12 \//);
  // Step on until the handler has deferred at least two calls: they pile up on the stack.
  for (let i = 0; i < 40 && (await link.getByTestId('defers-1').locator('li').count()) < 2; i++) {
    await link.keyboard.press('ArrowRight');
  }
  assert.ok(await link.getByTestId('defers-1').locator('li').count() >= 2, 'defer records are on the stack');
  await link.close();
});

test('a bad link says so and opens the lesson; a shared link reopens edited code', async () => {
  for (const bad of ['#run=', '#run=AAAA', '#run=%3Cscript%3E', '#lesson=02&run=' + 'x'.repeat(300000)]) {
    const p = await browser.context.newPage();
    await p.goto(srv.origin + '/' + bad);
    await p.getByTestId('step-counter').waitFor();
    assert.equal(await p.getByTestId('notice').count(), 1, `notice for ${bad.slice(0, 20)}`);
    assert.equal(await p.getByTestId('fatal').count(), 0);
    await p.close();
  }
  const p = await browser.context.newPage();
  await p.goto(srv.origin + '/#lesson=10');
  await p.getByTestId('btn-edit').click();
  await p.getByTestId('editor-text').fill('package main\n\nimport "fmt"\n\nfunc main() {\n\tdefer fmt.Println("<b>two</b>")\n\tfmt.Println("one")\n}\n');
  await p.getByTestId('btn-run').click();
  await p.getByTestId('btn-link').click();
  const hash = await p.evaluate(() => location.hash);
  assert.match(hash, /run=/);
  await p.close();
  const q = await browser.context.newPage();
  await q.goto(srv.origin + '/' + hash);
  await q.getByTestId('step-counter').waitFor();
  await q.keyboard.press('End');
  // Output is shown as text: the <b> arrives as characters, not as markup.
  assert.equal((await q.getByTestId('console').textContent()).trim(), 'one\n<b>two</b>');
  assert.equal(await q.locator('[data-testid=console] b').count(), 0);
  await q.close();
});

test('nothing went wrong and nothing was fetched from elsewhere', () => {
  assert.deepEqual(problems, []);
  assert.deepEqual(outside, []);
});
