// Draws the README's screenshots from a running demo: `SOCIUS_URL=http://127.0.0.1:PORT node
// screenshots.mjs` writes docs/screenshots/*.png (not a test: the runner takes *.test.mjs only).
import { mkdirSync } from 'node:fs';
import { launch, newPage, visit, login, PASSWORD } from './browser.mjs';

const out = new URL('../../docs/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 900 } };

const browser = await launch();
const shots = [
  ['home.png', desktop, null, '/fr/koekelberg/'],
  ['home-phone.png', phone, null, '/fr/koekelberg/'],
  ['dashboard.png', desktop, ['fr', 'coordinator@anderlecht.example', PASSWORD.coordinator], '/fr/anderlecht/dashboard'],
  ['documents-phone.png', phone, null, '/nl/anderlecht/documents'],
];
for (const [file, size, who, path] of shots) {
  const page = await newPage(browser, size);
  if (who) await login(page, ...who);
  await visit(page, path);
  await page.screenshot({ path: `${out}${file}` });
  await page.context().close();
}
await browser.close();
