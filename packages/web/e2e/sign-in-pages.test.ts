import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../../functions/src/local/host";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { screenshot } from "./screenshot";
import { codeFromMailbox } from "./sign-in";
import { startTestHost, temporaryDataFolder } from "./test-host";

const sizes = {
  desktop: { width: 1280, height: 800 },
  /** The narrowest phone the app promises to fit without sideways scrolling. */
  phone: { width: 360, height: 740 },
};

/** The web app's brand colour (`--color-brand`), as Chromium reports a computed colour. */
const brand = "rgb(27, 94, 79)";

/** A browser at one size that records every request for another origin, and refuses it. */
async function visitor(browser: Browser, hostUrl: string, size: keyof typeof sizes) {
  const context: BrowserContext = await newContext(browser, {
    viewport: sizes[size],
    ...(size === "phone" ? { isMobile: true, hasTouch: true } : {}),
  });
  const elsewhere: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === hostUrl || url.startsWith("data:")) return route.continue();
    elsewhere.push(url);
    return route.abort();
  });
  const consoleErrors: string[] = [];
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  return { context, page, elsewhere, consoleErrors };
}

/** What a person on this page would trip over: requests elsewhere, sideways scrolling, axe's findings. */
async function faultsOf(page: Page, { withForm = true } = {}) {
  return {
    overflow: await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    violations: await seriousViolations(page),
    // The app's own stylesheet applied: its green, not OpenAuth's indigo.
    ...(withForm && {
      buttonColour: await page
        .locator("form button")
        .first()
        .evaluate((button) => getComputedStyle(button).backgroundColor),
    }),
  };
}

const fine = { overflow: 0, violations: [], buttonColour: brand };

describe.each(Object.keys(sizes) as (keyof typeof sizes)[])("the sign-in pages at the %s size", (size) => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let person: Awaited<ReturnType<typeof visitor>>;
  const email = `${size}@example.org`;

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path);
    person = await visitor(browser, host.url, size);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  // One visitor's sign-in, step by step: each test starts on the page the previous one left.
  test("the email page asks for an address, with a label, in the app's look", async () => {
    const { page } = person;
    await page.goto(`${host.url}/signin`);
    await page.getByRole("button", { name: "Continue with email" }).click();
    // The app's own sign-in page has the same heading: wait to leave it (the OpenAuth client loads first).
    await page.waitForURL((url) => url.pathname.startsWith("/auth/"));
    await page.getByRole("heading", { name: "Sign in to Meetstream" }).waitFor();

    expect(new URL(page.url()).pathname).toBe("/auth/code/authorize");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("email");
    expect(await faultsOf(page)).toEqual(fine);
    await screenshot(page, `sign-in-email-${size}`);
  });

  test("an address that is not one is refused on the page, next to the field", async () => {
    const { page } = person;
    await page.getByLabel("Email address").fill("not an email");
    await page.getByRole("button", { name: "Email me a code" }).click();
    await page.getByRole("alert").getByText("does not look like an email address").waitFor();

    expect(await page.getByLabel("Email address").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Email address").inputValue()).toBe("not an email");
    expect(await faultsOf(page)).toEqual(fine);
    await screenshot(page, `sign-in-email-refused-${size}`);
  });

  test("the code page says where the code went, and offers a new code as a real button", async () => {
    const { page } = person;
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a code" }).click();
    await page.getByRole("heading", { name: "Check your email" }).waitFor();

    expect(await page.getByRole("status").textContent()).toContain(`We sent a code to ${email}`);
    const resend = page.getByRole("button", { name: "Send a new code" });
    expect(await resend.getAttribute("class")).toContain("button");
    // A target a thumb can hit: the app's buttons are at least 44 px tall.
    expect((await resend.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(await faultsOf(page)).toEqual(fine);
    await screenshot(page, `sign-in-code-${size}`);
  });

  test("a wrong code is refused on the code page, which stays accessible", async () => {
    const { page } = person;
    await page.getByLabel("Code from the email").fill("000000");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").getByText("That code is not right").waitFor();

    expect(await page.getByLabel("Code from the email").getAttribute("aria-invalid")).toBe("true");
    expect(await faultsOf(page)).toEqual(fine);
    await screenshot(page, `sign-in-code-wrong-${size}`);
  });

  test("a new code is sent on asking, and signs the visitor in", async () => {
    const { page } = person;
    const sentAfter = new Date().toISOString();
    await page.getByRole("button", { name: "Send a new code" }).click();
    await page.getByRole("status").getByText(`We sent a new code to ${email}`).waitFor();
    expect(await faultsOf(page)).toEqual(fine);

    await page.getByLabel("Code from the email").fill(await codeFromMailbox(host.url, email, sentAfter));
    await page.getByRole("button", { name: "Sign in" }).click();
    // A first sign-in: the welcome comes before the page the sign-in was going to.
    await page.waitForURL(`${host.url}/welcome?next=%2Fme`);
  });

  test("too many codes for one address end on a refusal in the same look, with the way back", async () => {
    const refused = await visitor(browser, host.url, size);
    const { page } = refused;
    await page.goto(`${host.url}/signin`);
    await page.getByRole("button", { name: "Continue with email" }).click();
    // The address's codes an hour, then one more: however many the limit allows, a dozen is past it.
    for (let asked = 0; asked < 12; asked++) {
      await page.getByLabel("Email address").fill(`refused-${email}`);
      await page.getByRole("button", { name: "Email me a code" }).click();
      const heading = page.locator("h1").filter({ hasText: /Check your email|Please wait a while/ });
      if ((await heading.textContent()) === "Please wait a while") break;
      // Back to the email page within the same sign-in.
      await page.getByRole("link", { name: "Use another email address" }).click();
    }
    await page.getByRole("heading", { name: "Please wait a while" }).waitFor();

    expect(await page.getByRole("alert").textContent()).toContain("Too many sign-in codes were asked for");
    expect(await page.getByRole("link", { name: "Sign in again" }).getAttribute("href")).toBe(
      `${host.url}/signin`,
    );
    const { overflow, violations } = await faultsOf(page, { withForm: false });
    expect({ overflow, violations }).toEqual({ overflow: 0, violations: [] });
    expect(refused.elsewhere).toEqual([]);
    await screenshot(page, `sign-in-refused-${size}`);
    await refused.context.close();
  });

  test("nothing on the way came from another origin, and the console stayed clean", () => {
    expect(person.elsewhere).toEqual([]);
    expect(person.consoleErrors).toEqual([]);
  });
});
