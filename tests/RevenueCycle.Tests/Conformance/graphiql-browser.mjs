// Opens the GraphiQL page in headless Chromium (Debian's package), runs a query with the toolbar's
// execute button and prints what the result pane shows. Nothing is fetched from outside the server:
// every request to another origin is aborted and reported.
// Usage: node graphiql-browser.mjs http://127.0.0.1:PORT/graphql '<query>'
import { chromium } from 'playwright-core';

const [url, query] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const origin = new URL(url).origin;
const external = [];
try {
  const page = await browser.newPage();
  await page.route('**/*', route => {
    if (new URL(route.request().url()).origin !== origin) {
      external.push(route.request().url());
      return route.abort();
    }
    return route.continue();
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 20000 });
  await page.evaluate(q => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(q), query);
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => {
    const r = document.querySelector('.graphiql-response .CodeMirror');
    return r && r.CodeMirror.getValue().includes('"data"');
  }, null, { timeout: 20000 });
  const result = await page.evaluate(() => document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue());
  const title = await page.title();
  console.log(JSON.stringify({ title, result, external }));
} finally {
  await browser.close();
}
