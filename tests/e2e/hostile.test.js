// Untrusted text is shown as text. Programs, their output, panic values, compile errors and
// every hash parameter can come from a stranger's link, so each is fed HTML and script
// payloads here, as a new user opening that link would. The page is served WITHOUT its
// Content-Security-Policy, so if the app ever turned text into markup the payload would
// really run (it counts itself in window.__pwned); a last test repeats the tour under the
// policy and checks that it never had to block anything.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './serve.js';
import { launch } from './browser.js';
import { dist, watch } from './setup.js';
import { encode } from './permalink.js';

const FLAG = 'top.__pwned=(top.__pwned||0)+1';
export const PAYLOADS = [
  `<script>${FLAG}</script>`,
  `<img src=x onerror="${FLAG}">`,
  `<a href="javascript:${FLAG}" id=jslink>click me</a>`,
  `"><svg onload="${FLAG}">`,
  `'><iframe srcdoc="<script>${FLAG}</script>"></iframe>`,
  `<style>body{display:none}</style>`,
];
// Short enough for a compile error to quote it whole.
const SHORT = '<img src=x onerror=top.__pwned=1>';

// Go source using every payload: a comment, constants, Println, a deferred Println, a pool
// object (its chip shows the value) and a panic value.
const hostileProgram = (p) => `package main

// ${p[0]}
import (
\t"fmt"
\t"sync"
)

const a = \`${p[0]}\`
const b = \`${p[1]}\`
const c = \`${p[2]}\`
const d = \`${p[3]}\`
const e = \`${p[4]}\`
const f = \`${p[5]}\`

func main() {
\tvar pool sync.Pool
\tpool.Put(b)
\tdefer fmt.Println(d)
\tfmt.Println(a)
\tfmt.Println(b)
\tfmt.Println(c)
\tfmt.Println(f)
\tpanic(e)
}
`;
const PROGRAM = hostileProgram(PAYLOADS);

let csplessSrv, srv, browser;
let problems = [];

before(async () => {
  csplessSrv = await serveDist(dist, { csp: false });
  srv = await serveDist(dist);
  browser = await launch();
});

after(async () => {
  await browser?.cleanup();
  csplessSrv?.server.close();
  srv?.server.close();
});

/// A fresh page that reports errors and counts policy violations.
async function newPage() {
  const p = await browser.context.newPage();
  watch(p, problems);
  p.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  await p.addInitScript(() => {
    window.__violations = 0;
    document.addEventListener('securitypolicyviolation', () => { window.__violations += 1; });
  });
  return p;
}

/// Opens `hash` as a new visit (not a same-document hash change) and waits for the app.
async function visit(p, origin, hash) {
  await p.goto('about:blank');
  await p.goto(origin + '/' + hash);
  await p.getByTestId('step-counter').waitFor({ timeout: 20000 });
}

const counter = async (p) => {
  const [step, total] = (await p.getByTestId('step-counter').textContent()).match(/\d+/g).map(Number);
  return { step, total };
};

/// Nothing the payloads could make exists, and none of them ran.
async function assertInert(p, what) {
  await p.waitForTimeout(50); // an <img onerror> fires after its failed load
  const r = await p.evaluate(() => ({
    pwned: window.__pwned ?? 0,
    title: document.title,
    inlineScripts: [...document.scripts].filter((s) => !s.src).length,
    made: [...document.querySelectorAll(
      'img[src="x"], svg[onload], iframe, body style, a[href^="javascript" i], #jslink, [onerror], [onload]',
    )].map((e) => e.outerHTML.slice(0, 60)),
  }));
  assert.equal(r.pwned, 0, `${what}: a payload ran`);
  assert.match(r.title, /^poolscope/, `${what}: the title was changed`);
  assert.equal(r.inlineScripts, 0, `${what}: an inline script appeared`);
  assert.deepEqual(r.made, [], `${what}: markup was made from text`);
  assert.equal(await p.getByTestId('fatal').count(), 0, `${what}: the page crashed`);
}

