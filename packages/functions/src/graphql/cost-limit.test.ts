import { describe, expect, test } from "vitest";
import type { CalendarFeeds } from "../feeds/calendar-feed-links";
import type {
  Agendas,
  ApiTokens,
  Communities,
  Meetups,
  Members,
  Notifications,
  Paths,
  Progress,
  Speakers,
  Talks,
  Uploads,
} from "./context";
import { createGraphqlServer, csrfHeader, type GraphqlMode } from "./server";

/**
 * The cost limit is a validation rule: it refuses a query before anything resolves, so these queries
 * need no data and the modules are never called.
 */
const unused = new Proxy(
  {},
  {
    get: () => () => {
      throw new Error("the cost limit should decide before any module is called");
    },
  },
);

const apiIn = (mode: GraphqlMode) =>
  createGraphqlServer({
    members: unused as Members,
    communities: unused as Communities,
    meetups: unused as Meetups,
    speakers: unused as Speakers,
    talks: unused as Talks,
    agendas: unused as Agendas,
    paths: unused as Paths,
    progress: unused as Progress,
    notifications: unused as Notifications,
    apiTokens: unused as ApiTokens,
    calendarFeeds: unused as CalendarFeeds,
    uploads: unused as Uploads,
    verifyToken: async () => null,
    // Local mode says which limit a query broke.
    mode,
    appOrigin: "https://app.meetstream.example",
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  });
const api = apiIn("local");

interface Refusal {
  errors: { message: string; extensions?: { code?: string } }[];
}

async function refusalOf(query: string, server = api): Promise<Refusal> {
  // A variable that is never given makes execution stop before resolving: only validation speaks.
  const response = await server.fetch(
    new Request("http://api.example/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", [csrfHeader]: "1" },
      body: JSON.stringify({ query }),
    }),
  );
  const body = (await response.json()) as { errors?: Refusal["errors"] };
  return { errors: (body.errors ?? []).filter((error) => !/\$unset/.test(error.message)) };
}

async function validationErrors(query: string): Promise<string[]> {
  return (await refusalOf(query)).errors.map((error) => error.message);
}

const pageOf = (size: number) => `first: ${size}`;

/** The web app's list queries (packages/web/src/**\/…-documents.ts), at the largest page the API gives. */
const documentedLists = (page: string): [name: string, query: string][] => [
  [
    "communities",
    `query ($unset: String!) { communities(${page}) {
      edges { node { id slug name tags memberCount joinMode viewerRole } }
      pageInfo { hasNextPage endCursor } } x: community(slug: $unset) { id } }`,
  ],
  [
    "a community's members",
    `query ($unset: String!) { community(slug: $unset) { id members(${page}, pending: false) {
      edges { node { role since member { id handle displayName avatarUrl } } } } } }`,
  ],
  ...(["upcomingMeetups", "pastMeetups", "draftMeetups"] as const).map((list): [string, string] => [
    `a community's ${list}`,
    `query ($unset: String!) { community(slug: $unset) { id ${list}(${page}) {
        edges { node { id title status startsAt endsAt timeZone online capacity spotsLeft venue { name } } } } } }`,
  ]),
  [
    "the upcoming meetups of every community",
    `query ($unset: String!) { upcomingMeetups(${page}) {
      edges { node { id title status startsAt endsAt timeZone online capacity spotsLeft venue { name }
        community { id slug name } } }
      pageInfo { hasNextPage endCursor } } x: community(slug: $unset) { id } }`,
  ],
  [
    "the viewer's RSVPs",
    `query ($unset: String!) { me { rsvps(${page}, upcoming: true) {
      edges { node { status guests waitlistPosition checkedIn meetup { id title startsAt timeZone } } } } }
      x: community(slug: $unset) { id } }`,
  ],
  [
    "a meetup's attendees",
    `query ($unset: ID!) { meetup(id: $unset) { id attendees(${page}) {
      pageInfo { hasNextPage endCursor }
      edges { node { status guests checkedIn attendance waitlistPosition member { id handle displayName } } } } } }`,
  ],
];

describe("the cost limit", () => {
  test.each(documentedLists(pageOf(100)))("passes %s at the largest page, 100", async (_, query) => {
    expect(await validationErrors(query)).toEqual([]);
  });

  test("refuses a list inside a list: every community's members, 100 by 100", async () => {
    const errors = await validationErrors(`{ communities(first: 100) { edges { node {
      members(first: 100) { edges { node { member { id } } } } } } } }`);
    expect(errors).toEqual([expect.stringMatching(/Cost limit of 5000 exceeded/)]);
  });

  test("refuses the largest page asked for three times over under aliases", async () => {
    const attendees = (alias: string) => `${alias}: attendees(first: 100) { edges { cursor node {
      status guests checkedIn checkedInAt rsvpAt attendance waitlistPosition member { id handle displayName } } } }`;
    const errors = await validationErrors(
      `query ($unset: ID!) { meetup(id: $unset) { ${attendees("a")} ${attendees("b")} ${attendees("c")} } }`,
    );
    expect(errors).toEqual([expect.stringMatching(/Cost limit of 5000 exceeded/)]);
  });

  test("a refusal carries a code, as every rejection does, and says the limit locally", async () => {
    const refusal = await refusalOf(`{ communities(first: 100) { edges { node {
      members(first: 100) { edges { node { member { id } } } } } } } }`);
    expect(refusal.errors).toEqual([
      {
        message: expect.stringMatching(/^Query Cost limit of 5000 exceeded, found \d+\.$/),
        extensions: { code: "QUERY_TOO_COSTLY" },
      },
    ]);
  });

  test("in production the refusal says what to do, not the limit, and keeps its code", async () => {
    const refusal = await refusalOf(
      `{ communities(first: 100) { edges { node {
        members(first: 100) { edges { node { member { id } } } } } } } }`,
      apiIn("production"),
    );
    expect(refusal.errors).toEqual([
      {
        message: "The query asks for too much at once: ask for smaller pages, or lists inside lists apart.",
        extensions: { code: "QUERY_TOO_COSTLY" },
      },
    ]);
  });
});

describe("the other limits on a query", () => {
  test.each([
    [
      "too deep",
      `{ ${'node(id: "x") { ... on Member { id '.repeat(12)}${"} } ".repeat(12)}}`,
      "QUERY_TOO_DEEP",
    ],
    [
      "too many aliases",
      `{ ${Array.from({ length: 16 }, (_, index) => `a${index}: me { id }`).join(" ")} }`,
      "TOO_MANY_ALIASES",
    ],
    ["too many directives", `{ __typename ${"@include(if: true) ".repeat(21)}}`, "TOO_MANY_DIRECTIVES"],
  ])("a query %s is refused with its code", async (_, query, code) => {
    const refusal = await refusalOf(query);
    expect(refusal.errors.map((error) => error.extensions?.code)).toContain(code);
  });

  test("depth counts fields, not fragments: nine fields through nine fragments are not too deep", async () => {
    const refusal = await refusalOf(
      `{ ${'node(id: "x") { ... on Member { id '.repeat(9)}${"} } ".repeat(9)}}`,
    );
    expect(refusal.errors?.map((error) => error.extensions?.code) ?? []).not.toContain("QUERY_TOO_DEEP");
  });
});
