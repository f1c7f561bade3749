import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../../functions/src/local/host";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { horizontalOverflow } from "./layout";
import { screenshot } from "./screenshot";
import { newMember } from "./sign-in";
import { startTestHost, temporaryDataFolder } from "./test-host";

/**
 * The API's page, as a developer reads it: a visitor finds the endpoint, the schema, the limits and
 * examples; a member makes a token there, sees its secret once, uses it from a script, and revokes it.
 */
describe("the API page, in the browser against the local host", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let ada: { context: BrowserContext; page: Page };

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path);
    ada = await newMember(browser, host.url, "ada@example.org", "Ada Lovelace", "ada");
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  async function visit(width: 1280 | 360, as?: BrowserContext) {
    const context = await newContext(browser, {
      viewport: { width, height: width === 360 ? 740 : 800 },
      ...(width === 360 ? { isMobile: true, hasTouch: true } : {}),
      ...(as ? { storageState: await as.storageState() } : {}),
    });
    const page = await context.newPage();
    await page.goto(`${host.url}/api`);
    await page.getByRole("heading", { level: 1, name: "The Meetstream API" }).waitFor();
    return { context, page };
  }

  test("a visitor reads the endpoint, the schema's link, the limits and examples, and is asked to sign in for a token", async () => {
    for (const width of [1280, 360] as const) {
      const { context, page } = await visit(width);
      const main = page.locator("main");
      for (const heading of [
        "Endpoint and schema",
        "Examples",
        "Your API tokens",
        "Limits",
        "Pagination",
        "Errors",
        "Caching",
      ])
        await main.getByRole("heading", { level: 2, name: heading }).waitFor();
      // The examples name this host, and the schema's link downloads it.
      expect(await main.textContent()).toContain(`${host.url}/graphql`);
      const schemaLink = main.getByRole("link", { name: "/graphql/schema.graphql" });
      const sdl = await (
        await fetch(new URL((await schemaLink.getAttribute("href")) as string, host.url))
      ).text();
      expect(sdl).toContain("type Query {");
      await main.getByRole("link", { name: "Sign in to make a token" }).waitFor();
      expect(await seriousViolations(page), `at ${width} px`).toEqual([]);
      expect(await horizontalOverflow(page), `at ${width} px`).toBe(0);
      await screenshot(page, `api-visitor-${width}`);
      await context.close();
    }
  });

  test("a member makes a token, sees its secret once, uses it, and revokes it", async () => {
    const { page } = ada;
    await page.goto(`${host.url}/api`);
    await page.getByRole("heading", { level: 2, name: "Your API tokens" }).waitFor();
    await page.getByText("You have no token yet.").waitFor();
    await page.getByLabel("Name").fill("Nightly export");
    await page.getByRole("radio", { name: "Read only" }).check();
    await page.getByRole("button", { name: "Make the token" }).click();
    await page.getByText("Copy it now: it is shown only this once.").waitFor();
    const secret = ((await page.locator(".api-secret").textContent()) ?? "").trim();
    expect(secret).toMatch(/^mst_[A-Za-z0-9_-]{43}$/);
    const list = page.getByRole("list", { name: "Your tokens in use" });
    await list.getByText("Nightly export").waitFor();
    await list.getByText(/Read only · made /).waitFor();
    await screenshot(page, "api-token-made-1280");

    // The token reads as Ada from a script; once dismissed, the secret is nowhere on the page.
    const asScript = async () =>
      fetch(`${host.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-meetstream-csrf": "1",
          authorization: `Bearer ${secret}`,
        },
        body: JSON.stringify({ query: "{ me { member { displayName } } }" }),
      });
    expect(((await (await asScript()).json()) as { data: unknown }).data).toEqual({
      me: { member: { displayName: "Ada Lovelace" } },
    });
    await page.getByRole("button", { name: "I have copied it" }).click();
    await page.reload();
    await list.getByText("Nightly export").waitFor();
    expect(await page.locator("main").textContent()).not.toContain(secret);

    const narrow = await visit(360, ada.context);
    await narrow.page.getByRole("list", { name: "Your tokens in use" }).getByText("Nightly export").waitFor();
    expect(await horizontalOverflow(narrow.page)).toBe(0);
    expect(await seriousViolations(narrow.page)).toEqual([]);
    await screenshot(narrow.page, "api-token-list-360");
    await narrow.context.close();

    await page.getByRole("button", { name: "Revoke Nightly export" }).click();
    await page.getByText("You have no token yet.").waitFor();
    expect((await asScript()).status).toBe(401);
  });

  test("a name the API refuses is said on its field, and nothing is made", async () => {
    const { page } = ada;
    await page.goto(`${host.url}/api`);
    await page.getByLabel("Name").fill("   ");
    await page.getByRole("button", { name: "Make the token" }).click();
    await page.getByText(/give it a name/).waitFor();
    await page.getByText("You have no token yet.").waitFor();
  });
});
