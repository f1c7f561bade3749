import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../../functions/src/local/host";
import { graphqlRequest } from "../../functions/src/testing/graphql-request";
import { signIn } from "../../functions/src/testing/sign-in";
import { launchChromium, newContext } from "./chromium";
import { signInThroughMailbox } from "./sign-in";
import { startTestHost, temporaryDataFolder } from "./test-host";

describe("who reaches the organiser console", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let page: Page;

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path);
    page = await (await newContext(browser)).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  test("a signed-out visitor who opens /admin is sent to sign in, with the reason", async () => {
    await page.goto(`${host.url}/admin/meetups`);

    await page.waitForURL(`${host.url}/signin?next=%2Fadmin%2Fmeetups`);
    await page.getByText("Sign in to open the organiser console.").waitFor();
    expect(await page.getByRole("navigation", { name: "Organiser console" }).count()).toBe(0);
  });

  test("a signed-out visitor cannot open the profile editor either", async () => {
    await page.goto(`${host.url}/me/edit`);
    await page.waitForURL(`${host.url}/signin?next=%2Fme%2Fedit`);
  });

  test("a member who neither organises nor hosts a community signs in, comes back to /admin and is told whom it is for", async () => {
    await signInThroughMailbox(page, host.url, "member@example.org", "/admin");

    await page.getByRole("heading", { level: 1, name: "Organisers and hosts only", exact: true }).waitFor();
    expect(await page.getByRole("navigation", { name: "Organiser console" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Console" }).count()).toBe(0);
  });

  test("once the member founds a community, they organise it and reach the console", async () => {
    const { access } = await signIn(host.url, "member@example.org");
    const { body } = await graphqlRequest(
      host.url,
      'mutation { foundCommunity(input: { name: "Organised", slug: "organised" }) { __typename } }',
      { token: access },
    );
    expect(body.data).toEqual({ foundCommunity: { __typename: "Community" } });

    await page.goto(`${host.url}/admin`);
    await page.getByRole("navigation", { name: "Organiser console" }).waitFor();
  });

  test("a sign-in cannot be turned into a redirect to another site", async () => {
    await page.goto(`${host.url}/signin?next=${encodeURIComponent("//example.org/phish")}`);
    // Already signed in: the sign-in page sends the member on at once, to a page of this app.
    await page.waitForURL(`${host.url}/me`);
  });
});
