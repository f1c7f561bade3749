import { sqliteDocumentStore } from "@meetstream/core/documents";
import { eventCatalog } from "@meetstream/core/eventstore";
import { personalDataStore } from "@meetstream/core/keys";
import { meetstreamEventTypes, meetstreamProjections } from "@meetstream/core/meetstream";
import { projector } from "@meetstream/core/projection/projector";
import { visibleDocuments } from "@meetstream/core/projection/visible-documents";
import { openDatabase } from "@meetstream/core/sqlite/database";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { openLocalStores } from "../stores/local-stores";
import { sqliteProjectorPosition } from "../stores/projector-position";
import { type GraphqlResponse, graphqlRequest } from "../testing/graphql-request";
import { signIn } from "../testing/sign-in";
import { dataFoldersRemovedAfterAll, startTestHost } from "../testing/test-host";

/*
 * Every text input of every mutation, fed arbitrary strings through the real GraphQL API on the local host:
 * lone surrogates, NUL, C0 and C1 controls, bidirectional overrides, invisible characters, decomposed
 * letters, mixed into arbitrary code points. Each input is either stored (in NFC) and read back as it was
 * stored, holding nothing the text rule refuses, or rejected with a typed error and nothing appended. The
 * tests run in order and share one host; the last one checks what they left: the projector at the log's
 * last position, and a rebuild equal to the live documents.
 */

const runs = { numRuns: 30 };

/**
 * The check holds for every one of `runs` arbitrary values (a few dozen: seconds, not minutes). What it
 * answers ("stored", "rejected") is for the reader: a property's result is not its verdict here.
 */
function forAny<A>(a: fc.Arbitrary<A>, check: (a: A) => Promise<unknown>): Promise<void>;
function forAny<A, B>(
  a: fc.Arbitrary<A>,
  b: fc.Arbitrary<B>,
  check: (a: A, b: B) => Promise<unknown>,
): Promise<void>;
function forAny(...parameters: unknown[]): Promise<void> {
  const check = parameters.pop() as (...values: unknown[]) => Promise<unknown>;
  const arbitraries = parameters as [fc.Arbitrary<unknown>, ...fc.Arbitrary<unknown>[]];
  return fc.assert(
    fc.asyncProperty(...arbitraries, async (...values: unknown[]) => {
      await check(...values);
    }),
    runs,
  );
}

type Outcome = "stored" | "rejected";

/**
 * One input's check, first on a value it must store and one it must reject (so that neither branch goes
 * untried), then on `runs` arbitrary values.
 */
async function forAnyInput<Value>(
  arbitrary: fc.Arbitrary<Value>,
  check: (value: NoInfer<Value>) => Promise<Outcome>,
  known: { stored: NoInfer<Value>; rejected: NoInfer<Value> },
): Promise<void> {
  expect(await check(known.stored)).toBe("stored");
  expect(await check(known.rejected)).toBe("rejected");
  await forAny(arbitrary, check);
}

/** The characters that broke the read model, or would let a name lie about itself. */
const nastyCharacters = [
  "\ud800",
  "\udbff",
  "\udc00",
  "\udfff",
  "\u0000",
  "\u0007",
  "\u0008",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u009b",
  "\u009f",
  "\r",
  "\n",
  "\t",
  "\u000b",
  "\u202a",
  "\u202e",
  "\u2066",
  "\u2069",
  "\u200b",
  "\u200e",
  "\u200f",
  "\u2028",
  "\ufeff",
  "\u3164",
  "e\u0301",
  "\u212b",
  " ",
];

/** Arbitrary code units, or readable text with the nasty characters mixed in. */
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "binary-ascii", maxLength: 30 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...nastyCharacters),
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }),
      ),
      { minLength: 1, maxLength: 10 },
    )
    .map((parts) => parts.join("")),
);

/** Links that parse, and links that nearly do. */
const anyLink = fc.oneof(
  anyText,
  fc
    .tuple(
      fc.constantFrom(
        "https://",
        "http://",
        "HTTPS://",
        "javascript:",
        "data:text/html,",
        "https:",
        "ftp://",
      ),
      fc.oneof(fc.domain(), anyText),
      fc.oneof(
        fc.constant(""),
        fc.constant("/"),
        anyText.map((path) => `/${path}`),
      ),
    )
    .map((parts) => parts.join("")),
);

