// Shared helpers for the browser tests: Debian's Chromium via playwright-core, axe-core checks.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
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

export async function visit(page, path) {
  const response = await page.goto(path);
  assert.ok(response, `no response for ${path}`);
  return response;
}

export async function login(page, lang, email, password) {
  await visit(page, `/${lang}/login`);
  await page.fill('#field-email', email);
  await page.fill('#field-password', password);
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
}
