// Opens Banana Cake Pop in headless Chromium the way a developer would: load the endpoint, create a document, look at
// the schema reference, type an operation and run it. Prints one JSON line with what happened; the .NET tests
// (Bff.Testing's BananaCakePopBrowser) assert on it.
// usage: node banana-cake-pop.mjs <chromium executable> <endpoint url> <screenshot.png> <plan.json>
// The plan: { "operation": "{ hello }", "schemaReference": ["hello("], "schemaDefinition": ["type Query"],
// "responseTexts": ["\"Hello world\""] }: texts the Schema Reference pane must show, texts to find (with the editor's
// search) in the Schema Definition pane (the SDL the IDE printed from its introspection), and texts the response pane
// must show once the operation ran. Either schema list may be empty.
// Optional: "token" is entered as a Bearer token in the document's Connection Settings (Authorization), so the IDE sends
// it with its requests and in its WebSocket's connection_init; "subscriptionProtocol" (auto, graphql-transport-ws,
// graphql-sse, graphql-ws) is chosen there too; "subscription": true runs the operation once and waits (the whole
// timeout) for its events to show, instead of clicking Run again while the subscription is open. The WebSocket frames
// the page sent and received, and the headers of its event-stream requests, are reported either way.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [executablePath, url, screenshot, planPath] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planPath, 'utf8'));
const [wanted, responseTexts] = [plan.operation, plan.responseTexts];
const [schemaReference, schemaDefinition] = [plan.schemaReference ?? [], plan.schemaDefinition ?? []];
const [token, protocol, subscription] = [plan.token ?? null, plan.subscriptionProtocol ?? null, plan.subscription === true];
const timeout = 60_000;
const report = { steps: [], requests: [], failedRequests: [], consoleErrors: [], pageErrors: [], typingErrors: [], webSockets: [], eventStreams: [] };
// Errors the IDE's editor throws while an operation is typed key by key (its language features look at every
// half-typed prefix) are kept apart from the page's other errors: they say nothing of the service.
let typing = false;
// Monaco draws spaces as no-break spaces, and the editor may indent or wrap: texts are compared with spaces collapsed.
const normalized = text => text.replaceAll('\u00a0', ' ').replace(/\s+/g, ' ').trim();
let browser;
try {
  // Playwright gives the browser a fresh temporary profile. Without the background-networking flags Chromium calls
  // Google's services on its own, which a closed network refuses.
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // The context sees the requests of the page, its workers and its service worker: everything the IDE asks for.
  context.on('request', r => report.requests.push(`${r.method()} ${r.url()}`));
  context.on('request', r => r.headers().accept?.includes('text/event-stream') && report.eventStreams.length < 20
    && report.eventStreams.push({ url: r.url(), method: r.method(), headers: r.headers() }));
  context.on('requestfailed', r => report.failedRequests.push(`${r.method()} ${r.url()} ${r.failure()?.errorText}`));
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.on('console', m => m.type() === 'error' && report.consoleErrors.push(m.text().slice(0, 300)));
  page.on('pageerror', e => (typing ? report.typingErrors : report.pageErrors).push(String(e).slice(0, 300)));
  page.on('websocket', recordWebSocket);
  const bodyIncludes = (texts, wait = timeout) => page.waitForFunction(
    t => t.every(s => document.body.innerText.replaceAll('\u00a0', ' ').includes(s)), texts, { timeout: wait });

  // The IDE installs a service worker that caches its files for offline use, and reloads the page once the worker
  // takes control. Interacting before that reload loses the work, so the test waits for a page the worker served.
  await page.addInitScript(() => { window.servedByServiceWorker = navigator.serviceWorker?.controller != null; });
  await page.goto(url);
  await page.waitForFunction(() => window.servedByServiceWorker === true, null, { timeout });
  report.steps.push('service worker installed and serving the IDE');
  report.pageUrl = page.url();
  report.title = await page.title();
  // A fresh profile opens on the welcome screen; its button opens an untitled document on the service's endpoint.
  await page.getByRole('button', { name: 'Create Document' }).click();
  await page.getByText('Schema available').waitFor();
  report.steps.push('document created, schema loaded');

  if (token !== null || protocol !== null) {
    await enterConnectionSettings(page, token, protocol);
    report.steps.push(`connection settings: ${token === null ? 'no token' : 'bearer token'}, subscription protocol ${protocol ?? 'as it was'}`);
  }

  if (schemaReference.length > 0) {
    await page.getByText('Schema Reference', { exact: true }).click();
    await bodyIncludes(schemaReference);
    report.steps.push(`schema reference shows ${schemaReference.join(', ')}`);
  }

  // The SDL is long and the editor draws only the lines in view: each text is searched for, which scrolls to it.
  for (const text of schemaDefinition) {
    await page.getByRole('tab', { name: 'Schema Definition' }).click();
    // The editor opens its find widget once it has the focus; a click may land before the editor is ready for it.
    const find = page.locator('.monaco-editor:visible .find-widget.visible').locator('textarea, input').first();
    for (let attempt = 1; !(await find.isVisible()); attempt++) {
      await page.locator('.monaco-editor:visible').first().locator('.view-lines').click();
      await page.keyboard.press('Control+F');
      await find.waitFor({ timeout: 3_000 }).catch(e => (attempt < 5 ? undefined : Promise.reject(e)));
    }

    await find.fill(text);
    await find.press('Enter');
    await bodyIncludes([text]);
    report.steps.push(`schema definition shows ${text}`);
  }

  await page.getByText('Operation', { exact: true }).click();
  const editor = page.locator('.monaco-editor').first();
  const operation = async () => normalized(await editor.locator('.view-lines').innerText());
  const run = page.locator('button', { hasText: /^Run$/ }); // by text: its accessible name is sometimes its tooltip's
  // Editors and workers of a page that just loaded can still be settling: the text is checked (and typed again) before
  // every run, and a run that shows no response is retried, as a developer would click again.
  for (report.runs = 1; ; report.runs++) {
    if (await operation() !== normalized(wanted)) {
      await editor.click();
      await page.keyboard.press('Control+A');
      typing = true;
      // Typed on one line: a new line could accept an autocompletion suggestion.
      await page.keyboard.type(normalized(wanted));
      await page.keyboard.press('Escape'); // closes a suggestion list still open
      // The editor may have closed a brace or quote itself as it was typed; drop whatever follows the cursor.
      await page.keyboard.press('Shift+Control+End');
      await page.keyboard.press('Delete');
      await page.waitForTimeout(500);
      typing = false;
    }

    report.operation = await operation();
    // A subscription is run once, with the right text, and stays open: its first event comes when the service
    // publishes one, so its wait is the whole timeout. A wrong text is typed again before it runs.
    if (subscription) {
      if (report.operation !== normalized(wanted)) {
        if (report.runs >= 5) {
          throw new Error(`the editor shows ${report.operation}`);
        }

        continue;
      }

      await run.click();
      await bodyIncludes(responseTexts);
      break;
    }

    await run.click();
    const shown = await bodyIncludes(responseTexts, 10_000).then(() => true, e => (report.runs < 5 ? false : Promise.reject(e)));
    if (shown) {
      break;
    }
  }

  report.steps.push(`ran the operation, response shows ${responseTexts.join(', ')}`);
  report.ok = true;
} catch (error) {
  report.ok = false;
  report.error = String(error).slice(0, 2000);
} finally {
  const page = browser?.contexts()[0]?.pages()[0];
  await page?.screenshot({ path: screenshot }).catch(e => { report.screenshotError = String(e); });
  await browser?.close();
}