/** Instants in and out of range, and strings that are no instant. */
const anyInstant = fc.oneof(
  anyText,
  fc
    .date({
      min: new Date("0000-01-01T00:00:00Z"),
      max: new Date("9999-12-31T23:59:59Z"),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString()),
  fc
    .integer({ min: -400, max: 2_000 })
    .map((days) => new Date(Date.now() + days * 86_400_000).toISOString().replace(".000Z", "Z")),
);

/** Names people may give to slugs, tags and handles: mostly well-formed, sometimes not. */
const anyName = fc.oneof(anyText, fc.stringMatching(/^[a-z0-9-]{1,12}$/));

const anyTimeZone = fc.oneof(
  anyText,
  fc.constantFrom("Europe/Amsterdam", "UTC", "america/new_york", "Asia/Kolkata", "Etc/GMT+5"),
);

/** What the API stores for a text it accepts: the text in NFC, trimmed where the field trims. */
const nfc = (value: string) => value.normalize("NFC");
const trimmed = (value: string) => value.normalize("NFC").trim();
/** Text of several lines, as stored: in NFC, every line ending a "\n". */
const lines = (value: string) => nfc(value).replace(/\r\n?/g, "\n");
const trimmedLines = (value: string) => lines(value).trim();
/** The zone a name names, as this runtime's Intl calls it (it says "Asia/Calcutta" for "Asia/Kolkata"). */
const zoneNamed = (name: string) =>
  new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
/** An instant as the API stores it (canonical UTC); what is no instant is never stored. */
const canonical = (value: string) =>
  Number.isNaN(Date.parse(value)) ? value : new Date(Date.parse(value)).toISOString();

/**
 * Whether the stored text holds only what the text rule allows, checked code point by code point here
 * rather than by the rule itself: well-formed, NFC, no C0/C1 control (but line breaks and tabs in text of
 * several lines), no bidirectional embedding, override or isolate.
 */
function holdsToTheRule(text: string, lines: "one" | "several"): boolean {
  if (text !== text.normalize("NFC")) return false;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
    const control = codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
    if (control && !(lines === "several" && (character === "\n" || character === "\t"))) return false;
    if ((codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069))
      return false;
  }
  return true;
}

const dataFolder = dataFoldersRemovedAfterAll();
const folder = dataFolder();
let host: LocalHost;
let organiser: string;
let communityId: string;
let meetupId: string;
let counter = 0;
/** A number no earlier run used: slugs and handles must be unique. */
const next = () => ++counter;

const stores = () => openLocalStores(folder, eventCatalog(...meetstreamEventTypes));

async function lastPosition(): Promise<number> {
  const opened = stores();
  try {
    return await opened.events.lastPosition();
  } finally {
    opened.close();
  }
}

/** What a response answers for one field; a response without it fails the test right there. */
function answerOf(response: GraphqlResponse, field: string): Record<string, unknown> {
  const answer = response.body.data?.[field];
  if (!answer) throw new Error(`no ${field} in ${JSON.stringify(response.body)}`);
  return answer as Record<string, unknown>;
}

const request = (query: string, variables: Record<string, unknown>, token?: string) =>
  graphqlRequest(host.url, query, { variables, ...(token === undefined ? {} : { token }) });

/** Every error a response carries is the client's own (BAD_USER_INPUT): nothing failed inside. */
function expectOnlyBadUserInput(response: GraphqlResponse): void {
  expect(response.status).toBe(200);
  for (const error of response.body.errors ?? [])
    expect(error.extensions?.code, JSON.stringify(error)).toBe("BAD_USER_INPUT");
}

const rejectionTypes = new Set([
  "InvalidCall",
  "InvalidProposal",
  "InvalidCommunity",
  "InvalidMeetup",
  "InvalidProfile",
  "SlugTaken",
  "HandleTaken",
]);

/**
 * One mutation with one arbitrary input: stored as it reads back, or rejected with a typed error and
 * nothing appended. `field` is where in the input the text went, as the rejection's issues name it.
 */
async function storedOrRejected(options: {
  mutation: string;
  send: () => Promise<GraphqlResponse>;
  field: string[];
  /** What the field reads back as, once the mutation succeeded. */
  readBack: (result: Record<string, unknown>) => Promise<unknown>;
  /** The fields it should read back with: the input as the rule stores it. */
  expected: Record<string, unknown>;
  /** One line or several: what the stored text may hold. */
  lines?: "one" | "several";
}): Promise<Outcome> {
  const before = await lastPosition();
  const response = await options.send();
  expectOnlyBadUserInput(response);
  const result = response.body.data?.[options.mutation] as Record<string, unknown> | null | undefined;
  if (response.body.errors || !result || rejectionTypes.has(String(result.__typename))) {
    if (result) {
      expect(typeof result.code).toBe("string");
      const issues = (result.issues ?? []) as { path: string[] }[];
      if (result.__typename !== "SlugTaken" && result.__typename !== "HandleTaken" && options.lines)
        expect(
          issues.some((issue) => issue.path.join(".") === options.field.join(".")),
          JSON.stringify(result),
        ).toBe(true);
    }
    expect(await lastPosition()).toBe(before);
    return "rejected";
  }
  expect(await options.readBack(result)).toEqual(expect.objectContaining(options.expected));
  for (const text of textsIn(options.expected))
    expect(holdsToTheRule(text, options.lines ?? "one")).toBe(true);
  return "stored";
}

/** Every string in a value, however deep. */
const textsIn = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : typeof value === "object" && value !== null
      ? Object.values(value).flatMap(textsIn)
      : [];

const communitySelection = `__typename ... on Community { id name slug description tags }
  ... on Error { code message } ... on InvalidCommunity { issues { path message } }`;

