// Opens Banana Cake Pop in headless Chromium the way a developer would: load the endpoint, create a document, look at
// the schema reference, run `{ hello }`. Prints one JSON line with what happened; IdeBrowserTests asserts on it.
// usage: node use-ide.mjs <chromium executable> <endpoint url> <screenshot.png>
import { chromium } from 'playwright-core';

const [executablePath, url, screenshot] = process.argv.slice(2);
const timeout = 60_000;
const report = { steps: [], requests: [], failedRequests: [], consoleErrors: [], pageErrors: [] };
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
  context.on('requestfailed', r => report.failedRequests.push(`${r.method()} ${r.url()} ${r.failure()?.errorText}`));
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.on('console', m => m.type() === 'error' && report.consoleErrors.push(m.text().slice(0, 300)));
  page.on('pageerror', e => report.pageErrors.push(String(e).slice(0, 300)));
  const bodyIncludes = (texts, wait = timeout) => page.waitForFunction(
    // Monaco draws spaces as no-break spaces.
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

  await page.getByText('Schema Reference', { exact: true }).click();
  await bodyIncludes(['hello(', 'name: String = "world"']);
  report.steps.push('schema reference lists hello(name: String = "world")');

  await page.getByText('Operation', { exact: true }).click();
  const editor = page.locator('.monaco-editor').first();
  const operation = async () => (await editor.locator('.view-lines').innerText()).replaceAll('\u00a0', ' ').trim();
  const run = page.locator('button', { hasText: /^Run$/ }); // by text: its accessible name is sometimes its tooltip's
  // Editors and workers of a page that just loaded can still be settling: the text is checked (and typed again) before
  // every run, and a run that shows no response is retried, as a developer would click again.
  for (report.runs = 1; ; report.runs++) {
    if (await operation() !== '{ hello }') {
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('{ hello }');
      // The editor may have closed the brace itself as "{" was typed; drop whatever follows the cursor.
      await page.keyboard.press('Shift+Control+End');
      await page.keyboard.press('Delete');
      await page.waitForTimeout(500);
    }

    report.operation = await operation();
    await run.click();
    // The quotes make it the response's JSON, not the operation's text.
    const shown = await bodyIncludes(['"Hello world"'], 10_000).then(() => true, e => (report.runs < 5 ? false : Promise.reject(e)));
    if (shown) {
      break;
    }
  }

  report.steps.push('ran { hello }, response shows "Hello world"');
  report.ok = true;
} catch (error) {
  report.ok = false;
  report.error = String(error).slice(0, 2000);
} finally {
  const page = browser?.contexts()[0]?.pages()[0];
  await page?.screenshot({ path: screenshot }).catch(e => { report.screenshotError = String(e); });
  await browser?.close();
}

console.log(JSON.stringify(report));
process.exitCode = report.ok ? 0 : 1;
