import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { demoCommunitySlug } from "@meetstream/functions/local/demo-seed";
import { startLocalHost } from "@meetstream/functions/local/host";
import { graphqlRequest } from "@meetstream/functions/testing/graphql-request";
import { removeDataFolder, silentLogger, temporaryDataFolder } from "@meetstream/functions/testing/test-host";
import { launchChromium } from "../packages/web/e2e/chromium";
import { type BenchmarkResults, median } from "./results";

/** `MEETSTREAM_BENCH_WEB_RUNS=1 pnpm bench web-pages` runs it once a page while developing. */
const runs = Number(process.env.MEETSTREAM_BENCH_WEB_RUNS ?? 3);
const javascriptTarget = 100 * 1024;
const paintTarget = 1_000;

const webPackage = fileURLToPath(new URL("../packages/web", import.meta.url));

/** The app as it ships (vite build, production), in a folder of the bench's own: packages/web/dist stays as it is. */
function buildWebApp(folder: string) {
  const vite = join(webPackage, "node_modules", "vite", "bin", "vite.js");
  const built = spawnSync(
    process.execPath,
    [vite, "build", "--outDir", folder, "--emptyOutDir", "--logLevel", "warn"],
    {
      cwd: webPackage,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  if (built.status !== 0) throw new Error(`vite build failed (${built.status ?? built.signal})`);
}

/**
 * The baseline page: static HTML with a heading and a paragraph, no script, served by the same host from the
 * same folder. Its paint is the floor of host, browser and a cold context; nothing the app does comes in.
 */
const barePage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A bare page</title></head>
<body><main><h1>A bare static page</h1>
<p>The same host serves this page from the same folder as the web app, with no script: the baseline of every paint.</p>
</main></body></html>
`;

/** Every largest-contentful-paint candidate the page reports, the last one kept: the LCP so far. */
const paintObserver = `
window.__largestContentfulPaint = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__largestContentfulPaint = entry.startTime;
}).observe({ type: "largest-contentful-paint", buffered: true });
`;

interface DemoAddresses {
  community: {
    organisers: { handle: string | null }[];
    upcomingMeetups: { edges: { node: { id: string } }[] };
    calls: { edges: { node: { id: string } }[] };
    talks: { edges: { node: { id: string; speakers: { handle: string | null }[] | null } }[] };
    paths: { edges: { node: { slug: string } }[] };
  } | null;
}

/** The demo community's own meetup, call, talk, path, organiser and speaker: what the public pages show. */
async function publicPages(url: string): Promise<Record<string, string>> {
  const answer = await graphqlRequest<DemoAddresses>(
    url,
    `query ($slug: String!) {
      community(slug: $slug) {
        organisers { handle }
        upcomingMeetups(first: 1) { edges { node { id } } }
        calls(first: 1) { edges { node { id } } }
        talks(first: 1) { edges { node { id speakers { handle } } } }
        paths(first: 1) { edges { node { slug } } }
      }
    }`,
    { variables: { slug: demoCommunitySlug } },
  );
  const community = answer.body.data?.community;
  const slug = demoCommunitySlug;
  const meetup = community?.upcomingMeetups.edges[0]?.node.id;
  const call = community?.calls.edges[0]?.node.id;
  const talk = community?.talks.edges[0]?.node;
  const speaker = talk?.speakers?.find((person) => person.handle)?.handle;
  const path = community?.paths.edges[0]?.node.slug;
  const member = community?.organisers.find((person) => person.handle)?.handle;
  if (!meetup || !call || !talk || !speaker || !path || !member)
    throw new Error(`the demo seed lacks a public page to measure: ${JSON.stringify(answer.body)}`);
  return {
    "/": "/",
    "/communities": "/communities",
    "/communities/:slug": `/communities/${slug}`,
    "/meetups": "/meetups",
    "/meetups/:id": `/meetups/${meetup}`,
    "/talks/:id": `/talks/${talk.id}`,
    "/paths": "/paths",
    "/paths/:slug": `/paths/${path}`,
    "/members/:handle": `/members/${member}`,
    "/speakers/:handle": `/speakers/${speaker}`,
    "/communities/:slug/talks": `/communities/${slug}/talks`,
    "/communities/:slug/calls/:callId": `/communities/${slug}/calls/${call}`,
  };
}

type Browser = Awaited<ReturnType<typeof launchChromium>>;

interface Load {
  /** Bytes of script bodies as they crossed the wire, in whatever encoding the host answered with. */
  javascript: number;
  largestContentfulPaint: number;
}

/**
 * One cold load: a new browser context (no cache, no storage), the page opened, and waited for until it
 * shows its heading and nothing is loading any more, as a visitor sees it. `encoding` narrows what the
 * browser accepts: Chromium asks for brotli, and this host prefers it when asked.
 */
async function coldLoad(browser: Browser, address: string, encoding?: "gzip"): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    ...(encoding ? { extraHTTPHeaders: { "accept-encoding": encoding } } : {}),
  });
  context.setDefaultTimeout(15_000);
  try {
    await context.addInitScript({ content: paintObserver });
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "script")
        scripts.push(request.sizes().then((sizes) => sizes.responseBodySize));
    });
    await page.goto(address);
    await page.locator("h1").first().waitFor();
    await page.waitForFunction("document.querySelector('.loading-state') === null");
    // The last candidate is painted a frame or two after the content arrives.
    await page.waitForFunction("window.__largestContentfulPaint > 0");
    await page.waitForTimeout(250);
    const largestContentfulPaint = Number(await page.evaluate("window.__largestContentfulPaint"));
    const javascript = (await Promise.all(scripts)).reduce((total, size) => total + size, 0);
    return { javascript, largestContentfulPaint };
  } finally {
    await context.close();
  }
}

const kilobytes = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/**
 * Each public page loaded cold in Chromium from the local host with the demo seed: its JavaScript as
 * transferred (gzip, the target's measure; and as served to Chromium, brotli) and its largest contentful
 * paint, the median of `runs` loads.
 *
 * Baselines, in the same run: for the paint, a bare static page the same host serves; for the JavaScript,
 * where a bare page has none, the app's frame (its entry chunk: React, the router, the GraphQL client and
 * the layout), which every page loads before its own code — the floor splitting cannot go below.
 */
export async function webPagesBenchmark(): Promise<BenchmarkResults> {
  const distribution = temporaryDataFolder();
  const dataFolder = temporaryDataFolder();
  buildWebApp(distribution);
  writeFileSync(join(distribution, "bare.html"), barePage);
  const entry = readdirSync(join(distribution, "assets")).find(
    (file) => file.startsWith("index-") && file.endsWith(".js"),
  );
  if (!entry) throw new Error("the build has no entry chunk (assets/index-*.js)");

  const host = await startLocalHost({
    port: 0,
    dataFolder,
    webDistribution: distribution,
    logger: silentLogger(),
    seedDemo: true,
  });
  const browser = await launchChromium();
  const results: BenchmarkResults = {};
  try {
    const frame = await fetch(`${host.url}/assets/${entry}`, { headers: { "accept-encoding": "gzip" } });
    // fetch decodes the body; the host compressed it with zlib at its best level, as here.
    const frameGzip = gzipSync(Buffer.from(await frame.arrayBuffer()), { level: 9 }).length;
    results["web-pages: the app's frame alone (entry chunk), JavaScript gzip"] = {
      value: kilobytes(frameGzip),
      unit: "KB",
    };

    // A first load of each kind warms the host (its compressed files, the projections' first reads).
    await coldLoad(browser, `${host.url}/bare.html`);
    await coldLoad(browser, `${host.url}/`);
    const bare: number[] = [];
    for (let run = 0; run < runs; run++)
      bare.push((await coldLoad(browser, `${host.url}/bare.html`)).largestContentfulPaint);
    const bareLcp = median(bare);
    results["web-pages: bare static page (baseline), LCP"] = { value: Math.round(bareLcp), unit: "ms" };

    for (const [route, address] of Object.entries(await publicPages(host.url))) {
      const served: Load[] = [];
      for (let run = 0; run < runs; run++) served.push(await coldLoad(browser, `${host.url}${address}`));
      const gzip = await coldLoad(browser, `${host.url}${address}`, "gzip");
      const lcp = median(served.map((load) => load.largestContentfulPaint));
      results[`web-pages: ${route}, JavaScript gzip`] = {
        value: kilobytes(gzip.javascript),
        unit: "KB",
        baseline: kilobytes(frameGzip),
        ratio: gzip.javascript / frameGzip,
        target: "≤ 100 KB",
        met: gzip.javascript <= javascriptTarget,
      };
      results[`web-pages: ${route}, JavaScript as served to Chromium (brotli)`] = {
        value: kilobytes(median(served.map((load) => load.javascript))),
        unit: "KB",
      };
      results[`web-pages: ${route}, LCP`] = {
        value: Math.round(lcp),
        unit: "ms",
        baseline: Math.round(bareLcp),
        ratio: lcp / bareLcp,
        target: "< 1 s",
        met: lcp < paintTarget,
      };
    }
  } finally {
    await browser.close();
    await host.close();
    removeDataFolder(dataFolder);
    removeDataFolder(distribution);
  }
  return results;
}
