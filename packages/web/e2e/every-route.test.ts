import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { signInCallbackPath } from "../src/auth/sign-in-flow";
import { seriousViolations } from "./accessibility";
import { routesOfApp } from "./app-routes";
import { launchChromium, newContext } from "./chromium";
import { communityIdOf, followPath, publishedPath } from "./path-seed";
import { screenshot } from "./screenshot";
import { signInThroughMailbox } from "./sign-in";
import { api, confirmTalk, decide, openCall, submitTalk } from "./talk-seed";
import { openCall as openReviewedCall, submitProposal } from "./talk-setup";
import { type DemoHost, startDemoHost, temporaryDataFolder } from "./test-host";

const widths = [1280, 360] as const;
type Width = (typeof widths)[number];
/** A reviewer is a member appointed to review the demo call: no organiser, and no more of the console. */
type Viewer = "visitor" | "member" | "reviewer" | "organiser";

/** What the demo community offers the addresses below: its slug, a member's handle, its meetups. */
interface Demo {
  slug: string;
  handle: string;
  upcoming: string;
  full: string;
  past: string;
  /** A published call with anonymised review, its reviewer appointed, and the member's proposal to it. */
  reviewCall: string;
  reviewProposal: string;
  /** An open call for proposals, a talk confirmed from it, and the member's proposal still under review. */
  call: string;
  talk: string;
  proposal: string;
  /** A published path of the demo community's, with a link, the talk and the past meetup; the member follows it. */
  path: string;
}

interface Visit {
  /** What the test calls the page, and its screenshots. */
  name: string;
  viewers: readonly Viewer[];
  address(demo: Demo): string;
}

const everyone = ["visitor", "member", "organiser"] as const;
const signedIn = ["member", "organiser"] as const;
const organiser = ["organiser"] as const;
const reviewers = ["reviewer", "organiser"] as const;

/**
 * How each route of src/app.tsx is visited, and by whom: whoever may see it. A route the app gains
 * without a visit here fails the first test below, so that no page goes unchecked.
 */
