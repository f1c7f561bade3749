import { IdempotencyKeyReused } from "@meetstream/core/decider";
import { GraphQLError } from "graphql";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { csrfHeader } from "../graphql/server";
import type { LocalHost } from "../local/host";
import { graphqlRequest } from "../testing/graphql-request";
import { RecordingLogger } from "../testing/recording-logger";
import { signIn } from "../testing/sign-in";
import { removeDataFolder, startTestHost, temporaryDataFolder } from "../testing/test-host";
import { yogaLogger } from "./yoga-logger";

describe("yoga's log calls", () => {
  test("a client's mistake is a warning with its code and no stack", () => {
    const logger = new RecordingLogger();
    const reused = new GraphQLError("idempotency key reused", {
      originalError: new IdempotencyKeyReused("key-1"),
    });

    yogaLogger(logger).error(reused);

    expect(logger.records).toEqual([
      expect.objectContaining({ level: "WARN", code: "IDEMPOTENCY_KEY_REUSED" }),
    ]);
    expect(JSON.stringify(logger.records)).not.toContain("stack");
  });

  test("an unexpected failure stays an error, with its stack", () => {
    const logger = new RecordingLogger();

    yogaLogger(logger).error(
      new GraphQLError("Unexpected error.", { originalError: new Error("disk full") }),
    );

    expect(logger.records).toHaveLength(1);
    expect(logger.records[0]).toMatchObject({ level: "ERROR", message: "Unexpected error." });
    expect(JSON.stringify(logger.records[0])).toMatch(/"stack":".*disk full/);
  });
});

describe("the local host's log, when clients make mistakes", () => {
  const logger = new RecordingLogger();
  let host: LocalHost;
  let folder: string;
  let token: string;

  beforeAll(async () => {
    folder = temporaryDataFolder();
    host = await startTestHost({ dataFolder: folder, logger });
    token = (await signIn(host.url, "ann@example.com")).access;
  });

  afterAll(async () => {
    await host.close();
    removeDataFolder(folder);
  });

  test("a reused key, bad input, no sign-in, a bad token, a bad cursor and a body that is not JSON log no error and no stack", async () => {
    const update = `mutation ($key: String, $name: String) {
      updateProfile(idempotencyKey: $key, input: { displayName: $name }) { __typename }
    }`;
    const first = await graphqlRequest(host.url, update, { token, variables: { key: "k-1", name: "Ann" } });
    expect(first.body.data).toEqual({ updateProfile: { __typename: "Member" } });
    const reused = await graphqlRequest(host.url, update, { token, variables: { key: "k-1", name: "Bo" } });
    expect(reused.body.errors?.[0]?.extensions?.code).toBe("IDEMPOTENCY_KEY_REUSED");
    const invalid = await graphqlRequest(
      host.url,
      `mutation { updateProfile(input: { handle: "!" }) { __typename } }`,
      {
        token,
      },
    );
    expect(invalid.body.data).toEqual({ updateProfile: { __typename: "InvalidProfile" } });
    const anonymous = await graphqlRequest(host.url, `mutation { eraseMe { __typename } }`);
    expect(anonymous.body.data).toEqual({ eraseMe: { __typename: "NotSignedIn" } });
    const forged = await graphqlRequest(host.url, "{ me { email } }", { token: "not-a-token" });
    expect(forged.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const badCursor = await graphqlRequest(
      host.url,
      `{ communities(after: "nonsense") { edges { cursor } } }`,
    );
    expect(badCursor.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const notJson = await fetch(`${host.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        [csrfHeader]: "1",
      },
      body: '{"query": "{ me { email } "secret-looking text',
    });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({
      errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }],
    });

    const serious = logger.records.filter(
      (record) => record.level === "ERROR" || record.level === "CRITICAL",
    );
    expect(serious).toEqual([]);
    const warnings = logger.records.filter((record) => record.level === "WARN");
    expect(warnings.map((record) => record.code)).toEqual([
      "IDEMPOTENCY_KEY_REUSED",
      "BAD_USER_INPUT",
      "BAD_REQUEST",
    ]);
    const logged = JSON.stringify(logger.records);
    expect(logged).not.toContain("stack");
    expect(logged).not.toContain("secret-looking");
  });
});
