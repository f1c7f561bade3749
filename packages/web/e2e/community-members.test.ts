import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type MeetupClient, meetupClient } from "../../functions/src/graphql/meetup-test-client";
import type { LocalHost } from "../../functions/src/local/host";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { startTestHost, temporaryDataFolder } from "./test-host";

const setDisplayName = "mutation ($input: ProfileInput!) { updateProfile(input: $input) { __typename } }";

/**
 * The community console's members as its organiser sees them, on a laptop and on a phone: a table whose
 * rows keep their actions in a menu, offering only what the API accepts. The world is made over the API.
 */
describe("the console's members, in the browser against the local host", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: LocalHost;
  let client: MeetupClient;
  let organiserPage: Page;

  const members = () => organiserPage.getByRole("region", { name: /Members/ });
  const rowOf = (name: string) => members().getByRole("row").filter({ hasText: name });
  /** Buttons a person sees without opening anything: none may be a Remove. */
  const visibleRemoveButtons = () =>
    members()
      .getByRole("button", { name: /^Remove/ })
      .evaluateAll(
        (buttons) => buttons.filter((button) => (button as HTMLElement).offsetParent !== null).length,
      );

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startTestHost(dataFolder.path);
    client = meetupClient(host.url);
    const organiser = await client.signIn("olu@example.org");
    await client.query(setDisplayName, organiser, { input: { displayName: "Olu Okafor" } });
    const community = await client.found(organiser, { name: "Rust Berlin", slug: "rust-berlin" });
    for (const [email, name] of [
      ["bea@example.org", "Bea Member"],
      ["hana@example.org", "Hana Host"],
    ] as const) {
      const person = await client.signIn(email);
      await client.query(setDisplayName, person, { input: { displayName: name } });
      await client.join(person, community.id);
    }
    organiserPage = await (await newContext(browser)).newPage();
    await signInThroughMailbox(organiserPage, host.url, "olu@example.org", "/admin/communities/rust-berlin");
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  for (const width of [1280, 360]) {
    test(`at ${width} px: a table of members, actions in each row's menu, removal confirmed, nothing overflowing`, async () => {
      await organiserPage.setViewportSize({ width, height: 740 });
      await organiserPage.goto(`${host.url}/admin/communities/rust-berlin`);
      await rowOf("Bea Member").waitFor();
      expect(await members().getByRole("table").count()).toBe(1);
      expect(await visibleRemoveButtons()).toBe(0);

      // The founder is the last organiser and the viewer: nothing to remove or demote them by.
      const founder = rowOf("Olu Okafor");
      expect(await founder.textContent()).toContain("Organiser");
      expect(await founder.getByText("Actions").count()).toBe(0);
      expect(await founder.getByRole("button").count()).toBe(0);

      const bea = rowOf("Bea Member");
      await bea.getByText("Actions").click();
      for (const action of ["Make host Bea Member", "Make organiser Bea Member", "Remove Bea Member"])
        await bea.getByRole("button", { name: action }).waitFor();
      expect(await visibleRemoveButtons()).toBe(1);

      await bea.getByRole("button", { name: "Remove Bea Member" }).click();
      await bea.getByText("Remove Bea Member from Rust Berlin?", { exact: false }).waitFor();
      expect(await organiserPage.evaluate(() => document.activeElement?.textContent)).toContain(
        "Remove Bea Member from Rust Berlin?",
      );
      expect(await seriousViolations(organiserPage)).toEqual([]);
      const overflow = await organiserPage.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await screenshot(organiserPage, `console-members-confirm-${width}`);
      await bea.getByRole("button", { name: "Keep Bea Member" }).click();
      expect(await rowOf("Bea Member").count()).toBe(1);
    });
  }

  test("a second organiser makes the founder demotable, never removable by themselves; removing asks twice", async () => {
    await organiserPage.setViewportSize({ width: 1280, height: 740 });
    const hana = rowOf("Hana Host");
    await hana.getByText("Actions").click();
    await hana.getByRole("button", { name: "Make organiser Hana Host" }).click();
    await expect.poll(() => hana.textContent()).toContain("Organiser");
    // Olu is no longer the last organiser, but still the viewer: demoting is offered, removing is not.
    const founder = rowOf("Olu Okafor");
    await founder.getByText("Actions").click();
    await founder.getByRole("button", { name: "Make member Olu Okafor" }).waitFor();
    expect(await founder.getByRole("button", { name: "Remove Olu Okafor" }).count()).toBe(0);
    await hana.getByRole("button", { name: "Remove Hana Host" }).waitFor();

    await hana.getByRole("button", { name: "Remove Hana Host" }).click();
    await hana.getByRole("button", { name: "Remove Hana Host" }).click();
    await expect.poll(() => rowOf("Hana Host").count()).toBe(0);
    await screenshot(organiserPage, "console-members-after-removal-1280");
  });
});