const visits: Record<string, readonly Visit[]> = {
  "/": [{ name: "home", viewers: everyone, address: () => "/" }],
  "/communities": [{ name: "communities", viewers: everyone, address: () => "/communities" }],
  "/communities/:slug": [
    { name: "community", viewers: everyone, address: (demo) => `/communities/${demo.slug}` },
  ],
  "/meetups": [{ name: "meetups", viewers: everyone, address: () => "/meetups" }],
  "/meetups/:id": [
    { name: "meetup-upcoming", viewers: everyone, address: (demo) => `/meetups/${demo.upcoming}` },
    { name: "meetup-full", viewers: everyone, address: (demo) => `/meetups/${demo.full}` },
    { name: "meetup-past", viewers: everyone, address: (demo) => `/meetups/${demo.past}` },
    { name: "meetup-unknown", viewers: ["visitor", "member"], address: () => "/meetups/no-such-meetup" },
  ],
  "/signin": [{ name: "signin", viewers: ["visitor"], address: () => "/signin?next=%2Fme" }],
  [signInCallbackPath]: [
    {
      name: "signin-callback-refused",
      viewers: ["visitor"],
      address: () =>
        `${signInCallbackPath}?error=access_denied&error_description=The%20sign-in%20was%20cancelled.`,
    },
  ],
  "/members/:handle": [
    { name: "member", viewers: everyone, address: (demo) => `/members/${demo.handle}` },
    { name: "member-unknown", viewers: ["visitor"], address: () => "/members/nobody-here" },
  ],
  "/speakers/:handle": [
    { name: "speaker", viewers: everyone, address: (demo) => `/speakers/${demo.handle}` },
    { name: "speaker-unknown", viewers: ["visitor"], address: () => "/speakers/nobody-here" },
  ],
  "/me": [{ name: "me", viewers: signedIn, address: () => "/me" }],
  "/me/speaker": [{ name: "me-speaker", viewers: signedIn, address: () => "/me/speaker" }],
  "/me/edit": [{ name: "me-edit", viewers: signedIn, address: () => "/me/edit" }],
  "/me/erase": [{ name: "me-erase", viewers: signedIn, address: () => "/me/erase" }],
  "/me/meetups": [{ name: "me-meetups", viewers: signedIn, address: () => "/me/meetups" }],
  // A member who organises nothing is shown the way to found a community, not a broken console.
  "/admin": [{ name: "admin", viewers: [...signedIn, "reviewer"], address: () => "/admin" }],
  "/admin/communities": [
    { name: "admin-communities", viewers: organiser, address: () => "/admin/communities" },
  ],
  "/admin/communities/new": [
    { name: "admin-communities-new", viewers: signedIn, address: () => "/admin/communities/new" },
  ],
  "/admin/communities/:slug": [
    { name: "admin-community", viewers: organiser, address: (demo) => `/admin/communities/${demo.slug}` },
  ],
  "/admin/communities/:slug/meetups/new": [
    {
      name: "admin-meetup-new",
      viewers: organiser,
      address: (demo) => `/admin/communities/${demo.slug}/meetups/new`,
    },
  ],
  "/admin/meetups": [{ name: "admin-meetups", viewers: organiser, address: () => "/admin/meetups" }],
  "/admin/meetups/:id": [
    { name: "admin-meetup-full", viewers: organiser, address: (demo) => `/admin/meetups/${demo.full}` },
    { name: "admin-meetup-past", viewers: organiser, address: (demo) => `/admin/meetups/${demo.past}` },
  ],
  "/admin/meetups/:id/edit": [
    {
      name: "admin-meetup-edit",
      viewers: organiser,
      address: (demo) => `/admin/meetups/${demo.upcoming}/edit`,
    },
  ],
  "/admin/meetups/:id/door": [
    {
      name: "admin-door-upcoming",
      viewers: organiser,
      address: (demo) => `/admin/meetups/${demo.full}/door`,
    },
    { name: "admin-door-past", viewers: organiser, address: (demo) => `/admin/meetups/${demo.past}/door` },
  ],
  "/admin/meetups/:id/agenda": [
    {
      name: "admin-agenda-upcoming",
      viewers: organiser,
      address: (demo) => `/admin/meetups/${demo.upcoming}/agenda`,
    },
    {
      name: "admin-agenda-past",
      viewers: organiser,
      address: (demo) => `/admin/meetups/${demo.past}/agenda`,
    },
  ],
  "/welcome": [{ name: "welcome", viewers: signedIn, address: () => "/welcome?next=%2Fme" }],
  "/admin/history": [{ name: "admin-history", viewers: organiser, address: () => "/admin/history" }],
  "/admin/webhooks": [{ name: "admin-webhooks", viewers: organiser, address: () => "/admin/webhooks" }],
  "/admin/talks": [{ name: "admin-talks", viewers: organiser, address: () => "/admin/talks" }],
  "/admin/talks/:slug": [
    { name: "admin-talks-community", viewers: organiser, address: (demo) => `/admin/talks/${demo.slug}` },
  ],
  "/admin/talks/:slug/calls/new": [
    { name: "admin-call-new", viewers: organiser, address: (demo) => `/admin/talks/${demo.slug}/calls/new` },
  ],
  "/admin/talks/calls/:id": [
    // A reviewer is shown the way out of the console, not the call's management.
    { name: "admin-call", viewers: reviewers, address: (demo) => `/admin/talks/calls/${demo.reviewCall}` },
  ],
  "/admin/talks/calls/:id/edit": [
    {
      name: "admin-call-edit",
      viewers: organiser,
      address: (demo) => `/admin/talks/calls/${demo.reviewCall}/edit`,
    },
  ],
  "/admin/talks/proposals/:id": [
    {
      name: "admin-proposal",
      viewers: organiser,
      address: (demo) => `/admin/talks/proposals/${demo.reviewProposal}`,
    },
  ],
  "/review": [{ name: "review", viewers: [...signedIn, "reviewer"], address: () => "/review" }],
  "/review/:callId": [
    // The member speaks on its proposal and reviews nothing: the board says who it is for.
    {
      name: "review-board",
      viewers: [...reviewers, "member"],
      address: (demo) => `/review/${demo.reviewCall}`,
    },
  ],
  "/review/:callId/proposals/:proposalId": [
    {
      name: "review-proposal",
      viewers: reviewers,
      address: (demo) => `/review/${demo.reviewCall}/proposals/${demo.reviewProposal}`,
    },
  ],
  "/communities/:slug/calls/:callId": [
    { name: "call", viewers: everyone, address: (demo) => `/communities/${demo.slug}/calls/${demo.call}` },
    {
      name: "call-unknown",
      viewers: ["visitor"],
      address: (demo) => `/communities/${demo.slug}/calls/no-such-call`,
    },
  ],
  "/communities/:slug/talks": [
    { name: "talks-archive", viewers: everyone, address: (demo) => `/communities/${demo.slug}/talks` },
  ],
  "/talks/:id": [
    { name: "talk", viewers: everyone, address: (demo) => `/talks/${demo.talk}` },
    { name: "talk-unknown", viewers: ["visitor"], address: () => "/talks/no-such-talk" },
  ],
  "/me/proposals": [{ name: "me-proposals", viewers: signedIn, address: () => "/me/proposals" }],
  // Only its owner edits a proposal: anyone else is told there is none of theirs here.
  "/me/proposals/:id/edit": [
    { name: "me-proposal-edit", viewers: signedIn, address: (demo) => `/me/proposals/${demo.proposal}/edit` },
  ],
  "/paths/new": [{ name: "path-new", viewers: signedIn, address: () => "/paths/new" }],
  // Its curator edits a path (and its community's organisers): anyone else is told there is none to edit.
  "/paths/:slug/edit": [
    { name: "path-edit", viewers: signedIn, address: (demo) => `/paths/${demo.path}/edit` },
  ],
  "/admin/paths": [{ name: "admin-paths", viewers: organiser, address: () => "/admin/paths" }],
  "/paths": [
    { name: "paths", viewers: everyone, address: () => "/paths" },
    { name: "paths-empty", viewers: ["visitor"], address: () => "/paths?tag=no-such-tag" },
  ],
  "/paths/:slug": [
    { name: "path", viewers: everyone, address: (demo) => `/paths/${demo.path}` },
    { name: "path-unknown", viewers: ["visitor"], address: () => "/paths/no-such-path" },
  ],
  "/me/learning": [{ name: "me-learning", viewers: signedIn, address: () => "/me/learning" }],
  "/me/notifications": [{ name: "me-notifications", viewers: signedIn, address: () => "/me/notifications" }],
  // A link that works changes settings (notification-settings.test.ts follows one): these are refused.
  "/unsubscribe": [
    {
      name: "unsubscribe-refused",
      viewers: ["visitor", "member"],
      address: () => "/unsubscribe?token=bm90LWEtdG9rZW4.bm90LWEtc2lnbmF0dXJl",
    },
    { name: "unsubscribe-incomplete", viewers: ["visitor"], address: () => "/unsubscribe" },
  ],
  "/api": [{ name: "api", viewers: everyone, address: () => "/api" }],
  "*": [{ name: "not-found", viewers: ["visitor", "member"], address: () => "/no-such-page" }],
};

