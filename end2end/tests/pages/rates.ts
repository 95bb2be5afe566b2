// Page object of the home page's rates section.
import { expect, type Locator, type Page } from "@playwright/test";

export class RatesSection {
  readonly page: Page;
  readonly chart: Locator;
  readonly table: Locator;
  readonly summary: Locator;
  readonly from: Locator;
  readonly measure: Locator;

  constructor(page: Page) {
    this.page = page;
    this.chart = page.locator("#rates-chart svg");
    this.table = page.locator("#rates-table");
    this.summary = page.locator("#rates-summary");
    this.from = page.locator("#f-from");
    this.measure = page.locator("#f-measure");
  }

  async rowText(area: string): Promise<string> {
    return (await this.table.locator(`tr[data-area="${area}"]`).innerText()).replace(/\s+/g, " ");
  }

  async chartQuery(): Promise<string | null> {
    return this.page.locator("#rates-chart").getAttribute("data-query");
  }

  async waitForQuery(part: string) {
    await expect(this.page.locator("#rates-chart")).toHaveAttribute("data-query", new RegExp(part));
  }
}
