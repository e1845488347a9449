// Bad permalinks (truncated, altered, from a future format, oversized, not a link at all)
// each show one clear message and open the lesson, which then works as usual; a link of
// format 1 (the first one shared, before format 2 added settings) still opens its program.
// The links are built here as src/run/permalink.rs writes them (tests/e2e/permalink.js),
// then damaged the way a chat or a stranger would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { serveDist } from './serve.js';
import { launch } from './browser.js';
import { dist, watch } from './setup.js';
import { encode, payload } from './permalink.js';

const PROGRAM = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tdefer fmt.Println("from the link, deferred")\n\tfmt.Println("from the link")\n}\n';
const GOOD = encode(PROGRAM);
let srv, browser, page;
const problems = [];

before(async () => {
  srv = await serveDist(dist);
  browser = await launch();
  page = await browser.context.newPage();
  watch(page, problems);
});

after(async () => {
  await browser?.cleanup();
  srv?.server.close();
});

async function visit(hash) {
  await page.goto('about:blank');
  await page.goto(srv.origin + '/' + hash);
  await page.getByTestId('step-counter').waitFor({ timeout: 20000 });
}

/// The link's bytes changed at `at` (negative: from the end), as base64url again.
function alter(text, at) {
  const b = Buffer.from(text, 'base64url');
  b[(b.length + at) % b.length] ^= 0x20;
  return b.toString('base64url');
}

const LESSON_02 = /Private slot, then shared head/;

const BAD = [
  { what: 'truncated', run: GOOD.slice(0, Math.floor(GOOD.length * 0.6) & ~3), says: /the link is cut short/ },
  { what: 'altered (checksum)', run: alter(GOOD, -2), says: /the link is damaged/ },
  { what: 'altered (data)', run: alter(GOOD, 9), says: /the link (is damaged|is cut short|has an invalid)/ },
  { what: 'from a future format', run: encode(PROGRAM, {}, 9), says: /made by a newer poolscope \(format 9\)/ },
  { what: 'of an unknown format', run: encode(PROGRAM, {}, 0), says: /unknown link format 0/ },
  { what: 'oversized text', run: 'A'.repeat((1 << 20) + 4), says: /the link is too large/ },
  {
    what: 'oversized inflated payload',
    run: Buffer.concat([Buffer.from([1]), zlib.deflateSync(Buffer.alloc(5 << 20))]).toString('base64url'),
    says: /the link is too large/,
  },
  { what: 'oversized program', run: encode('package main\n\nfunc main() {}\n' + '// padding\n'.repeat(7000)), says: /the program in the link is too large/ },
  { what: 'not base64url', run: 'hello%20world!', says: /not valid base64url/ },
  { what: 'empty', run: '', says: /the link holds no run/ },
  { what: 'an invalid field', run: encode(PROGRAM, { procs: 0 }), says: /the link has an invalid GOMAXPROCS/ },
  {
    what: 'trailing bytes',
    run: Buffer.concat([Buffer.from([1]), zlib.deflateSync(Buffer.concat([payload(PROGRAM), Buffer.from([7])]))]).toString('base64url'),
    says: /the link has an invalid ending/,
  },
];

for (const { what, run, says } of BAD) {
  test(`a link ${what} shows one clear message and opens the lesson`, async () => {
    for (const [prefix, title] of [['', LESSON_02], ['lesson=10&', /LIFO/i]]) {
      await visit(`#${prefix}run=${run}`);
      const notices = await page.getByTestId('notice').allTextContents();
      assert.equal(notices.length, 1, 'exactly one message');
      assert.match(notices[0], /^This link could not be opened: /);
      assert.match(notices[0], says);
      assert.match(notices[0], /Showing the lesson instead\./);
      assert.match(await page.getByTestId('lesson-title').textContent(), title, 'the lesson opens');
      assert.equal(await page.getByTestId('editor').count(), 0, 'no half-read program in an editor');
      assert.doesNotMatch(await page.getByTestId('code-pane').textContent(), /from the link/);
      assert.equal(await page.getByTestId('fatal').count(), 0);
      // The lesson works, and the message goes away when dismissed.
      await page.getByTestId('btn-forward').click();
      assert.match(await page.getByTestId('step-counter').textContent(), /^Step 2 \//);
      await page.getByTestId('notice').getByRole('button').click();
      assert.equal(await page.getByTestId('notice').count(), 0);
    }
  });
}

test('the message in Chinese is one notice too, and a format-1 link still opens its program', async () => {
  await visit(`#lang=zh&run=${encode(PROGRAM, {}, 9)}`);
  assert.equal(await page.getByTestId('notice').count(), 1);
  assert.match(await page.getByTestId('notice').textContent(), /^无法打开这个链接：/);
  await visit(`#lesson=10&step=3&run=${GOOD}`);
  assert.equal(await page.getByTestId('notice').count(), 0);
  assert.equal(await page.getByTestId('editor-text').inputValue(), PROGRAM);
  assert.match(await page.getByTestId('step-counter').textContent(), /^Step 3 \//);
  await page.keyboard.press('End');
  assert.equal((await page.getByTestId('console').textContent()).trim(), 'from the link\nfrom the link, deferred');
});

test('no bad link made an error on the page', () => {
  assert.deepEqual(problems, []);
});