const appRoutes = routesOfApp({ signInCallbackPath });

/** What a careful visitor would trip over on a page, each as a list that is empty when all is well. */
interface Faults {
  overflow: number;
  elsewhere: string[];
  violations: Awaited<ReturnType<typeof seriousViolations>>;
  consoleErrors: string[];
}

const fine: Faults = { overflow: 0, elsewhere: [], violations: [], consoleErrors: [] };

describe("every route, as whoever may see it, at 1,280 and 360 px", () => {
  let browser: Browser;
  let dataFolder: Awaited<ReturnType<typeof temporaryDataFolder>>;
  let host: DemoHost;
  let demo: Demo;
  const contexts = new Map<`${Viewer}-${Width}`, BrowserContext>();

  /** A browser context per viewer and width: phones as phones, signed in as that viewer. */
  const contextOf = (viewer: Viewer, width: Width) => contexts.get(`${viewer}-${width}`) as BrowserContext;

  const newContextAt = (width: Width, storageState?: Awaited<ReturnType<BrowserContext["storageState"]>>) =>
    newContext(browser, {
      viewport: { width, height: width === 360 ? 740 : 800 },
      ...(width === 360 ? { isMobile: true, hasTouch: true } : {}),
      ...(storageState ? { storageState } : {}),
    });

  beforeAll(async () => {
    [browser, dataFolder] = await Promise.all([launchChromium(), temporaryDataFolder()]);
    host = await startDemoHost(dataFolder.path);
    const meetups = await meetupsOf(host.url, host.demo.slug);

    for (const [viewer, email] of [
      ["visitor", undefined],
      ["member", "daan@example.org"],
      ["reviewer", "emma@example.org"],
      ["organiser", host.demo.organiserEmail],
    ] as const) {
      const desktop = await newContextAt(1280);
      if (email) await signInThroughMailbox(await desktop.newPage(), host.url, email);
      contexts.set(`${viewer}-1280`, desktop);
      // The phone shares the sign-in: the same tokens in its storage.
      contexts.set(
        `${viewer}-360`,
        await newContextAt(360, email ? await desktop.storageState() : undefined),
      );
    }
    demo = {
      slug: host.demo.slug,
      handle: "sanne",
      path: "",
      ...meetups,
      ...(await demoCall(host.demo.slug)),
      ...(await talksOf(contextOf("organiser", 1280), contextOf("member", 1280), host.url, host.demo.slug)),
    };
    demo.path = await pathOf(contextOf("organiser", 1280), contextOf("member", 1280), host.url, demo);
    for (const context of contexts.values()) {
      // Anything from another origin is refused, and the page's faults name it.
      await context.route("**/*", (route) => {
        const url = new URL(route.request().url());
        return url.origin === host.url || url.protocol === "data:" || url.protocol === "blob:"
          ? route.continue()
          : route.abort();
      });
    }
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await dataFolder?.remove();
  });

  /** A page that records what a person would trip over from its first request on. */
  async function openPage(viewer: Viewer, width: Width) {
    const page = await contextOf(viewer, width).newPage();
    const elsewhere: string[] = [];
    const consoleErrors: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin !== host.url && url.protocol !== "data:" && url.protocol !== "blob:") {
        elsewhere.push(request.url());
      }
    });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    const faults = async (): Promise<Faults> => {
      await settle(page);
      return {
        overflow: await page.evaluate(() =>
          Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
        ),
        elsewhere: [...elsewhere],
        violations: await seriousViolations(page),
        consoleErrors: [...consoleErrors],
      };
    };
    return { page, faults };
  }

  /** The demo call, drafted by the organiser with Emma appointed, and Daan's proposal to it. */
  async function demoCall(slug: string): Promise<Pick<Demo, "reviewCall" | "reviewProposal">> {
    const organiserPage = await contextOf("organiser", 1280).newPage();
    await organiserPage.goto(`${host.url}/me`);
    const call = await openReviewedCall(organiserPage, slug, "Talks for the winter meetups", ["emma"]);
    await organiserPage.close();
    const memberPage = await contextOf("member", 1280).newPage();
    await memberPage.goto(`${host.url}/me`);
    const proposal = await submitProposal(memberPage, call, {
      title: "Event sourcing without the ceremony",
      abstract: "Streams, deciders and projections, from a small team's first year.",
      tags: ["event-sourcing"],
    });
    await memberPage.close();
    return { reviewCall: call.publicId, reviewProposal: proposal.publicId };
  }

  test("every route of app.tsx has its visits here, and every visit here a route", () => {
    expect(appRoutes.filter((route) => !(route in visits))).toEqual([]);
    expect(Object.keys(visits).filter((route) => !appRoutes.includes(route))).toEqual([]);
  });

  const cases = appRoutes.flatMap((route) => (visits[route] ?? []).map((visit) => ({ route, ...visit })));

  test.each(cases)("$route as $name: fits, stays on its origin, and passes axe", async (visit) => {
    for (const width of widths) {
      for (const viewer of visit.viewers) {
        const { page, faults } = await openPage(viewer, width);
        await page.goto(`${host.url}${visit.address(demo)}`);
        expect(await faults(), `${visit.name} as ${viewer} at ${width} px`).toEqual(fine);
        await screenshot(page, `${visit.name}-${viewer}-${width}`);
        await page.close();
      }
    }
  });

  test("the sign-in pages (email and code) fit, stay on the origin, and pass axe", async () => {
    for (const width of widths) {
      const { page, faults } = await openPage("visitor", width);
      await page.goto(`${host.url}/signin`);
      await page.getByRole("button", { name: "Continue with email" }).click();
      // The app's own sign-in page has the same heading: wait to leave it (the OpenAuth client loads first).
      await page.waitForURL((url) => url.pathname.startsWith("/auth/"));
      await page.getByRole("heading", { name: "Sign in to Meetstream" }).waitFor();
      expect(await faults(), `the email page at ${width} px`).toEqual(fine);
      await screenshot(page, `signin-email-visitor-${width}`);

      await page.getByLabel("Email address").fill(`every-route-${width}@example.org`);
      await page.getByRole("button", { name: "Email me a code" }).click();
      await page.getByRole("heading", { name: "Check your email" }).waitFor();
      expect(await faults(), `the code page at ${width} px`).toEqual(fine);
      await screenshot(page, `signin-code-visitor-${width}`);
      await page.close();
    }
  });
});

