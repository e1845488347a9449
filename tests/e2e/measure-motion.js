// Measures playing at speed in the release bundle: the gaps between animation frames
// (60 fps = 16.7 ms), long tasks, and layout shifts while objects slide. Not a test (the
// figures depend on the machine); run it by hand and write the figures down:
//   trunk build --release --offline && cd tests/e2e && node measure-motion.js [lesson] [seconds] [step]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist } from './serve.js';
import { launch } from './browser.js';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
const lesson = process.argv[2] || '03-stealing-4-ps';
const seconds = Number(process.argv[3] || 4);
const from = process.argv[4] || '1';

const srv = await serveDist(dist);
const browser = await launch();
const page = await browser.context.newPage();
page.on('console', (m) => { if (m.type() === 'error') console.log(`console error: ${m.text()}`); });
page.on('pageerror', (e) => console.log(`page error: ${e.message}`));

for (const [speed, label] of [['100', '5×: steps faster than a slide, nothing slides'], ['300', '2×: every move slides']]) {
  await page.goto(`${srv.origin}/#lesson=${lesson}&step=${from}`);
  await page.getByTestId('step-counter').waitFor({ timeout: 20000 });
  await page.reload();
  await page.getByTestId('step-counter').waitFor({ timeout: 20000 });
  await page.getByTestId('speed').selectOption(speed);
  await page.evaluate(() => {
    window.__gaps = []; window.__long = []; window.__shift = 0; window.__anims = 0;
    let last = performance.now();
    const tick = (t) => { window.__gaps.push(t - last); last = t; if (!window.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask' });
    window.__movers = {};
    const name = (n) => n && n.nodeType === 1
      ? `${n.tagName.toLowerCase()}.${[...n.classList].join('.')}${n.dataset.testid ? `[${n.dataset.testid}]` : ''}` : 'text';
    new PerformanceObserver((l) => l.getEntries().forEach((e) => {
      if (e.hadRecentInput) return;
      window.__shift += e.value;
      for (const s of e.sources || []) window.__movers[name(s.node)] = (window.__movers[name(s.node)] || 0) + 1;
    })).observe({ type: 'layout-shift' });
    const count = () => { window.__anims = Math.max(window.__anims, document.getAnimations().length); if (!window.__stop) setTimeout(count, 20); };
    count();
  });
  await page.keyboard.press('Space');
  await page.waitForTimeout(seconds * 1000);
  const r = await page.evaluate(() => { window.__stop = true; return { gaps: window.__gaps.slice(1), long: window.__long, shift: window.__shift, anims: window.__anims, movers: window.__movers }; });
  await page.keyboard.press('Space');
  const g = r.gaps.sort((a, b) => a - b);
  const q = (p) => g[Math.min(g.length - 1, Math.floor(p * g.length))].toFixed(1);
  const dropped = g.filter((x) => x > 25).length;
  console.log(`${lesson} at ${label}: ${g.length} frames in ${seconds}s, gap p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, ` +
    `max ${g[g.length - 1].toFixed(1)} ms, ${dropped} gaps > 25 ms; long tasks ${r.long.length}; ` +
    `layout shift ${r.shift.toFixed(4)}; most animations at once ${r.anims}; step ${await page.getByTestId('step-counter').textContent()}`);
  const movers = Object.entries(r.movers).sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.log(`  what moved: ${movers.map(([k, v]) => `${k} ×${v}`).join(', ') || 'nothing'}`);
}

// One step by the Forward button: from the click to the new frame drawn (the task that
// renders it has run), over 60 steps with motion reduced so slides do not count.
await page.goto(`${srv.origin}/#lesson=${lesson}&step=${from}`);
await page.reload();
await page.getByTestId('step-counter').waitFor({ timeout: 20000 });
const times = await page.evaluate(async () => {
  document.documentElement.dataset.motion = 'reduce';
  const out = [];
  const btn = document.querySelector('[data-testid=btn-forward]');
  for (let i = 0; i < 60 && !btn.disabled; i++) {
    const t0 = performance.now();
    btn.click();
    await new Promise((r) => setTimeout(r, 0));
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
});
console.log(`${lesson} one step drawn: median ${times[times.length >> 1].toFixed(1)} ms, ` +
  `p95 ${times[Math.floor(times.length * 0.95)].toFixed(1)} ms over ${times.length} steps`);

await browser.cleanup();
srv.server.close();
