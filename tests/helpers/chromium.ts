/**
 * The browser tests' Chromium: Debian's package at /usr/bin/chromium, driven by playwright-core
 * (nothing is downloaded). Without it a browser test is skipped with a message, unless
 * MRPKIT_REQUIRE_BROWSER is set (CI sets it): then a missing browser fails the test.
 */
import { existsSync } from "node:fs";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** Whether the browser tests of `file` run; says so on the console when they are skipped. */
export function chromiumTestsRun(file: string): boolean {
  const required = (process.env["MRPKIT_REQUIRE_BROWSER"] ?? "") !== "";
  if (existsSync(CHROMIUM) || required) return true;
  console.warn(`${file}: skipped, ${CHROMIUM} is missing (apt-get install -y chromium; MRPKIT_REQUIRE_BROWSER=1 makes it fail instead).`);
  return false;
}

/** Fails when the browser is required but missing (a test's setup calls it first). */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) throw new Error(`MRPKIT_REQUIRE_BROWSER is set but ${CHROMIUM} is missing: install it with \`apt-get install -y chromium\``);
}

/** Chromium, headless, with its profile in `profile`, quiet on the network. */
export function launchChromium(profile: string, viewport?: { width: number; height: number }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ...(viewport === undefined ? {} : { viewport }),
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Records the console errors and page errors of `page` in `problems`. */
export function watchPage(page: Page, problems: string[]): void {
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
}