/** Waits until the page has its heading and nothing is still loading, so the checks see the real page. */
async function settle(page: Page) {
  await page.locator("h1").first().waitFor();
  await page.waitForFunction(() => document.querySelector(".loading-state") === null);
}

/**
 * A call for proposals of the demo community, open now, with a talk the member proposed and confirmed and
 * one still under review: set up through the API, as the organiser and the member.
 */
async function talksOf(
  organiserContext: BrowserContext,
  memberContext: BrowserContext,
  hostUrl: string,
  slug: string,
): Promise<Pick<Demo, "call" | "talk" | "proposal">> {
  const [organiser, member] = await Promise.all([organiserContext.newPage(), memberContext.newPage()]);
  await Promise.all([organiser.goto(`${hostUrl}/`), member.goto(`${hostUrl}/`)]);
  const call = await openCall(organiser, slug, "Speakers wanted for the spring meetups");
  const talk = await submitTalk(member, call.id, "Step Functions for the rest of us");
  await decide(organiser, "acceptProposal", talk.id, "Welcome aboard.");
  await confirmTalk(member, talk.id);
  const proposal = await submitTalk(member, call.id, "Observability on a shoestring");
  await Promise.all([organiser.close(), member.close()]);
  return { call: call.publicId, talk: talk.publicId, proposal: proposal.publicId };
}

