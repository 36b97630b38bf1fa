// Shared helpers for the browser tests: Debian's Chromium via playwright-core, axe-core checks.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const BASE = process.env.SOCIUS_URL ?? 'http://127.0.0.1:8080';
export const PASSWORD = {
  admin: 'socius-demo-admin',
  coordinator: 'demo-anderlecht-coordinator',
  member: 'demo-anderlecht-member',
};

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A context for axe checks: the page's CSP forbids injected scripts, so the test context bypasses it. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ bypassCSP: true, baseURL: BASE, ...options });
  // Fail fast with a message rather than hang until the runner's timeout.
  context.setDefaultTimeout(15000);
  return context.newPage();
}

/** Runs axe-core with the WCAG 2.1 A/AA rules and fails on any violation (needs JavaScript on). */
export async function expectAccessible(page, label = page.url()) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  const violations = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(violations, [], `axe violations on ${label}`);
  return result.passes.length;
}

/** The HTML of every page the tests reached, as Socius sent it, by address: checked at the end. */
export const reached = new Map();

export async function visit(page, path) {
  const response = await page.goto(path);
  assert.ok(response, `no response for ${path}`);
  const type = response.headers()['content-type'] ?? '';
  if (type.startsWith('text/html') && !reached.has(path)) {
    reached.set(path, await response.text());
  }
  return response;
}

/**
 * The Nu HTML checker's errors (the W3C validator's engine, vnu-jar with Debian's Java) on
 * `pages` (address → HTML), each as "address:line: message". One Java process checks them all.
 */
export function htmlErrors(pages) {
  const dir = mkdtempSync(join(tmpdir(), 'socius-vnu-'));
  const files = new Map();
  [...pages.entries()].forEach(([path, html], i) => {
    const file = join(dir, `page-${i}.html`);
    writeFileSync(file, html);
    files.set(`file:${file}`, path);
  });
  const jar = join(require.resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar');
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--exit-zero-always', ...[...files.keys()].map((f) => f.slice(5))], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.status, 0, `the Nu checker did not run: ${run.error ?? run.stderr}`);
  const { messages } = JSON.parse(run.stderr || run.stdout);
  return messages
    .filter((m) => m.type === 'error')
    .map((m) => `${files.get(m.url) ?? m.url}:${m.lastLine}: ${m.message}`);
}

export async function login(page, lang, email, password) {
  await visit(page, `/${lang}/login`);
  await page.fill('#field-email', email);
  await page.fill('#field-password', password);
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
}
