// The record pages against the real reports dataset: rendered on the server without
// JavaScript, search as you type after hydration, links between the pages, errors, phones.
import { expect, test, type Page } from "@playwright/test";
import { PassportPage, SearchPage } from "./pages/records";

async function withoutJs(browser: import("@playwright/test").Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

test("search and passport are complete without JavaScript, with a source for every line", async ({ browser }) => {
  const { context, page } = await withoutJs(browser);
  const search = new SearchPage(page);
  const response = await search.goto("sort=deferrals");
  expect(response?.status()).toBe(200);
  await expect(search.rows.first()).toBeVisible();
  // The most deferred organization in the reports was deferred ten times or more.
  expect(await search.deferrals(0)).toBeGreaterThanOrEqual(10);
  expect(await search.deferrals(0)).toBeGreaterThanOrEqual(await search.deferrals(1));
  const name = (await search.firstLink().innerText()).trim();

  await search.firstLink().click();
  const passport = new PassportPage(page);
  await expect(passport.heading).toHaveText(name);
  await expect(passport.summary).toContainText(/deferred \d+ times over \d+ years/);
  expect(await passport.considerationRows.count()).toBeGreaterThanOrEqual(10);
  // Every consideration links to its source line in the reports dataset.
  for (const row of await passport.considerationRows.all()) {
    const href = await row.locator("a.source-line").first().getAttribute("href");
    expect(href).toMatch(/^https:\/\/.+\.xlsx$/);
    await expect(row.locator("a.session-link")).toHaveAttribute("href", /^\/en\/sessions\/\d{4}-(regular|resumed)$/);
  }
  await expect(page.locator("#timeline svg").first()).toHaveAttribute("role", "img");
  await expect(page.locator("#areas li").first()).toBeVisible();
  await expect(page.locator("main")).toHaveAttribute("data-hydrated", "false");
  await context.close();
});

test("after hydration the results follow the typing, without reloading the page", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  let loads = 0;
  page.on("load", () => loads++);
  const search = new SearchPage(page);
  await search.goto();
  await new PassportPage(page).waitForHydration();
  const loadsBefore = loads;
  const totalBefore = await search.status.innerText();

  await search.box.pressSequentially("women", { delay: 30 });
  await expect(page).toHaveURL(/[?&]q=women/);
  // Typing on across a space keeps the space (the address trims it; the box must not).
  await search.box.pressSequentially(" x", { delay: 30 });
  await expect(page).toHaveURL(/[?&]q=women\+x/);
  await expect(search.box).toHaveValue("women x");
  await search.box.press("Backspace");
  await search.box.press("Backspace");
  await expect(page).toHaveURL(/[?&]q=women(&|$)/);
  await expect(search.status).not.toHaveText(totalBefore);
  await expect(search.rows.first()).toBeVisible();
  for (const row of (await search.rows.all()).slice(0, 10)) {
    expect((await row.locator("th").innerText()).toLowerCase()).toMatch(/wom[ae]n/);
  }
  // A facet narrows the search and keeps the text (once the results of the whole word are in).
  const pending = page.locator('[data-facet="outcome"] a', { hasText: "Pending" });
  await expect(pending).toHaveAttribute("href", /q=women/);
  await pending.click();
  await expect(page).toHaveURL(/outcome=pending/);
  await expect(page).toHaveURL(/q=women/);
  expect(loads).toBe(loadsBefore);
  expect(errors).toEqual([]);
});

test("from the home chart to a passport, a session and back", async ({ page }) => {
  await page.goto("/?measure=session_deferral&from=2010&to=2024");
  await new PassportPage(page).waitForHydration();
  await page.locator('#rates-table tr[data-area="women"] a').click();
  await expect(page).toHaveURL(/\/organizations\?.*area=women/);
  const search = new SearchPage(page);
  await expect(search.rows.first()).toBeVisible();
  const id = await search.rows.first().getAttribute("data-id");
  await search.firstLink().click();
  await expect(page).toHaveURL(new RegExp(`/organizations/${id}$`));
  const passport = new PassportPage(page);
  await expect(page.locator('#areas li[data-area="women"]')).toBeVisible();

  const sessionLink = passport.considerationRows.first().locator("a.session-link");
  const session = (await sessionLink.getAttribute("href")) ?? "";
  await sessionLink.click();
  await expect(page).toHaveURL(new RegExp(`${session}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^\d{4} (regular|resumed) session$/);
  // The organization is among the session's applications, linked back to its passport.
  await expect(page.locator(`#session-applications tr[data-organization="${id}"] a.org-link`).first()).toBeVisible();
  await expect(page.locator("#reconciliation")).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/organizations/${id}$`));
  await expect(passport.heading).toBeVisible();
});

test("a state that voted: from a rejected NGO's passport to the state and its session", async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto("outcome=rejected&sort=deferrals");
  await expect(search.rows.first()).toBeVisible();
  // Some rejections were by recorded vote; find a passport that shows one.
  // Addresses first: the locators would look for the search page after leaving it.
  const hrefs = await search.rows
    .locator("a.org-link")
    .evaluateAll((links) => links.slice(0, 15).map((a) => a.getAttribute("href") ?? "/"));
  let found = false;
  for (const href of hrefs) {
    await page.goto(href);
    if ((await page.locator("table.votes a.state-link").count()) > 0) {
      found = true;
      break;
    }
  }
  expect(found, "a rejected NGO with a recorded vote in the first 15").toBe(true);
  const state = page.locator("table.votes a.state-link").first();
  const stateName = (await state.innerText()).trim();
  await state.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(stateName);
  await expect(page.locator("#state-votes tbody tr").first()).toBeVisible();
  await page.locator("#state-votes a.session-link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/session$/);
});

test("unknown records and bad addresses get a page that says so", async ({ page }) => {
  for (const [path, status, text] of [
    ["/organizations/999999999", 404, /no organization/i],
    ["/organizations/abc", 400, /whole number/],
    ["/sessions/2019-special", 400, /YEAR-regular or YEAR-resumed/],
    ["/sessions/1950-regular", 404, /session/i],
    ["/states/Atlantis", 404, /Atlantis/],
    ["/organizations?area=cats", 400, /`area`/],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(status);
    await expect(page.locator("p.error")).toContainText(text);
    await expect(page.locator("main a").last()).toBeVisible();
  }
});

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("on a phone: no sideways scroll, and charts drawn for the width", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  for (const path of ["/", "/organizations?q=women", "/sessions", "/methodology", "/time-to-decision", "/who-asks?from=2023&to=2023", "/states/Cuba"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await noSidewaysScroll(page);
  }
  // The narrow drawing is shown at its own size (not scaled down), the wide one hidden.
  await page.goto("/sessions");
  await expect(page.locator("#sessions-chart .chart-wide")).toBeHidden();
  const narrow = page.locator("#sessions-chart .chart-narrow svg");
  await expect(narrow).toBeVisible();
  const box = await narrow.boundingBox();
  expect(box?.width).toBeGreaterThan(300);
  await page.goto("/?measure=session_deferral&from=2010&to=2024");
  await expect(page.locator(".rates .chart-narrow svg")).toBeVisible();
  await expect(page.locator("#rates-chart")).toBeHidden();
  await context.close();
});
