// Nothing a learner wrote is lost, and storage trouble is never an error: when
// localStorage is missing or every write throws (private mode, a full quota, blocked
// cookies) the editor says "Not saved" and everything else works; a failed run, a
// panicking program and a crash of the page (the panic hook) leave the saved code intact.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './serve.js';
import { launch } from './browser.js';
import { dist, watch } from './setup.js';

let srv, browser;

before(async () => {
  srv = await serveDist(dist);
  browser = await launch();
});

after(async () => {
  await browser?.cleanup();
  srv?.server.close();
});

const PROGRAM = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tdefer fmt.Println("two")\n\tfmt.Println("one")\n}\n';

/// A page with `broken` applied before the app starts; collects page errors.
async function open(hash, broken) {
  const p = await browser.context.newPage();
  const problems = [];
  watch(p, problems);
  if (broken) await p.addInitScript(broken);
  await p.goto(srv.origin + '/' + hash);
  await p.getByTestId('step-counter').waitFor({ timeout: 20000 });
  return { p, problems };
}

const BROKEN = {
  'every write throws QuotaExceededError (storage full)': () => {
    Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  },
  'localStorage itself throws SecurityError (storage forbidden)': () => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('Access is denied', 'SecurityError'); } });
  },
  'localStorage is null (storage missing)': () => {
    Object.defineProperty(window, 'localStorage', { get() { return null; } });
  },
};

for (const [what, broken] of Object.entries(BROKEN)) {
  test(`when ${what}, the editor says "Not saved" and the app keeps working`, async () => {
    const { p, problems } = await open('#lesson=10', broken);
    await p.getByTestId('btn-edit').click();
    assert.match(await p.getByTestId('saved').textContent(), /^Not saved: this browser's storage is unavailable\.$/,
      'said before the first edit');
    await p.getByTestId('editor-text').fill(PROGRAM);
    assert.match(await p.getByTestId('saved').textContent(), /^Not saved/);
    await p.getByTestId('btn-run').click();
    await p.keyboard.press('End');
    assert.equal((await p.getByTestId('console').textContent()).trim(), 'one\ntwo');
    await p.getByTestId('btn-reset').click();
    await p.getByTestId('lesson-picker').selectOption('01-get-put-new');
    await p.getByTestId('btn-forward').click();
    assert.match(await p.getByTestId('step-counter').textContent(), /^Step 2 \//);
    await p.getByTestId('btn-edit').click();
    assert.match(await p.getByTestId('saved').textContent(), /^Not saved/, 'another lesson, the same notice');
    await p.getByTestId('lang-zh').click();
    assert.match(await p.getByTestId('saved').textContent(), /^未保存/);
    assert.equal(await p.getByTestId('fatal').count(), 0);
    assert.equal(await p.getByTestId('notice').count(), 0, 'not an error message');
    assert.deepEqual(problems, []);
    await p.close();
  });
}

test('working storage says "Saved", and a failed run or a panicking program keeps the code', async () => {
  const { p, problems } = await open('#lesson=11');
  await p.getByTestId('btn-edit').click();
  assert.match(await p.getByTestId('saved').textContent(), /^Saved in this browser\./);
  const broken = 'package main\n\nfunc main() {\n\tx := 1\n}\n';
  await p.getByTestId('editor-text').fill(broken);
  await p.getByTestId('btn-run').click();
  assert.ok((await p.getByTestId('compile-error').count()) >= 1);
  const panics = 'package main\n\nfunc main() {\n\tvar m map[string]int\n\tm["x"] = 1\n}\n';
  const reopened = async () => {
    const again = await open('#lesson=11');
    await again.p.getByTestId('btn-edit').click();
    const code = await again.p.getByTestId('editor-text').inputValue();
    await again.p.close();
    return code;
  };
  assert.equal(await reopened(), broken, 'a failed run keeps the code');
  await p.getByTestId('editor-text').fill(panics);
  await p.getByTestId('btn-run').click();
  await p.keyboard.press('End');
  assert.match(await p.getByTestId('stderr').textContent(), /assignment to entry in nil map/);
  assert.equal(await reopened(), panics, 'a panicking program keeps the code');
  assert.deepEqual(problems, []);
  await p.close();
});

test('a crash of the page (the panic hook) says so and keeps the code', async () => {
  const { p } = await open('#lesson=13');
  await p.getByTestId('btn-edit').click();
  await p.getByTestId('editor-text').fill(PROGRAM);
  // Something outside the app (an extension, a translator) breaks the DOM: Yew panics on
  // the next render that inserts a node, and the panic hook takes over.
  await p.evaluate(() => {
    Node.prototype.insertBefore = function () { throw new Error('the DOM was tampered with'); };
  });
  await p.getByTestId('btn-run').click().catch(() => {});
  const fatal = p.getByTestId('fatal');
  await fatal.waitFor({ timeout: 10000 });
  assert.match(await fatal.textContent(), /Your code is kept; reload the page to continue\./);
  await p.close();
  const again = await open('#lesson=13');
  await again.p.getByTestId('btn-edit').click();
  assert.equal(await again.p.getByTestId('editor-text').inputValue(), PROGRAM, 'the code survived the crash');
  assert.equal(await again.p.getByTestId('fatal').count(), 0);
  await again.p.close();
});
