import { messageKindNames, messageKinds, unsubscribeTokens } from "@meetstream/core/notification";
import fc from "fast-check";
import type { GraphQLEnumType } from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { type GraphqlResponse, graphqlRequest } from "../testing/graphql-request";
import { dataFoldersRemovedAfterAll, startTestHost } from "../testing/test-host";
import type { Person } from "./community-test-client";
import { internalEnumValues } from "./enum-values";
import {
  lastPosition,
  type NotificationClient,
  notificationClient,
  plainMemberId,
  unsubscribeTokenFor,
} from "./notification-test-client";
import { schema } from "./schema";

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value, so tests read them loosely
type Loose = any;

test("the API's MessageKind names each of core's kinds once, and no other", () => {
  const values = Object.values(internalEnumValues.MessageKind);
  expect([...values].sort()).toEqual([...messageKindNames].sort());
  const sdlEnum = schema.getType("MessageKind") as GraphQLEnumType;
  expect(
    sdlEnum
      .getValues()
      .map((value) => value.name)
      .sort(),
  ).toEqual(Object.keys(internalEnumValues.MessageKind).sort());
});

/*
 * What hostile or broken input does over the real local host: every bad kind, community, token or size
 * is refused, with the typed rejection where the API has one and as the client's mistake where GraphQL
 * itself refuses it, and the log gains nothing. Kit is a member of one community; Vic is a visitor.
 */
const folder = dataFoldersRemovedAfterAll()();
let host: LocalHost;
let notifications: NotificationClient;
let kit: Person;
let communityId: string;

beforeAll(async () => {
  host = await startTestHost({ dataFolder: folder });
  notifications = notificationClient(host.url);
  kit = await notifications.person("Kit", "kit-hostile");
  const organiser = await notifications.person("Ora", "ora-hostile");
  communityId = (await notifications.found(organiser, { name: "Hostile input", slug: "hostile-input" })).id;
  await notifications.join(kit, communityId);
});
afterAll(() => host.close());

const request = (query: string, variables: Record<string, unknown>, person?: Person) =>
  graphqlRequest<Loose>(host.url, query, { variables, ...(person?.token ? { token: person.token } : {}) });

const setPreference = `mutation ($kind: MessageKind!, $communityId: ID, $enabled: Boolean!, $idempotencyKey: String) {
  setNotificationPreference(kind: $kind, communityId: $communityId, enabled: $enabled, idempotencyKey: $idempotencyKey) {
    __typename ... on Error { code message } } }`;

const unsubscribe = `mutation ($token: String!) { unsubscribe(token: $token) {
  __typename ... on Unsubscribed { kind label } ... on Error { code message } } }`;

/**
 * The request was refused as the client's mistake, and no resolver answered it: GraphQL's own refusal of
 * a value that is none of its type carries no code (a literal in the document is GRAPHQL_VALIDATION_FAILED),
 * a rule of the API's own on an argument is BAD_USER_INPUT.
 */
function expectRefused(
  response: GraphqlResponse,
  codes: readonly (string | undefined)[] = [undefined, "GRAPHQL_VALIDATION_FAILED"],
): void {
  const said = JSON.stringify(response.body).slice(0, 500);
  expect(response.body.data?.setNotificationPreference ?? null, said).toBeNull();
  expect(response.body.errors?.length ?? 0, said).toBeGreaterThan(0);
  for (const error of response.body.errors ?? []) expect(codes, said).toContain(error.extensions?.code);
}

/** Runs `act`, and checks that the log gained nothing and Kit's settings read as before. */
async function changesNothing(act: () => Promise<void>): Promise<void> {
  const [position, settings] = [await lastPosition(folder), await notifications.ownSettings(kit)];
  await act();
  expect(await lastPosition(folder)).toBe(position);
  expect(await notifications.ownSettings(kit)).toEqual(settings);
}

describe("a kind that is none of the API's", () => {
  test.each([
    ["an unknown name", "MEETUP_GOSSIP"],
    ["core's own spelling", "meetup-reminder"],
    ["an empty name", ""],
    ["a huge name", "X".repeat(50_000)],
  ])("%s is refused by GraphQL itself, before any resolver", (_case, kind) =>
    changesNothing(async () => {
      expectRefused(await request(setPreference, { kind, communityId: null, enabled: false }, kit));
    }),
  );

  test("written into the document, it is refused as well", () =>
    changesNothing(async () => {
      expectRefused(
        await request(
          "mutation { setNotificationPreference(kind: NOPE, enabled: false) { __typename } }",
          {},
          kit,
        ),
      );
    }));
});

describe("a community that is none", () => {
  test.each([
    [
      "a community that does not exist",
      () => Buffer.from(`Community:${crypto.randomUUID()}`).toString("base64"),
    ],
    ["a plain id of none", () => crypto.randomUUID()],
    ["a word", () => "rotterdam"],
    ["a meetup's node id", () => Buffer.from(`Meetup:${crypto.randomUUID()}`).toString("base64")],
    ["Kit's own member id", () => kit.id],
    ["an empty id", () => ""],
    ["a huge id", () => "C".repeat(50_000)],
    ["SQL", () => "' OR 1=1 --"],
  ])("%s is UnknownNotificationCommunity", (_case, communityIdOf) =>
    changesNothing(async () => {
      const { body } = await request(
        setPreference,
        { kind: "MEETUP_ANNOUNCED", communityId: communityIdOf(), enabled: true },
        kit,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.setNotificationPreference).toEqual({
        __typename: "UnknownNotificationCommunity",
        code: "UNKNOWN_NOTIFICATION_COMMUNITY",
        message: "There is no such community.",
      });
    }),
  );

  test("an id with a control character in it is the client's mistake, as every id the API takes", () =>
    changesNothing(async () => {
      expectRefused(
        await request(
          setPreference,
          { kind: "MEETUP_ANNOUNCED", communityId: "a\u0000b", enabled: true },
          kit,
        ),
        ["BAD_USER_INPUT"],
      );
    }));
});