async function communityById(id: string): Promise<Record<string, unknown>> {
  const { body } = await request(
    "query ($id: ID!) { node(id: $id) { ... on Community { name slug description tags } } }",
    { id },
  );
  return body.data?.node as Record<string, unknown>;
}

const meetupSelection = `__typename ... on Meetup { id }
  ... on Error { code message } ... on InvalidMeetup { issues { path message } }`;

async function meetupById(id: string): Promise<Record<string, unknown>> {
  const { body } = await request(
    `query ($id: ID!) { meetup(id: $id) {
      title description timeZone startsAt endsAt joinUrl rsvpOpensAt rsvpClosesAt cancellationMessage
      venue { name address } } }`,
    { id },
    organiser,
  );
  return body.data?.meetup as Record<string, unknown>;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const validSchedule = () => ({
  communityId,
  timeZone: "Europe/Amsterdam",
  startsAt: inDays(30),
  endsAt: inDays(30.1),
  title: "A meetup to try inputs on",
  venue: { name: "Hal 4", address: "Van Nelleweg 1, Rotterdam" },
});

function foundCommunity(input: Record<string, unknown>) {
  return request(
    `mutation ($input: FoundCommunityInput!) { foundCommunity(input: $input) { ${communitySelection} } }`,
    { input },
    organiser,
  );
}

function scheduleMeetup(input: Record<string, unknown>) {
  return request(
    `mutation ($input: ScheduleMeetupInput!) { scheduleMeetup(input: $input) { ${meetupSelection} } }`,
    { input },
    organiser,
  );
}

beforeAll(async () => {
  host = await startTestHost({ dataFolder: folder });
  organiser = (await signIn(host.url, "organiser@example.org")).access;
  const founded = await foundCommunity({ name: "Inputs on trial", slug: "inputs-on-trial" });
  communityId = String(answerOf(founded, "foundCommunity").id);
  const scheduled = await scheduleMeetup(validSchedule());
  meetupId = String(answerOf(scheduled, "scheduleMeetup").id);
}, 30_000);

let closed = false;
const closeHost = async () => {
  if (closed) return;
  closed = true;
  await host?.close();
};

afterAll(closeHost);

describe("what the issue found", () => {
  test("a community named with a lone surrogate is InvalidCommunity naming the name, and nothing is appended", async () => {
    const before = await lastPosition();
    const { body } = await foundCommunity({ name: "Poison \ud800 club", slug: "poison-club" });
    expect(body.data?.foundCommunity).toMatchObject({
      __typename: "InvalidCommunity",
      code: "INVALID_COMMUNITY",
      issues: [{ path: ["name"], message: "must be well-formed Unicode (it holds a lone surrogate)" }],
    });
    expect(await lastPosition()).toBe(before);
  });

  test("a meetup at 0000-01-01 with a join URL ending in NUL is InvalidMeetup naming both, and nothing is appended", async () => {
    const before = await lastPosition();
    const { body } = await scheduleMeetup({
      ...validSchedule(),
      startsAt: "0000-01-01T00:00:00Z",
      joinUrl: "https://meet.example/room\u0000",
    });
    expect(body.data?.scheduleMeetup).toMatchObject({
      __typename: "InvalidMeetup",
      issues: [{ path: ["joinUrl"], message: "must not hold control characters" }],
    });
    const { body: early } = await scheduleMeetup({ ...validSchedule(), startsAt: "0000-01-01T00:00:00Z" });
    expect(early.data?.scheduleMeetup).toMatchObject({
      __typename: "InvalidMeetup",
      issues: [{ path: ["startsAt"], message: "must not be before 2000-01-01" }],
    });
    expect(await lastPosition()).toBe(before);
  });

  test("a handle or a slug asked for with a lone surrogate, or an id with NUL, is the client's mistake", async () => {
    for (const [query, variables] of [
      ["query ($handle: String!) { member(handle: $handle) { id } }", { handle: "ann\ud800" }],
      ["query ($slug: String!) { community(slug: $slug) { id } }", { slug: "\udfffclub" }],
      ["query ($id: ID!) { meetup(id: $id) { id } }", { id: "\u0000" }],
    ] as const) {
      const { body } = await request(query, variables);
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    }
  });

  test("a meetup as of the year 0000 is the client's mistake, said so", async () => {
    const { body } = await request(
      'query ($id: ID!) { meetup(id: $id) { asOf(instant: "0000-01-01T00:00:00Z") { title } } }',
      { id: meetupId },
      organiser,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      issues: [{ path: ["instant"], message: "must not be before 2000-01-01" }],
    });
  });
});

