import { expect, test } from "@playwright/test";
import { HomePage } from "./pages/home";

test("the home page is rendered on the server, before any JavaScript runs", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deferral at the UN Committee on NGOs");
  await expect(page.getByRole("heading", { name: "What the database holds" })).toBeVisible();
  // Without JavaScript nothing hydrates.
  await expect(page.locator("main")).toHaveAttribute("data-hydrated", "false");
  await context.close();
});

test("the page hydrates and the sort control reorders the table", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const home = new HomePage(page);
  await home.goto();
  await home.waitForHydration();

  const before = await home.tableOrder();
  expect(before.length).toBeGreaterThan(3);
  await expect(home.sortButton).toHaveAttribute("aria-pressed", "false");

  await home.sortButton.click();
  await expect(home.sortButton).toHaveAttribute("aria-pressed", "true");
  await expect(home.sortButton).toHaveText("Sort by name");
  const after = await home.tableOrder();
  expect(after).not.toEqual(before);
  expect(new Set(after)).toEqual(new Set(before));

  // The rows are now by count, largest first.
  const counts = await home.tableRows.locator("td.num").allInnerTexts();
  const numbers = counts.map((c) => Number(c.replace(/\D/g, "")));
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  expect(errors).toEqual([]);
});

test("pages hydrate under their Content-Security-Policy and break none of it", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/", "/organizations?q=women", "/time-to-decision", "/who-asks", "/sessions/2019-resumed"]) {
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[\w-]+' 'wasm-unsafe-eval'/);
    await expect(page.locator("main")).toHaveAttribute("data-hydrated", "true");
  }
  expect(violations).toEqual([]);
});