test('a hostile program from a link shows as text in the editor, code, narration, pool and console', async () => {
  const p = await newPage();
  await visit(p, csplessSrv.origin, '#lesson=01&run=' + encode(PROGRAM));
  assert.equal(await p.getByTestId('notice').count(), 0, 'the link opens');
  assert.equal(await p.getByTestId('editor-text').inputValue(), PROGRAM, 'the editor holds the program as text');
  const code = await p.getByTestId('code-pane').textContent();
  for (const pl of PAYLOADS) assert.ok(code.includes(pl), `the code pane shows ${pl}`);
  await assertInert(p, 'code');
  // Step through every frame: captions, goroutines and pool chips show the values.
  const seen = { caption: '', panic: '', pool: '' };
  const { total } = await counter(p);
  for (let i = 1; i < total; i++) {
    await p.keyboard.press('Shift+ArrowRight');
    seen.caption += await p.getByTestId('caption').textContent();
    if (await p.getByTestId('panic').count()) seen.panic += await p.getByTestId('panic').first().textContent();
    // A chip shows a few characters; its tooltip (shown on hover or focus) has the whole value.
    seen.pool += await p.getByTestId('chip-tip').evaluateAll((els) => els.map((e) => e.textContent).join('|'));
  }
  assert.equal((await counter(p)).step, total);
  await assertInert(p, 'stepping');
  assert.ok(seen.caption.includes(PAYLOADS[4]), 'the panic caption names the value as text');
  assert.ok(seen.panic.includes(PAYLOADS[4]), 'the goroutine pane shows the panic value as text');
  assert.ok(seen.pool.includes(PAYLOADS[1]), 'the pool chip shows the object as text');
  const out = await p.getByTestId('console').textContent();
  assert.ok(out.startsWith([PAYLOADS[0], PAYLOADS[1], PAYLOADS[2], PAYLOADS[5], PAYLOADS[3]].join('\n') + '\n'), out);
  assert.ok((await p.getByTestId('stderr').textContent()).startsWith(`panic: ${PAYLOADS[4]}`));
  // The console holds only its own spans (stdout, stderr, and the part new in this step).
  const made = await p.locator('[data-testid=console] *').evaluateAll((els) => els
    .filter((e) => e.tagName !== 'SPAN' || !['stdout', 'stderr', 'new changed'].includes(e.className))
    .map((e) => e.outerHTML.slice(0, 60)));
  assert.deepEqual(made, [], 'the console holds its own spans only');
  await p.close();
});

test('hostile code typed into the editor, its compile errors and panics stay text', async () => {
  const p = await newPage();
  await visit(p, csplessSrv.origin, '#lesson=10');
  await p.getByTestId('btn-edit').click();
  const run = async (src) => {
    await p.getByTestId('editor-text').fill(src);
    await p.getByTestId('btn-run').click();
  };
  // A compile error quoting the payload.
  await run(`package main\n\nfunc main() {\n\tvar x int = "${SHORT}"\n\t_ = x\n}\n`);
  const err = await p.getByTestId('compile-error').allTextContents();
  assert.ok(err.join('\n').includes(SHORT), `the error quotes the constant: ${err}`);
  await assertInert(p, 'compile error');
  // An import path and a string that is not closed.
  await run(`package main\n\nimport "${PAYLOADS[3].replaceAll('"', '')}"\n\nfunc main() {}\n`);
  assert.ok((await p.getByTestId('compile-error').count()) >= 1);
  await run(`package main\n\nfunc main() {\n\ts := "${PAYLOADS[1].replaceAll('"', '')}\n}\n`);
  assert.ok((await p.getByTestId('compile-error').count()) >= 1);
  await assertInert(p, 'syntax errors');
  // A panic with an error value, and output built at run time.
  await run(`package main\n\nimport (\n\t"errors"\n\t"fmt"\n)\n\nfunc main() {\n\tfmt.Println("<" + "b>bold</" + "b>")\n\tpanic(errors.New(\`${PAYLOADS[1]}\`))\n}\n`);
  await p.keyboard.press('End');
  assert.equal((await p.locator('[data-testid=console] .stdout').textContent()), '<b>bold</b>\n');
  assert.ok((await p.getByTestId('stderr').textContent()).startsWith(`panic: ${PAYLOADS[1]}`));
  await assertInert(p, 'runtime panic');
  // The whole hostile program, typed.
  await run(PROGRAM);
  await p.keyboard.press('End');
  assert.ok((await p.getByTestId('console').textContent()).includes(PAYLOADS[2]));
  await assertInert(p, 'typed program');
  await p.close();
});

