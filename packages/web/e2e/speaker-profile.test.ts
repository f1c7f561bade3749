import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../../functions/src/local/host";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { startTestHost, temporaryDataFolder } from "./test-host";

const widths = [1280, 360] as const;

/** A speaker writes their profile, a visitor reads it, and once the speaker is erased it is gone. */
describe.each(widths)("a speaker profile at %i px, in the browser against the local host", (width) => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let speaker: BrowserContext;
  let visitor: BrowserContext;
  let page: Page;
  const handle = `grace-${width}`;

  const contextAt = () =>
    newContext(browser, {
      viewport: { width, height: width === 360 ? 740 : 800 },
      ...(width === 360 ? { isMobile: true, hasTouch: true } : {}),
    });
  const heading = (on: Page) => on.getByRole("heading", { level: 1 });
  const overflow = (on: Page) =>
    on.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path);
    speaker = await contextAt();
    visitor = await contextAt();
    page = await speaker.newPage();
    await signInThroughMailbox(page, host.url, `${handle}@example.org`, "/me/edit");
    await page.getByLabel("Display name").fill("Grace Hopper");
    await page.getByLabel("Handle").fill(handle);
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.waitForURL(`${host.url}/me`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test("the member reaches the editor from their profile; a plain-http link is refused and nothing is saved", async () => {
    // Before there is a speaker page, /me offers to write one and links to no page that is not there.
    await page.getByRole("link", { name: "Write a speaker profile" }).waitFor();
    expect(await page.getByRole("link", { name: "View speaker page" }).count()).toBe(0);
    await page.getByRole("link", { name: "Write a speaker profile" }).click();
    await expect.poll(() => heading(page).textContent()).toBe("Your speaker profile");
    await page.getByLabel("Headline").fill("Compilers, gently");
    await page.getByRole("button", { name: "Add a link" }).click();
    await page.getByLabel("Link 1 label").fill("Blog");
    await page.getByLabel("Link 1 address").fill("http://grace.example.org");
    await page.getByRole("button", { name: "Save speaker profile" }).click();

    const summary = page.getByRole("alert").filter({ hasText: "Your speaker profile was not saved" });
    await summary.waitFor();
    expect(await summary.textContent()).toContain("Link 1 address");
    expect(await page.getByLabel("Link 1 address").getAttribute("aria-invalid")).toBe("true");

    const elsewhere = await visitor.newPage();
    await elsewhere.goto(`${host.url}/speakers/${handle}`);
    await expect.poll(() => heading(elsewhere).textContent()).toBe("Speaker not found");
    await elsewhere.close();
  });

  test("saved, the profile shows on the public speaker page, bio rendered, talks said in words", async () => {
    await page.getByLabel("Link 1 address").fill("https://grace.example.org");
    // Corrected, the field stops saying it is wrong.
    expect(await page.getByLabel("Link 1 address").getAttribute("aria-invalid")).not.toBe("true");
    await page
      .getByLabel("Speaker bio")
      .fill("Wrote the **first** compiler.\n\n- COBOL\n- debugging, literally");
    await screenshot(page, `speaker-editor-${width}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Save speaker profile" }).click();

    await page.waitForURL(`${host.url}/speakers/${handle}`);
    await page.getByText("Your speaker profile is saved").waitFor();
    await expect.poll(() => heading(page).textContent()).toBe("Grace Hopper");
    await page.getByText("Compilers, gently").waitFor();
    expect(await page.locator(".markdown strong").textContent()).toBe("first");
    await page.getByText("Grace Hopper has not given a talk on Meetstream yet.").waitFor();
    expect(await page.getByRole("link", { name: /Blog/ }).getAttribute("href")).toBe(
      "https://grace.example.org",
    );
    expect(await overflow(page)).toBe(0);
  });

  test("a visitor sees it, and the member page links to it; axe finds nothing serious", async () => {
    const reader = await visitor.newPage();
    await reader.goto(`${host.url}/members/${handle}`);
    await expect.poll(() => heading(reader).textContent()).toBe("Grace Hopper");
    await reader.getByRole("link", { name: "Speaker profile" }).click();
    await reader.waitForURL(`${host.url}/speakers/${handle}`);
    await reader.getByText("Compilers, gently").waitFor();
    await reader.getByText("COBOL").waitFor();
    // Editing is the owner's: a visitor is offered no way to.
    expect(await reader.getByRole("link", { name: "Edit speaker profile" }).count()).toBe(0);
    expect(await overflow(reader)).toBe(0);
    expect(await seriousViolations(reader)).toEqual([]);
    await screenshot(reader, `speaker-visitor-${width}`);
    await reader.close();
  });

  test("emptying the headline unpublishes it: the owner still edits it, a visitor finds no speaker", async () => {
    await page.goto(`${host.url}/me/speaker`);
    await expect.poll(async () => page.getByLabel("Headline").inputValue()).toBe("Compilers, gently");
    await page.getByLabel("Headline").fill("");
    await page.getByRole("button", { name: "Save speaker profile" }).click();
    await page.getByText("Only you see it until it has a headline and you have a handle.").waitFor();
    const reader = await visitor.newPage();
    await reader.goto(`${host.url}/speakers/${handle}`);
    await expect.poll(() => heading(reader).textContent()).toBe("Speaker not found");
    await page.getByLabel("Headline").fill("Compilers, gently");
    await page.getByRole("button", { name: "Save speaker profile" }).click();
    await page.waitForURL(`${host.url}/speakers/${handle}`);
    await page.goto(`${host.url}/me`);
    await page.getByRole("link", { name: "View speaker page" }).click();
    await page.waitForURL(`${host.url}/speakers/${handle}`);
    await reader.close();
  });

  test("once the member is erased, their speaker page is not found", async () => {
    await page.goto(`${host.url}/me/erase`);
    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Erase my account" }).click();
    await page.getByText("Your account has been erased").waitFor();

    const reader = await visitor.newPage();
    await reader.goto(`${host.url}/speakers/${handle}`);
    await expect.poll(() => heading(reader).textContent()).toBe("Speaker not found");
    await screenshot(reader, `speaker-erased-${width}`);
    expect(await overflow(reader)).toBe(0);
    await reader.close();
  });
});
