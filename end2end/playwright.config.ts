// Browser tests against the real release server. scripts/test.sh builds the site, starts
// `ecosoc-watch serve` on its own port and database, and sets BASE_URL.
// Debian's Chromium only: no browser is ever downloaded.
import { defineConfig } from "@playwright/test";

const baseURL = process.env.BASE_URL ?? "http://127.0.0.1:3000";

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  globalSetup: "./global-setup.ts",
  use: {
    baseURL,
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // The embed test frames the local server from a page Playwright serves under another
        // origin; Chromium's Local Network Access checks would block that as a public page
        // framing a local server, which no deployment is (a public site frames a public one).
        "--disable-features=LocalNetworkAccessChecks",
      ],
    },
  },
});
