// Page object of the home page.
import { expect, type Locator, type Page } from "@playwright/test";

export class HomePage {
  readonly page: Page;
  readonly heading: Locator;
  readonly tableRows: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
    this.tableRows = page.locator("#table-counts tbody tr");
  }

  async goto() {
    await this.page.goto("/");
  }

  /** Resolves once the WASM front end has hydrated the server-rendered page. */
  async waitForHydration() {
    await expect(this.page.locator("main")).toHaveAttribute("data-hydrated", "true");
  }

  async tableOrder(): Promise<string[]> {
    return this.tableRows.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-table") ?? ""));
  }
}