/**
 * A published path of the demo community, curated by the organiser, with a link, the confirmed talk and
 * the past meetup as checkpoints; the member follows it, has ticked the first and shows it on his profile.
 */
async function pathOf(
  organiserContext: BrowserContext,
  memberContext: BrowserContext,
  hostUrl: string,
  demo: Demo,
): Promise<string> {
  const [organiser, member] = await Promise.all([organiserContext.newPage(), memberContext.newPage()]);
  await Promise.all([organiser.goto(`${hostUrl}/`), member.goto(`${hostUrl}/`)]);
  const path = await publishedPath(organiser, {
    goal: "Serverless from the first function to the first meetup talk",
    description: "Read, watch, and then come and **ask**.",
    tags: ["lambda", "beginners"],
    communityId: await communityIdOf(organiser, demo.slug),
    checkpoints: [
      {
        task: "Read what a Lambda function is",
        url: "https://docs.aws.amazon.com/lambda/",
        title: "AWS Lambda",
      },
      { task: "Watch the talk on Step Functions", talkId: demo.talk },
      { task: "Read the recap of the meetup", meetupId: demo.past },
    ],
  });
  await followPath(member, path.id);
  await api(
    member,
    `mutation ($pathId: ID!, $checkpointId: ID!) {
      markCheckpoint(pathId: $pathId, checkpointId: $checkpointId, done: true) { __typename } }`,
    { pathId: path.id, checkpointId: path.checkpoints[0]?.id },
  );
  await api(
    member,
    "mutation ($pathId: ID!) { setProgressVisibility(pathId: $pathId, public: true) { __typename } }",
    {
      pathId: path.id,
    },
  );
  await Promise.all([organiser.close(), member.close()]);
  return path.slug;
}

/** The demo community's meetups by their public ids: one with seats left, one full, one past. */
async function meetupsOf(hostUrl: string, slug: string): Promise<Pick<Demo, "upcoming" | "full" | "past">> {
  const response = await fetch(`${hostUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-meetstream-csrf": "1" },
    body: JSON.stringify({
      query: `query ($slug: String!) { community(slug: $slug) {
        upcomingMeetups(first: 10) { edges { node { publicId spotsLeft } } }
        pastMeetups(first: 1) { edges { node { publicId } } } } }`,
      variables: { slug },
    }),
  });
  type Edges<Node> = { edges: { node: Node }[] };
  const { data } = (await response.json()) as {
    data: {
      community: {
        upcomingMeetups: Edges<{ publicId: string; spotsLeft: number | null }>;
        pastMeetups: Edges<{ publicId: string }>;
      };
    };
  };
  const upcoming = data.community.upcomingMeetups.edges.map((edge) => edge.node);
  const past = data.community.pastMeetups.edges[0]?.node.publicId;
  const open = upcoming.find((meetup) => meetup.spotsLeft !== 0)?.publicId;
  const full = upcoming.find((meetup) => meetup.spotsLeft === 0)?.publicId;
  if (!open || !full || !past)
    throw new Error("The demo community lacks a meetup with seats, a full one or a past one");
  return { upcoming: open, full, past };
}
