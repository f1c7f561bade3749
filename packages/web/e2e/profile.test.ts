import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../../functions/src/local/host";
import { launchChromium, newContext } from "./chromium";
import { signInThroughMailbox } from "./sign-in";
import { startTestHost, temporaryDataFolder } from "./test-host";

/** One member's story, in order: each test starts where the previous one left the browser. */
describe("a member's profile, in the browser against the local host", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let ada: BrowserContext;
  let page: Page;

  const heading = () => page.getByRole("heading", { level: 1 });
  const storedTokens = () =>
    page.evaluate(
      () => JSON.parse(localStorage.getItem("meetstream.tokens") ?? "null") as { access: string } | null,
    );

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path);
    ada = await newContext(browser);
    page = await ada.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test("a new member signs in with the code from the dev mailbox and lands on their profile", async () => {
    await signInThroughMailbox(page, host.url, "ada@example.org");

    await expect.poll(() => heading().textContent()).toBe("Your profile");
    await page.getByText("ada@example.org").waitFor();
    await page.getByRole("heading", { name: "Choose a handle" }).waitFor();
    expect(await storedTokens()).not.toBeNull();
  });

  test("the editor puts the API's objections on the fields and saves nothing", async () => {
    await page.getByRole("link", { name: "Edit profile" }).click();
    // Until the editor is there, "Handle" also names the profile page's own name-and-handle form.
    await page.waitForURL((url) => url.pathname === "/me/edit");
    await page.getByRole("textbox", { name: "Handle", exact: true }).fill("-not ok-");
    await page.getByLabel("Avatar address").fill("not an address");
    await page.getByRole("button", { name: "Save profile" }).click();

    const summary = page.getByRole("alert").filter({ hasText: "Your profile was not saved" });
    await summary.waitFor();
    expect(await summary.textContent()).toContain("Handle");
    expect(await summary.textContent()).toContain("Avatar address");
    expect(await page.getByLabel("Handle").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Avatar address").getAttribute("aria-invalid")).toBe("true");
    // The summary takes focus, so keyboard and screen reader users hear what to fix.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toContain(
      "Your profile was not saved",
    );
  });

  test("a saved profile shows on the member's own page and on their public page", async () => {
    await page.getByLabel("Display name").fill("Ada Lovelace");
    await page.getByLabel("Handle").fill("ada-lovelace");
    await page.getByLabel("Bio").fill("Writes the first programs. Likes engines.");
    await page.getByLabel("Avatar address").fill("");
    await page.getByRole("button", { name: "Add a link" }).click();
    await page.getByLabel("Link 1 label").fill("Notes");
    await page.getByLabel("Link 1 address").fill("https://example.org/notes");
    await page.getByRole("button", { name: "Save profile" }).click();

    await page.waitForURL(`${host.url}/me`);
    await page.getByText("Your profile is saved").waitFor();
    await page.getByRole("heading", { name: "Ada Lovelace" }).waitFor();

    await page.getByRole("link", { name: "/members/ada-lovelace" }).click();
    await expect.poll(() => heading().textContent()).toBe("Ada Lovelace");
    await page.getByText("Writes the first programs. Likes engines.").waitFor();
    expect(await page.getByRole("link", { name: /Notes/ }).getAttribute("href")).toBe(
      "https://example.org/notes",
    );
  });

  test("after the local host restarts on the same data folder, the profile and the sign-in are still there", async () => {
    const port = new URL(host.url).port;
    await host.close();
    host = await startTestHost(dataFolder.path, Number(port));

    await page.goto(`${host.url}/me`);
    await expect.poll(() => heading().textContent()).toBe("Your profile");
    await page.getByRole("heading", { name: "Ada Lovelace" }).waitFor();
    await page.getByText("Writes the first programs. Likes engines.").waitFor();
    await page.getByRole("link", { name: "Ada Lovelace (your profile)" }).waitFor();
  });

  test("an expired access token is refreshed without the member noticing", async () => {
    const before = await storedTokens();
    await page.evaluate(() => {
      const tokens = JSON.parse(localStorage.getItem("meetstream.tokens") ?? "{}");
      localStorage.setItem("meetstream.tokens", JSON.stringify({ ...tokens, expiresAt: 0 }));
    });
    await page.reload();

    await page.getByRole("heading", { name: "Ada Lovelace" }).waitFor();
    await expect.poll(async () => (await storedTokens())?.access).not.toBe(before?.access);
  });

  test("another member cannot take a handle that is already taken", async () => {
    const grace = await newContext(browser);
    const gracePage = await grace.newPage();
    await signInThroughMailbox(gracePage, host.url, "grace@example.org", "/me/edit");

    await gracePage.getByLabel("Display name").fill("Grace Hopper");
    await gracePage.getByLabel("Handle").fill("ada-lovelace");
    await gracePage.getByRole("button", { name: "Save profile" }).click();

    await gracePage.getByText("@ada-lovelace is already taken. Try another handle.").first().waitFor();
    expect(await gracePage.getByLabel("Handle").getAttribute("aria-invalid")).toBe("true");
    await grace.close();
  });

  test("signing out forgets the tokens, and the profile pages then ask to sign in", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByText("You are signed out").waitFor();
    expect(await storedTokens()).toBeNull();

    await page.goto(`${host.url}/me`);
    await page.waitForURL(`${host.url}/signin?next=%2Fme`);
    await page.getByText("Sign in to see and edit your profile.").waitFor();
  });

  test("erasing the account takes a confirmation, then signs out and frees the public page", async () => {
    await signInThroughMailbox(page, host.url, "ada@example.org", "/me/erase");
    await page.getByRole("button", { name: "Erase my account" }).click();
    await page.getByText("Tick the box to confirm you want to erase your account.").waitFor();

    await page.getByLabel(/I understand that erasing my account/).check();
    await page.getByRole("button", { name: "Erase my account" }).click();
    await page.getByText("Your account has been erased").waitFor();
    expect(await storedTokens()).toBeNull();

    await page.goto(`${host.url}/members/ada-lovelace`);
    await page.getByRole("heading", { name: "Nobody goes by @ada-lovelace" }).waitFor();
  });
});
