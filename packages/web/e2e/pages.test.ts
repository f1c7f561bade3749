import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../../functions/src/local/host";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { startTestHost, temporaryDataFolder } from "./test-host";

const desktop = { width: 1280, height: 800 };
/** The narrowest phone the app promises to fit without sideways scrolling. */
const phone = { width: 360, height: 740 };

const handle = "lin-okafor";

const signedOutPages = [
  "/",
  "/communities",
  "/meetups",
  "/paths",
  "/signin",
  "/signin?next=%2Fadmin",
  "/signin/callback?error=access_denied&error_description=The%20sign-in%20was%20cancelled.",
  "/members/nobody-here",
  "/no-such-page",
];
const signedInPages = ["/", "/me", "/me/edit", "/me/erase", "/admin", `/members/${handle}`];

/** Waits until the page has its heading and nothing is still loading, so the scan sees the real page. */
async function settle(page: Page) {
  await page.locator("h1").first().waitFor();
  // A page may load several parts at once (the home page: meetups and communities), each with its state.
  await page.waitForFunction(() => document.querySelector(".loading-state") === null);
}

/** How many pixels the page is wider than the viewport: 0 means no sideways scrolling. */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

function fileNameOf(state: string, path: string, size: string): string {
  const [pathname = "", query] = path.split("?");
  const slug = pathname.split("/").filter(Boolean).join("-") || "home";
  return `${state}-${slug}${query ? "-with-query" : ""}-${size}`;
}

describe("every page, for accessibility and on a small phone", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  const contexts: Record<
    "signedOutDesktop" | "signedOutPhone" | "signedInDesktop" | "signedInPhone",
    BrowserContext
  > = {} as never;
  const pages = {} as Record<keyof typeof contexts, Page>;

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path);

    contexts.signedOutDesktop = await newContext(browser, { viewport: desktop });
    contexts.signedOutPhone = await newContext(browser, { viewport: phone, isMobile: true, hasTouch: true });
    contexts.signedInDesktop = await newContext(browser, { viewport: desktop });
    const signingIn = await contexts.signedInDesktop.newPage();
    await signInThroughMailbox(signingIn, host.url, "lin@example.org", "/me/edit");
    await signingIn.getByLabel("Display name").fill("Lin Okafor");
    await signingIn.getByLabel("Handle").fill(handle);
    await signingIn.getByLabel("Bio").fill("Organises study groups on distributed systems. Brings biscuits.");
    await signingIn.getByRole("button", { name: "Add a link" }).click();
    await signingIn.getByLabel("Link 1 label").fill("Blog");
    await signingIn.getByLabel("Link 1 address").fill("https://example.org/lin");
    await signingIn.getByRole("button", { name: "Save profile" }).click();
    await signingIn.waitForURL(`${host.url}/me`);
    // The phone shares the sign-in: the same tokens in its localStorage.
    contexts.signedInPhone = await newContext(browser, {
      viewport: phone,
      isMobile: true,
      hasTouch: true,
      storageState: await contexts.signedInDesktop.storageState(),
    });
    for (const name of Object.keys(contexts) as (keyof typeof contexts)[]) {
      pages[name] = name === "signedInDesktop" ? signingIn : await contexts[name].newPage();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  const cases = [
    ...signedOutPages.map((path) => ({ state: "signed-out", path })),
    ...signedInPages.map((path) => ({ state: "signed-in", path })),
  ];

  test.each(cases)(
    "$path ($state) has no serious accessibility violation and fits 360 px",
    async ({ state, path }) => {
      const signedIn = state === "signed-in";
      const onDesktop = signedIn ? pages.signedInDesktop : pages.signedOutDesktop;
      const onPhone = signedIn ? pages.signedInPhone : pages.signedOutPhone;

      // Separate browser contexts: the desktop scan and the phone check run side by side.
      await Promise.all([
        (async () => {
          await onDesktop.goto(`${host.url}${path}`);
          await settle(onDesktop);
          expect(await seriousViolations(onDesktop)).toEqual([]);
          await screenshot(onDesktop, fileNameOf(state, path, "desktop"));
        })(),
        (async () => {
          await onPhone.goto(`${host.url}${path}`);
          await settle(onPhone);
          expect(await horizontalOverflow(onPhone)).toBe(0);
          await screenshot(onPhone, fileNameOf(state, path, "phone"));
        })(),
      ]);
    },
  );

  test("the profile editor showing the API's field errors is accessible too", async () => {
    const page = pages.signedInDesktop;
    await page.goto(`${host.url}/me/edit`);
    await settle(page);
    await page.getByLabel("Handle").fill("X");
    await page.getByLabel("Link 1 address").fill("ftp://example.org");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.getByText("Your profile was not saved").waitFor();

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "signed-in-me-edit-errors-desktop");
  });

  test("the first Tab reaches the skip link, which moves focus to the content", async () => {
    const page = pages.signedOutDesktop;
    await page.goto(`${host.url}/communities`);
    await settle(page);

    await page.keyboard.press("Tab");
    const skipLink = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      outline: getComputedStyle(document.activeElement as Element).outlineStyle,
    }));
    expect(skipLink).toEqual({ text: "Skip to content", outline: "solid" });

    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
  });
});
