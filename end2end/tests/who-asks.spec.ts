// Who asks, against the real reports dataset and the press fixture releases (test data:
// invented organizations and questions) that scripts/e2e.sh scrapes from a local site. The
// charts, tables and downloads are rendered on the server without JavaScript; after hydration
// a change of range or area redraws them and updates the URL without reloading the page.
import { expect, test } from "@playwright/test";

test("questions by state, ratios and downloads are rendered on the server", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto("/who-asks?from=2023&to=2023");
  expect(response?.status()).toBe(200);
  const chart = page.locator("#who-asks .chart-wide svg");
  await expect(chart).toHaveAttribute("role", "img");
  await expect(chart.locator("title")).toContainText("2023–2023");
  // The 2023 fixture release has Cuba asking: a row with its questions and its sessions.
  const cuba = page.locator('#who-asks-table tr[data-state="Cuba"]');
  await expect(cuba).toHaveCount(1);
  const cells = await cuba.locator("td").allInnerTexts();
  expect(Number(cells[0])).toBe(2); // sessions sat in: 2023 regular and resumed
  expect(Number(cells[2])).toBeGreaterThan(0); // questions
  // A member that asked nothing is listed with zero, not left out.
  await expect(page.locator('#who-asks-table tr[data-state="United Kingdom"] td').nth(2)).toHaveText("0");
  await expect(page.locator("#who-asks figcaption")).toContainText("an attribution, not a cause");
  await expect(page.locator('#who-asks-ratios-table tr[data-state="Cuba"] td')).toHaveCount(4);
  for (const ext of [".csv", ".svg", ".png", ""]) {
    await expect(page.locator(`a[href^="/api/v1/states/measures${ext}?from=2023"]`).first()).toBeVisible();
  }
  const csv = await page.request.get("/api/v1/states/measures.csv?from=2023&to=2023");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("\nCuba,CUB,all,2,");
  // The state's own page carries its figures for 2016–2024, one row per focus area.
  await page.goto("/states/Cuba");
  await expect(page.locator("#state-measures")).toContainText("sat on the Committee in");
  await expect(page.locator("#state-measures-table tbody tr")).toHaveCount(5);
  await context.close();
});

test("a bad parameter is said, and the default view shown", async ({ page }) => {
  const response = await page.goto("/who-asks?area=unicorns");
  expect(response?.status()).toBe(200);
  await expect(page.locator("p.error")).toContainText("parameter `area`");
  const api = await page.request.get("/api/v1/states/measures?area=unicorns");
  expect(api.status()).toBe(400);
});

test("changing the area after hydration redraws the page and updates the URL", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  let loads = 0;
  page.on("load", () => loads++);
  await page.goto("/who-asks?from=2023&to=2023");
  await expect(page.locator("main")).toHaveAttribute("data-hydrated", "true");
  const loadsBefore = loads;
  await page.locator("#wa-area").selectOption("women");
  await expect(page).toHaveURL(/area=women/);
  await expect(page.locator("#who-asks-ratios-table thead th")).toHaveCount(2);
  await expect(page.locator('a[href^="/api/v1/states/measures.csv"]').first()).toHaveAttribute("href", /area=women/);
  expect(loads).toBe(loadsBefore);
  expect(errors).toEqual([]);
});
