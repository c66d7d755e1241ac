// Signs a user in through the authorization endpoint in headless Chromium (Debian's package): opens the
// authorization URL, fills in the server-rendered sign-in form, submits it, and reports the URL the browser is
// finally sent to (the app's redirect URI with ?code=…&state=…). Nothing serves the redirect URI here, so the
// script only records the request the browser makes to it (routes do not see redirect targets).
// Usage: node signin-browser.mjs <authorize-url> <redirect-uri> <email> <password>
import { chromium } from 'playwright-core';

const [authorizeUrl, redirectUri, email, password] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(authorizeUrl);
  await page.waitForSelector('form input[name="email"]', { timeout: 20000 });
  const title = await page.title();
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  const callbackRequest = page.waitForRequest(r => r.url().startsWith(redirectUri), { timeout: 20000 });
  await page.click('button[type="submit"]');
  const callback = (await callbackRequest).url();
  console.log(JSON.stringify({ title, callback }));
} finally {
  await browser.close();
}
