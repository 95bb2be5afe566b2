import { expect, test } from "@playwright/test";
import { HomePage } from "./pages/home";
import { RatesSection } from "./pages/rates";

test("the chart and its table are rendered on the server", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/?measure=session_deferral&from=2010&to=2024");
  const rates = new RatesSection(page);
  await expect(rates.chart).toHaveAttribute("role", "img");
  await expect(rates.chart.locator("title")).toHaveText("Session deferral rate");
  for (const area of ["women", "lgbti", "minority", "human_rights", "other", "all"]) {
    await expect(rates.table.locator(`tr[data-area="${area}"]`)).toHaveCount(1);
  }
  // Every rate is worded with its interval and n.
  expect(await rates.rowText("all")).toMatch(/\d+% \(95% CI \d+–\d+%, n = [\d,]+\)/);
  await expect(rates.summary).toContainText("In the sessions of 2010–2024");
  // The chart's description is the summary sentence.
  expect(await rates.chart.locator("desc").textContent()).toBe(await rates.summary.textContent());
  await context.close();
});

test("changing a filter after hydration redraws chart and table and updates the URL", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  let documentLoads = 0;
  page.on("load", () => documentLoads++);
  await page.goto("/?measure=session_deferral&from=2010&to=2024");
  await new HomePage(page).waitForHydration();
  const rates = new RatesSection(page);
  const tableBefore = await rates.rowText("all");
  const svgBefore = await rates.chart.innerHTML();
  const loadsBefore = documentLoads;

  await rates.from.selectOption("2020");
  await expect(page).toHaveURL(/from=2020/);
  await rates.waitForQuery("from=2020");
  await expect(rates.summary).toContainText("2020–2024");
  expect(await rates.rowText("all")).not.toBe(tableBefore);
  expect(await rates.chart.innerHTML()).not.toBe(svgBefore);
  expect(documentLoads).toBe(loadsBefore); // no page reload

  await rates.measure.selectOption("ever_deferred");
  await expect(page).toHaveURL(/measure=ever_deferred/);
  await expect(rates.chart.locator("title")).toHaveText("Share of applications ever deferred");

  // Back returns to the previous view.
  await page.goBack();
  await expect(page).toHaveURL(/measure=session_deferral/);
  await expect(rates.chart.locator("title")).toHaveText("Session deferral rate");
  expect(errors).toEqual([]);
});

test("the CSV download has the right header row", async ({ request }) => {
  const response = await request.get("/api/v1/rates.csv?measure=session_deferral&from=2010&to=2024");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const text = await response.text();
  expect(text.split("\n")[0]).toBe(
    "area,label,numerator,denominator,rate,ci_low,ci_high,small_n,rate_ratio,rate_ratio_low,rate_ratio_high,measure,n,from,to,consideration,region,country,data_version,citation",
  );
  expect(text.trim().split("\n")).toHaveLength(7);
  const png = await request.get("/api/v1/rates.png?measure=session_deferral&from=2010&to=2024");
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");
  const bad = await request.get("/api/v1/rates.csv?measure=median");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toContain("`measure`");
});

test("the chart restricted to NGOs based in one region says so, with the share of known countries", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto("/?measure=session_deferral&from=2016&to=2024&region=africa");
  expect(response?.status()).toBe(200);
  await expect(page.locator("#f-region")).toHaveValue("africa");
  await expect(page.locator("#rates-summary")).toContainText("organizations based in Africa");
  await expect(page.locator("#country-note")).toContainText(/A country is known where .* \d+ of [\d,]+ considerations/);
  const bad = await page.request.get("/api/v1/rates?country=ZZZ");
  expect(bad.status()).toBe(400);
  await context.close();
});