describe("founding a community", () => {
  const found = (input: Record<string, unknown>, field: string[], expected: Record<string, unknown>) =>
    storedOrRejected({
      mutation: "foundCommunity",
      send: () => foundCommunity({ name: "A community", slug: `found-${next()}`, ...input }),
      readBack: (result) => communityById(String(result.id)),
      field,
      expected,
      lines: field[0] === "description" ? "several" : "one",
    });

  test("with any name", () =>
    forAnyInput(anyText, (name) => found({ name }, ["name"], { name: trimmed(name) }), {
      stored: " Cafe\u0301 Club ",
      rejected: "Poison \ud800 club",
    }));

  test("with any description", () =>
    forAnyInput(
      anyText,
      (description) => found({ description }, ["description"], { description: lines(description) }),
      { stored: "We meet.\n\tMonthly.", rejected: "Null\u0000" },
    ));

  test("with any slug", () =>
    forAnyInput(
      anyName,
      (slug) => {
        const unique = `s${next()}${slug}`;
        return found({ slug: unique }, ["slug"], { slug: unique });
      },
      { stored: "-club", rejected: "-\u202eclub" },
    ));

  test("with any tags", () =>
    forAnyInput(anyName, (tag) => found({ tags: ["ok", tag] }, ["tags", "1"], { tags: ["ok", tag] }), {
      stored: "serverless",
      rejected: "nul\u0000",
    }));
});

describe("editing a community", () => {
  const edit = (input: Record<string, unknown>, field: string, expected: unknown) =>
    storedOrRejected({
      mutation: "editCommunity",
      send: () =>
        request(
          `mutation ($communityId: ID!, $input: EditCommunityInput!) {
            editCommunity(communityId: $communityId, input: $input) { ${communitySelection} } }`,
          { communityId, input },
          organiser,
        ),
      readBack: () => communityById(communityId),
      field: [field],
      expected: { [field]: expected },
      lines: field === "description" ? "several" : "one",
    });

  test("to any name", () =>
    forAnyInput(anyText, (name) => edit({ name }, "name", trimmed(name)), {
      stored: "Zoe\u0308 and friends",
      rejected: "Club \u202egnp.exe",
    }));

  test("to any description", () =>
    forAnyInput(anyText, (description) => edit({ description }, "description", lines(description)), {
      stored: "Line one\nline two",
      rejected: "bell\u0007",
    }));

  test("to any slug", () =>
    forAnyInput(
      anyName,
      (slug) => {
        const unique = `e${next()}${slug}`;
        return edit({ slug: unique }, "slug", unique);
      },
      { stored: "-renamed", rejected: "-\ud800" },
    ));
});

describe("scheduling a meetup", () => {
  const schedule = (
    input: Record<string, unknown>,
    field: string[],
    expected: Record<string, unknown>,
    lines?: "one" | "several",
  ) =>
    storedOrRejected({
      mutation: "scheduleMeetup",
      send: () => scheduleMeetup({ ...validSchedule(), ...input }),
      readBack: (result) => meetupById(String(result.id)),
      field,
      expected,
      ...(lines === undefined ? {} : { lines }),
    });

  test("with any title", () =>
    forAnyInput(anyText, (title) => schedule({ title }, ["title"], { title: trimmed(title) }, "one"), {
      stored: "Cafe\u0301 talks",
      rejected: "Talk\u0000night",
    }));

  test("with any description", () =>
    forAnyInput(
      anyText,
      (description) =>
        schedule({ description }, ["description"], { description: lines(description) }, "several"),
      { stored: "Doors at six.\n\tTalks at seven.", rejected: "\u2067hidden\u2069" },
    ));

  test("with any time zone", () =>
    forAnyInput(
      anyTimeZone,
      async (timeZone) => {
        const before = await lastPosition();
        const response = await scheduleMeetup({ ...validSchedule(), timeZone });
        expectOnlyBadUserInput(response);
        const result = answerOf(response, "scheduleMeetup");
        if (result.__typename !== "Meetup") {
          expect(result.__typename).toBe("InvalidMeetup");
          expect(await lastPosition()).toBe(before);
          return "rejected";
        }
        // Stored as the runtime's canonical name for the zone given.
        const stored = (await meetupById(String(result.id))).timeZone;
        expect(zoneNamed(nfc(timeZone))).toBe(stored);
        expect(zoneNamed(String(stored))).toBe(stored);
        return "stored";
      },
      { stored: "america/new_york", rejected: "Europe/\ud800" },
    ));

  test("with any join URL", () =>
    forAnyInput(
      anyLink,
      async (joinUrl) => {
        const outcome = await schedule({ joinUrl }, ["joinUrl"], { joinUrl: nfc(joinUrl) }, "one");
        if (outcome === "stored") expect(new URL(nfc(joinUrl)).protocol).toBe("https:");
        return outcome;
      },
      { stored: "https://meet.example/room", rejected: "https://meet.example/room\u0000" },
    ));

  test("at any venue", () =>
    forAnyInput(
      fc.tuple(anyText, anyText),
      async ([name, address]) => {
        const before = await lastPosition();
        const response = await scheduleMeetup({ ...validSchedule(), venue: { name, address } });
        expectOnlyBadUserInput(response);
        const result = answerOf(response, "scheduleMeetup");
        if (result.__typename !== "Meetup") {
          expect(result.__typename).toBe("InvalidMeetup");
          const paths = (result.issues as { path: string[] }[]).map((issue) => issue.path.join("."));
          expect(paths.every((path) => path === "venue.name" || path === "venue.address")).toBe(true);
          expect(await lastPosition()).toBe(before);
          return "rejected";
        }
        const stored = (await meetupById(String(result.id))).venue as { name: string; address: string };
        expect(stored).toEqual({ name: trimmed(name), address: trimmedLines(address) });
        expect(holdsToTheRule(stored.name, "one")).toBe(true);
        expect(holdsToTheRule(stored.address, "several")).toBe(true);
        return "stored";
      },
      { stored: ["Hal 4", "Van Nelleweg 1\n3044 BC Rotterdam"], rejected: ["Hal\n4", "\u001b[2J"] },
    ));

  test("at any instant", () =>
    forAnyInput(
      anyInstant,
      async (startsAt) => {
        const endsAt = Number.isNaN(Date.parse(startsAt))
          ? inDays(30)
          : new Date(Date.parse(startsAt) + 3_600_000).toISOString();
        const outcome = await schedule({ startsAt, endsAt }, ["startsAt"], { startsAt: canonical(startsAt) });
        if (outcome === "stored") {
          const time = Date.parse(startsAt);
          expect(time).toBeGreaterThanOrEqual(Date.parse("2000-01-01T00:00:00Z"));
          expect(time).toBeLessThanOrEqual(Date.now() + 5 * 366 * 86_400_000);
        }
        return outcome;
      },
      { stored: inDays(400).replace(".000Z", "Z"), rejected: "0000-01-01T00:00:00Z" },
    ));

  test("with any RSVP opening", () =>
    forAnyInput(
      anyInstant,
      (rsvpOpensAt) => schedule({ rsvpOpensAt }, ["rsvpOpensAt"], { rsvpOpensAt: canonical(rsvpOpensAt) }),
      { stored: inDays(1), rejected: "1970-01-01T00:00:00Z" },
    ));
});

