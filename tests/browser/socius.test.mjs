// Socius in Chromium: people move around in each language, sign in, use forms with and without
// JavaScript, and axe-core finds no WCAG 2.1 A/AA violation on any page reached.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, newPage, expectAccessible, visit, login, htmlErrors, reached, PASSWORD, BASE } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const PUBLIC_PAGES = ['/', '/anderlecht/', '/anderlecht/map', '/anderlecht/map?q=aide&theme=housing', '/anderlecht/map?q=sante+xogemenx', '/anderlecht/services/1',
  '/anderlecht/organizations/1', '/anderlecht/map/guide?theme=housing', '/anderlecht/services/1/report', '/anderlecht/accessibility', '/anderlecht/privacy', '/anderlecht/charter', '/anderlecht/join', '/anderlecht/observatory/public', '/anderlecht/about/mission', '/anderlecht/about/how-to-join', '/anderlecht/partners', '/anderlecht/partners?q=zzz', '/anderlecht/calendar', '/anderlecht/governance', '/anderlecht/documents', '/search?q=dettes', '/search?q=zzzq', '/koekelberg/', '/accessibility', '/privacy', '/login', '/password/forgot'];

for (const lang of ['fr', 'nl', 'en']) {
  test(`public pages in ${lang} are accessible and in ${lang}`, async () => {
    const page = await newPage(browser);
    for (const path of PUBLIC_PAGES) {
      const response = await visit(page, `/${lang}${path}`);
      assert.equal(response.status(), 200, `${lang}${path}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await expectAccessible(page, `/${lang}${path}`);
    }
    await page.context().close();
  });
}

test('the language switcher keeps the reader on the same page', async () => {
  const page = await newPage(browser);
  await visit(page, '/fr/anderlecht/privacy');
  await Promise.all([page.waitForNavigation(), page.click('nav.langs a[lang=nl]')]);
  assert.equal(new URL(page.url()).pathname, '/nl/anderlecht/privacy');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.match(await page.textContent('h1'), /Privacy/);
  await page.context().close();
});

test('the skip link is the first thing the keyboard reaches', async () => {
  const page = await newPage(browser);
  await visit(page, '/fr/anderlecht/');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  assert.equal(focused, '#main');
  assert.ok(await page.isVisible('.skip-link'), 'visible when focused');
  await page.context().close();
});

test('a coordinator works through the member pages without JavaScript', async () => {
  const page = await newPage(browser, { javaScriptEnabled: false });
  await login(page, 'fr', 'coordinator@anderlecht.example', PASSWORD.coordinator);
  assert.equal(new URL(page.url()).pathname, '/fr/anderlecht/dashboard');
  await visit(page, '/fr/anderlecht/privacy/edit');
  await page.fill('#field-body_nl', 'Wij bewaren alleen wat nodig is.\nSchrijf ons voor vragen.');
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  assert.equal(new URL(page.url()).pathname, '/fr/anderlecht/privacy');
  await visit(page, '/nl/anderlecht/privacy');
  assert.match(await page.textContent('main'), /Wij bewaren alleen wat nodig is/);
  await page.context().close();
});

const COORDINATOR_PAGES = ['/nl/anderlecht/dashboard', '/nl/anderlecht/people', '/nl/anderlecht/audit', '/nl/anderlecht/accessibility/edit', '/nl/account', '/nl/anderlecht/map/reports', '/fr/anderlecht/map/stale', '/nl/anderlecht/map/duplicates', '/en/anderlecht/map/translations', '/fr/anderlecht/map/searches', '/nl/anderlecht/map/import', '/fr/anderlecht/map/organizations/new', '/fr/anderlecht/members', '/nl/anderlecht/members/import', '/fr/anderlecht/observatory/needs', '/nl/anderlecht/members?status=all&q=a&sort=status', '/nl/anderlecht/charter/signatures', '/fr/anderlecht/charter/publish', '/nl/anderlecht/bodies', '/fr/anderlecht/bodies/new', '/nl/anderlecht/proposals', '/fr/anderlecht/bodies/1', '/nl/anderlecht/bodies/2', '/fr/anderlecht/meetings', '/nl/anderlecht/meetings/1', '/fr/anderlecht/meetings/2', '/fr/anderlecht/meetings/1/minutes', '/nl/anderlecht/meetings/2/attendance', '/fr/anderlecht/bodies/1/meetings/new', '/fr/anderlecht/people', '/en/anderlecht/audit', '/fr/account/data', '/nl/account/erase', '/fr/anderlecht/privacy/retention', '/nl/anderlecht/members/2/contacts/2/data', '/fr/anderlecht/members/2/contacts/2/erase', '/fr/anderlecht/people/3/handover?to=5', '/nl/anderlecht/people/4/lock', '/nl/anderlecht/identity', '/fr/anderlecht/pages', '/nl/anderlecht/pages/mission/history', '/fr/anderlecht/about/history/edit', '/nl/anderlecht/documents', '/fr/anderlecht/meetings/2/publish', '/nl/anderlecht/meetings/2/cancel', '/fr/anderlecht/mail', '/nl/anderlecht/mail?q=example&status=sent'];

test('a coordinator\'s pages, including a form with errors, are accessible', async () => {
  const page = await newPage(browser);
  await login(page, 'nl', 'coordinator@anderlecht.example', PASSWORD.coordinator);
  for (const path of COORDINATOR_PAGES) {
    const response = await visit(page, path);
    assert.equal(response.status(), 200, path);
    await expectAccessible(page, path);
  }
  // A refused form keeps what was typed, explains in Dutch, and stays accessible.
  await visit(page, '/nl/anderlecht/people');
  await page.fill('#field-email', 'geen-adres');
  await page.fill('#field-name', 'Lotte Peeters');
  await Promise.all([page.waitForNavigation(), page.click('form[action$="/people"] button[type=submit]')]);
  assert.equal(await page.inputValue('#field-name'), 'Lotte Peeters');
  assert.match(await page.textContent('.error-summary'), /geldig e-mailadres/);
  await expectAccessible(page, 'people form with errors');
  // Withdrawing a role asks first.
  await visit(page, '/nl/anderlecht/people');
  await Promise.all([page.waitForNavigation(), page.click('a[href*="/revoke?role=member"]')]);
  await expectAccessible(page, 'revoke confirmation');
  await page.context().close();
});

test('at phone width (390 px) no page scrolls sideways, the menu folds, and every page is accessible', async () => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const page = await newPage(browser, phone);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  for (const path of PUBLIC_PAGES) {
    await visit(page, `/fr${path}`);
    assert.ok(await overflow() <= 0, `/fr${path} scrolls sideways by ${await overflow()} px`);
    await expectAccessible(page, `/fr${path} at 390 px`);
  }
  // The coordination's menu is folded behind a button that opens it, without JavaScript too.
  await visit(page, '/fr/anderlecht/');
  assert.equal(await page.isVisible('.site-nav a[href="/fr/anderlecht/partners"]'), false, 'folded');
  await page.click('.site-nav summary');
  assert.ok(await page.isVisible('.site-nav a[href="/fr/anderlecht/partners"]'), 'opened');
  await login(page, 'nl', 'coordinator@anderlecht.example', PASSWORD.coordinator);
  for (const path of COORDINATOR_PAGES) {
    await visit(page, path);
    assert.ok(await overflow() <= 0, `${path} scrolls sideways by ${await overflow()} px`);
    await expectAccessible(page, `${path} at 390 px`);
  }
  await page.context().close();
  const desktop = await newPage(browser);
  await visit(desktop, '/fr/anderlecht/');
  assert.ok(await desktop.isVisible('.site-nav a[href="/fr/anderlecht/partners"]'), 'unfolded on a wide screen');
  await desktop.context().close();
});

test('the platform admin reads the outbox', async () => {
  const page = await newPage(browser);
  await login(page, 'en', 'admin@socius.example', PASSWORD.admin);
  await visit(page, '/en/admin/outbox');
  await expectAccessible(page, 'outbox');
  await Promise.all([page.waitForNavigation(), page.click('main table a')]);
  assert.match(page.url(), /\/en\/admin\/outbox\/\d+$/);
  await expectAccessible(page, 'outbox message');
  await visit(page, '/fr/admin/settings');
  await expectAccessible(page, 'platform settings');
  await visit(page, '/fr/admin/coordinations');
  await expectAccessible(page, 'coordinations');
  await visit(page, '/nl/admin/coordinations/new');
  await expectAccessible(page, 'new coordination');
  await page.context().close();
});

test('a member signs in, sees the member area, and signs out', async () => {
  const page = await newPage(browser);
  await login(page, 'nl', 'member@anderlecht.example', PASSWORD.member);
  assert.equal(new URL(page.url()).pathname, '/nl/anderlecht/dashboard');
  assert.match(await page.textContent('main'), /Lid/);
  await expectAccessible(page, 'member dashboard');
  for (const path of ['/nl/anderlecht/my-organisation', '/nl/anderlecht/charter/sign', '/nl/anderlecht/proposals']) {
    assert.equal((await visit(page, path)).status(), 200, path);
    await expectAccessible(page, path);
  }
  const audit = await visit(page, '/nl/anderlecht/audit');
  assert.equal(audit.status(), 403);
  await expectAccessible(page, 'forbidden page');
  await Promise.all([page.waitForNavigation(), page.click('.user-menu button')]);
  await visit(page, '/nl/anderlecht/dashboard');
  assert.match(new URL(page.url()).pathname, /\/nl\/login/);
  await page.context().close();
});

test('a citizen searches the social map in Dutch and narrows it down with facets', async () => {
  const page = await newPage(browser, { javaScriptEnabled: false });
  await visit(page, '/nl/anderlecht/map');
  await page.fill('#field-q', 'schulden');
  await Promise.all([page.waitForNavigation(), page.click('form[role=search] button[type=submit]')]);
  assert.match(await page.textContent('#results-title'), /^1 dienst/);
  await Promise.all([page.waitForNavigation(), page.click('main .results a >> nth=0')]);
  assert.match(await page.textContent('h1'), /Schuldbemiddeling/);
  assert.match(await page.textContent('main'), /Maandag/);
  await visit(page, '/nl/anderlecht/map');
  await Promise.all([page.waitForNavigation(), page.click('.map-facets a:has-text("Huisvesting")')]);
  assert.match(new URL(page.url()).search, /theme=housing/);
  assert.match(await page.textContent('#results-title'), /^2 dienst/);
  await Promise.all([page.waitForNavigation(), page.click('.map-facets a:has-text("Deze filter wissen")')]);
  assert.match(await page.textContent('#results-title'), /^14 dienst/);
  await page.context().close();
});

test('a citizen reports an error on a service page, and the coordinator sees it', async () => {
  const page = await newPage(browser, { javaScriptEnabled: false });
  await visit(page, '/fr/anderlecht/services/1');
  await Promise.all([page.waitForNavigation(), page.click('a[href$="/report"]')]);
  await page.fill('#field-message', '');
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  assert.match(await page.textContent('.error-summary'), /obligatoire/);
  await page.fill('#field-message', 'Le numéro de téléphone a changé.');
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  assert.match(await page.textContent('main'), /Merci/);
  await page.context().close();
  const coordinator = await newPage(browser);
  await login(coordinator, 'fr', 'coordinator@anderlecht.example', PASSWORD.coordinator);
  await visit(coordinator, '/fr/anderlecht/map/reports');
  assert.match(await coordinator.textContent('main'), /Le numéro de téléphone a changé/);
  await expectAccessible(coordinator, 'reports queue');
  // The form with its errors, checked where axe can run (JavaScript on).
  await visit(coordinator, '/nl/anderlecht/services/1/report');
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('main button[type=submit]')]);
  assert.equal(await coordinator.getAttribute('#field-message', 'aria-invalid'), 'true');
  await expectAccessible(coordinator, 'report form with errors');
  await coordinator.context().close();
});

test('a member edits its own organisation with approval on, and the change appears once approved', async () => {
  const coordinator = await newPage(browser);
  await login(coordinator, 'fr', 'coordinator@anderlecht.example', PASSWORD.coordinator);
  await visit(coordinator, '/fr/anderlecht/map/changes');
  await coordinator.check('#field-approval');
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('form[action$="/map/settings"] button')]);
  assert.ok(await coordinator.isChecked('#field-approval'));
  await expectAccessible(coordinator, 'changes queue');

  const member = await newPage(browser);
  await login(member, 'nl', 'member@anderlecht.example', PASSWORD.member);
  await visit(member, '/nl/anderlecht/organizations/1');
  await Promise.all([member.waitForNavigation(), member.click('main a[href$="/organizations/1/edit"]')]);
  assert.match(await member.textContent('main'), /nadat de coördinatie ze heeft goedgekeurd/);
  await expectAccessible(member, 'organisation edit form');
  // A mistake first: the form comes back with the message and what was typed.
  await member.fill('#field-website', 'ocmw anderlecht');
  await member.fill('#field-description_nl', 'Het OCMW helpt iedereen die in Anderlecht woont, ook op zaterdag.');
  await Promise.all([member.waitForNavigation(), member.click('main form.stack button[type=submit]')]);
  assert.match(await member.textContent('.error-summary'), /volledig webadres/);
  assert.equal(await member.inputValue('#field-description_nl'), 'Het OCMW helpt iedereen die in Anderlecht woont, ook op zaterdag.');
  await expectAccessible(member, 'organisation edit form with errors');
  await member.fill('#field-website', 'https://ocmw-anderlecht.example');
  await Promise.all([member.waitForNavigation(), member.click('main form.stack button[type=submit]')]);
  assert.match(await member.textContent('main'), /wacht op goedkeuring/);
  assert.doesNotMatch(await member.textContent('main'), /ook op zaterdag/);
  // The service and place forms of the same organisation are open to the member too.
  for (const path of ['/nl/anderlecht/services/1/edit', '/nl/anderlecht/organizations/1/locations/new']) {
    assert.equal((await visit(member, path)).status(), 200, path);
    await expectAccessible(member, path);
  }

  await visit(coordinator, '/fr/anderlecht/map/changes');
  assert.match(await coordinator.textContent('main'), /ook op zaterdag/);
  await expectAccessible(coordinator, 'changes queue with a diff');
  // The demo's own proposal waits beside this one: the coordinator approves this one.
  const proposal = coordinator.locator('section.change', { hasText: 'ook op zaterdag' });
  await Promise.all([coordinator.waitForNavigation(), proposal.locator('button[value=approve]').click()]);
  assert.match(await coordinator.textContent('main'), /La modification est validée/);
  assert.doesNotMatch(await coordinator.textContent('main'), /ook op zaterdag/);
  await visit(coordinator, '/fr/anderlecht/audit');
  assert.match(await coordinator.textContent('main'), /directory.change.approved/);

  await visit(member, '/nl/anderlecht/organizations/1');
  assert.match(await member.textContent('main'), /ook op zaterdag/);
  await expectAccessible(member, 'organisation page after approval');
  await member.context().close();
  await coordinator.context().close();
});

test('a coordinator tries an HSDS import, with and without JavaScript', async () => {
  const exported = await (await fetch(`${BASE}/api/hsds/koekelberg/export?lang=nl`)).text();
  for (const javaScriptEnabled of [false, true]) {
    const page = await newPage(browser, { javaScriptEnabled });
    await login(page, 'fr', 'coordinator@anderlecht.example', PASSWORD.coordinator);
    await visit(page, '/fr/anderlecht/map/import');
    await page.setInputFiles('#field-file', { name: 'koekelberg-nl.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    assert.ok(await page.isChecked('#field-dry_run'), 'a dry run is the default');
    await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
    assert.match(await page.textContent('main'), /rien n'a été enregistré/);
    assert.match(await page.textContent('main'), /Création/);
    if (javaScriptEnabled) await expectAccessible(page, 'import dry-run report');
    await page.context().close();
  }
});

test('an organisation applies in Dutch, is admitted, sets its password and joins a working group', async () => {
  // In Koekelberg: the other tests sign Anderlecht's coordinator in often enough to meet the
  // per-account sign-in limit.
  const email = `contact-${Date.now()}@linde.example`;
  const visitor = await newPage(browser);
  await visit(visitor, '/nl/koekelberg/join');
  assert.match(await visitor.textContent('main'), /beroepsgeheim/, 'the charter in Dutch');
  await expectAccessible(visitor, 'join form');
  await visitor.fill('#field-name', 'Buurthuis De Linde');
  await visitor.fill('#field-email', 'info@linde.example');
  await visitor.fill('#field-address', 'Lindestraat 3, 1070 Anderlecht');
  await visitor.check('#themes-housing');
  await visitor.fill('#field-motivation', 'Wij willen samenwerken met de andere organisaties.');
  await visitor.fill('#field-contact_name', 'Lotte Peeters');
  await visitor.fill('#field-contact_email', email);
  await visitor.selectOption('#field-contact_lang', 'nl');
  await visitor.check('#field-share_consent');
  // Forgetting to sign brings the form back with what was typed.
  await Promise.all([visitor.waitForNavigation(), visitor.click('main form button[type=submit]')]);
  assert.match(await visitor.textContent('.error-summary'), /Typ uw volledige naam/);
  assert.equal(await visitor.inputValue('#field-name'), 'Buurthuis De Linde');
  await expectAccessible(visitor, 'join form with errors');
  await visitor.fill('#field-signature_name', 'Lotte Peeters');
  await visitor.check('#field-signature_consent');
  await Promise.all([visitor.waitForNavigation(), visitor.click('main form button[type=submit]')]);
  assert.match(await visitor.textContent('h1'), /Aanvraag verstuurd/);
  await expectAccessible(visitor, 'application sent');
  await visitor.context().close();

  const coordinator = await newPage(browser);
  await login(coordinator, 'fr', 'coordinator@koekelberg.example', 'demo-koekelberg-coordinator');
  await visit(coordinator, '/fr/koekelberg/members?status=applicant');
  await expectAccessible(coordinator, 'register: applications');
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('main table a:has-text("Buurthuis De Linde")')]);
  await expectAccessible(coordinator, 'application');
  // Decided now, not at a meeting (which would wait for its minutes' approval).
  await coordinator.selectOption('#field-meeting', '');
  // The decision says what follows before it is taken.
  await coordinator.click('details.confirm:has(button[value=admit]) > summary');
  assert.match(await coordinator.textContent('details.confirm:has(button[value=admit]) p'), /(devient membre|wordt lid)/);
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('button[value=admit]')]);
  assert.match(await coordinator.textContent('.lead'), /^Membre$/);
  await expectAccessible(coordinator, 'admitted member');
  await coordinator.context().close();

  // The invitation, as delivered: in Dutch, with a set-password link that only the recipient
  // holds (the platform admin's outbox shows it masked).
  const invitation = await eventually(
    () => mailbox().find((m) => m.to.includes(email) && m.text.includes('/password/reset/')),
    'the invitation',
  );
  const link = invitation.text.split(/\s+/).find((w) => w.includes('/password/reset/'));
  assert.ok(link, 'a set-password link');
  const admin = await newPage(browser);
  await login(admin, 'en', 'admin@socius.example', PASSWORD.admin);
  await visit(admin, '/en/admin/outbox');
  await Promise.all([admin.waitForNavigation(), admin.click(`main table tr:has-text("${email}") a >> nth=0`)]);
  assert.equal(await admin.getAttribute('pre.mail-body', 'lang'), 'nl', 'the email is in Dutch');
  const stored = await admin.textContent('pre.mail-body');
  assert.ok(!stored.includes(new URL(link).pathname), 'no working link in the outbox');
  await admin.context().close();

  const member = await newPage(browser);
  await visit(member, new URL(link).pathname);
  await expectAccessible(member, 'set password');
  await member.fill('#field-password', 'een lange zin als wachtwoord');
  await member.fill('#field-confirm', 'een lange zin als wachtwoord');
  await Promise.all([member.waitForNavigation(), member.click('main button[type=submit]')]);
  // Choosing the password signs the new member in, on their dashboard.
  assert.equal(new URL(member.url()).pathname, '/nl/koekelberg/dashboard');
  assert.match(await member.textContent('.flash-success'), /Welkom/);
  await visit(member, '/nl/koekelberg/bodies');
  assert.match(await member.textContent('main'), /Plenaire vergadering/);
  await expectAccessible(member, 'bodies');
  await Promise.all([member.waitForNavigation(), member.click('main a:has-text("Werkgroep Huisvesting")')]);
  await expectAccessible(member, 'working group');
  await Promise.all([member.waitForNavigation(), member.click('main form[action$="/join"] button')]);
  assert.match(await member.textContent('main'), /Uw organisatie maakt er deel van uit/);
  await expectAccessible(member, 'working group joined');

  // The guided path: the application's address is already its place; the member presents the
  // organisation and describes a service at that place, and its record is on the map.
  await visit(member, '/nl/koekelberg/my-organisation');
  await expectAccessible(member, 'the guided path');
  await Promise.all([member.waitForNavigation(), member.click('ol.steps a:has-text("Uw organisatie voorstellen")')]);
  await member.fill('#field-description_nl', 'Een buurthuis voor jong en oud, met huiswerkbegeleiding en een sociale kruidenier.');
  await Promise.all([member.waitForNavigation(), member.click('main form.stack button[type=submit]')]);
  assert.equal(new URL(member.url()).pathname, '/nl/koekelberg/my-organisation');
  await Promise.all([member.waitForNavigation(), member.click('ol.steps a:has-text("Een dienst beschrijven")')]);
  await expectAccessible(member, 'a new service from the guided path');
  assert.equal(await member.locator('input[name=location_ids]:checked').count(), 1, 'its only place, ticked');
  await member.fill('#field-name_nl', 'Huiswerkklas');
  await member.check('input[name=themes][value=housing]');
  await Promise.all([member.waitForNavigation(), member.click('main form.stack button[type=submit]')]);
  assert.equal(new URL(member.url()).pathname, '/nl/koekelberg/my-organisation');
  assert.match(await member.textContent('.guide-path'), /Uw fiche staat op de kaart/);
  await Promise.all([member.waitForNavigation(), member.click('.guide-path a:has-text("Uw fiche bekijken")')]);
  assert.match(await member.textContent('main'), /Huiswerkklas/);
  await expectAccessible(member, 'the record on the map');
  await member.context().close();
});

/** From a meeting's page: *Publish* opens the preview (checked with axe), which confirms an empty
 * agenda on purpose, then *Confirm and send*. */
async function publishMeeting(page) {
  await Promise.all([page.waitForNavigation(), page.click('main a[href$="/publish"]')]);
  assert.equal(await page.locator('pre.mail-body').count(), 2, 'the email in French and in Dutch');
  await expectAccessible(page, 'publication preview');
  if (await page.isVisible('#field-empty_agenda')) await page.check('#field-empty_agenda');
  await Promise.all([page.waitForNavigation(), page.click('main form[action$="/publish"] button[type=submit]')]);
}

/** What the SMTP sink received (decoded by Python's email package). */
function mailbox() {
  return JSON.parse(execFileSync('python3', ['../support/read_mail.py', process.env.SOCIUS_MAIL_DIR], { encoding: 'utf8' }));
}

async function eventually(find, what) {
  for (let i = 0; i < 50; i += 1) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`never arrived: ${what}`);
}

test('a plenary from call to minutes: proposal, invitations by email, an excused member, attendance, minutes, follow-up', async () => {
  assert.ok(process.env.SOCIUS_MAIL_DIR, 'the SMTP sink directory');
  const date = new Date(Date.now() + 60 * 86400000).toISOString().slice(0, 10);
  const later = new Date(Date.now() + 120 * 86400000).toISOString().slice(0, 10);
  const coordinator = await newPage(browser);
  await login(coordinator, 'fr', 'coordinator@koekelberg.example', 'demo-koekelberg-coordinator');
  await visit(coordinator, '/fr/koekelberg/bodies');
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('main a:has-text("Assemblée plénière")')]);
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('main a:has-text("Planifier une réunion")')]);
  await expectAccessible(coordinator, 'meeting form');
  await coordinator.fill('#field-date', date);
  await coordinator.fill('#field-time', '09:30');
  // Forgetting the place: the form says so and keeps the rest.
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('main form button[type=submit]')]);
  assert.match(await coordinator.textContent('.error-summary'), /lieu/);
  assert.equal(await coordinator.inputValue('#field-date'), date);
  await expectAccessible(coordinator, 'meeting form with errors');
  await coordinator.fill('#field-place_fr', 'Maison communale, salle 2');
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('main form button[type=submit]')]);
  const meetingUrl = new URL(coordinator.url()).pathname;
  assert.match(meetingUrl, /\/fr\/koekelberg\/meetings\/\d+$/);
  await expectAccessible(coordinator, 'meeting page');

  // A draft is the coordinators' alone; calling the meeting invites every member.
  const member = await newPage(browser);
  await login(member, 'nl', 'member@koekelberg.example', 'demo-koekelberg-member');
  const hidden = await member.goto(BASE + meetingUrl.replace('/fr/', '/nl/'));
  assert.equal(hidden.status(), 404);
  await publishMeeting(coordinator);
  assert.match(await coordinator.textContent('.flash'), /invitations sont parties\s: \d+ personnes? invitées? par e-mail/);

  // The member proposes an item until the deadline; the coordinator accepts it.
  await visit(member, meetingUrl.replace('/fr/', '/nl/'));
  await member.fill('#field-title_nl', 'Voorstelling van ons huis');
  await member.fill('#field-title_fr', 'Présentation de notre maison');
  await member.selectOption('#field-kind', 'presentation');
  await Promise.all([member.waitForNavigation(), member.click('main form[action$="/items"] button')]);
  assert.match(await member.textContent('main'), /wacht op de beslissing/);
  await expectAccessible(member, 'meeting page (member)');
  await visit(coordinator, meetingUrl);
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('button[value=accept]')]);

  // The invitations, as delivered to the SMTP sink: French and Dutch, each with its calendar file.
  const invitations = await eventually(() => {
    const mail = mailbox().filter((m) => m.attachments.some((a) => a.content_type === 'text/calendar'));
    return mail.some((m) => m.to.includes('member@koekelberg.example')) && mail.some((m) => /^Invitation\s:/.test(m.subject)) ? mail : null;
  }, 'the invitations');
  const french = invitations.find((m) => /^Invitation\s:/.test(m.subject));
  assert.match(french.text, /Vous êtes invité·e/);
  const dutch = invitations.find((m) => m.to.includes('member@koekelberg.example'));
  assert.match(dutch.text, /U bent uitgenodigd/);
  assert.match(dutch.subject, /^Uitnodiging voor Plenaire vergadering/);
  // The HTML part has structure: the agenda as a numbered list, the three answers as buttons; a
  // reply reaches the coordination.
  assert.match(french.html, /<ol>\s*<li>/);
  assert.equal((french.html.match(/href="[^"]*\/rsvp\/[^"]*answer=(yes|excused|no)"/g) ?? []).length, 3);
  assert.equal(french.reply_to, 'coordination@koekelberg.example');
  // It is signed by the coordination: its name, address and the address to write to.
  assert.match(french.html, /<table role="presentation"[\s\S]*Koekelberg[\s\S]*mailto:coordination@koekelberg\.example/);
  // The coordinator finds each invitation in the coordination's mail log.
  await visit(coordinator, '/fr/koekelberg/mail?q=member%40koekelberg.example');
  assert.match(await coordinator.textContent('main table'), /Uitnodiging voor Plenaire vergadering/);
  await expectAccessible(coordinator, 'mail log');
  const ics = dutch.attachments.find((a) => a.content_type === 'text/calendar').text;
  assert.match(ics, /METHOD:REQUEST/);
  assert.match(ics, /SEQUENCE:0/);
  // It names its recipient, asks for an answer, and leads to the meeting's page.
  const unfolded = ics.replace(/\r\n /g, '');
  assert.match(unfolded, /ATTENDEE;CN=[^:]*;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:member@koekelberg\.example/);
  assert.match(unfolded, /URL:http[^\r\n]*\/nl\/koekelberg\/meetings\/\d+/);

  // The member is excused, from the link in the email, without signing in.
  const link = dutch.text.split(/\s+/).find((w) => w.includes('/rsvp/') && w.endsWith('answer=excused'));
  const answer = await newPage(browser);
  await visit(answer, new URL(link).pathname + new URL(link).search);
  assert.ok(await answer.isChecked('#answer-excused'));
  await expectAccessible(answer, 'answer page');
  await Promise.all([answer.waitForNavigation(), answer.click('main form button[type=submit]')]);
  assert.match(await answer.textContent('main'), /Bedankt, uw antwoord is opgeslagen/);
  await answer.context().close();

  // The day comes: the meeting is moved to an hour ago, as if it had begun (the list of those
  // present and the minutes belong after its start).
  const [today, hourAgo] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels', dateStyle: 'short', timeStyle: 'short' })
    .format(new Date(Date.now() - 3600000)).split(' ');
  await visit(coordinator, `${meetingUrl}/edit`);
  await coordinator.fill('#field-date', today);
  await coordinator.fill('#field-time', hourAgo);
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('main form button[type=submit]')]);

  // Attendance: the coordinator marks someone present.
  await visit(coordinator, `${meetingUrl}/attendance`);
  await expectAccessible(coordinator, 'attendance');
  assert.match(await coordinator.textContent('main'), /verontschuldigd|excusé/);
  const firstSelect = coordinator.locator('main select').first();
  await firstSelect.selectOption('present');
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('main form[action$="/attendance"] button[type=submit]')]);

  // Minutes: one form. Notes, a decision and an action typed under the first item, then straight
  // to "send" — the step saves what was typed first, so nothing is lost; then published. The PDF
  // opens and holds the text.
  await visit(coordinator, `${meetingUrl}/minutes`);
  await coordinator.fill('textarea[name^="notes_fr_"] >> nth=0', 'Tour de table : trois partenaires signalent des hausses de loyer.');
  await coordinator.fill('textarea[name^="new_decision_"] >> nth=0', 'La coordination interpelle la commune sur les loyers.');
  await coordinator.fill('input[name^="new_action_"][name$="_description"] >> nth=0', 'Écrire à la commune');
  await coordinator.fill('input[name^="new_action_"][name$="_owner_name"] >> nth=0', 'Coordination');
  for (const step of ['send', 'publish']) {
    // Each step says how many people it emails before it does.
    const panel = `details.confirm:has(button[name=step][value=${step}])`;
    await coordinator.click(`${panel} > summary`);
    assert.match(await coordinator.textContent(`${panel} p`), /\d+ personnes? /);
    await Promise.all([coordinator.waitForNavigation(), coordinator.click(`${panel} button[name=step]`)]);
    assert.match(await coordinator.textContent('.flash'), /reçu le procès-verbal par e-mail/);
  }
  assert.match(await coordinator.textContent('main'), /trois partenaires signalent des hausses de loyer/);
  assert.match(await coordinator.textContent('main ol.decisions'), /interpelle la commune sur les loyers/);
  await expectAccessible(coordinator, 'minutes');
  const pdf = await coordinator.request.get(`${BASE}${meetingUrl}/minutes.pdf`);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  const dir = mkdtempSync(join(tmpdir(), 'socius-minutes-'));
  writeFileSync(join(dir, 'minutes.pdf'), await pdf.body());
  const text = execFileSync('pdftotext', [join(dir, 'minutes.pdf'), '-'], { encoding: 'utf8' });
  assert.match(text, /Procès-verbal/);
  assert.match(text, /interpelle la commune sur les loyers/);

  // The next plenary's agenda brings the open action back.
  await visit(coordinator, '/fr/koekelberg/bodies');
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('main a:has-text("Assemblée plénière")')]);
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('main a:has-text("Planifier une réunion")')]);
  await coordinator.fill('#field-date', later);
  await coordinator.fill('#field-place_fr', 'Maison communale, salle 2');
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('main form button[type=submit]')]);
  assert.match(await coordinator.textContent('main'), /Suivi des actions/);
  assert.match(await coordinator.textContent('main'), /Écrire à la commune/);
  await member.context().close();
  await coordinator.context().close();
});

test('a partner reports needs and non-take-up; a national register number is refused; the published aggregates hide small groups', async () => {
  const slug = 'watermael-boitsfort';
  const member = await newPage(browser);
  await login(member, 'fr', `member@${slug}.example`, `demo-${slug}-member`);
  await visit(member, `/fr/${slug}/observatory/report?kind=need`);
  await expectAccessible(member, 'need report form');
  const report = async (fields, theme) => {
    await member.selectOption('#field-theme', theme);
    await member.selectOption('#field-target_group', 'families');
    await member.fill('#field-description', fields.description);
    await member.fill('#field-people_count', fields.people);
    await member.selectOption('#field-trend', 'growing');
    await member.selectOption('#field-severity', '3');
    await Promise.all([member.waitForNavigation(), member.click('main form.stack button[type=submit]')]);
  };
  // A national register number in the text: refused, with the reason, and nothing typed is lost.
  const typed = 'Une mère seule, 85.07.30-033.28, attend un logement social depuis trois ans.';
  await report({ description: typed, people: '12' }, 'housing');
  assert.match(await member.textContent('.error-summary'), /registre national/);
  assert.equal(await member.inputValue('#field-description'), typed);
  assert.equal(await member.inputValue('#field-people_count'), '12');
  assert.equal(await member.inputValue('#field-theme'), 'housing');
  await expectAccessible(member, 'need report form with a refused text');
  await member.fill('#field-description', 'Des mères seules attendent un logement social depuis trois ans.');
  await Promise.all([member.waitForNavigation(), member.click('main form.stack button[type=submit]')]);
  assert.match(new URL(member.url()).pathname, /\/observatory\/mine$/);
  await visit(member, `/fr/${slug}/observatory/report?kind=need`);
  await report({ description: 'Trois jeunes suivis par le service jeunesse sans solution.', people: '3' }, 'youth-aid');
  await visit(member, `/fr/${slug}/observatory/report?kind=non_take_up`);
  await expectAccessible(member, 'non-take-up report form');
  await member.selectOption('#field-right', 'bim');
  await member.check('#causes-unaware');
  await member.check('#causes-complexity');
  await member.selectOption('#field-target_group', 'older-people');
  await member.fill('#field-description', 'Des pensionnés ne savent pas qu\'ils ont droit à l\'intervention majorée.');
  await member.fill('#field-people_count', '6');
  await member.selectOption('#field-outcome', 'accompanied');
  await Promise.all([member.waitForNavigation(), member.click('main form.stack button[type=submit]')]);
  const organisation = (await member.textContent('main p.lead')).trim();
  const mine = await member.textContent('main');
  assert.match(mine, /Logement/);
  assert.match(mine, /Intervention majorée/);
  await expectAccessible(member, 'my organisation\'s signals');

  // The coordinator's dashboard: charts, each with its data table.
  const coordinator = await newPage(browser);
  await login(coordinator, 'fr', `coordinator@${slug}.example`, `demo-${slug}-coordinator`);
  await visit(coordinator, `/fr/${slug}/observatory`);
  assert.ok((await coordinator.locator('svg[role=img]').count()) >= 5, 'charts');
  assert.equal(await coordinator.locator('svg[role=img]').count(), await coordinator.locator('figure + details table.data').count(), 'a table beside every chart');
  assert.match(await coordinator.textContent('main'), /Aide à la jeunesse/);
  await expectAccessible(coordinator, 'observatory dashboard');
  await visit(coordinator, `/fr/${slug}/observatory/rounds`);
  await expectAccessible(coordinator, 'collection rounds');
  // The round is closed, then published, each after saying what it does: the three young people
  // are too few to be shown.
  for (const step of ['close', 'publish']) {
    const panel = `main details.confirm:has(form[action$="/${step}"])`;
    await coordinator.click(`${panel} > summary`);
    assert.ok((await coordinator.textContent(`${panel} p`)).length > 20, `${step} says what it does`);
    await Promise.all([coordinator.waitForNavigation(), coordinator.click(`${panel} form button`)]);
  }
  const visitor = await newPage(browser);
  await visit(visitor, `/fr/${slug}/observatory/public`);
  const youth = visitor.locator('tr', { has: visitor.locator('th', { hasText: 'Aide à la jeunesse' }) }).first();
  assert.equal(await youth.locator('td.suppressed').count(), 1, 'the small group is suppressed');
  assert.ok(!(await visitor.textContent('main')).includes(organisation), 'no organisation is named');
  await expectAccessible(visitor, 'published observatory');
  await visit(coordinator, `/fr/${slug}/observatory/signals`);
  await expectAccessible(coordinator, 'all signals');
  await member.context().close();
  await coordinator.context().close();
  await visitor.context().close();
});

test('a missing page is a translated 404', async () => {
  const page = await newPage(browser);
  const response = await visit(page, '/nl/bestaat-niet/');
  assert.equal(response.status(), 404);
  assert.match(await page.textContent('h1'), /Pagina niet gevonden/);
  await expectAccessible(page, '404');
  await page.context().close();
});

/** A TOTP code (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits) computed here with Node's crypto,
 * independently of the server's implementation, from the key the enrolment page shows. */
function totp(base32Key, at = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32Key.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

test('a coordinator turns on a second factor and signs in with a code from an app', async () => {
  const email = 'coordinator@watermael-boitsfort.example';
  const password = 'demo-watermael-boitsfort-coordinator';
  const page = await newPage(browser);
  await login(page, 'fr', email, password);
  await visit(page, '/fr/account');
  await Promise.all([page.waitForNavigation(), page.click('a[href$="/account/second-factor"]')]);
  await expectAccessible(page, 'second factor enrolment');
  assert.match(await page.getAttribute('img.qr', 'src'), /^data:image\/png;base64,/);
  const key = await page.textContent('code.secret');
  await page.fill('#field-code', '000000');
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  assert.match(await page.textContent('.error-summary'), /pas valable/);
  await expectAccessible(page, 'second factor enrolment with an error');
  await page.fill('#field-code', totp(key));
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  const codes = await page.locator('ol.recovery-codes code').allTextContents();
  assert.equal(codes.length, 10);
  await expectAccessible(page, 'recovery codes');
  await page.context().close();

  // Signing in: the password, then a code of the next step (the enrolment's is used).
  const again = await newPage(browser);
  await login(again, 'fr', email, password);
  assert.equal(new URL(again.url()).pathname, '/fr/login/code');
  await expectAccessible(again, 'sign-in code page');
  await again.fill('#field-code', totp(key, Date.now() + 30_000));
  await Promise.all([again.waitForNavigation(), again.click('main form button[type=submit]')]);
  assert.equal(new URL(again.url()).pathname, '/fr/watermael-boitsfort/dashboard');

  // Turned off again with a recovery code, so the demo account stays as it was.
  await visit(again, '/fr/account');
  assert.match(await again.textContent('main'), /10 codes de secours/);
  await again.fill('#field-second_factor_code', codes[0]);
  await Promise.all([again.waitForNavigation(), again.click('form[action$="/second-factor/remove"] button')]);
  assert.match(await again.textContent('main'), /Le deuxième facteur est désactivé/);
  await again.context().close();
});

// The "done when": a coordination made on the command line sets itself up in the browser,
// and a visitor finds it in French and in Dutch, at desktop and phone widths.
test('a new coordination sets itself up; a visitor finds its mission, partners and public meeting in both languages', async (t) => {
  const bin = process.env.SOCIUS_BIN;
  if (!bin || !process.env.SOCIUS_DATABASE_URL) {
    assert.ok(!process.env.SOCIUS_TEST_REQUIRE_ALL, 'CI runs this test: scripts/test sets SOCIUS_BIN and SOCIUS_DATABASE_URL');
    t.skip('SOCIUS_BIN and SOCIUS_DATABASE_URL (the demo server\'s binary and database) are not set');
    return;
  }
  const socius = (...args) => execFileSync(bin, args, { encoding: 'utf8' });
  const slug = `saint-josse-${Date.now().toString(36)}`;
  socius('coordination', 'add', '--slug', slug, '--name-fr', 'Coordination sociale de Saint-Josse',
    '--name-nl', 'Sociale coördinatie Sint-Joost', '--nis-code', '21013', '--email', `info@${slug}.example`);
  const email = `coordinatrice@${slug}.example`;
  const password = 'une longue phrase de passe pour Saint-Josse';
  socius('user', 'add', '--email', email, '--name', 'Amina Benali', '--role', 'coordinator', '--coordination', slug, '--password', password);
  const submit = (page, form = 'main form') => Promise.all([page.waitForNavigation(), page.click(`${form} button[type=submit]`)]);

  // The first coordinator signs in: coordinators must have a second factor, so the first sign-in
  // sets one up (the app's code, then the recovery codes) before the member area.
  const coordinator = await newPage(browser);
  await login(coordinator, 'fr', email, password);
  assert.equal(new URL(coordinator.url()).pathname, '/fr/login/code');
  await expectAccessible(coordinator, 'second factor enrolment at the first sign-in');
  await coordinator.fill('#field-code', totp(await coordinator.textContent('code.secret')));
  await submit(coordinator);
  assert.equal((await coordinator.locator('ol.recovery-codes code').allTextContents()).length, 10);
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('main a.button')]);
  assert.equal(new URL(coordinator.url()).pathname, `/fr/${slug}/dashboard`);
  // Then the identity: a colour too light for white text is refused beside the field, a darker
  // one is taken.
  await expectAccessible(coordinator, 'a new coordination\'s dashboard');
  await visit(coordinator, `/fr/${slug}/identity`);
  await coordinator.fill('#field-phone', '02 220 29 11');
  await coordinator.fill('#field-address_fr', 'Rue Verte 116, 1210 Saint-Josse-ten-Noode');
  await coordinator.fill('#field-address_nl', 'Groenstraat 116, 1210 Sint-Joost-ten-Node');
  await coordinator.fill('#field-office_hours_fr', 'du lundi au vendredi, de 9 h à 12 h');
  await coordinator.fill('#field-office_hours_nl', 'van maandag tot vrijdag, van 9 tot 12 uur');
  await coordinator.fill('#field-accent_colour', '#ffcc00');
  await submit(coordinator, 'form.stack[method=post]:not([enctype])');
  assert.ok(await coordinator.isVisible('#error-accent_colour'), 'the light colour is refused');
  assert.equal(await coordinator.inputValue('#field-phone'), '02 220 29 11', 'what was typed stays');
  await expectAccessible(coordinator, 'identity with an error');
  await coordinator.fill('#field-accent_colour', '#7a1f5c');
  await submit(coordinator, 'form.stack[method=post]:not([enctype])');
  assert.ok(await coordinator.isVisible('.flash-success'));

  // The mission, in French and Dutch.
  const mission = {
    fr: 'Nous relions les associations de Saint-Josse pour que chacun trouve l\'aide à laquelle il a droit.',
    nl: 'We verbinden de verenigingen van Sint-Joost zodat iedereen de hulp vindt waar hij recht op heeft.',
  };
  await visit(coordinator, `/fr/${slug}/about/mission/edit`);
  await coordinator.fill('#field-body_fr', mission.fr);
  await coordinator.fill('#field-body_nl', mission.nl);
  await submit(coordinator);

  // Its plenary, and a public meeting of it, called.
  await visit(coordinator, `/fr/${slug}/bodies/new`);
  await coordinator.selectOption('#field-kind', 'plenary');
  await coordinator.fill('#field-name_fr', 'Assemblée plénière');
  await coordinator.fill('#field-name_nl', 'Plenaire vergadering');
  await submit(coordinator);
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('main a:has-text("Planifier une réunion")')]);
  const day = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10);
  await coordinator.fill('#field-date', day);
  await coordinator.fill('#field-time', '14:00');
  await coordinator.fill('#field-place_fr', 'Maison communale de Saint-Josse, salle du conseil');
  await coordinator.check('#field-public');
  await submit(coordinator);
  assert.match(new URL(coordinator.url()).pathname, new RegExp(`/fr/${slug}/meetings/\\d+$`));
  await publishMeeting(coordinator);

  // A partner: an organisation applies in Dutch and is admitted.
  const visitor = await newPage(browser);
  await visit(visitor, `/nl/${slug}/join`);
  await visitor.fill('#field-name', 'Buurthuis Sint-Joost');
  await visitor.fill('#field-email', `info@buurthuis.${slug}.example`);
  await visitor.fill('#field-address', 'Sint-Lazaruslaan 2, 1210 Sint-Joost-ten-Node');
  await visitor.check('#themes-housing');
  await visitor.fill('#field-motivation', 'Wij willen samenwerken.');
  await visitor.fill('#field-contact_name', 'Joris Claes');
  await visitor.fill('#field-contact_email', `joris@buurthuis.${slug}.example`);
  await visitor.selectOption('#field-contact_lang', 'nl');
  if (await visitor.isVisible('#field-signature_name')) {
    await visitor.fill('#field-signature_name', 'Joris Claes');
    await visitor.check('#field-signature_consent');
  }
  await submit(visitor);
  assert.match(await visitor.textContent('h1'), /Aanvraag verstuurd/);
  await visit(coordinator, `/fr/${slug}/members?status=applicant`);
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('main table a:has-text("Buurthuis Sint-Joost")')]);
  // The decision says what follows before it is taken.
  await coordinator.click('details.confirm:has(button[value=admit]) > summary');
  assert.match(await coordinator.textContent('details.confirm:has(button[value=admit]) p'), /(devient membre|wordt lid)/);
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('button[value=admit]')]);
  await coordinator.context().close();

  // A visitor finds all of it in each language, on a wide screen and on a phone.
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  for (const [lang, size] of [['fr', {}], ['nl', {}], ['fr', phone], ['nl', phone]]) {
    const page = await newPage(browser, size);
    const width = size.viewport ? '390 px' : 'desktop';
    const check = async (label) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${label} (${lang}, ${width}) scrolls sideways by ${overflow} px`);
      await expectAccessible(page, `${label} (${lang}, ${width})`);
    };
    await visit(page, `/${lang}/${slug}/`);
    assert.equal((await page.textContent('.hero .lead')).trim(), mission[lang]);
    assert.equal(await page.getAttribute('#home-contact ~ dl a[href^="tel:"]', 'href'), 'tel:022202911');
    assert.ok(await page.isVisible(`#home-meetings ~ ul a[href^="/${lang}/${slug}/calendar/"]`), 'the next public meeting');
    await check('home page');
    await visit(page, `/${lang}/${slug}/partners`);
    const partner = page.locator('ul.partners a:has-text("Buurthuis Sint-Joost")');
    assert.match(await partner.getAttribute('href'), new RegExp(`^/${lang}/${slug}/organizations/\\d+$`));
    await check('partners');
    await Promise.all([page.waitForNavigation(), partner.click()]);
    assert.match(await page.textContent('h1'), /Buurthuis Sint-Joost/, 'the partner\'s map record');
    // The home page lists the meeting among the next ones; the calendar shows it in its month.
    await visit(page, `/${lang}/${slug}/calendar?month=${day.slice(0, 7)}`);
    const feed = await page.getAttribute('main a[href$="/public.ics"]:not([href^="webcal:"])', 'href');
    assert.ok(await page.isVisible('main a[href^="webcal:"]'), 'and as a webcal: subscription');
    await check('public calendar');
    await Promise.all([page.waitForNavigation(), page.click(`main a[href^="/${lang}/${slug}/calendar/"]`)]);
    assert.match(await page.textContent('main'), /Maison communale de Saint-Josse, salle du conseil/);
    await check('public meeting');
    const ics = await (await page.request.get(new URL(feed, BASE).href)).text();
    assert.match(ics, /BEGIN:VEVENT/);
    assert.match(ics, /LOCATION:Maison communale de Saint-Josse\\, salle du conseil/);
    await page.context().close();
  }
});

