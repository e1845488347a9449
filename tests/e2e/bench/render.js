// Render benchmark (not a test: `node --test` does not pick it up). Opens the release
// bundle in dist/ with the program of render.go (GOMAXPROCS 8, 200 objects in one pool
// spread over the eight Ps) carried in a permalink, then steps with the app's own key
// handler and times each step from the keydown until the DOM is committed.
//
//   node tests/e2e/bench/render.js [--steps N] [--dist DIR] [--profile] [--trace]
//
// --profile records a CPU profile of the timed steps (Chrome DevTools protocol) and prints
// the functions with the most self time; for names, point --dist at a copy of dist/ whose
// wasm still has its name section (wasm-bindgen output before wasm-opt). --trace then
// records a DevTools trace of 30 more steps and prints the main thread's time per step by
// trace event (the keydown task, and the frame: paint, pre-paint, layout, layerize).
//
// Per step it reports the main thread's CPU time (DevTools' Performance metrics in thread
// ticks) spent in script and in style + layout, and the wall clock from the keydown to
// the last DOM mutation (a MutationObserver's delivery), to the DOM commit as seen from an
// event-loop turn later, and to after a forced style + layout (reading offsetHeight),
// which is what the browser must do before it can paint the frame. The CPU figures hold up on a
// busy machine; the wall clock does not. Builds nothing: run `make dist` first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serveDist } from '../serve.js';
import { launch } from '../browser.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const steps = Number(arg('--steps', '150'));
const dist = path.resolve(arg('--dist', path.join(here, '../../../dist')));