describe("changing a meetup", () => {
  const edit = (
    input: Record<string, unknown>,
    field: string,
    expected: unknown,
    lines?: "one" | "several",
  ) =>
    storedOrRejected({
      mutation: "editMeetup",
      send: () =>
        request(
          `mutation ($meetupId: ID!, $input: EditMeetupInput!) {
            editMeetup(meetupId: $meetupId, input: $input) { ${meetupSelection} } }`,
          { meetupId, input },
          organiser,
        ),
      readBack: () => meetupById(meetupId),
      field: [field],
      expected: { [field]: expected },
      ...(lines === undefined ? {} : { lines }),
    });

  test("to any title", () =>
    forAnyInput(anyText, (title) => edit({ title }, "title", trimmed(title), "one"), {
      stored: " Serverless, again ",
      rejected: "Talk\ud800",
    }));

  test("to any description", () =>
    forAnyInput(
      anyText,
      (description) => edit({ description }, "description", lines(description), "several"),
      {
        stored: "Now with pizza.\n",
        rejected: "\u202dreversed",
      },
    ));

  test("to any join URL", () =>
    forAnyInput(anyLink, (joinUrl) => edit({ joinUrl }, "joinUrl", nfc(joinUrl), "one"), {
      stored: "https://meet.example/other-room",
      rejected: "javascript:alert(1)",
    }));

  test("to any RSVP closing", () =>
    forAnyInput(
      anyInstant,
      (rsvpClosesAt) => edit({ rsvpClosesAt }, "rsvpClosesAt", canonical(rsvpClosesAt)),
      { stored: inDays(2), rejected: "9999-12-31T00:00:00Z" },
    ));

  test("to any time zone and times", () =>
    forAnyInput(
      fc.tuple(anyTimeZone, anyInstant),
      async ([timeZone, endsAt]) => {
        const before = await lastPosition();
        const response = await request(
          `mutation ($meetupId: ID!, $input: RescheduleMeetupInput!) {
            rescheduleMeetup(meetupId: $meetupId, input: $input) { ${meetupSelection} } }`,
          { meetupId, input: { timeZone, startsAt: inDays(20), endsAt } },
          organiser,
        );
        expectOnlyBadUserInput(response);
        const result = answerOf(response, "rescheduleMeetup");
        if (result.__typename !== "Meetup") {
          // The decider's rules (the end after the start) reject too: any typed rejection.
          expect(typeof result.code).toBe("string");
          expect(await lastPosition()).toBe(before);
          return "rejected";
        }
        const stored = await meetupById(meetupId);
        expect(stored.endsAt).toBe(canonical(endsAt));
        expect(zoneNamed(nfc(timeZone))).toBe(stored.timeZone);
        return "stored";
      },
      { stored: ["UTC", inDays(20.1)], rejected: ["UTC\u0000", inDays(20.1)] },
    ));

  test("by cancelling it with any message", () =>
    forAnyInput(
      anyText,
      async (message) => {
        const scheduled = await scheduleMeetup(validSchedule());
        const id = String(answerOf(scheduled, "scheduleMeetup").id);
        return storedOrRejected({
          mutation: "cancelMeetup",
          send: () =>
            request(
              `mutation ($meetupId: ID!, $message: String!) {
                cancelMeetup(meetupId: $meetupId, message: $message) { ${meetupSelection} } }`,
              { meetupId: id, message },
              organiser,
            ),
          readBack: () => meetupById(id),
          field: ["message"],
          expected: { cancellationMessage: trimmedLines(message) },
          lines: "several",
        });
      },
      { stored: " Sorry.\nNext month. ", rejected: "Sorry\u0000" },
    ));
});