describe("a request too big or with a key too long", () => {
  test("an idempotency key beyond 128 characters is the client's mistake", () =>
    changesNothing(async () => {
      expectRefused(
        await request(
          setPreference,
          { kind: "MEETUP_REMINDER", communityId: null, enabled: false, idempotencyKey: "k".repeat(129) },
          kit,
        ),
        ["BAD_USER_INPUT"],
      );
    }));

  test("a body beyond 100 KB is refused before it is read", () =>
    changesNothing(async () => {
      const response = await fetch(`${host.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-meetstream-csrf": "1" },
        body: JSON.stringify({ query: unsubscribe, variables: { token: "t".repeat(200_000) } }),
      });
      expect(response.status).toBe(413);
      await response.body?.cancel();
    }));
});

describe("an unsubscribe link", () => {
  let token: string;
  beforeEach(async () => {
    token = unsubscribeTokenFor(folder, kit, "meetup-reminder");
    // Reminders on, so that a link that worked would show.
    await notifications.setPreference(kit, { kind: "MEETUP_REMINDER", communityId: null, enabled: true });
  });

  const refused = (forged: () => string) =>
    changesNothing(async () => {
      for (const person of [undefined, kit]) {
        const { body } = await request(unsubscribe, { token: forged() }, person);
        expect(body.errors).toBeUndefined();
        expect(body.data?.unsubscribe).toEqual({
          __typename: "UnsubscribeLinkInvalid",
          code: "UNSUBSCRIBE_LINK_INVALID",
          message:
            "This unsubscribe link is not valid: it may have been cut short or changed. Change what you get in your settings instead.",
        });
      }
    });

  const [payload, signature] = [() => token.split(".")[0] as string, () => token.split(".")[1] as string];
  const flipped = (text: string, at: number) =>
    `${text.slice(0, at)}${text[at] === "A" ? "B" : "A"}${text.slice(at + 1)}`;
  const payloadOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

  test.each([
    [
      "signed with another secret",
      () => unsubscribeTokens("s".repeat(43)).tokenFor(plainMemberId(kit), "meetup-reminder"),
    ],
    ["with a character of its signature changed", () => `${payload()}.${flipped(signature(), 5)}`],
    ["with a character of its payload changed", () => `${flipped(payload(), 3)}.${signature()}`],
    [
      "naming another kind under its signature",
      () => `${payloadOf([plainMemberId(kit), "meetup-announced"])}.${signature()}`,
    ],
    [
      "naming another member under its signature",
      () => `${payloadOf([crypto.randomUUID(), "meetup-reminder"])}.${signature()}`,
    ],
    ["cut short", () => token.slice(0, -4)],
    ["without its signature", () => payload()],
    ["with a part too many", () => `${token}.${signature()}`],
    ["in capitals", () => token.toUpperCase()],
    ["empty", () => ""],
    ["huge", () => `${token}${"A".repeat(50_000)}`],
    ["of control characters and lone surrogates", () => "\u0000\ud800.\u202e\u0007"],
  ])("%s is UnsubscribeLinkInvalid, to a visitor and a member alike", (_case, forged) => refused(forged));

  test("any string is UnsubscribeLinkInvalid, and the log gains nothing", () =>
    changesNothing(() =>
      fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.string({ unit: "binary", maxLength: 600 }), fc.base64String()),
          async (forged) => {
            const { body } = await request(unsubscribe, { token: forged });
            expect(body.data?.unsubscribe.__typename).toBe("UnsubscribeLinkInvalid");
          },
        ),
        { numRuns: 40 },
      ),
    ));

  test("as made, it stops its kind only, for its member only, without sign-in; a second click changes nothing more", async () => {
    const before = await notifications.ownSettings(kit);
    const { body } = await request(unsubscribe, { token });
    expect(body.data?.unsubscribe).toEqual({
      __typename: "Unsubscribed",
      kind: "MEETUP_REMINDER",
      label: messageKinds["meetup-reminder"].label,
    });
    const after = await notifications.ownSettings(kit);
    expect(after.kinds.filter((kind: Loose) => kind.kind !== "MEETUP_REMINDER")).toEqual(
      before.kinds.filter((kind: Loose) => kind.kind !== "MEETUP_REMINDER"),
    );
    expect(after.kinds.find((kind: Loose) => kind.kind === "MEETUP_REMINDER").enabled).toBe(false);

    await changesNothing(async () => {
      expect((await request(unsubscribe, { token })).body.data?.unsubscribe.__typename).toBe("Unsubscribed");
    });
  });
});

test("a preference retried with its idempotency key answers as the first time and appends nothing", async () => {
  const idempotencyKey = crypto.randomUUID();
  const preference = { kind: "PATH_COMPLETED", communityId, enabled: true, idempotencyKey };
  const first = await notifications.setPreference(kit, preference);
  expect(first.__typename).toBe("NotificationSettings");
  await changesNothing(async () => {
    expect(await notifications.setPreference(kit, preference)).toEqual(first);
  });
});
