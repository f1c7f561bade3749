/**
 * The auth Lambda as deployed behind the router, in one process: the handler on dynalite tables (the log,
 * its documents, the keys and the AuthStorage table), reached over loopback as CloudFront and a function
 * URL would pass requests on, with a recording stand-in for SES (SES has no local server).
 */
import { Logger } from "@aws-lambda-powertools/logger";
import { fixedClock } from "@meetstream/core/clock/clock";
import { type LocalDynamo, startDynalite } from "@meetstream/core/testing/dynalite";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { dynamoAuthStorage } from "../auth/dynamo-auth-storage";
import { maximumWrongCodes, signInLimits } from "../auth/sign-in-limits";
import { callbackPath } from "../auth/subjects";
import { sesMailer } from "../mail/ses-mailer";
import { createTables, tableNames } from "../testing/dynamo-tables";
import { type FunctionUrl, serveFunctionUrl } from "../testing/function-url";
import { recordingSesClient } from "../testing/recording-ses-client";
import { beginSignIn, openSignIn, signIn } from "../testing/sign-in";
import { type AuthHandler, createAuthHandler } from "./auth-handler";

const hour = 60 * 60_000;
const tables = tableNames("events", "documents", "keys", "authStorage");
const ses = recordingSesClient();
// Stands still unless a test moves it; each test starts an hour after the last, in windows of its own.
const clock = fixedClock(new Date());

let dynamo: LocalDynamo;
let issuer: FunctionUrl;

beforeAll(async () => {
  dynamo = await startDynalite();
  await createTables(dynamo.client, tables);
  // The origin is the server's URL, known once it listens.
  let handler: AuthHandler | undefined;
  issuer = await serveFunctionUrl((event, context) => (handler as AuthHandler)(event, context), {
    "/dev/mailbox.json": ses.messages,
  });
  handler = createAuthHandler({
    client: dynamo.client,
    tables,
    emailSecret: "a-test-secret-of-at-least-thirty-two-bytes!",
    origin: issuer.url,
    storage: dynamoAuthStorage({ client: dynamo.client, tableName: tables.authStorage }),
    mailer: sesMailer({ client: ses as never, from: "signin@meetstream.example" }),
    clock,
    logger: new Logger({ serviceName: "auth-handler-test", logLevel: "SILENT" }),
  });
});
afterEach(() => clock.advance(hour));
afterAll(async () => {
  await issuer.close();
  await dynamo.stop();
});

const codesTo = (email: string) => ses.messages().filter((message) => message.to === email).length;
const wrongCodeFor = (code: string, index: number) =>
  String((Number(code) + index + 1) % 1_000_000).padStart(6, "0");

describe("the auth Lambda on dynalite, behind a CloudFront and function URL stand-in (recording SES stand-in)", () => {
  const { limit: codesAnHour } = signInLimits.codesPerAddress;

  test("a member signs in with the code SES was asked to send, and is registered in the DynamoDB log", async () => {
    const tokens = await signIn(issuer.url, "lambda-member@example.com");
    expect(tokens.access).toBeTruthy();
    expect(codesTo("lambda-member@example.com")).toBe(1);
  });

  test(`a burst of 30 concurrent code requests for one address has SES send at most ${codesAnHour}`, async () => {
    const sessions = await Promise.all(Array.from({ length: 30 }, () => openSignIn(issuer.url)));
    const answers = await Promise.all(
      sessions.map((session) => session.askForCode("lambda-flood@example.com")),
    );

    const sent = answers.filter((answer) => answer.status === 200).length;
    expect(answers.filter((answer) => answer.status === 429).length).toBe(30 - sent);
    expect(codesTo("lambda-flood@example.com")).toBe(sent);
    expect(sent).toBeLessThanOrEqual(codesAnHour);
    const refused = answers.find((answer) => answer.status === 429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  test("guessing past the lockout fails even with new codes, and the right code fails during the lock", async () => {
    const email = "lambda-brute@example.com";
    const kept = await beginSignIn(issuer.url, email);
    const keptCode = await kept.readCode();
    const statuses: number[] = [];
    while (statuses.length < signInLimits.wrongCodesPerAddress.limit) {
      const attempt = await beginSignIn(issuer.url, email);
      const code = await attempt.readCode();
      for (
        let index = 0;
        index < maximumWrongCodes && statuses.length < signInLimits.wrongCodesPerAddress.limit;
        index++
      )
        statuses.push((await attempt.submitCode(wrongCodeFor(code, index))).status);
    }
    expect(statuses.at(-1)).toBe(429);

    const rightButLocked = await kept.submitCode(keptCode);
    expect(rightButLocked.status).toBe(429);
    expect(rightButLocked.headers.get("location")).toBeNull();
    const sentBefore = codesTo(email);
    expect((await (await openSignIn(issuer.url)).askForCode(email)).status).toBe(429);
    expect(codesTo(email)).toBe(sentBefore);

    // The lock lasts the hour, not a moment longer.
    clock.advance(hour);
    const fresh = await beginSignIn(issuer.url, email);
    expect((await fresh.exchange(await fresh.submitCode(await fresh.readCode()))).access).toBeTruthy();
  });

  test("a code ten minutes old does not sign in", async () => {
    const attempt = await beginSignIn(issuer.url, "lambda-slow@example.com");
    const code = await attempt.readCode();
    clock.advance(signInLimits.codeLifetimeSeconds * 1000);

    const errors = vi.spyOn(console, "error");
    const refused = await attempt.submitCode(code);
    // The client's mistake, not ours: nothing logged as an error, no stack trace.
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    const returned = new URL(refused.headers.get("location") ?? "", issuer.url);
    expect(returned.pathname).toBe(callbackPath);
    expect(returned.searchParams.get("error")).toBe("access_denied");
    expect(returned.searchParams.get("error_description")).toBe("That code has expired: ask for a new code.");
    expect(returned.searchParams.has("code")).toBe(false);
  });

  test("one viewer gets twenty codes an hour across addresses, whatever x-forwarded-for it writes", async () => {
    const ask = (email: string, index: number) =>
      fetch(`${issuer.url}/auth/code/authorize`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "x-forwarded-for": `198.51.100.${index}`,
        },
        body: new URLSearchParams({ action: "request", email }),
      });
    const statuses: number[] = [];
    for (let index = 0; index <= signInLimits.codesPerClient.limit; index++)
      statuses.push((await ask(`lambda-viewer-${index}@example.com`, index)).status);

    expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect(codesTo(`lambda-viewer-${signInLimits.codesPerClient.limit}@example.com`)).toBe(0);
  });
});