describe("updating a profile", () => {
  const update = (
    input: Record<string, unknown>,
    field: string[],
    expected: unknown,
    lines?: "one" | "several",
  ) =>
    storedOrRejected({
      mutation: "updateProfile",
      send: () =>
        request(
          `mutation ($input: ProfileInput!) { updateProfile(input: $input) {
            __typename ... on Member { id } ... on Error { code message }
            ... on InvalidProfile { issues { path message } } } }`,
          { input },
          organiser,
        ),
      readBack: async () => {
        const { body } = await request(
          "{ me { member { displayName handle bio avatarUrl links { label url } } } }",
          {},
          organiser,
        );
        return (body.data?.me as { member: unknown } | null)?.member;
      },
      field,
      expected: expected as Record<string, unknown>,
      ...(lines === undefined ? {} : { lines }),
    });

  test("with any display name", () =>
    forAnyInput(
      anyText,
      (displayName) => update({ displayName }, ["displayName"], { displayName: trimmed(displayName) }, "one"),
      { stored: " Zoe\u0308 ", rejected: "\u3164" },
    ));

  test("with any handle", () =>
    forAnyInput(
      anyName,
      (handle) => {
        const unique = `h${next()}${handle}`;
        return update({ handle: unique }, ["handle"], { handle: unique }, "one");
      },
      { stored: "-ann", rejected: "-ann\ud800" },
    ));

  test("with any bio", () =>
    forAnyInput(anyText, (bio) => update({ bio }, ["bio"], { bio: lines(bio) }, "several"), {
      stored: "Writes compilers.\nRuns.",
      rejected: "\udfff",
    }));

  test("with any link", () =>
    forAnyInput(
      fc.tuple(anyText, anyLink),
      async ([label, url]) => {
        const outcome = await update({ links: [{ label, url }] }, ["links"], {
          links: [{ label: trimmed(label), url: nfc(url) }],
        });
        if (outcome === "stored") {
          expect(holdsToTheRule(trimmed(label), "one")).toBe(true);
          expect(holdsToTheRule(nfc(url), "one")).toBe(true);
          expect(["http:", "https:"]).toContain(new URL(nfc(url)).protocol);
        }
        return outcome;
      },
      { stored: ["Blog", "http://ann.example/"], rejected: ["Blog", "https://ann.example/\u0000"] },
    ));

  test("with any avatar", () =>
    forAnyInput(
      anyLink,
      (avatarUrl) => update({ avatarUrl }, ["avatarUrl"], { avatarUrl: nfc(avatarUrl) }, "one"),
      {
        stored: "https://ann.example/ann.png",
        rejected: "data:image/png;base64,AAAA",
      },
    ));
});

describe("arguments that are no text people keep", () => {
  test("any idempotency key is taken, or refused as the client's mistake, appending nothing", () =>
    forAny(anyText, async (idempotencyKey) => {
      const before = await lastPosition();
      const response = await request(
        `mutation ($communityId: ID!, $key: String) {
            editCommunity(communityId: $communityId, input: { description: "Keyed" }, idempotencyKey: $key) {
              __typename } }`,
        { communityId, key: idempotencyKey },
        organiser,
      );
      expectOnlyBadUserInput(response);
      if (response.body.errors) expect(await lastPosition()).toBe(before);
    }));

  test("any id is found, not found or refused as the client's mistake, appending nothing", () =>
    forAny(anyText, fc.boolean(), async (text, encoded) => {
      const id = encoded ? Buffer.from(`Community:${text}`, "utf8").toString("base64") : text;
      const before = await lastPosition();
      for (const [query, variables] of [
        ["mutation ($id: ID!) { joinCommunity(communityId: $id) { __typename } }", { id }],
        ["mutation ($id: ID!) { rsvp(meetupId: $id) { __typename } }", { id }],
        [
          "mutation ($id: ID!, $member: ID!) { removeMember(communityId: $id, memberId: $member) { __typename } }",
          { id: communityId, member: id },
        ],
      ] as const) {
        const response = await request(query, variables, organiser);
        expectOnlyBadUserInput(response);
      }
      expect(await lastPosition()).toBe(before);
    }));

  test("any handle, slug, id, cursor or instant a query takes answers, or is refused as the client's mistake", () =>
    forAny(anyText, async (text) => {
      for (const [query, variables] of [
        ["query ($text: String!) { member(handle: $text) { id } }", { text }],
        ["query ($text: String!) { community(slug: $text) { id } }", { text }],
        ["query ($text: ID!) { meetup(id: $text) { id } }", { text }],
        ["query ($text: ID!) { node(id: $text) { id } }", { text }],
        ["query ($text: String) { communities(first: 5, after: $text) { edges { cursor } } }", { text }],
        ["query ($text: String) { me { rsvps(first: 5, after: $text) { edges { cursor } } } }", { text }],
        [
          "query ($id: ID!, $text: String) { meetup(id: $id) { attendees(first: 5, after: $text) { edges { cursor } } } }",
          { id: meetupId, text },
        ],
        [
          "query ($id: String!, $text: String) { community(slug: $id) { upcomingMeetups(first: 5, after: $text) { edges { cursor } } } }",
          { id: "inputs-on-trial", text },
        ],
        [
          "query ($id: ID!, $text: String!) { meetup(id: $id) { asOf(instant: $text) { title } } }",
          { id: meetupId, text },
        ],
      ] as const) {
        expectOnlyBadUserInput(await request(query, variables, organiser));
      }
    }));
});

