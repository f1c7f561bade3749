/**
 * The GraphQL handler on dynalite tables, fed API Gateway events, as seen in its log: a client's mistake
 * is a warning with its code, never an error with a stack, and the answer echoes nothing back.
 */
import { type LocalDynamo, startDynalite } from "@meetstream/core/testing/dynalite";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { TokenVerifier } from "../auth/verify";
import { meetstreamModules } from "../composition/meetstream-modules";
import { openAwsStores } from "../stores/aws-stores";
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
