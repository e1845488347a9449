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

test('lesson 12 runs Go 1.22 and Go 1.21 side by side, stepped together', async () => {
  const p = await browser.context.newPage();
  await p.goto(srv.origin + '/#lesson=12');
  await p.getByTestId('step-counter').waitFor();
  await p.keyboard.press('End');
  // Real Go: per-iteration variables since 1.22, one shared i before.
  assert.match(await p.getByTestId('console').textContent(), /stored closures: 0 1 2 \ndeferred closure sees 2\ndeferred closure sees 1\ndeferred closure sees 0/);
  assert.match(await p.getByTestId('console-twin').textContent(), /stored closures: 3 3 3 \n(deferred closure sees 3\n){2}deferred closure sees 3/);
  await p.keyboard.press('Home');
  assert.doesNotMatch(await p.getByTestId('console-twin').textContent(), /closure/, 'the twin steps back too');
  await p.close();
});

// The P column that ran the step shown (class "running").
const runningP = async (pg) => pg.locator('.pcol.running').getAttribute('data-testid');
// Steps on until several Ps could take the next step (a scheduling point).
const toChoice = async (pg) => {
  for (let i = 0; i < 300 && (await pg.locator('[data-testid^=choose-p]').count()) < 2; i++) {
    await pg.getByTestId('btn-forward').click();
  }
};
const stepOf = async (pg) => Number((await pg.getByTestId('step-counter').textContent()).match(/\d+/)[0]);

test('at a scheduling point, choosing another P forks the run and the view follows it', async () => {
  const p = await browser.context.newPage();
  await p.goto(srv.origin + '/#lesson=03');
  await p.getByTestId('step-counter').waitFor();
  assert.equal(await p.locator('.pcol').count(), 4, 'lesson 3 runs on 4 Ps');
  await toChoice(p);
  const buttons = await p.locator('[data-testid^=choose-p]').count();
  assert.ok(buttons >= 2, 'a scheduling point offers a button per ready P');
  assert.match(await p.getByTestId('sched-hint').textContent(), /choose/i);
  const at = await stepOf(p);
  // Who runs next in this history?
  await p.keyboard.press('Shift+ArrowRight');
  const was = await runningP(p);
  await p.keyboard.press('Shift+ArrowLeft');
  assert.equal(await stepOf(p), at);
  const ids = await p.locator('[data-testid^=choose-p]').evaluateAll((bs) => bs.map((b) => b.dataset.testid));
  const other = ids.find((id) => `p-col-${id.slice('choose-p'.length)}` !== was);
  const chosen = `p-col-${other.slice('choose-p'.length)}`;
  // The button is labelled, and reachable by keyboard: focus it and press Enter.
  assert.match(await p.getByTestId(other).textContent(), /Run P\d next/);
  await p.getByTestId(other).focus();
  await p.keyboard.press('Enter');
  assert.equal(await stepOf(p), at + 1, 'the view moves to the step the chosen P took');
  assert.equal(await runningP(p), chosen, `the new history runs ${chosen}, not ${was}`);
  // Going back shows the shared past; the end shows the lesson's promise still holds.
  await p.keyboard.press('Shift+ArrowLeft');
  assert.equal(await stepOf(p), at);
  await p.keyboard.press('End');
  assert.match(await p.getByTestId('console').textContent(), /objects missing: 0/);
  await p.close();
});

test('the manual scheduler waits at each scheduling point for a choice', async () => {
  const p = await browser.context.newPage();
  await p.goto(srv.origin + '/#lesson=03');
  await p.getByTestId('step-counter').waitFor();
  await p.getByTestId('settings-sched').selectOption('manual');
  await p.keyboard.press('End');
  assert.match(await p.getByTestId('sched-hint').textContent(), /waits/);
  const { total } = await (async () => {
    const t = await p.getByTestId('step-counter').textContent();
    return { total: Number(t.match(/\d+/g)[1]) };
  })();
  await p.getByTestId('choose-default').click();
  const t2 = Number((await p.getByTestId('step-counter').textContent()).match(/\d+/g)[1]);
  assert.ok(t2 > total, `the run went on (${total} → ${t2} steps)`);
  assert.equal(await stepOf(p), total + 1);
  await p.close();
});

