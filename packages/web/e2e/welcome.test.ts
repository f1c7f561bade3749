import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type MeetupClient, meetupClient } from "../../functions/src/graphql/meetup-test-client";
import type { LocalHost } from "../../functions/src/local/host";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { startTestHost, temporaryDataFolder } from "./test-host";

const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } } as const;
type Size = keyof typeof sizes;

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The first sign-in of a new member: a welcome, a name and a handle, a community joined in place, then on. */
describe("the welcome after a first sign-in, in the browser against the local host", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let client: MeetupClient;

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path);
    client = meetupClient(host.url);
    const organiser = await client.signIn("olu@example.org");
    await client.query(
      "mutation ($input: ProfileInput!) { updateProfile(input: $input) { __typename } }",
      organiser,
      { input: { displayName: "Olu Organiser", handle: "olu" } },
    );
    await client.found(organiser, { name: "Rust Berlin", slug: "rust-berlin", tags: ["rust"] });
    await client.found(organiser, { name: "Go Amsterdam", slug: "go-amsterdam", tags: ["go"] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  const contextFor = (size: Size) =>
    newContext(browser, {
      viewport: sizes[size],
      ...(size === "phone" && { isMobile: true, hasTouch: true }),
    });

  test.each(Object.keys(sizes) as Size[])(
    "welcome → name and handle saved → a community joined → on; the next sign-in goes straight on (%s)",
    async (size) => {
      const email = `nia-${size}@example.org`;
      const handle = `nia-${size}`;
      const page = await (await contextFor(size)).newPage();
      await signInThroughMailbox(page, host.url, email, "/meetups", "stay");
      expect(new URL(page.url()).pathname).toBe("/welcome");
      await page.getByRole("heading", { level: 1, name: "Welcome to Meetstream" }).waitFor();
      expect(await page.getByRole("textbox", { name: "Display name" }).inputValue()).toBe("");
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `welcome-profile-${size}`);

      // Nothing typed: the form says what is missing and saves nothing.
      await page.getByRole("button", { name: "Save and continue" }).click();
      await page.getByRole("alert").getByText("Display name: Enter the name people will see.").waitFor();

      await page.getByRole("textbox", { name: "Display name" }).fill("Nia Newcomer");
      await page.getByRole("textbox", { name: "Handle", exact: true }).fill(handle);
      await page.getByRole("button", { name: "Save and continue" }).click();
      const step = page.getByRole("region", { name: /Communities to join/ });
      await step.getByRole("heading", { name: "Rust Berlin" }).waitFor();
      await page.getByText("Members see you as").waitFor();
      expect(await page.getByRole("link", { name: `@${handle}` }).getAttribute("href")).toBe(
        `/members/${handle}`,
      );

      const rust = step.getByRole("listitem").filter({ hasText: "Rust Berlin" });
      await rust.getByRole("button", { name: "Join community" }).click();
      await rust.getByText("You are a member").waitFor();
      expect(await step.getByRole("heading", { name: "Go Amsterdam" }).count()).toBe(1);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `welcome-communities-${size}`);

      await step.getByRole("button", { name: "Continue" }).click();
      await page.waitForURL(`${host.url}/meetups`);
      await page.goto(`${host.url}/communities/rust-berlin`);
      await page.getByText("You are a member").waitFor();

      // Another browser, so nothing remembered here decides: the member has a profile now.
      const again = await (await contextFor(size)).newPage();
      await signInThroughMailbox(again, host.url, email, "/me", "stay");
      expect(new URL(again.url()).pathname).toBe("/me");
      await again.locator("main").getByText("Nia Newcomer").first().waitFor();
    },
  );

  test("a newcomer who skips goes where the sign-in was going, and this browser does not welcome them again", async () => {
    const context = await contextFor("desktop");
    const page = await context.newPage();
    await signInThroughMailbox(page, host.url, "sam@example.org", "/communities", "stay");
    await page.getByRole("link", { name: "Skip for now" }).click();
    await page.waitForURL(`${host.url}/communities`);

    await page.evaluate(() => localStorage.removeItem("meetstream.tokens"));
    const again = await context.newPage();
    await signInThroughMailbox(again, host.url, "sam@example.org", "/me", "stay");
    expect(new URL(again.url()).pathname).toBe("/me");
  });
});