describe("a call for proposals and a talk proposed to it", () => {
  const callSelection = `__typename ... on CallForProposals { id }
    ... on Error { code message } ... on InvalidCall { issues { path message } }`;
  const proposalSelection = `__typename ... on Proposal { id }
    ... on Error { code message } ... on InvalidProposal { issues { path message } }`;
  const validCall = () => ({
    communityId,
    title: "A call to try inputs on",
    opensAt: inDays(-1),
    closesAt: inDays(30),
    formats: [{ name: "Talk", minutes: 30 }],
    criteria: [{ name: "Relevance", weight: 1 }],
  });
  let callId: string;
  /** Proposes the talks the organiser reviews: nobody reviews their own. */
  let speaker: string;

  const draftCall = (input: Record<string, unknown>) =>
    request(
      `mutation ($input: DraftCallInput!) { draftCall(input: $input) { ${callSelection} } }`,
      { input },
      organiser,
    );
  const callById = async (id: string) =>
    (
      await request(
        "query ($id: ID!) { call(id: $id) { title description formats { name } criteria { name } } }",
        { id },
        organiser,
      )
    ).body.data?.call;
  const submit = (input: Record<string, unknown>, by = organiser) =>
    request(
      `mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { ${proposalSelection} } }`,
      {
        input: { callId, title: "A talk to try inputs on", abstract: "Inputs.", formatId: "talk", ...input },
      },
      by,
    );
  const proposalById = async (id: string) =>
    (
      await request(
        "query ($id: ID!) { proposal(id: $id) { title abstract note decisionMessage reviews { comment } } }",
        { id },
        organiser,
      )
    ).body.data?.proposal;

  beforeAll(async () => {
    callId = String(answerOf(await draftCall(validCall()), "draftCall").id);
    await request(
      "mutation ($callId: ID!) { publishCall(callId: $callId) { __typename } }",
      { callId },
      organiser,
    );
    speaker = (await signIn(host.url, "speaker@example.org")).access;
    await request(
      "mutation ($communityId: ID!) { joinCommunity(communityId: $communityId) { __typename } }",
      {
        communityId,
      },
      speaker,
    );
  });

  const drafted = (input: Record<string, unknown>, field: string[], expected: Record<string, unknown>) =>
    storedOrRejected({
      mutation: "draftCall",
      send: () => draftCall({ ...validCall(), ...input }),
      readBack: (result) => callById(String(result.id)),
      field,
      expected,
      lines: field[0] === "description" ? "several" : "one",
    });

  test("with any title", () =>
    forAnyInput(anyText, (title) => drafted({ title }, ["title"], { title: trimmed(title) }), {
      stored: " Cafe\u0301 talks ",
      rejected: "Talks \u202e",
    }));

  test("with any description", () =>
    forAnyInput(
      anyText,
      (description) => drafted({ description }, ["description"], { description: lines(description) }),
      { stored: "Talk to us.\n\tAnything.", rejected: "Null\u0000" },
    ));

  test("offering a format and reviewing by a criterion of any name", () =>
    forAnyInput(
      anyText,
      (name) =>
        drafted(
          { formats: [{ name, minutes: 30 }], criteria: [{ name, weight: 1 }] },
          ["formats", "0", "name"],
          { formats: [{ name: trimmed(name) }], criteria: [{ name: trimmed(name) }] },
        ),
      { stored: " Lightning talk ", rejected: "Lightning\u0000" },
    ));

  const proposed = (input: Record<string, unknown>, field: string[], expected: Record<string, unknown>) =>
    storedOrRejected({
      mutation: "submitProposal",
      send: () => submit(input),
      readBack: (result) => proposalById(String(result.id)),
      field,
      expected,
      lines: field[0] === "title" ? "one" : "several",
    });

  test("proposed with any title", () =>
    forAnyInput(anyText, (title) => proposed({ title }, ["title"], { title: trimmed(title) }), {
      stored: " Cafe\u0301 and events ",
      rejected: "Events\u0000",
    }));

  test("proposed with any abstract", () =>
    forAnyInput(anyText, (abstract) => proposed({ abstract }, ["abstract"], { abstract: lines(abstract) }), {
      stored: "What we learned.\n\tA year of it.",
      rejected: "Null\u0000",
    }));

  test("proposed with any note to the organisers", () =>
    forAnyInput(anyText, (note) => proposed({ note }, ["note"], { note: trimmedLines(note) }), {
      stored: " June only.\nThanks. ",
      rejected: "June\u202e",
    }));

  test("accepted with any message", () =>
    forAnyInput(
      anyText,
      async (message) => {
        const proposalId = String(answerOf(await submit({}), "submitProposal").id);
        return storedOrRejected({
          mutation: "acceptProposal",
          send: () =>
            request(
              `mutation ($proposalId: ID!, $message: String) {
                acceptProposal(proposalId: $proposalId, message: $message) { ${proposalSelection} } }`,
              { proposalId, message },
              organiser,
            ),
          readBack: () => proposalById(proposalId),
          field: ["message"],
          expected: { decisionMessage: trimmedLines(message) },
          lines: "several",
        });
      },
      { stored: " Welcome!\nSee you. ", rejected: "Welcome\u0000" },
    ));

  test("reviewed with any comment", () =>
    forAnyInput(
      anyText,
      async (comment) => {
        const proposalId = String(answerOf(await submit({}, speaker), "submitProposal").id);
        return storedOrRejected({
          mutation: "reviewProposal",
          send: () =>
            request(
              `mutation ($proposalId: ID!, $input: ReviewInput!) {
                reviewProposal(proposalId: $proposalId, input: $input) { ${proposalSelection} } }`,
              { proposalId, input: { scores: [{ criterionId: "relevance", score: 3 }], comment } },
              organiser,
            ),
          readBack: async (result) => {
            expect(result.__typename).toBe("Proposal");
            return proposalById(proposalId);
          },
          field: ["comment"],
          expected: { reviews: [{ comment: trimmedLines(comment) }] },
          lines: "several",
        });
      },
      { stored: " Clear.\nA little long. ", rejected: "Clear\u0000" },
    ));
});

