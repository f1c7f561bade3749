/**
 * The GraphQL handler on dynalite tables, fed API Gateway events, as seen in its log: a client's mistake
 * is a warning with its code, never an error with a stack, and the answer echoes nothing back.
 */
import { type LocalDynamo, startDynalite } from "@meetstream/core/testing/dynalite";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { TokenVerifier } from "../auth/verify";
import { meetstreamModules } from "../composition/meetstream-modules";
import { csrfHeader } from "../graphql/server";
import { openAwsStores } from "../stores/aws-stores";
import { apiGatewayEvent } from "../testing/api-gateway-event";
import { createTables, tableNames } from "../testing/dynamo-tables";
import { graphqlEvent } from "../testing/graphql-event";
import { lambdaContext } from "../testing/lambda-context";
import { RecordingLogger } from "../testing/recording-logger";
import { createGraphqlHandler, type GraphqlHandler } from "./graphql-handler";

let dynamo: LocalDynamo;
let graphql: GraphqlHandler;
let memberId: string;
const logger = new RecordingLogger();
const emailSecret = "a-test-secret-of-at-least-thirty-two-bytes!";
const tables = tableNames("events", "documents", "idempotency", "keys");
// Sign-in happens at the issuer, another Lambda: here the one member's token is "ann".
const verifyToken: TokenVerifier = async (authorization) => (authorization ? { memberId } : null);

beforeAll(async () => {
  dynamo = await startDynalite();
  await createTables(dynamo.client, tables);
  const { members } = meetstreamModules({
    ...openAwsStores(dynamo.client, tables),
    idempotency: { once: (_key, _payload, work) => work() },
    clock: { now: () => new Date() },
    emailSecret,
  });
  ({ memberId } = await members.signIn("ann@example.com"));
  graphql = createGraphqlHandler({
    client: dynamo.client,
    tables,
    emailSecret,
    verifyToken,
    appOrigin: "https://meetstream.example",
    uploadsBucket: "uploads",
    revokeSessions: async () => {},
    logger,
  });
});

afterAll(async () => {
  await dynamo.stop();
});

async function post(body: string) {
  const result = await graphql(graphqlEvent(body, "ann"), lambdaContext("graphql"));
  return { status: result.statusCode, text: result.body ?? "" };
}

const updateProfile = (key: string, displayName: string) =>
  post(
    JSON.stringify({
      query: `mutation ($key: String, $name: String) {
        updateProfile(idempotencyKey: $key, input: { displayName: $name }) { __typename } }`,
      variables: { key, name: displayName },
    }),
  );

test("a reused key and a body that is not JSON are logged as warnings with their code, without a stack or the body", async () => {
  expect(JSON.parse((await updateProfile("key-1", "Ann")).text)).toEqual({
    data: { updateProfile: { __typename: "Member" } },
  });
  const reused = await updateProfile("key-1", "Someone else");
  expect(JSON.parse(reused.text).errors[0].extensions).toEqual({ code: "IDEMPOTENCY_KEY_REUSED" });
  const notJson = await post('{"query": "{ me { email } "private words');
  expect(notJson.status).toBe(400);
  expect(JSON.parse(notJson.text)).toEqual({
    errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }],
  });

  const logged = logger.records.filter((record) => record.level !== "INFO" && record.level !== "DEBUG");
  expect(logged.map(({ level, code }) => ({ level, code }))).toEqual([
    { level: "WARN", code: "IDEMPOTENCY_KEY_REUSED" },
    { level: "WARN", code: "BAD_REQUEST" },
  ]);
  expect(JSON.stringify(logger.records)).not.toMatch(/stack|private words/);
});

const get = (path: string, headers: Record<string, string> = {}) =>
  graphql(
    apiGatewayEvent({
      method: "GET",
      path,
      headers: { [csrfHeader]: "1", accept: "application/json", ...headers },
    }),
    lambdaContext("graphql"),
  );

test("a public read over GET answers public with an ETag, and 304 to a repeat that names it", async () => {
  const path = `/graphql?query=${encodeURIComponent("{ communities(first: 5) { edges { node { slug } } } }")}`;
  const first = await get(path);
  expect(first.statusCode).toBe(200);
  expect(first.headers?.["cache-control"]).toBe("public, max-age=0, s-maxage=60");
  const entityTag = first.headers?.etag as string;
  expect(entityTag).toMatch(/^W\/"/);
  const repeat = await get(path, { "if-none-match": entityTag });
  expect(repeat.statusCode).toBe(304);
  expect(repeat.body ?? "").toBe("");
  const signedIn = await get(path, { authorization: "Bearer ann" });
  expect(signedIn.headers?.["cache-control"]).toBe("private, no-store");
});

test("the SDL is at /graphql/schema.graphql, with its cache hints, while introspection stays off", async () => {
  const sdl = await get("/graphql/schema.graphql");
  expect(sdl.statusCode).toBe(200);
  expect(sdl.headers?.["content-type"]).toMatch(/^text\/plain/);
  expect(sdl.body).toContain("type Query {");
  expect(sdl.body).toContain("me: Me @cacheControl(scope: PRIVATE)");
  const introspection = await post(JSON.stringify({ query: "{ __schema { types { name } } }" }));
  expect(introspection.text).toMatch(/introspection/i);
});
