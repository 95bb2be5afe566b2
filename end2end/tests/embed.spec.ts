// Embeds and "Cite this" in a real browser, against the real reports dataset. Another site's
// page frames /embed/rates (allowed: the chart, its summary and the way back show) and tries to
// frame the home page (refused by its frame-ancestors 'none'). A page's citation is folded in a
// <details> that opens without JavaScript.
import { expect, test } from "@playwright/test";

const baseURL = process.env.BASE_URL ?? "http://127.0.0.1:3000";

test("another site may frame an embed, and not a page", async ({ page }) => {
  // A page of another origin framing both: the same server under the name `localhost` is
  // another origin (Playwright serves the page itself). It must be an http(s) page:
  // `frame-ancestors *` matches network origins, not about:blank's opaque one. (The config
  // turns off Chromium's Local Network Access checks, which see a local server framed.)
  const framer = baseURL.replace("127.0.0.1", "localhost") + "/framer-test-page";
  await page.route(framer, (route) =>
    route.fulfill({
      contentType: "text/html",
      body:
        `<iframe id="embed" src="${baseURL}/embed/rates?from=2010&to=2024" width="700" height="500"></iframe>` +
        `<iframe id="page" src="${baseURL}/en?from=2010&to=2024" width="700" height="500"></iframe>`,
    }),
  );
  await page.goto(framer);
  const embed = page.frameLocator("#embed");
  await expect(embed.locator(".chart.wide svg")).toBeVisible();
  await expect(embed.locator("p.summary")).toContainText("2010–2024");
  const back = embed.locator("p.source a");
  // The embed is English: it leads to the English page.
  await expect(back).toHaveAttribute("href", /\/en\?measure=session_deferral&from=2010&to=2024$/);
  await expect(back).toHaveAttribute("target", "_blank");
  // The framed page is blocked: its frame never gets the page's heading.
  await page.waitForTimeout(1000);
  const framed = page.frames().find((f) => f.url().startsWith(`${baseURL}/en?`));
  const heading = framed ? await framed.locator("h1").count() : 0;
  expect(heading).toBe(0);
});

test("cite this opens without JavaScript and names the view", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/time-to-decision?from=2012&to=2016");
  const cite = page.locator("details.cite");
  await expect(cite.locator(".cite-apa")).toBeHidden();
  await cite.locator("summary").click();
  await expect(cite.locator(".cite-apa")).toContainText("[Data set]. ecosoc-watch.");
  await expect(cite.locator(".cite-apa")).toContainText("/time-to-decision?from=2012&to=2016");
  await expect(cite.locator(".cite-bibtex")).toContainText("@misc{ecosocwatch");
  await context.close();
});