describe("subscribing a webhook", () => {
  const createWebhook = `mutation ($communityId: ID!, $url: String!) {
    createWebhook(communityId: $communityId, url: $url, kinds: [MEETUP_PUBLISHED]) {
      __typename ... on WebhookWithSecret { webhook { id url } } ... on Error { code message } } }`;

  /** Stored as the URL it parses to, holding no text the rule refuses; else refused in words, nothing appended. */
  async function subscribed(url: string): Promise<Outcome> {
    const before = await lastPosition();
    const response = await request(createWebhook, { communityId, url }, organiser);
    expectOnlyBadUserInput(response);
    const result = answerOf(response, "createWebhook");
    if (result.__typename !== "WebhookWithSecret") {
      expect(result.__typename).toBe("WebhookUrlRefused");
      expect(String(result.message)).not.toMatch(/[\p{Cc}\p{Cs}]/u);
      expect(await lastPosition()).toBe(before);
      return "rejected";
    }
    const { id, url: stored } = result.webhook as { id: string; url: string };
    expect(stored).toBe(new URL(url.trim()).href.replace(/#.*$/, ""));
    expect(holdsToTheRule(stored, "one")).toBe(true);
    // A community holds 20 webhooks: each stored one goes again.
    await request("mutation ($id: ID!) { deleteWebhook(webhookId: $id) { __typename } }", { id }, organiser);
    return "stored";
  }

  test("to any URL", () =>
    forAnyInput(anyLink, subscribed, {
      stored: " https://hooks.example.com/in?x=1 ",
      rejected: "https://hooks.example.com/\u0000in",
    }));
});

describe("after every input", () => {
  test("the projector is at the log's last position, and a rebuild equals the live documents", async () => {
    await closeHost();
    const opened = stores();
    try {
      const last = await opened.events.lastPosition();
      expect(last).toBeGreaterThan(100);
      expect(sqliteProjectorPosition(opened.database).read()).toBe(last);

      const live = (await visibleDocuments(opened.documents)).map((document) => JSON.stringify(document));
      const rebuiltDatabase = openDatabase(":memory:");
      const rebuiltDocuments = sqliteDocumentStore(rebuiltDatabase);
      try {
        await projector({
          store: personalDataStore(opened.events, opened.keys, meetstreamEventTypes),
          documents: rebuiltDocuments,
          projections: meetstreamProjections,
        }).rebuild();
        const rebuilt = (await visibleDocuments(rebuiltDocuments)).map((document) =>
          JSON.stringify(document),
        );
        expect(rebuilt).toEqual(live);
      } finally {
        rebuiltDatabase.close();
      }
    } finally {
      opened.close();
    }
  }, 60_000);
});