test('a coordinator shapes an agenda: the follow-up placed and moved, an item changed and removed', async () => {
  const page = await newPage(browser);
  await login(page, 'fr', 'coordinator@koekelberg.example', 'demo-koekelberg-coordinator');
  await visit(page, '/fr/koekelberg/meetings');
  // The demo's next plenary, in preparation, picks up an action left open last month.
  await Promise.all([page.waitForNavigation(), page.click('main h2 + ul li:has-text("en préparation") a')]);
  const meeting = new URL(page.url()).pathname;
  await Promise.all([page.waitForNavigation(), page.click('main form[action$="/follow-up"] button')]);
  const titles = () => page.locator('ol.agenda > li > strong').allTextContents();
  const last = (await titles()).length;
  assert.equal((await titles())[last - 1], 'Suivi des actions des réunions précédentes');
  await expectAccessible(page, 'agenda with its tools');
  // Moved up: it changes places with the item before it, and the times follow.
  const before = await titles();
  await Promise.all([page.waitForNavigation(), page.click(`ol.agenda > li:nth-child(${last}) form[action$="/move"] button`)]);
  assert.deepEqual(await titles(), [...before.slice(0, last - 2), before[last - 1], before[last - 2]]);
  // Changed on its own page (the title labels say Title), then removed after confirming.
  await Promise.all([page.waitForNavigation(), page.click('ol.agenda > li:first-child .item-tools a')]);
  assert.equal(await page.textContent('label[for=field-title_fr]'), 'Titre en français');
  await expectAccessible(page, 'agenda item form');
  await page.fill('#field-title_fr', 'Tour de table et actualités');
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  assert.equal(new URL(page.url()).pathname, meeting);
  assert.equal((await titles())[0], 'Tour de table et actualités');
  await page.click('ol.agenda > li:first-child details.confirm > summary');
  await Promise.all([page.waitForNavigation(), page.click('ol.agenda > li:first-child details.confirm form button')]);
  assert.match(await page.textContent('.flash'), /retiré de l'ordre du jour/);
  assert.ok(!(await titles()).includes('Tour de table et actualités'));
  await page.context().close();
});

// A member organisation's contact: its pages, on a wide screen and at 390 px.
const MEMBER_PAGES = ['/fr/anderlecht/dashboard', '/nl/anderlecht/my-organisation', '/fr/anderlecht/bodies', '/nl/anderlecht/meetings', '/fr/anderlecht/meetings/1', '/fr/anderlecht/meetings/1/minutes', '/nl/anderlecht/observatory', '/fr/anderlecht/observatory/report?kind=need', '/fr/anderlecht/observatory/mine', '/nl/anderlecht/charter/sign', '/fr/anderlecht/proposals', '/fr/anderlecht/organizations/1/edit'];

test('a member\'s pages are accessible on a wide screen and at 390 px, without sideways scrolling', async () => {
  for (const size of [{}, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }]) {
    const page = await newPage(browser, size);
    await login(page, 'fr', 'member@anderlecht.example', PASSWORD.member);
    for (const path of MEMBER_PAGES) {
      const response = await visit(page, path);
      assert.equal(response.status(), 200, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow} px`);
      await expectAccessible(page, `${path} (member, ${size.viewport ? '390 px' : 'desktop'})`);
    }
    await page.context().close();
  }
});

// The walk-through in Dutch (the French one is above): a plenary planned, its agenda
// shaped, previewed and called; cancelled with a reason and restored, each told to the invited;
// a representation marked; minutes typed and sent in one go; every message in the mail log.
test('een coördinator in het Nederlands: agenda, oproep, annulering en herstel, vertegenwoordiging, notulen, e-maillog', async () => {
  assert.ok(process.env.SOCIUS_MAIL_DIR, 'the SMTP sink directory');
  const date = new Date(Date.now() + 45 * 86400000).toISOString().slice(0, 10);
  const page = await newPage(browser);
  await login(page, 'nl', 'coordinator@anderlecht.example', 'demo-anderlecht-coordinator');
  await visit(page, '/nl/anderlecht/bodies');
  await Promise.all([page.waitForNavigation(), page.click('main a:has-text("Plenaire vergadering")')]);
  await Promise.all([page.waitForNavigation(), page.click('main a[href$="/meetings/new"]')]);
  await page.fill('#field-title_nl', 'Plenaire van de lente');
  await page.fill('#field-title_fr', 'Plénière de printemps');
  await page.fill('#field-date', date);
  await page.fill('#field-time', '14:00');
  await page.fill('#field-place_fr', 'OCMW, raadzaal');
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  const meetingUrl = new URL(page.url()).pathname;
  assert.match(meetingUrl, /^\/nl\/anderlecht\/meetings\/\d+$/);

  // Two items, the second moved up, then the first removed.
  for (const [nl, fr] of [['Woonbeleid', 'Politique du logement'], ['Rondvraag', 'Tour de table']]) {
    await page.fill('#field-title_nl', nl);
    await page.fill('#field-title_fr', fr);
    await Promise.all([page.waitForNavigation(), page.click('main form[action$="/items"] button[type=submit]')]);
  }
  // (Anderlecht's open actions put their follow-up on every new agenda, after these two.)
  const titles = async () => (await page.locator('ol.agenda > li > strong').allTextContents()).slice(0, 2);
  assert.deepEqual(await titles(), ['Woonbeleid', 'Rondvraag']);
  await Promise.all([page.waitForNavigation(), page.click('ol.agenda > li:nth-child(2) form[action$="/move"] button')]);
  assert.deepEqual(await titles(), ['Rondvraag', 'Woonbeleid']);
  await page.click('ol.agenda > li:nth-child(2) details.confirm > summary');
  await Promise.all([page.waitForNavigation(), page.click('ol.agenda > li:nth-child(2) details.confirm form button')]);
  assert.ok(!(await page.locator('ol.agenda > li > strong').allTextContents()).includes('Woonbeleid'));
  await expectAccessible(page, 'agenda (nl)');

  // Previewed in both languages, then called.
  await publishMeeting(page);
  assert.match(await page.textContent('.flash'), /uitnodigingen zijn verstuurd: \d+ (personen|persoon) uitgenodigd per e-mail/);
  const invited = await eventually(() => {
    const mail = mailbox().filter((m) => m.subject.includes('Plenaire van de lente') || m.subject.includes('Plénière de printemps'));
    return mail.length > 0 ? mail : null;
  }, 'the invitations');
  const someone = (invited[0].to.match(/<([^>]+)>/) ?? [null, invited[0].to])[1].trim();

  // Cancelled with a reason the email carries, then restored: each told to the invited.
  await Promise.all([page.waitForNavigation(), page.click('main a[href$="/cancel"]')]);
  await expectAccessible(page, 'cancel (nl)');
  assert.match(await page.textContent('#cancel-reach'), /\d+/);
  await page.fill('#field-reason', 'De zaal is niet beschikbaar.');
  await Promise.all([page.waitForNavigation(), page.click('main form[action$="/cancel"] button[type=submit]')]);
  assert.match(await page.textContent('.flash'), /De vergadering is geannuleerd/);
  const cancelled = await eventually(() => mailbox().find((m) => m.to.includes(someone) && m.text.includes('De zaal is niet beschikbaar.')), 'the cancellation');
  assert.match(cancelled.attachments.find((a) => a.content_type === 'text/calendar').text, /METHOD:CANCEL/);
  await page.click('main details.confirm:has(form[action$="/restore"]) > summary');
  await Promise.all([page.waitForNavigation(), page.click('main form[action$="/restore"] button')]);
  assert.match(await page.textContent('.flash'), /De vergadering is hersteld/);
  const restored = await eventually(() => mailbox().filter((m) => m.to.includes(someone)
    && m.attachments.some((a) => a.content_type === 'text/calendar' && /METHOD:REQUEST/.test(a.text) && /SEQUENCE:[1-9]/.test(a.text))).at(-1), 'the restoration');
  assert.ok(restored);

  // The day comes: a representation is marked, then the minutes typed and sent in one go.
  const [today, hourAgo] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels', dateStyle: 'short', timeStyle: 'short' })
    .format(new Date(Date.now() - 3600000)).split(' ');
  await visit(page, `${meetingUrl}/edit`);
  await page.fill('#field-date', today);
  await page.fill('#field-time', hourAgo);
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
  await visit(page, `${meetingUrl}/attendance`);
  await page.locator('main select[name^="attendance_"]').first().selectOption('represented');
  await page.locator('main input[name^="representative_"]').first().fill('Sara Ben');
  await Promise.all([page.waitForNavigation(), page.click('main form[action$="/attendance"] button[type=submit]')]);
  await visit(page, `${meetingUrl}/minutes`);
  await page.fill('textarea[name^="notes_nl_"] >> nth=0', 'Elke partner vertelt over de wachtlijsten.');
  await page.fill('textarea[name^="new_decision_"] >> nth=0', 'De coördinatie schrijft de gemeente aan.');
  const panel = 'details.confirm:has(button[name=step][value=send])';
  await page.click(`${panel} > summary`);
  await Promise.all([page.waitForNavigation(), page.click(`${panel} button[name=step]`)]);
  assert.match(await page.textContent('main'), /Vertegenwoordigd[\s\S]*door Sara Ben/);
  assert.match(await page.textContent('main'), /Elke partner vertelt over de wachtlijsten/);
  assert.match(await page.textContent('main ol.decisions'), /De coördinatie schrijft de gemeente aan/);
  await expectAccessible(page, 'minutes (nl)');

  // Every message to that person is in the coordination's mail log.
  await visit(page, `/nl/anderlecht/mail?q=${encodeURIComponent(someone)}`);
  const log = await page.textContent('main table');
  const flat = (text) => text.replace(/\s+/g, ' ');
  for (const subject of [invited[0].subject, cancelled.subject, restored.subject]) {
    assert.ok(flat(log).includes(flat(subject).slice(0, 40)), `${subject} in the mail log: ${flat(log)}`);
  }
  await expectAccessible(page, 'mail log (nl)');
  await page.context().close();
});

test('the register finds a member by a word of its name, the needs register lists the demo\'s needs, and a contact without an account reports from the round\'s email', async () => {
  assert.ok(process.env.SOCIUS_MAIL_DIR, 'the SMTP sink directory');
  const coordinator = await newPage(browser);
  await login(coordinator, 'fr', 'coordinator@anderlecht.example', PASSWORD.coordinator);
  // The register: a word of a member's name finds it, without JavaScript's help.
  await visit(coordinator, '/fr/anderlecht/members');
  const first = (await coordinator.textContent('main tbody th a')).trim();
  const word = first.split(/\s+/).find((w) => w.length > 4) ?? first;
  await coordinator.fill('#filter-q', word.toLowerCase());
  await Promise.all([coordinator.waitForNavigation(), coordinator.click('main form.filters button[type=submit]')]);
  assert.ok((await coordinator.locator('main tbody th a').allTextContents()).map((t) => t.trim()).includes(first), `${word} finds ${first}`);
  await expectAccessible(coordinator, 'register search');
  // The needs register: the demo's three needs, where each went.
  await visit(coordinator, '/fr/anderlecht/observatory/needs');
  assert.deepEqual((await coordinator.locator('main tbody th a').allTextContents()).map((t) => t.trim()),
    ['Délais en santé mentale', 'Accès au logement', 'Aide alimentaire en fin de mois']);
  await expectAccessible(coordinator, 'needs register');
  await coordinator.context().close();

  // Koekelberg opens a round: each contact person receives a personal link to report.
  const koekelberg = await newPage(browser);
  await login(koekelberg, 'nl', 'coordinator@koekelberg.example', 'demo-koekelberg-coordinator');
  await visit(koekelberg, '/nl/koekelberg/observatory/rounds');
  const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
  await koekelberg.fill('#field-title_fr', 'Relevé de la Saint-Nicolas');
  await koekelberg.fill('#field-title_nl', 'Sinterklaasronde');
  await koekelberg.fill('#field-period_start', day(-60));
  await koekelberg.fill('#field-period_end', day(0));
  await koekelberg.fill('#field-deadline', day(14));
  await Promise.all([koekelberg.waitForNavigation(), koekelberg.click('main form[action$="/observatory/rounds"] button[type=submit]')]);
  // The demo's round of this semester is still open: opening another over the same months is said
  // first, and done once ticked.
  assert.match(await koekelberg.textContent('#error-overlap'), /overlapt/);
  assert.equal(await koekelberg.inputValue('#field-title_nl'), 'Sinterklaasronde');
  await expectAccessible(koekelberg, 'an overlapping round, said before it opens');
  await koekelberg.check('#field-overlap');
  await Promise.all([koekelberg.waitForNavigation(), koekelberg.click('main form[action$="/observatory/rounds"] button[type=submit]')]);
  assert.match(await koekelberg.textContent('.flash-success'), /ronde/i);
  await koekelberg.context().close();
  const letter = await eventually(() => mailbox().find((m) => /Saint-Nicolas|Sinterklaasronde/.test(m.subject)
    && m.text.includes('/password/reset/')), 'a round letter to a contact without an account');
  const link = letter.text.match(/https?:\/\/\S+\/observatory\/report\/\S+/)[0];
  const contact = await newPage(browser);
  await visit(contact, new URL(link).pathname);
  assert.match(await contact.textContent('main p.lead'), /(signalez pour|meldt voor)/);
  await expectAccessible(contact, 'the report form from a personal link');
  const fr = link.includes('/fr/');
  await contact.selectOption('#field-theme', 'housing');
  await contact.selectOption('#field-target_group', 'families');
  await contact.fill('#field-description', fr ? 'Des familles dorment chez des proches, faute de logement.' : 'Gezinnen slapen bij familie, bij gebrek aan woning.');
  await contact.fill('#field-people_count', '9');
  await contact.selectOption('#field-trend', 'growing');
  await contact.selectOption('#field-severity', '3');
  await Promise.all([contact.waitForNavigation(), contact.click('main form.stack button[type=submit]')]);
  assert.equal(new URL(contact.url()).pathname, new URL(link).pathname, 'back to the form, for another');
  assert.match(await contact.textContent('.flash-success'), /(enregistré|bewaard|saved)/i);
  await expectAccessible(contact, 'a signal saved from a personal link');
  await contact.context().close();
});

// Last, so that it checks every page the tests above reached (a filtered run checks its own).
test('every page the tests reached is valid HTML for the Nu checker', () => {
  assert.ok(reached.size > 0, 'the tests reached pages');
  assert.deepEqual(htmlErrors(reached), [], `Nu HTML checker errors on ${reached.size} pages`);
});
