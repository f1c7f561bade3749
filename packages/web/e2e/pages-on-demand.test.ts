import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium, newContext } from "./chromium";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { type DemoHost, startDemoHost, temporaryDataFolder, webDistribution } from "./test-host";

/**
 * The chunks vite.config.ts names after the parts of the app loaded on demand: the part's name and the
 * content hash (a module merely named so, console-call-documents.ts say, has more to its chunk's name).
 */
const onDemandChunk = /\/assets\/(console|review|editors)-[\w-]{8}\.js$/;
const consoleChunk = /\/assets\/console-[\w-]{8}\.js$/;

/** Every script the page fetches from now on, by address, in order. */
function scriptsOf(page: Page): string[] {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

/** Waits until the page has its heading and nothing is still loading. */
async function settle(page: Page) {
  await page.locator("h1").first().waitFor();
  await page.waitForFunction(() => document.querySelector(".loading-state") === null);
}

describe("pages fetched on demand", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: DemoHost;

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startDemoHost(dataFolder.path);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test("the build has the console, the review board and the editors in chunks of their own", () => {
    const chunks = readdirSync(join(webDistribution, "assets")).map((file) => `/assets/${file}`);
    for (const part of ["console", "review", "editors"])
      expect(chunks.some((chunk) => chunk.startsWith(`/assets/${part}-`) && chunk.endsWith(".js"))).toBe(
        true,
      );
  });

  test("a visitor opening public pages loads no chunk of the console, the review board or the editors", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const scripts = scriptsOf(page);
    await page.goto(`${host.url}/communities/${host.demo.slug}`);
    await settle(page);
    // Into another public page, the way a visitor goes: it comes in a chunk of its own.
    const before = scripts.length;
    await page.locator('a[href^="/meetups/"]').first().click();
    await page.waitForURL(/\/meetups\/[^/]+$/);
    await settle(page);
    expect(scripts.length).toBeGreaterThan(before);
    expect(scripts.filter((script) => onDemandChunk.test(script))).toEqual([]);
    await context.close();
  });

  test("an organiser who opens the console from a public page gets it, its chunk fetched then", async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signInThroughMailbox(page, host.url, host.demo.organiserEmail, `/communities/${host.demo.slug}`);
    await settle(page);
    const scripts = scriptsOf(page);
    expect(scripts.filter((script) => consoleChunk.test(script))).toEqual([]);

    await page.getByRole("link", { name: "Console", exact: true }).click();
    await page.waitForURL(`${host.url}/admin`);
    await page.getByRole("heading", { level: 1, name: "Organiser console" }).waitFor();
    await page.getByRole("navigation", { name: "Organiser console" }).waitFor();
    await settle(page);
    expect(scripts.filter((script) => consoleChunk.test(script))).toHaveLength(1);
    await screenshot(page, "on-demand-console-desktop");

    // Within the console no more of it is fetched: the part came whole.
    const fetched = scripts.length;
    await page
      .getByRole("navigation", { name: "Organiser console" })
      .getByRole("link", { name: "Meetups" })
      .click();
    await page.waitForURL(`${host.url}/admin/meetups`);
    await settle(page);
    expect(scripts.slice(fetched).filter((script) => onDemandChunk.test(script))).toEqual([]);
    await context.close();
  });

  test("a deep link into the console shows the loading state in the page's room, then the console", async () => {
    const context = await newContext(browser, { viewport: { width: 360, height: 740 }, isMobile: true });
    const page = await context.newPage();
    await signInThroughMailbox(page, host.url, host.demo.organiserEmail, "/me");
    // The console's chunk held back, so the loading state stays long enough to be seen and checked.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(onDemandChunk, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${host.url}/admin`);
    const loading = page.locator(".route-loading");
    await loading.getByRole("status").getByText("Loading the page…").waitFor();
    // The frame stays: the header and the footer, and the footer below the fold as the page will be.
    await page.getByRole("banner").waitFor();
    const footerTop = await page
      .locator(".site-footer")
      .evaluate((footer) => footer.getBoundingClientRect().top);
    expect(footerTop).toBeGreaterThanOrEqual(740 * 0.7);
    await screenshot(page, "on-demand-loading-phone");
    release();
    await page.getByRole("heading", { level: 1, name: "Organiser console" }).waitFor();
    await settle(page);
    expect(await page.locator(".route-loading").count()).toBe(0);
    await screenshot(page, "on-demand-console-phone");
    await context.close();
  });
});