// Every hash parameter, raw and percent-encoded, alone and all at once.
export const HOSTILE_HASHES = (() => {
  const out = [];
  for (const pl of PAYLOADS) {
    for (const v of [pl, encodeURIComponent(pl)]) {
      for (const k of ['lesson', 'step', 'lang', 'run', 'present', v]) out.push(`#${k}=${v}`);
      out.push(`#lesson=${v}&step=${v}&lang=${v}&run=${v}`);
      out.push(`#${v}`);
    }
  }
  return out;
})();

test('hostile hash parameters are ignored or refused, and never become markup', async () => {
  const p = await newPage();
  await visit(p, csplessSrv.origin, '');
  const title = await p.getByTestId('lesson-title').textContent();
  for (const h of HOSTILE_HASHES) {
    await visit(p, csplessSrv.origin, h);
    await assertInert(p, h);
    assert.equal(await p.getByTestId('lesson-title').textContent(), title, `${h}: the default lesson`);
    const notices = await p.getByTestId('notice').allTextContents();
    if (/(^#|&)run=/.test(h)) {
      assert.equal(notices.length, 1, `${h}: one notice`);
      assert.match(notices[0], /^This link could not be opened: the link (is not valid base64url|holds no run|is cut short|is damaged)\. Showing the lesson instead\./);
    } else {
      assert.equal(notices.length, 0, `${h}: no notice`);
    }
    assert.match(await p.getByTestId('step-counter').textContent(), /^Step 1 \//, `${h}: English, step 1`);
  }
  await p.close();
});

test('a page full of hostile links and programs, tried in turn, keeps working', async () => {
  const programs = [
    PROGRAM,
    hostileProgram(PAYLOADS.map((x) => x.toUpperCase())),
    `package main\n\nfunc main() {\n\tfor {\n\t}\n}\n`,
    `package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() { f(0) }\n`,
    `package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 0; ; i++ {\n\t\tfmt.Println(i, \`${PAYLOADS[1]}\`)\n\t}\n}\n`,
    `package main\n\nfunc main() {\n\tfor {\n\t\tgo func() { select {} }()\n\t}\n}\n`,
    `package main\n\nfunc main() {\n\ts := make([]int, 1<<40)\n\t_ = s\n}\n`,
    `package main\n\nfunc main() {\n\tvar x int = "${SHORT}"\n}\n`,
    `<html>${PAYLOADS.join('')}`,
    '',
  ];
  const links = [
    ...HOSTILE_HASHES.filter((_, i) => i % 5 === 0),
    ...programs.map((src) => `#lesson=02&step=5&run=${encode(src)}`),
    ...programs.map((src) => `#lesson=${PAYLOADS[1]}&run=${encode(src)}&lang=zh`),
    `#run=${encode(PROGRAM).slice(0, -9)}`,
    `#run=${encode(PROGRAM, {}, 9)}`,
    `#run=${encode('package main\n\nfunc main() {}\n' + '// x\n'.repeat(20000))}`,
  ];
  for (const origin of [csplessSrv.origin, srv.origin]) {
    const p = await newPage();
    for (const h of links) {
      await visit(p, origin, h).catch((e) => { throw new Error(`${h.slice(0, 120)}: ${e.message}`); });
      await assertInert(p, h.slice(0, 80));
      assert.ok((await p.getByTestId('notice').count()) <= 1, 'at most one notice');
      const { step, total } = await counter(p);
      await p.keyboard.press('End');
      assert.equal((await counter(p)).step, total, `${h.slice(0, 80)}: End reaches the last step`);
      await p.keyboard.press('Home');
      if (total > 1) {
        await p.getByTestId('btn-forward').click();
        assert.equal((await counter(p)).step, 2, `${h.slice(0, 80)}: steps forward`);
      }
      assert.ok(step >= 1);
      assert.equal(await p.evaluate(() => window.__violations), 0, 'the policy never had to block anything');
    }
    // After all that the app still does its job.
    await visit(p, origin, '#lesson=10');
    await p.getByTestId('lesson-picker').selectOption('01-get-put-new');
    await p.keyboard.press('End');
    assert.notEqual((await p.getByTestId('console').textContent()).trim(), '');
    await assertInert(p, 'after the tour');
    await p.close();
  }
  assert.deepEqual(problems, []);
});
