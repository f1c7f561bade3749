import { tmpdir } from "node:os";
import { join } from "node:path";
import { agendaModule } from "@meetstream/core/agenda";
import { apiTokenModule } from "@meetstream/core/api-token";
import { folderBlobStore, uploadsModule } from "@meetstream/core/blob";
import { communityModule } from "@meetstream/core/community";
import { sqliteDocumentStore } from "@meetstream/core/documents";
import { eventCatalog, sqliteEventStore } from "@meetstream/core/eventstore";
import { personalDataStore, sqliteKeyStore } from "@meetstream/core/keys";
import { meetstreamEventTypes, meetstreamProjections } from "@meetstream/core/meetstream";
import { meetupModule } from "@meetstream/core/meetup";
import { memberModule } from "@meetstream/core/member";
import { notificationModule } from "@meetstream/core/notification";
import { pathModule } from "@meetstream/core/path";
import { progressModule } from "@meetstream/core/progress";
import { projector } from "@meetstream/core/projection/projector";
import { inMemoryTalksGiven, speakerModule } from "@meetstream/core/speaker";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { talkModule } from "@meetstream/core/talk";
import { describe, expect, test } from "vitest";
import type { TokenVerifier } from "../auth/verify";
import { inProcessBus } from "../local/in-process-bus";
import { sqliteProjectorPosition } from "../stores/projector-position";
import type { Members } from "./context";
import { globalIdOf } from "./relay";
import { createGraphqlServer, csrfHeader, type GraphqlMode } from "./server";

const appOrigin = "https://app.meetstream.example";

/** The API as a Lambda would serve it: real members on an in-memory store, every caller anonymous. */
function openApi(mode: GraphqlMode = "production") {
  const database = openDatabase(":memory:");
  const events = sqliteEventStore(database, eventCatalog(...meetstreamEventTypes));
  const documents = sqliteDocumentStore(database);
  const keys = sqliteKeyStore(database);
  const store = personalDataStore(events, keys, meetstreamEventTypes);
  const bus = inProcessBus({
    log: events,
    projector: projector({ store, documents, projections: meetstreamProjections }),
    position: sqliteProjectorPosition(database),
    onError: (error) => {
      throw error;
    },
  });
  const members = memberModule({ store: bus.notifying(store), documents, keys, emailSecret: "a".repeat(43) });
  const byIdsCalls: string[][] = [];
  const observed: Members = {
    ...members,
    byIds: (ids) => {
      byIdsCalls.push([...ids]);
      return members.byIds(ids);
    },
  };
  const anonymous: TokenVerifier = async () => null;
  const communities = communityModule({ store: bus.notifying(store), documents });
  const yoga = createGraphqlServer({
    members: observed,
    communities,
    meetups: meetupModule({ store: bus.notifying(store), documents, communities }),
    speakers: speakerModule({
      store: bus.notifying(store),
      documents,
      keys,
      members,
      talks: inMemoryTalksGiven(),
    }),
    talks: talkModule({ store: bus.notifying(store), documents, communities, members }),
    agendas: agendaModule({
      store: bus.notifying(store),
      documents,
      communities,
      meetups: meetupModule({ store: bus.notifying(store), documents, communities }),
      talks: talkModule({ store: bus.notifying(store), documents, communities, members }),
    }),
    paths: pathModule({
      store: bus.notifying(store),
      documents,
      communities,
      members,
      meetups: meetupModule({ store: bus.notifying(store), documents, communities }),
      talks: talkModule({ store: bus.notifying(store), documents, communities, members }),
    }),
    progress: progressModule({
      store: bus.notifying(store),
      documents,
      paths: pathModule({
        store: bus.notifying(store),
        documents,
        communities,
        members,
        meetups: meetupModule({ store: bus.notifying(store), documents, communities }),
        talks: talkModule({ store: bus.notifying(store), documents, communities, members }),
      }),
      meetups: meetupModule({ store: bus.notifying(store), documents, communities }),
    }),
    apiTokens: apiTokenModule({ store: bus.notifying(store), documents }),
    notifications: notificationModule({
      store: bus.notifying(store),
      documents,
      members,
      communities: { exists: async (communityId) => (await communities.byId(communityId)) !== undefined },
      serverSecret: "a".repeat(43),
    }),
    calendarFeeds: {
      urlOf: async () => "https://api.example/feeds/me/token.ics",
      reset: async () => "https://api.example/feeds/me/token.ics",
    },
    // These requests are anonymous: no upload starts, and nothing is written in the folder.
    uploads: uploadsModule({
      blobs: folderBlobStore({ folder: join(tmpdir(), "meetstream-no-uploads"), origin: appOrigin }),
    }),
    verifyToken: anonymous,
    mode,
    appOrigin,
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  });
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await yoga.fetch(
      new Request("http://api.example/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
    );
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
  };
  return { database, members, byIdsCalls, yoga, post };
}