// The document's Connection Settings, as a developer fills them: the subscription protocol on the General tab; on the
// Authorization tab, type Bearer and the token; then Apply.
async function enterConnectionSettings(page, value, subscriptionProtocol) {
  await page.getByRole('button', { name: 'Connection Settings' }).click();
  if (subscriptionProtocol !== null) {
    await page.getByRole('tab', { name: 'General' }).click();
    await page.locator('#subscriptionProtocol').selectOption(subscriptionProtocol);
  }

  if (value !== null) {
    await page.getByRole('tab', { name: 'Authorization' }).click();
    await page.locator('#auth-flow').selectOption('bearer');
    await page.locator('#token').fill(value);
    // The dialog shows the header it will send; Apply before it does would keep the old settings.
    await page.waitForFunction(v => document.querySelector('#authHeader')?.value === `Authorization: Bearer ${v}`, value, { timeout });
  }

  await page.locator('button', { hasText: /^Apply$/ }).click();
  await page.getByRole('tab', { name: 'Authorization' }).waitFor({ state: 'detached' });
}

// Frames are kept as the page saw them (text, cut at 2000 characters), at most 200 per direction and socket.
function recordWebSocket(socket) {
  const entry = { url: socket.url(), sent: [], received: [], closed: false };
  report.webSockets.push(entry);
  const keep = list => frame => list.length < 200 && list.push(String(frame.payload).slice(0, 2000));
  socket.on('framesent', keep(entry.sent));
  socket.on('framereceived', keep(entry.received));
  socket.on('close', () => { entry.closed = true; });
}

console.log(JSON.stringify(report));
process.exitCode = report.ok ? 0 : 1;
