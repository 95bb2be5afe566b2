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

test("the page hydrates; the record counts come from the server, largest first", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const home = new HomePage(page);
  await home.goto();
  await home.waitForHydration();

  const order = await home.tableOrder();
  expect(order.length).toBeGreaterThan(3);
  const counts = await home.tableRows.locator("td.num").allInnerTexts();
  const numbers = counts.map((c) => Number(c.replace(/\D/g, "")));
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

  // A change of filters brings the counts again with the rest of the section.
  await page.locator("#f-from").selectOption("2015");
  await expect(page).toHaveURL(/from=2015/);
  await expect(page.locator("#rates-summary")).toContainText("2015");
  await expect(page.locator("#rates-table caption")).toContainText("2015");
  expect(await home.tableOrder()).toEqual(order);
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