describe("the GraphQL API in production mode", () => {
  test("loads the members of one request in one batch", async () => {
    const { members, byIdsCalls, post } = openApi();
    const ids = await Promise.all(
      ["a@example.com", "b@example.com", "c@example.com"].map(
        async (email) => (await members.signIn(email)).memberId,
      ),
    );
    const selections = ids.map((id, index) => `m${index}: node(id: "${globalIdOf("Member", id)}") { id }`);

    const { json } = await post({ query: `{ ${selections.join(" ")} }` });

    expect(Object.values(json().data)).toHaveLength(3);
    expect(byIdsCalls).toEqual([ids]);
  });

  test("answers no introspection, serves no GraphiQL and suggests no field names", async () => {
    const { yoga, post } = openApi();

    const introspection = await post({ query: "{ __schema { types { name } } }" });
    expect(introspection.json().data ?? null).toBeNull();
    const page = await yoga.fetch(
      new Request("http://api.example/graphql", { headers: { accept: "text/html" } }),
    );
    expect(await page.text()).not.toContain("<html");
    const typo = await post({ query: "{ mee { email } }" });
    expect(typo.text).not.toContain("Did you mean");
  });

  test("refuses queries over the limits without saying what the limits are", async () => {
    const { post } = openApi();
    const aliases = Array.from({ length: 20 }, (_, index) => `a${index}: me { email }`).join(" ");
    const tokens = Array.from({ length: 2500 }, () => "__typename").join(" ");

    for (const query of [`{ ${aliases} }`, `{ ${tokens} }`]) {
      const { json, text } = await post({ query });
      expect(json().errors?.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/\b(15|2000)\b/);
    }
  });

  test("masks an unexpected failure: no internals reach the client", async () => {
    const { database, post } = openApi();
    database.close();

    const { json, text } = await post({ query: '{ member(handle: "ann") { id } }' });
    expect(json().errors[0]).toMatchObject({
      message: "Unexpected error.",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(text).not.toMatch(/sqlite|database/i);
  });

  test("asks for the CSRF header on requests a browser would send without a preflight", async () => {
    const { yoga, post } = openApi();

    const get = await yoga.fetch(
      new Request(`http://api.example/graphql?query=${encodeURIComponent("{ me { email } }")}`),
    );
    expect(get.status).toBe(403);
    const form = await post("query=%7B%20me%20%7B%20email%20%7D%20%7D", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(form.status).toBe(403);

    const withHeader = await yoga.fetch(
      new Request(`http://api.example/graphql?query=${encodeURIComponent("{ me { email } }")}`, {
        headers: { [csrfHeader]: "1" },
      }),
    );
    expect(await withHeader.json()).toEqual({ data: { me: null } });
  });

  test("lets browsers call it from the web app's origin only", async () => {
    const { yoga } = openApi();
    const preflight = (origin: string) =>
      yoga.fetch(
        new Request("http://api.example/graphql", {
          method: "OPTIONS",
          headers: {
            origin,
            "access-control-request-method": "POST",
            "access-control-request-headers": "authorization",
          },
        }),
      );

    expect((await preflight(appOrigin)).headers.get("access-control-allow-origin")).toBe(appOrigin);
    expect((await preflight("https://evil.example")).headers.get("access-control-allow-origin")).not.toBe(
      "https://evil.example",
    );
  });

  test("takes at most five operations in one batch", async () => {
    const { post } = openApi();
    const batch = (size: number) => Array.from({ length: size }, () => ({ query: "{ me { email } }" }));

    expect((await post(batch(5))).json()).toHaveLength(5);
    expect((await post(batch(6))).status).toBeGreaterThanOrEqual(400);
  });

  test("refuses a request body over 100 KB with 413", async () => {
    const { post } = openApi();
    const { status } = await post({
      query: "{ me { email } }",
      variables: { padding: "x".repeat(110 * 1024) },
    });
    expect(status).toBe(413);
  });

  test("refuses a declared length over 100 KB with 413 unread, and a length that is no single number with 400", async () => {
    const { post } = openApi();
    const small = { query: "{ me { email } }" };

    const declaredTooLarge = await post(small, { "content-length": String(101 * 1024) });
    expect(declaredTooLarge.status).toBe(413);
    expect(declaredTooLarge.json().errors[0].extensions.code).toBe("REQUEST_ENTITY_TOO_LARGE");
    for (const length of ["31, 31", "-1", "thirty"])
      expect((await post(small, { "content-length": length })).status).toBe(400);
    const declared = await post(small, { "content-length": String(JSON.stringify(small).length) });
    expect(declared.json()).toEqual({ data: { me: null } });
  });
});

describe.each(["production", "local"] as const)("the GraphQL API in %s mode", (mode) => {
  test("answers a body that is not JSON with a coded 400 that echoes neither the parser nor the body", async () => {
    const { post } = openApi(mode);

    const answer = await post('{"query": "{ me { email } "private words', {
      accept: "application/graphql-response+json",
    });

    expect(answer.status).toBe(400);
    expect(answer.json()).toEqual({
      errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }],
    });
    expect(answer.text).not.toMatch(/private words|originalError|SyntaxError|position/);
  });
});

describe("the GraphQL API in local mode", () => {
  test("serves GraphiQL and answers introspection", async () => {
    const { yoga, post } = openApi("local");

    const page = await yoga.fetch(
      new Request("http://localhost/graphql", { headers: { accept: "text/html" } }),
    );
    expect(await page.text()).toContain("Meetstream API");
    expect((await post({ query: "{ __schema { queryType { name } } }" })).json()).toEqual({
      data: { __schema: { queryType: { name: "Query" } } },
    });
  });
});
