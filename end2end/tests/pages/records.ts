// Page objects of the record pages: search, passport, session, state.
import { expect, type Locator, type Page } from "@playwright/test";

export class SearchPage {
  readonly page: Page;
  readonly box: Locator;
  readonly rows: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    this.page = page;
    this.box = page.locator("#f-q");
    this.rows = page.locator("#search-results tbody tr");
    this.status = page.locator("#search-status");
  }

  async goto(query = "") {
    return this.page.goto(`/organizations${query ? `?${query}` : ""}`);
  }

  /** The deferral count of result row `i`. */
  async deferrals(i: number): Promise<number> {
    return Number((await this.rows.nth(i).locator("td.num").innerText()).replace(/\D/g, ""));
  }

  firstLink(): Locator {
    return this.rows.first().locator("a.org-link");
  }
}

export class PassportPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly summary: Locator;
  readonly considerationRows: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
    this.summary = page.locator("#passport-summary");
    this.considerationRows = page.locator("table.considerations tbody tr");
  }

  async waitForHydration() {
    await expect(this.page.locator("main")).toHaveAttribute("data-hydrated", "true");
  }
}