// run::permalink's format 1: version byte, then zlib of (go, sched, procs, seed, budget,
// source, decisions) with LEB128 varints. procs here is informational: the program sets
// GOMAXPROCS(8) itself, because the app takes the procs from the lesson.
function varint(n) {
  const out = [];
  while (n >= 0x80) { out.push((n & 0x7f) | 0x80); n = Math.floor(n / 128); }
  out.push(n);
  return out;
}
function permalink(source) {
  const src = Buffer.from(source, 'utf8');
  const payload = Buffer.concat([
    Buffer.from([1, 0, ...varint(8), ...varint(0), ...varint(1_000_000), ...varint(src.length)]),
    src,
    Buffer.from(varint(0)),
  ]);
  return Buffer.concat([Buffer.from([1]), zlib.deflateSync(payload, { level: 9 })]).toString('base64url');
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const fmt = (xs) => `median ${quantile(xs, 0.5).toFixed(2)} ms, p95 ${quantile(xs, 0.95).toFixed(2)} ms, max ${Math.max(...xs).toFixed(2)} ms`;

const srv = await serveDist(dist);
const browser = await launch();
try {
  const page = await browser.context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  const source = fs.readFileSync(path.join(here, 'render.go'), 'utf8');
  await page.goto(`${srv.origin}/#lesson=01&run=${permalink(source)}`);
  await page.getByTestId('step-counter').waitFor({ timeout: 30000 });
  const total = Number((await page.getByTestId('step-counter').textContent()).match(/\d+/g)[1]);

  // One press of `key`, timed inside the page so no DevTools round trip is counted.
  const once = (key, shift) => page.evaluate(async ({ key, shift }) => {
    const chan = new MessageChannel();
    const macrotask = () => new Promise((r) => { chan.port1.onmessage = () => r(); chan.port2.postMessage(0); });
    const counter = document.querySelector('[data-testid=step-counter]');
    const before = counter.textContent;
    // Mutation records are delivered in a microtask right after the one that patched the
    // DOM, so the last delivery marks the end of the commit without an event-loop turn.
    let tMut = NaN;
    const mo = new MutationObserver(() => { tMut = performance.now(); });
    mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const t0 = performance.now();
    document.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey: shift, bubbles: true, cancelable: true }));
    // Yew renders in a microtask after the dispatch, and yields to the event loop with
    // setTimeout(0) only when a run of its scheduler passes 16 ms; so wait for the
    // counter to move, then let one timer task run (after any such continuation).
    for (let spins = 0; key !== 'q' && counter.textContent === before; spins++) {
      if (spins > 1000) throw new Error(`the counter did not move (${before})`);
      await macrotask();
    }
    await new Promise((r) => setTimeout(r, 0));
    const t1 = performance.now();
    mo.disconnect();
    void document.body.offsetHeight;
    const t2 = performance.now();
    return { mutated: tMut - t0, commit: t1 - t0, layout: t2 - t0, objects: document.querySelectorAll('.runtime [data-obj]').length };
  }, { key, shift });

  await page.keyboard.press('End');
  const ps = await page.locator('[data-testid^=p-col-]').count();
  // The main thread's CPU time (thread ticks), which other processes on a busy machine
  // disturb far less than the wall clock.
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const profiling = process.argv.includes('--profile');
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const wall = { mutated: [], commit: [], layout: [] };
  const cpu = { task: [], script: [], layout: [] };
  const idle = { task: [], script: [], layout: [] };
  const objs = [];
  // Back from the end (the last Gets: 150 to 200 objects in the pool), then forward again;
  // 'q' is a key the app ignores: the same measurement with no step in it, i.e. the cost
  // of the harness itself.
  for (const key of ['ArrowLeft', 'ArrowRight', 'q']) {
    for (let i = 0; i < (key === 'q' ? Math.min(steps, 40) : steps); i++) {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      const m0 = await metrics();
      const w = await once(key, true);
      const m1 = await metrics();
      const d = (k) => 1000 * (m1[k] - m0[k]);
      const c = key === 'q' ? idle : cpu;
      c.task.push(d('TaskDuration'));
      c.script.push(d('ScriptDuration'));
      c.layout.push(d('LayoutDuration') + d('RecalcStyleDuration'));
      if (key === 'q') continue;
      wall.mutated.push(w.mutated);
      wall.commit.push(w.commit);
      wall.layout.push(w.layout);
      objs.push(w.objects);
    }
  }
  if (profiling) {
    const { profile } = await cdp.send('Profiler.stop');
    const dt = new Map();
    profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) || 0) + (profile.timeDeltas[i] || 0)));
    // Inclusive time per function (each function counted once per stack).
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
    const incl = new Map();
    const self = new Map();
    for (const [id, t] of dt) {
      const seen = new Set();
      const own = byId.get(id).callFrame.functionName || '(anonymous)';
      self.set(own, (self.get(own) || 0) + t);
      for (let x = id; x !== undefined; x = parent.get(x)) {
        const name = byId.get(x).callFrame.functionName || '(anonymous)';
        if (seen.has(name)) continue;
        seen.add(name);
        incl.set(name, (incl.get(name) || 0) + t);
      }
    }
    for (const [title, m] of [['inclusive', incl], ['self', self]]) {
      console.log(`most ${title} time (sampled, ms):`);
      for (const [name, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
        console.log(`${(t / 1000).toFixed(1).padStart(8)}  ${name.slice(0, 140)}`);
      }
    }
  }
  if (process.argv.includes('--trace')) {
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc'] } });
    const n = 30;
    for (let i = 0; i < n; i++) {
      await page.keyboard.press('Shift+ArrowLeft');
      await page.waitForTimeout(60);
    }
    await cdp.send('Tracing.end');
    await done;
    const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const per = new Map();
    for (const e of events) {
      if (e.ph !== 'X' || !main.has(`${e.pid}:${e.tid}`)) continue;
      per.set(e.name, (per.get(e.name) || 0) + (e.tdur ?? e.dur ?? 0));
    }
    console.log(`trace of ${n} steps, renderer main thread, thread time per step:`);
    for (const name of ['RunTask', 'EventDispatch', 'ProxyMain::BeginMainFrame', 'Paint', 'PrePaint', 'Layout', 'UpdateLayoutTree', 'Layerize']) {
      console.log(`  ${name.padEnd(26)} ${((per.get(name) || 0) / 1000 / n).toFixed(2)} ms`);
    }
  }
  const n = wall.commit.length;
  console.log(`poolscope render benchmark, ${new Date().toISOString()}, dist: ${dist}`);
  console.log(`machine: ${os.cpus()[0].model}, ${os.cpus().length} cores, load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log(`chromium ${browser.context.browser()?.version() ?? ''}; run of ${total} steps on ${ps} Ps; objects drawn: ${Math.min(...objs)}-${Math.max(...objs)}`);
  console.log(`${n} single steps (Shift+arrow), main-thread CPU time per step:`);
  console.log(`  script            ${fmt(cpu.script)}`);
  console.log(`  style + layout    ${fmt(cpu.layout)}`);
  console.log(`  all tasks         ${fmt(cpu.task)} (paint and the harness included)`);
  console.log(`  harness alone     ${fmt(idle.task)} (all tasks, script ${quantile(idle.script, 0.5).toFixed(2)} ms, for an ignored key)`);
  console.log(`wall clock per step (disturbed by other processes on a busy machine):`);
  console.log(`  to the last DOM mutation ${fmt(wall.mutated)}`);
  console.log(`  to DOM commit     ${fmt(wall.commit)}`);
  console.log(`  + forced layout   ${fmt(wall.layout)}`);
  if (problems.length) { console.error('page errors:', problems); process.exitCode = 1; }
} finally {
  await browser.cleanup();
  srv.server.close();
}