test('the GC button collects at the current step: the victim cache fills', async () => {
  const p = await browser.context.newPage();
  await p.goto(srv.origin + '/#lesson=02&step=15');
  await p.getByTestId('step-counter').waitFor();
  assert.equal(await p.getByTestId('victim0-p0-private').count(), 0);
  await p.getByTestId('btn-gc').click();
  assert.match(await p.getByTestId('victim0-p0-private').textContent(), /1/);
  assert.match(await p.getByTestId('caption').textContent(), /GC|victim|poolCleanup/i);
  await p.close();
});

test('a copied link holds the settings, the choices and the step, and restores the view', async () => {
  const p = await browser.context.newPage();
  await p.goto(srv.origin + '/#lesson=03');
  await p.getByTestId('step-counter').waitFor();
  await p.getByTestId('settings-sched').selectOption('random');
  await p.getByTestId('settings-seed').fill('42');
  await p.getByTestId('settings-seed').press('Enter');
  await p.getByTestId('settings-seed').blur();
  await p.getByTestId('settings-gc').selectOption('10');
  await toChoice(p);
  await p.locator('[data-testid^=choose-p]').last().click();
  await p.getByTestId('btn-forward').click();
  await p.getByTestId('btn-gc').click();
  await p.getByTestId('btn-forward').click();
  const view = async (pg) => ({
    step: await pg.getByTestId('step-counter').textContent(),
    running: await runningP(pg),
    runtime: await pg.locator('.pane.runtime').textContent(),
    console: await pg.getByTestId('console').textContent(),
    sched: await pg.getByTestId('settings-sched').inputValue(),
    seed: await pg.getByTestId('settings-seed').inputValue(),
    gc: await pg.getByTestId('settings-gc').inputValue(),
    procs: await pg.getByTestId('settings-procs').inputValue(),
  });
  const want = await view(p);
  assert.equal(want.seed, '42');
  await p.getByTestId('btn-copy-link').click();
  const hash = await p.evaluate(() => location.hash);
  assert.match(hash, /lesson=03-stealing-4-ps&step=\d+&lang=en&run=/);
  await p.close();
  const q = await browser.context.newPage();
  await q.goto(srv.origin + '/' + hash);
  await q.getByTestId('step-counter').waitFor();
  assert.deepEqual(await view(q), want);
  assert.equal(await q.getByTestId('editor-text').count(), 0, 'the lesson is not opened as edited code');
  await q.close();
});

test('a pitfall waits for the reveal, and a link in the page opens its lesson', async () => {
  const p = await browser.context.newPage();
  await p.goto(srv.origin + '/#lesson=06&step=23');
  await p.getByTestId('question').waitFor();
  // Lesson 6 asks whether the two callers share one object: the defer-Put warning would
  // answer it, so it is held back until the reveal.
  assert.equal(await p.getByTestId('pitfall').count(), 0, 'no pitfall while the room predicts');
  for (let i = 0; i < 30 && !/Revealed/.test(await p.getByTestId('verdict').textContent()); i++) {
    await p.keyboard.press('ArrowRight');
  }
  assert.match(await p.getByTestId('verdict').textContent(), /Revealed/);
  assert.ok(await p.getByTestId('pitfall').count() >= 1, 'the pitfall is told at the reveal');
  assert.match((await p.getByTestId('pitfall').allTextContents()).join(' '), /defers the Put/);
  await p.evaluate(() => { location.hash = '#lesson=14&step=3'; });
  await p.waitForFunction(() => /recover/i.test(document.querySelector('[data-testid=lesson-title]').textContent));
  assert.match(await p.getByTestId('step-counter').textContent(), /Step 3 \//);
  await p.close();
});

test('a long output shows its last 1000 lines and says how many are hidden', async () => {
  const p = await browser.context.newPage();
  await p.goto(srv.origin + '/#lesson=10');
  await p.getByTestId('btn-edit').click();
  await p.getByTestId('editor-text').fill('package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 1; i <= 1500; i++ {\n\t\tfmt.Println("line", i)\n\t}\n}\n');
  await p.getByTestId('btn-run').click();
  await p.keyboard.press('End');
  assert.match(await p.getByTestId('console-trimmed').textContent(), /last 1000 of 1500 lines \(500 earlier/);
  const out = await p.getByTestId('console').textContent();
  assert.ok(out.startsWith('line 501\n') && out.trimEnd().endsWith('line 1500'), out.slice(0, 40));
  await p.keyboard.press('Home');
  assert.equal(await p.getByTestId('console-trimmed').count(), 0, 'nothing hidden at the start');
  await p.close();
});

test('nothing went wrong and nothing was fetched from elsewhere', () => {
  assert.deepEqual(problems, []);
  assert.deepEqual(outside, []);
});
