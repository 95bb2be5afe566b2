// Time to decision against the real reports dataset: the curves, their table and life
// tables rendered on the server without JavaScript; after hydration a change of cohort
// redraws them and updates the URL without reloading the page.
import { expect, test } from "@playwright/test";

const AREAS = ["women", "lgbti", "minority", "human_rights", "other", "all"];

test("curves, table and life tables are rendered on the server", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto("/time-to-decision?from=2010&to=2024");
  expect(response?.status()).toBe(200);
  const chart = page.locator("#waiting .chart-wide svg");
  await expect(chart).toHaveAttribute("role", "img");
  await expect(chart.locator("title")).toContainText("first considered 2010–2024");
  const table = page.locator("#waiting-table");
  for (const area of AREAS) {
    await expect(table.locator(`tr[data-area="${area}"]`)).toHaveCount(1);
  }
  // Closure, rejection and withdrawal as cumulative incidence: a small chart per group.
  await expect(page.locator("#outcomes figure")).toHaveCount(AREAS.length);
  await expect(page.locator('#outcomes figure[data-area="all"] figcaption')).toContainText(/By session 4: \d+% recommended/);
  // Shares still waiting are worded with their interval.
  await expect(table.locator('tr[data-area="all"]')).toContainText(/\d+% \(95% CI \d+–\d+%\)/);
  await expect(page.locator("#waiting figcaption")).toContainText("2010–2024");
  // Every curve has its life table, starting at session 1 with the whole cohort at risk.
  const allTable = page.locator('#life-tables table[data-area="all"]');
  await expect(allTable.locator("tbody tr").first().locator("th")).toHaveText("1");
  const applications = await table.locator('tr[data-area="all"] td').first().innerText();
  await expect(allTable.locator("tbody tr").first().locator("td").first()).toHaveText(applications);
  await context.close();
});

test("changing the cohort after hydration redraws the page and updates the URL", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  let loads = 0;
  page.on("load", () => loads++);
  await page.goto("/time-to-decision?from=2010&to=2024");
  await expect(page.locator("main")).toHaveAttribute("data-hydrated", "true");
  const loadsBefore = loads;
  const row = page.locator('#waiting-table tr[data-area="all"]');
  const before = await row.innerText();

  await page.locator("#w-from").selectOption("2020");
  await expect(page).toHaveURL(/from=2020/);
  await expect(page.locator("#waiting figcaption")).toContainText("2020–2024");
  await expect(row).not.toHaveText(before);
  await expect(page.locator("#waiting .chart-wide svg title")).toContainText("2020–2024");
  await expect(page.locator('a[href^="/api/v1/time-to-decision.csv"]').first()).toHaveAttribute("href", /from=2020/);
  expect(loads).toBe(loadsBefore);
  expect(errors).toEqual([]);
});
