// The six languages: the home page and an NGO's passport in each, rendered by the server
// (no JavaScript) and after hydration; `lang`/`dir` on the document; the headings in the
// language's own words, read from its catalogue; no sentence of the English interface; the
// Arabic and Chinese home pages photographed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";

const LANGUAGES = [
  { code: "ar", dir: "rtl" },
  { code: "zh", dir: "ltr" },
  { code: "en", dir: "ltr" },
  { code: "fr", dir: "ltr" },
  { code: "ru", dir: "ltr" },
  { code: "es", dir: "ltr" },
];

/** The one-line messages of a catalogue (terms written in), by key: enough for headings and
 *  the English sentences to look for. Messages with variables or selectors are left out. */
function catalogue(code: string): Map<string, string> {
  const source = readFileSync(join(__dirname, "..", "..", "app", "locales", `${code}.ftl`), "utf8");
  const terms = new Map<string, string>();
  const messages = new Map<string, string>();
  for (const line of source.split("\n")) {
    const match = /^(-?[a-z][\w-]*) = (.*)$/.exec(line);
    if (!match) continue;
    const [, key, value] = match;
    if (key.startsWith("-")) terms.set(key, value);
    else messages.set(key, value);
  }
  const resolved = new Map<string, string>();
  for (const [key, value] of messages) {
    const text = value.replace(/\{ (-[\w-]+) \}/g, (_, term) => terms.get(term) ?? "");
    if (!text.includes("{")) resolved.set(key, text.trim());
  }
  return resolved;
}

const english = catalogue("en");

/** The English interface's sentences (three words or more) that `code` words otherwise. */
function englishOnly(code: string): string[] {
  const words = catalogue(code);
  return [...english]
    .filter(([key, text]) => text.split(/\s+/).length >= 3 && words.get(key) !== text)
    .map(([, text]) => text);
}

async function checkPage(page: Page, code: string, dir: string, heading: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", code);
  await expect(page.locator("html")).toHaveAttribute("dir", dir);
  await expect(page.locator("main")).toContainText(heading);
  const text = await page.locator("body").innerText();
  for (const sentence of englishOnly(code)) {
    expect(text, `English on the ${code} page: ${sentence}`).not.toContain(sentence);
  }
  // The switcher offers the same page in each language, marking this one.
  await expect(page.locator(`.languages a[aria-current="true"]`)).toHaveAttribute("hreflang", code);
}

/** An organization with a record, from the API (language-neutral). */
async function someOrganization(page: Page): Promise<number> {
  const response = await page.request.get("/api/v1/organizations?area=women&sort=deferrals");
  expect(response.ok()).toBeTruthy();
  const body = await response.json();
  const id = body.items?.[0]?.id;
  expect(typeof id).toBe("number");
  return id;
}

for (const { code, dir } of LANGUAGES) {
  const words = catalogue(code);

  test(`${code}: the home page and a passport, rendered by the server without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`/${code}`);
    expect(response?.status()).toBe(200);
    await checkPage(page, code, dir, words.get("home-title")!);
    await expect(page.locator("#rates-heading")).toHaveText(words.get("rates-heading")!);
    const id = await someOrganization(page);
    expect((await page.goto(`/${code}/organizations/${id}`))?.status()).toBe(200);
    await checkPage(page, code, dir, words.get("history-heading")!);
    await context.close();
  });

  test(`${code}: the home page and a passport after hydration`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`/${code}`);
    await expect(page.locator("main")).toHaveAttribute("data-hydrated", "true");
    await checkPage(page, code, dir, words.get("home-title")!);
    // A change of filters is drawn by the front end, in the page's words.
    await page.locator("#f-from").selectOption("2015");
    await expect(page).toHaveURL(new RegExp(`/${code}\\?.*from=2015`));
    await expect(page.locator("#rates-table")).toContainText(words.get("rates-col-area")!);
    await checkPage(page, code, dir, words.get("home-title")!);
    if (code === "ar" || code === "zh") {
      await page.screenshot({ path: `test-results/screenshots/home-${code}.png`, fullPage: false });
    }
    // Into a passport by a link of the page: the language goes with it.
    const id = await someOrganization(page);
    await page.goto(`/${code}/organizations/${id}`);
    await expect(page.locator("main")).toHaveAttribute("data-hydrated", "true");
    await checkPage(page, code, dir, words.get("history-heading")!);
    await page.locator("nav.crumbs a").click();
    await expect(page).toHaveURL(new RegExp(`/${code}/organizations$`));
    expect(errors).toEqual([]);
  });
}

test("a visitor without a language in the address gets the browser's", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  // The switcher keeps the page and its filters.
  await page.goto("/fr?from=2015&to=2020");
  await page.locator('.languages a[hreflang="ar"]').click();
  await expect(page).toHaveURL(/\/ar\?from=2015&to=2020$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await context.close();
});

test("Arabic offers Arabic-Indic digits, kept in the address and after a filter change", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("/ar?from=2015");
  await expect(page.locator("main")).toHaveAttribute("data-hydrated", "true");
  await page.locator('.languages a[hreflang="ar-u-nu-arab"]').click();
  await expect(page).toHaveURL(/\/ar-u-nu-arab\?from=2015$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar-u-nu-arab");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("main")).toHaveAttribute("data-hydrated", "true");
  // The table's rates and the year choices are in Arabic-Indic digits, before and after the
  // front end draws a change of filters.
  await expect(page.locator("#rates-table")).toContainText("٪");
  await expect(page.locator("#f-from option:checked")).toHaveText("٢٠١٥");
  await page.locator("#f-to").selectOption("2020");
  await expect(page).toHaveURL(/\/ar-u-nu-arab\?.*to=2020/);
  await expect(page.locator("#rates-heading")).toBeVisible();
  const rates = await page.locator("#rates-table tbody").innerText();
  expect(rates).toMatch(/[٠-٩]/);
  expect(rates, "a rate the page wrote in Western digits").not.toMatch(/\d+\s*%/);
  // And back to Western digits.
  await page.locator('.languages a[hreflang="ar"]').click();
  await expect(page).toHaveURL(/\/ar\?.*to=2020/);
  await expect(page.locator("#f-to option:checked")).toHaveText("2020");
  expect(errors).toEqual([]);
});
