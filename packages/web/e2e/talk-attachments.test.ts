import { deflateSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seriousViolations } from "./accessibility";
import { launchChromium, newContext } from "./chromium";
import { horizontalOverflow } from "./layout";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { smallPdf } from "./small-pdf";
import { api, decide, openCall, submitTalk } from "./talk-seed";
import { type DemoHost, startDemoHost, temporaryDataFolder } from "./test-host";

const slug = "serverless-rotterdam";

/** A program's first bytes (Linux's ELF header) under a name that claims otherwise. */
const executable = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
  Buffer.alloc(56, 0),
  Buffer.from("this program is not slides"),
]);

const crcTable = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, checksum]);
};

/** A square PNG of one colour, `size` pixels a side: a photo a browser draws. */
function squarePng(size: number, [red, green, blue]: readonly [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.alloc(size * 3).map((_, index) => [red, green, blue][index % 3] ?? 0),
  ]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Each width has a speaker of its own, so that one run's slides, recording and photo are not another's. */
const cases = [
  {
    width: 1280,
    speaker: { email: "daan@example.org", handle: "daan", name: "Daan Bakker" },
    recording: {
      url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      host: "YouTube",
      embedUrl: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    },
  },
  {
    width: 360,
    speaker: { email: "sophie@example.org", handle: "sophie", name: "Sophie de Groot" },
    recording: {
      url: "https://peertube.example.org/w/9c9de5e8-0a1b-46cd-8d5a-1e8bda1f8b2c",
      host: "PeerTube",
      embedUrl: "https://peertube.example.org/videos/embed/9c9de5e8-0a1b-46cd-8d5a-1e8bda1f8b2c",
    },
  },
] as const;

/**
 * A speaker of an accepted talk confirms it on My proposals, attaches its slides and links its recording; a
 * visitor downloads the slides, follows the recording's link and loads its player only by asking; a renamed
 * program is refused in words and attaches nothing; the speaker sets a photo that a visitor then sees.
 */
describe.each(cases)(
  "slides, recordings and photos at $width px, in the browser",
  ({ width, speaker, recording }) => {
    let browser: Browser;
    let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
    let host: DemoHost;
    let speakerContext: BrowserContext;
    let visitorContext: BrowserContext;
    let talk: { id: string; publicId: string };
    const title = `Event sourcing on a budget (${width})`;
    const slides = smallPdf(title);
    /** Every request the visitor's pages sent to another origin; each is refused, as every-route.test.ts does. */
    const elsewhere: string[] = [];

    const contextOptions = {
      viewport: { width, height: width === 360 ? 740 : 800 },
      ...(width === 360 ? { isMobile: true, hasTouch: true } : {}),
    };
    const heading = (page: Page) => page.getByRole("heading", { level: 1 });
    const card = (page: Page) => page.getByRole("article", { name: title });

    /** What a careful person would trip over: overflow and serious axe findings; then the screenshot. */
    const expectFine = async (page: Page, name: string) => {
      await page.waitForFunction(() => document.querySelector(".loading-state") === null);
      expect(await horizontalOverflow(page), `${name} overflows`).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page), name).toEqual([]);
      await screenshot(page, name);
    };

    const slidesOfTalk = async (page: Page) =>
      (await api(page, "query ($id: ID!) { proposal(id: $id) { slides { url bytes } } }", { id: talk.id }))
        .proposal.slides;

    beforeAll(async () => {
      [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
      host = await startDemoHost(dataFolder.path);
      const organiser = await (await newContext(browser)).newPage();
      await signInThroughMailbox(organiser, host.url, host.demo.organiserEmail);
      const call = await openCall(organiser, slug, `Speakers wanted (${width})`);

      speakerContext = await newContext(browser, contextOptions);
      const speakerPage = await speakerContext.newPage();
      await signInThroughMailbox(speakerPage, host.url, speaker.email);
      talk = await submitTalk(speakerPage, call.id, title);
      await decide(organiser, "acceptProposal", talk.id, "Yes please: the second slot is yours.");
      await organiser.close();
      await speakerPage.close();

      visitorContext = await newContext(browser, contextOptions);
      await visitorContext.route("**/*", (route) => {
        const url = new URL(route.request().url());
        if (url.origin === host.url || url.protocol === "data:" || url.protocol === "blob:")
          return route.continue();
        elsewhere.push(url.href);
        return route.abort();
      });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await host?.close();
      await dataFolder?.remove();
    });

    test("the speaker confirms; a renamed program is refused in words and attaches nothing; a PDF attaches", async () => {
      const page = await speakerContext.newPage();
      await page.goto(`${host.url}/me/proposals`);
      await card(page).getByRole("button", { name: "Confirm I will give it" }).click();
      await card(page).getByText("Confirmed: on the programme").waitFor();

      const picker = card(page).getByLabel("Upload slides (PDF, up to 20 MB)");
      await picker.setInputFiles({ name: "slides.pdf", mimeType: "application/pdf", buffer: executable });
      await card(page)
        .getByRole("alert")
        .filter({ hasText: "That file is not a PDF: nothing was attached." })
        .waitFor();
      expect(await picker.getAttribute("aria-invalid")).toBe("true");
      expect(await slidesOfTalk(page)).toBeNull();
      expect(
        await card(page)
          .getByRole("link", { name: /^Slides \(PDF/ })
          .count(),
      ).toBe(0);
      await screenshot(page, `attachments-refused-speaker-${width}`);

      await picker.setInputFiles({ name: "event-sourcing.pdf", mimeType: "application/pdf", buffer: slides });
      await card(page).getByText("Your slides are attached (event-sourcing.pdf).").waitFor();
      await card(page)
        .getByRole("link", { name: `Slides (PDF, ${slides.length} bytes)` })
        .waitFor();
      expect(await card(page).getByRole("alert").count()).toBe(0);
      // Attached, the picker offers to replace them, and there is a way to remove them.
      await card(page).getByLabel("Replace the slides (PDF, up to 20 MB)").waitFor();
      await card(page).getByRole("button", { name: "Remove the slides" }).waitFor();
      expect((await slidesOfTalk(page)).bytes).toBe(slides.length);
      await page.close();
    });

    test("the speaker links the recording: an address that is not https is refused in words", async () => {
      const page = await speakerContext.newPage();
      await page.goto(`${host.url}/me/proposals`);
      const address = card(page).getByLabel("Recording address");
      await address.fill(recording.url.replace("https:", "http:"));
      await card(page).getByRole("button", { name: "Link the recording" }).click();
      await card(page).getByText("That is not an https address", { exact: false }).waitFor();
      expect(await address.getAttribute("aria-invalid")).toBe("true");
      expect(
        await card(page)
          .getByRole("link", { name: /recording on/ })
          .count(),
      ).toBe(0);

      await address.fill(recording.url);
      await card(page).getByRole("button", { name: "Link the recording" }).click();
      const link = card(page).getByRole("link", {
        name: `The recording on ${recording.host} (opens in a new tab)`,
      });
      await link.waitFor();
      expect(await link.getAttribute("href")).toBe(recording.url);
      await card(page).getByRole("button", { name: "Unlink the recording" }).waitFor();
      await expectFine(page, `attachments-my-proposals-speaker-${width}`);
      await page.close();
    });

    test("a visitor downloads the slides and loads the recording's player only on asking", async () => {
      const page = await visitorContext.newPage();
      await page.goto(`${host.url}/talks/${talk.publicId}`);
      await expect.poll(() => heading(page).textContent()).toBe(title);
      const slidesLink = page.getByRole("link", { name: `Slides (PDF, ${slides.length} bytes)` });
      const slidesUrl = (await slidesLink.getAttribute("href")) ?? "";
      const served = await page.request.get(slidesUrl);
      expect(served.headers()["content-type"]).toBe("application/pdf");
      expect(Buffer.from(await served.body()).equals(slides)).toBe(true);

      const watch = page.getByRole("link", {
        name: `Watch the recording on ${recording.host} (opens in a new tab)`,
      });
      expect(await watch.getAttribute("href")).toBe(recording.url);
      expect(await watch.getAttribute("rel")).toContain("noopener");
      // Nothing from the provider before the click: no player in the page, no request to another origin.
      expect(await page.locator("iframe").count()).toBe(0);
      await page
        .getByText(`The video plays from ${new URL(recording.embedUrl).hostname}:`, { exact: false })
        .waitFor();
      await expectFine(page, `attachments-talk-visitor-${width}`);
      expect(elsewhere).toEqual([]);

      await page.getByRole("button", { name: "Load the video here" }).click();
      const player = page.locator("iframe");
      await player.waitFor();
      expect(await player.getAttribute("src")).toBe(recording.embedUrl);
      expect(await player.getAttribute("title")).toBe(
        `Recording of “${title}”, played from ${recording.host}`,
      );
      expect(await player.getAttribute("loading")).toBe("lazy");
      expect(await player.getAttribute("allow")).not.toContain("autoplay");
      expect(await page.getByRole("button", { name: "Load the video here" }).count()).toBe(0);
      // Only now does the page ask the provider (refused here: the test reaches no other origin).
      await expect.poll(() => elsewhere.some((url) => url.startsWith(recording.embedUrl))).toBe(true);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `attachments-talk-player-visitor-${width}`);
      await page.close();
    });

    test("the talks archive says the talk has slides and a recording", async () => {
      const page = await visitorContext.newPage();
      await page.goto(`${host.url}/communities/${slug}/talks`);
      const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
      await item.getByText("With slides and a recording").waitFor();
      await expectFine(page, `attachments-archive-visitor-${width}`);
      await page.close();
    });

    test("the speaker removes the slides and unlinks the recording, then attaches them again", async () => {
      const page = await speakerContext.newPage();
      await page.goto(`${host.url}/me/proposals`);
      await card(page).getByRole("button", { name: "Remove the slides" }).click();
      await card(page).getByText("No slides yet", { exact: false }).waitFor();
      expect(await slidesOfTalk(page)).toBeNull();
      await card(page).getByRole("button", { name: "Unlink the recording" }).click();
      await card(page).getByText("No recording linked yet.").waitFor();

      await card(page)
        .getByLabel("Upload slides (PDF, up to 20 MB)")
        .setInputFiles({ name: "event-sourcing.pdf", mimeType: "application/pdf", buffer: slides });
      await card(page)
        .getByRole("link", { name: `Slides (PDF, ${slides.length} bytes)` })
        .waitFor();
      await card(page).getByLabel("Recording address").fill(recording.url);
      await card(page).getByRole("button", { name: "Link the recording" }).click();
      await card(page)
        .getByRole("link", { name: `The recording on ${recording.host} (opens in a new tab)` })
        .waitFor();
      await page.close();
    });

    test("the speaker sets a photo (a renamed program is refused); a visitor sees it on the speaker page", async () => {
      const page = await speakerContext.newPage();
      await page.goto(`${host.url}/me/speaker`);
      await expect.poll(() => heading(page).textContent()).toBe("Your speaker profile");
      const picker = page.getByLabel("Choose a photo");
      await picker.setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: executable });
      await page
        .getByRole("alert")
        .filter({ hasText: "That file is not a JPEG, PNG or WebP image: nothing was attached." })
        .waitFor();
      const { me } = await api(page, "query { me { member { speakerProfile { photoUrl } } } }");
      expect(me.member.speakerProfile?.photoUrl ?? null).toBeNull();

      // The bytes are held on their way, to see what the page says meanwhile: a preview and the progress.
      let letThrough = () => {};
      const held = new Promise<void>((resolve) => {
        letThrough = resolve;
      });
      await page.route("**/uploads/photo/**", async (route) => {
        await held;
        await route.continue();
      });
      await picker.setInputFiles({
        name: "me.png",
        mimeType: "image/png",
        buffer: squarePng(192, [30, 110, 180]),
      });
      await page.getByRole("img", { name: "Preview of your new photo" }).waitFor();
      await page.getByText(/^Uploading your photo… \d+ %$/).waitFor();
      expect(await page.getByLabel("Choose a photo").isDisabled()).toBe(true);
      letThrough();
      await page.getByText("Your photo is set.").waitFor();
      await page.unroute("**/uploads/photo/**");
      await page.getByRole("img", { name: "Your photo" }).waitFor();
      await page.getByRole("button", { name: "Remove the photo" }).waitFor();
      // The profile is public once it has a headline.
      await page.getByLabel("Headline").fill("Event sourcing, on a budget");
      await expectFine(page, `attachments-speaker-editor-speaker-${width}`);
      await page.getByRole("button", { name: "Save speaker profile" }).click();
      await page.waitForURL(`${host.url}/speakers/${speaker.handle}`);
      await page.close();

      const reader = await visitorContext.newPage();
      await reader.goto(`${host.url}/speakers/${speaker.handle}`);
      await expect.poll(() => heading(reader).textContent()).toBe(speaker.name);
      const photo = reader.getByRole("img", { name: speaker.name });
      await photo.waitFor();
      await expect
        .poll(() => photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
        .toBe(192);
      // Its box is set before it loads: 96 px square, whatever the file's own size.
      expect(await photo.getAttribute("width")).toBe("96");
      expect(await photo.getAttribute("height")).toBe("96");
      const box = await photo.boundingBox();
      expect([Math.round(box?.width ?? 0), Math.round(box?.height ?? 0)]).toEqual([96, 96]);
      await expectFine(reader, `attachments-speaker-page-visitor-${width}`);
      // The only requests to another origin were the player's, asked for on the talk page.
      const provider = new URL(recording.embedUrl).origin;
      expect(elsewhere.filter((url) => !url.startsWith(provider))).toEqual([]);
      await reader.close();
    });

    test("the speaker removes the photo: the speaker page shows their initials again", async () => {
      const page = await speakerContext.newPage();
      await page.goto(`${host.url}/me/speaker`);
      await page.getByRole("button", { name: "Remove the photo" }).click();
      await page.getByText("Your photo is removed.").waitFor();
      await page.getByText("No photo yet: your speaker page shows your initials.").waitFor();
      await page.getByLabel("Choose a photo").waitFor();
      await page.close();

      const reader = await visitorContext.newPage();
      await reader.goto(`${host.url}/speakers/${speaker.handle}`);
      await expect.poll(() => heading(reader).textContent()).toBe(speaker.name);
      expect(await reader.getByRole("img", { name: speaker.name }).count()).toBe(0);
      await reader.close();
    });
  },
);
