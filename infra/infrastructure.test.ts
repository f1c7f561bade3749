import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { tracingSettings } from "./lambda";
import {
  installRecordingPlatform,
  plain,
  type RecordedSubscription,
  type Recording,
} from "./recording-platform";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The handlers agreed for the serverless path; each is a file under packages/functions/src/handlers. */
const agreedHandlers = [
  "graphql",
  "feeds",
  "auth",
  "publisher",
  "projector",
  "reactor",
  "progress-reactions",
  "archiver",
  "notifier",
  "message-retries",
  "mail-feedback",
  "unsubscribe",
  "webhooks",
  "webhook-retries",
];

/** Components a function reaches through `Resource.<Name>`: linking one grants its IAM and exposes it. */
const linkableTypes = [
  "sst.aws.Dynamo",
  "sst.aws.Bus",
  "sst.aws.Bucket",
  "sst.Secret",
  "sst.Linkable",
  "sst.aws.Email",
];

interface AppConfig {
  app(input: { stage: string }): { removal: string; protect?: boolean; home: string };
  run(): Promise<unknown>;
}

let recording: Recording;
let config: AppConfig;

beforeAll(async () => {
  recording = installRecordingPlatform("test");
  process.env.MEETSTREAM_MAIL_SENDER ??= "signin@meetstream.example";
  // By path, so the type checker does not follow it into sst.config.ts (typed by SST's generated globals).
  const configFile = join(root, "sst.config.ts");
  config = (await import(/* @vite-ignore */ configFile)).default as AppConfig;
  await config.run();
});

const handlerFile = (handler: string) => join(root, handler.replace(/\.handler$/, ".ts"));

/** A module and the local modules it imports, transitively: what the handler's bundle reads `Resource` in. */
function localSources(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file) || !existsSync(file)) return [];
  seen.add(file);
  const source = readFileSync(file, "utf8");
  const imported = [...source.matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g)].map((match) =>
    resolve(dirname(file), `${match[1]}.ts`),
  );
  return [source, ...imported.flatMap((path) => localSources(path, seen))];
}

const resourcesRead = (file: string) =>
  new Set(
    localSources(file).flatMap((source) =>
      [...source.matchAll(/\bResource\.(\w+)/g)].map((match) => match[1]),
    ),
  );

const linksOf = (args: Record<string, unknown>) =>
  ((args.link as unknown[] | undefined) ?? []).map((component) => recording.nameOf(component));

describe("stages", () => {
  test("production keeps its data when removed and is protected from removal", () => {
    expect(config.app({ stage: "production" })).toMatchObject({
      removal: "retain",
      protect: true,
      home: "aws",
    });
  });

  test("any other stage is removed with everything in it", () => {
    expect(config.app({ stage: "ann" })).toMatchObject({ removal: "remove", protect: false });
  });
});

describe("functions", () => {
  test("every agreed handler is deployed as a function", () => {
    const deployed = recording.functions.map((fn) => String(fn.args.handler));
    expect(deployed.sort()).toEqual(
      agreedHandlers.map((name) => `packages/functions/src/handlers/${name}.handler`).sort(),
    );
  });

  test.for(agreedHandlers)("the %s handler file exists and exports `handler`", (name) => {
    const file = join(root, "packages/functions/src/handlers", `${name}.ts`);
    expect(existsSync(file), `${file} is missing`).toBe(true);
    expect(readFileSync(file, "utf8")).toMatch(
      /export\s+(const|let|async\s+function|function)\s+handler\b|export\s*\{[^}]*\bhandler\b[^}]*\}/,
    );
  });

  test("tracing is on unless a deploy turns it off: Lambda's active tracing, and Powertools Tracer told so, without responses", () => {
    for (const fn of recording.functions)
      expect(fn.args, fn.name).toMatchObject({
        environment: { POWERTOOLS_TRACE_ENABLED: "true", POWERTOOLS_TRACER_CAPTURE_RESPONSE: "false" },
        transform: { function: { tracingConfig: { mode: "Active" } } },
      });
    expect(tracingSettings(false)).toEqual({
      environment: { POWERTOOLS_TRACE_ENABLED: "false", POWERTOOLS_TRACER_CAPTURE_RESPONSE: "false" },
      transform: { function: { tracingConfig: { mode: "PassThrough" } } },
    });
  });

  test("every function runs nodejs22.x on arm64 as a minified ESM bundle", () => {
    for (const fn of recording.functions)
      expect(fn.args, fn.name).toMatchObject({
        runtime: "nodejs22.x",
        architecture: "arm64",
        nodejs: { format: "esm", minify: true },
      });
  });
});

describe("least-privilege links", () => {
  const linkables = () => recording.components.filter((component) => linkableTypes.includes(component.type));

  test.for(agreedHandlers)("the %s handler reads only resources that exist and are linked to it", (name) => {
    const fn = recording.functions.find(
      (candidate) => candidate.args.handler === `packages/functions/src/handlers/${name}.handler`,
    );
    if (!fn) throw new Error(`no function runs the ${name} handler`);
    const file = handlerFile(String(fn.args.handler));
    expect(existsSync(file), `${file} is missing`).toBe(true);
    const read = [...resourcesRead(file)].sort();
    const linked = linksOf(fn.args).sort();
    expect(linked, `${fn.name} links exactly what ${name}.ts reads through Resource`).toEqual(read);
    for (const resource of read)
      expect(
        linkables().map((component) => component.name),
        `Resource.${resource}`,
      ).toContain(resource);
  });

  test("each table, bus, bucket, secret and linkable goes to exactly the functions that read it", () => {
    // A handler not written yet is reported by its own tests above; here it would only blur the message.
    const written = recording.functions.filter((fn) => existsSync(handlerFile(String(fn.args.handler))));
    for (const component of linkables()) {
      const linkedTo = written.filter((fn) => linksOf(fn.args).includes(component.name));
      const readers = written.filter((fn) =>
        resourcesRead(handlerFile(String(fn.args.handler))).has(component.name),
      );
      expect(linkedTo.map((fn) => fn.name).sort(), component.name).toEqual(
        readers.map((fn) => fn.name).sort(),
      );
    }
  });
});

describe("stream subscribers", () => {
  const streamSubscriptions = () =>
    recording.subscriptions.filter((subscription) => subscription.type === "sst.aws.Dynamo");

  test("the publisher and the archiver each read the event table's stream", () => {
    expect(
      streamSubscriptions()
        .map(({ source, name }) => `${source} → ${name}`)
        .sort(),
    ).toEqual(["Events → Archiver", "Events → Publisher"]);
  });

  test("a failing batch is split, retried a bounded number of times, then recorded in a queue", () => {
    for (const subscription of streamSubscriptions()) {
      const mapping = (plain(subscription.args).transform as { eventSourceMapping: Record<string, unknown> })
        .eventSourceMapping;
      expect(mapping, subscription.name).toMatchObject({
        bisectBatchOnFunctionError: true,
        functionResponseTypes: ["ReportBatchItemFailures"],
        destinationConfig: { onFailure: { destinationArn: `{${subscription.name}Failures.arn}` } },
      });
      expect(mapping.maximumRetryAttempts, subscription.name).toBeGreaterThanOrEqual(0);
      expect(mapping.maximumRetryAttempts, subscription.name).toBeLessThanOrEqual(10);
    }
  });

  test("each stream subscriber may send to its failure queue", () => {
    for (const subscription of streamSubscriptions()) {
      const fn = recording.functions.find((candidate) => candidate.name === subscription.functionName);
      expect(plain(fn?.args.permissions), subscription.name).toEqual([
        { actions: ["sqs:SendMessage"], resources: [`{${subscription.name}Failures.arn}`] },
      ]);
    }
  });

  test("sign-in's storage expires its items (codes, counts of codes and wrong codes) on OpenAuth's expiry", () => {
    const table = recording.components.find((component) => component.name === "AuthStorage");
    expect(table?.args).toMatchObject({ primaryIndex: { hashKey: "pk", rangeKey: "sk" }, ttl: "expiry" });
  });

  test("the event table streams new images and keeps point-in-time recovery", () => {
    const table = recording.components.find((component) => component.name === "Events");
    expect(table?.args).toMatchObject({
      stream: "new-image",
      transform: { table: { pointInTimeRecovery: { enabled: true } } },
    });
  });
});

describe("bus", () => {
  const busSubscriptions = () =>
    recording.subscriptions.filter((subscription) => subscription.type === "sst.aws.Bus");
  /** The queue a subscription's target dead-letters to, as `{<Queue>.arn}`. */
  const deadLettersOf = (subscription: RecordedSubscription) =>
    (plain(subscription.args) as { transform: { target: { deadLetterConfig: { arn: string } } } }).transform
      .target.deadLetterConfig.arn;
  const functionArgsOf = (subscription: RecordedSubscription) =>
    plain(recording.functions.find((fn) => fn.name === subscription.functionName)?.args) as
      | {
          retries?: number;
          permissions?: { actions: string[]; resources: string[] }[];
          transform?: { eventInvokeConfig?: Record<string, unknown> };
        }
      | undefined;

  test("every bus target has a dead-letter queue and a bounded retry policy", () => {
    expect(busSubscriptions().map((subscription) => subscription.name)).toEqual([
      "Projector",
      "Reactor",
      "ProgressReactions",
      "Notifier",
      "MailFeedback",
      "Webhooks",
    ]);
    for (const subscription of busSubscriptions())
      expect(plain(subscription.args), subscription.name).toMatchObject({
        transform: {
          target: {
            deadLetterConfig: { arn: expect.stringMatching(/^\{\w+\.arn\}$/) },
            retryPolicy: { maximumRetryAttempts: expect.any(Number) },
          },
        },
      });
  });

  // EventBridge invokes a subscriber asynchronously: once Lambda has taken the event, the target's
  // dead-letter queue never hears of it again, and without an on-failure destination Lambda drops the
  // events the function keeps failing on.
  test("what a bus subscriber's function fails on goes, after Lambda's bounded retries, to its target's dead-letter queue", () => {
    expect(busSubscriptions().length).toBeGreaterThan(0);
    for (const subscription of busSubscriptions()) {
      const args = functionArgsOf(subscription);
      // SST makes the function's asynchronous invocation config only when `retries` is set.
      expect(args?.retries, subscription.name).toBeGreaterThanOrEqual(0);
      expect(args?.retries, subscription.name).toBeLessThanOrEqual(2);
      const invokeConfig = args?.transform?.eventInvokeConfig;
      expect(invokeConfig, subscription.name).toMatchObject({
        destinationConfig: { onFailure: { destination: deadLettersOf(subscription) } },
      });
      expect(invokeConfig?.maximumEventAgeInSeconds, subscription.name).toBeGreaterThanOrEqual(60);
      expect(invokeConfig?.maximumEventAgeInSeconds, subscription.name).toBeLessThanOrEqual(6 * 60 * 60);
      // SST sets the retries from `retries`; the transform must not say otherwise.
      expect(invokeConfig?.maximumRetryAttempts ?? args?.retries, subscription.name).toBe(args?.retries);
    }
  });

  test("a bus subscriber's function may send to its dead-letter queue, and to no other queue", () => {
    for (const subscription of busSubscriptions()) {
      const permissions = functionArgsOf(subscription)?.permissions ?? [];
      expect(
        permissions.filter((permission) => permission.actions.some((action) => action.startsWith("sqs:"))),
        subscription.name,
      ).toEqual([{ actions: ["sqs:SendMessage"], resources: [deadLettersOf(subscription)] }]);
      for (const permission of permissions) {
        expect(permission.actions, subscription.name).not.toContain("*");
        expect(permission.resources, subscription.name).not.toContain("*");
      }
    }
  });

  test("a dead-letter queue takes messages from EventBridge alone, from exactly the rules that send there", () => {
    const rules = recording.components.filter((component) => component.type === "aws.cloudwatch.EventRule");
    for (const queueArn of new Set(busSubscriptions().map(deadLettersOf))) {
      const queue = queueArn.slice(1, -".arn}".length);
      const sendingRules = [
        ...busSubscriptions()
          .filter((subscription) => deadLettersOf(subscription) === queueArn)
          .map((subscription) => `{${subscription.name}.rule.arn}`),
        ...recording.components
          .filter((component) => component.type === "aws.cloudwatch.EventTarget")
          .filter((target) => plain(target.args).arn === queueArn)
          .map((target) => {
            const rule = rules.find((candidate) => `{${candidate.name}.name}` === plain(target.args).rule);
            return `{${rule?.name}.arn}`;
          }),
      ];
      const policies = recording.components.filter(
        (component) =>
          component.type === "aws.sqs.QueuePolicy" && plain(component.args).queueUrl === `{${queue}.url}`,
      );
      expect(policies, queue).toHaveLength(1);
      const { Statement } = JSON.parse(String(policies[0]?.args.policy));
      // Lambda sends with the function's role (above): the queue grants it nothing.
      expect(Statement, queue).toEqual([
        {
          Effect: "Allow",
          Principal: { Service: "events.amazonaws.com" },
          Action: "sqs:SendMessage",
          Resource: queueArn,
          Condition: { ArnEquals: { "aws:SourceArn": expect.anything() } },
        },
      ]);
      const sourceArns = [Statement[0].Condition.ArnEquals["aws:SourceArn"]].flat();
      expect(sourceArns.sort(), queue).toEqual(sendingRules.sort());
    }
  });

  test("quarantine reports go to the projector's dead-letter queue, which lets both rules send", async () => {
    const { quarantineSource } = await import("../packages/functions/src/fan-out/quarantine-report");
    const rule = recording.components.find((component) => component.type === "aws.cloudwatch.EventRule");
    expect(JSON.parse(String(rule?.args.eventPattern))).toEqual({ source: [quarantineSource] });
    const target = recording.components.find((component) => component.type === "aws.cloudwatch.EventTarget");
    expect(plain(target?.args)).toMatchObject({ arn: "{ProjectorDeadLetters.arn}" });
    const policy = recording.components.find((component) => component.name === "ProjectorDeadLettersPolicy");
    expect(String(policy?.args.policy)).toContain(`${rule?.name}.arn`);
  });
});

describe("the projector", () => {
  test("its rule matches the source the publisher sends, whatever the event", async () => {
    const { eventSource } = await import("../packages/functions/src/fan-out/bus-detail");
    const subscription = recording.subscriptions.find((candidate) => candidate.name === "Projector");
    expect(plain(subscription?.args)).toMatchObject({ pattern: { source: [eventSource] } });
    expect(plain(subscription?.args)).not.toHaveProperty("pattern.detailType");
  });
});

describe("the reactors", () => {
  const reactedBy = async (name: "membershipReactors" | "progressReactors") => {
    const reactors = await import("../packages/functions/src/composition/meetstream-modules");
    const stand = {} as never;
    return new Set(
      reactors[name]({ store: stand, documents: stand, keys: stand, clock: stand }).flatMap(
        (reactor) => reactor.eventTypes,
      ),
    );
  };

  test.each([
    ["Reactor", "membershipReactors"],
    ["ProgressReactions", "progressReactors"],
  ] as const)(
    "%s's rule matches the source the publisher sends and every event type its reactors react to",
    async (name, reactors) => {
      const { eventSource, pointerDetailType } = await import("../packages/functions/src/fan-out/bus-detail");
      const reacted = await reactedBy(reactors);
      const subscription = recording.subscriptions.find((candidate) => candidate.name === name);
      expect(plain(subscription?.args)).toMatchObject({
        pattern: { source: [eventSource], detailType: [...reacted, pointerDetailType] },
      });
    },
  );

  test("the local bus runs every reactor the subscribers share out, and none twice", async () => {
    const { meetstreamReactors } = await import("../packages/functions/src/composition/meetstream-modules");
    const stand = {} as never;
    const all = meetstreamReactors({ store: stand, documents: stand, keys: stand, clock: stand });
    expect(new Set(all.map((reactor) => reactor.name)).size).toBe(all.length);
    expect(new Set(all.flatMap((reactor) => reactor.eventTypes))).toEqual(
      new Set([...(await reactedBy("membershipReactors")), ...(await reactedBy("progressReactors"))]),
    );
  });

  test("the progress reactions have their own dead-letter queue, which their rule may send to", () => {
    const subscription = recording.subscriptions.find((candidate) => candidate.name === "ProgressReactions");
    expect(plain(subscription?.args)).toMatchObject({
      transform: { target: { deadLetterConfig: { arn: "{ProgressReactionsDeadLetters.arn}" } } },
    });
    const policy = recording.components.find(
      (component) => component.name === "ProgressReactionsDeadLettersPolicy",
    );
    expect(String(policy?.args.policy)).toContain("{ProgressReactions.rule.arn}");
  });

  test("one progress subscriber reacts to check-ins and revisions both", async () => {
    expect([...(await reactedBy("progressReactors"))].sort()).toEqual(["AttendeeCheckedIn", "PathRevised"]);
  });
});

describe("notifications", () => {
  const subscription = (name: string) => {
    const found = recording.subscriptions.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no subscription ${name}`);
    return found;
  };
  const functionNamed = (name: string) => {
    const found = recording.functions.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no function ${name}`);
    return plain(found.args) as Record<string, unknown> & {
      permissions?: { actions: string[]; resources: string[] }[];
    };
  };
  const componentNamed = (name: string) => {
    const found = recording.components.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no component ${name}`);
    return found;
  };

  test("the notifier's rule matches the source the publisher sends and exactly the event types the notifier reacts to", async () => {
    const { eventSource, pointerDetailType } = await import("../packages/functions/src/fan-out/bus-detail");
    const { notifierReactor } = await import("../packages/functions/src/composition/meetstream-modules");
    const stand = {} as never;
    const { eventTypes } = notifierReactor({
      store: stand,
      documents: stand,
      keys: stand,
      clock: stand,
      outbox: stand,
      scheduler: stand,
      send: stand,
    });
    const notifier = subscription("Notifier");
    expect(notifier.source).toBe("Bus");
    expect(plain(notifier.args)).toMatchObject({
      pattern: { source: [eventSource], detailType: [...eventTypes, pointerDetailType] },
    });
    expect(functionNamed(notifier.functionName).handler).toBe(
      "packages/functions/src/handlers/notifier.handler",
    );
  });

  test("the notifier dead-letters to its own queue, which its rule alone may send to", () => {
    expect(plain(subscription("Notifier").args)).toMatchObject({
      transform: { target: { deadLetterConfig: { arn: "{NotifierDeadLetters.arn}" } } },
    });
    expect(functionNamed("NotifierFunction")).toMatchObject({
      transform: {
        eventInvokeConfig: { destinationConfig: { onFailure: { destination: "{NotifierDeadLetters.arn}" } } },
      },
    });
    const policy = componentNamed("NotifierDeadLettersPolicy");
    expect(JSON.parse(String(policy.args.policy)).Statement[0].Condition).toEqual({
      ArnEquals: { "aws:SourceArn": "{Notifier.rule.arn}" },
    });
  });

  test("reminders live in a schedule group; Scheduler assumes a role, for that group's schedules only, that invokes the notifier and dead-letters to its queue", () => {
    expect(componentNamed("ReminderGroup").type).toBe("aws.scheduler.ScheduleGroup");
    const role = componentNamed("ReminderScheduler");
    expect(role.type).toBe("aws.iam.Role");
    expect(JSON.parse(String(role.args.assumeRolePolicy)).Statement).toEqual([
      {
        Effect: "Allow",
        Principal: { Service: "scheduler.amazonaws.com" },
        Action: "sts:AssumeRole",
        Condition: { ArnEquals: { "aws:SourceArn": "{ReminderGroup.arn}" } },
      },
    ]);
    const policy = componentNamed("ReminderSchedulerInvokesNotifier");
    expect(plain(policy.args).role).toBe("{ReminderScheduler.name}");
    expect(JSON.parse(String(policy.args.policy)).Statement).toEqual([
      { Effect: "Allow", Action: "lambda:InvokeFunction", Resource: "{Notifier.function.arn}" },
      { Effect: "Allow", Action: "sqs:SendMessage", Resource: "{NotifierDeadLetters.arn}" },
    ]);
  });

  test("the notifier sets, moves and deletes the group's schedules, hands Scheduler its role, and is told both by its link", async () => {
    const { schedulesOfGroup } = await import("./notifications");
    expect(
      schedulesOfGroup("arn:aws:scheduler:eu-west-1:123456789012:schedule-group/meetstream-reminders"),
    ).toBe("arn:aws:scheduler:eu-west-1:123456789012:schedule/meetstream-reminders/*");
    const permissions = functionNamed("NotifierFunction").permissions ?? [];
    expect(permissions).toContainEqual({
      actions: ["scheduler:CreateSchedule", "scheduler:UpdateSchedule", "scheduler:DeleteSchedule"],
      resources: [schedulesOfGroup("{ReminderGroup.arn}")],
    });
    expect(permissions).toContainEqual({ actions: ["iam:PassRole"], resources: ["{ReminderScheduler.arn}"] });
    const linkable = componentNamed("Reminders");
    expect(plain(linkable.args)).toEqual({
      properties: {
        groupName: "{ReminderGroup.name}",
        roleArn: "{ReminderScheduler.arn}",
        deadLetterArn: "{NotifierDeadLetters.arn}",
      },
    });
  });

  test("the outbox table is keyed and indexed as the DynamoDB outbox creates it for tests", async () => {
    const { createOutboxTable } = await import("../packages/core/src/outbox/dynamodb");
    let created: Record<string, unknown> = {};
    const client = {
      async send(command: { constructor: { name: string }; input: Record<string, unknown> }) {
        if (command.constructor.name === "CreateTableCommand") created = command.input;
        return { Table: { TableStatus: "ACTIVE", GlobalSecondaryIndexes: [] } };
      },
    };
    await createOutboxTable(client as never, "outbox");
    const table = componentNamed("Outbox");
    const types = { S: "string", N: "number" } as Record<string, string>;
    expect(table.args.fields).toEqual(
      Object.fromEntries(
        (created.AttributeDefinitions as { AttributeName: string; AttributeType: string }[]).map(
          ({ AttributeName, AttributeType }) => [AttributeName, types[AttributeType]],
        ),
      ),
    );
    const keySchema = (schema: { AttributeName: string; KeyType: string }[]) => ({
      hashKey: schema.find((key) => key.KeyType === "HASH")?.AttributeName,
      ...(schema.some((key) => key.KeyType === "RANGE")
        ? { rangeKey: schema.find((key) => key.KeyType === "RANGE")?.AttributeName }
        : {}),
    });
    expect(table.args.primaryIndex).toEqual(keySchema(created.KeySchema as never));
    const indexes = created.GlobalSecondaryIndexes as {
      IndexName: string;
      KeySchema: never;
      Projection: { ProjectionType: string };
    }[];
    expect(table.args.globalIndexes).toEqual(
      Object.fromEntries(
        indexes.map((index) => [
          index.IndexName,
          {
            ...keySchema(index.KeySchema),
            ...(index.Projection.ProjectionType === "KEYS_ONLY" ? { projection: "keys-only" } : {}),
          },
        ]),
      ),
    );
  });

  test("the retry sweep sends what is due in the outbox every minute, and is not retried by Lambda (the next minute is its retry)", () => {
    const cron = componentNamed("MessageRetries");
    expect(cron.type).toBe("sst.aws.Cron");
    expect(plain(cron.args)).toMatchObject({
      schedule: "rate(1 minute)",
      function: { handler: "packages/functions/src/handlers/message-retries.handler", retries: 0 },
    });
  });

  test("SES sends the configuration set's bounces and complaints to the default bus, where the mail feedback handler takes this stage's, with its own dead-letter queue", async () => {
    const { mailFeedbackDetailTypes, sesEventSource } = await import(
      "../packages/functions/src/mail/mail-feedback-events"
    );
    const mail = componentNamed("Mail");
    expect(plain(mail.args.events)).toEqual([
      { name: "Feedback", types: ["bounce", "complaint"], bus: "{DefaultBus.arn}" },
    ]);
    expect(plain(componentNamed("DefaultBus").args)).toEqual({ existing: "default" });
    const feedback = subscription("MailFeedback");
    expect(feedback.source).toBe("DefaultBus");
    expect(plain(feedback.args)).toMatchObject({
      pattern: {
        source: [sesEventSource],
        detailType: [...mailFeedbackDetailTypes],
        detail: { mail: { tags: { "ses:configuration-set": ["{Mail.configSet}"] } } },
      },
      transform: { target: { deadLetterConfig: { arn: "{MailFeedbackDeadLetters.arn}" } } },
    });
    expect(functionNamed(feedback.functionName).handler).toBe(
      "packages/functions/src/handlers/mail-feedback.handler",
    );
  });

  test("what mails members (the notifier and the sweep) is linked to SES; nothing else of notifications is", () => {
    const linked = recording.functions.filter((fn) => linksOf(fn.args).includes("Mail"));
    expect(linked.map((fn) => fn.name).sort()).toEqual(
      ["AuthIssuer", "MessageRetriesHandler", "NotifierFunction"].sort(),
    );
  });
});

describe("one origin", () => {
  test("the HTTP API throttles the whole API before any Lambda runs", () => {
    const api = recording.components.find((component) => component.name === "Api");
    expect(plain(api?.args)).toMatchObject({
      cors: false,
      transform: {
        stage: { defaultRouteSettings: { throttlingRateLimit: 500, throttlingBurstLimit: 1_000 } },
      },
    });
  });

  test("the router keeps GET /graphql and /feeds answers as long as their Cache-Control says, by query string and the headers that vary them", () => {
    const web = recording.components.find((component) => component.type === "sst.aws.Router");
    const policy = (plain(web?.args) as { transform: { cachePolicy: Record<string, unknown> } }).transform
      .cachePolicy;
    // A default age of 0: an answer without a Cache-Control of its own (a mutation's, a private one) is never kept.
    expect(policy).toMatchObject({
      defaultTtl: 0,
      minTtl: 0,
      parametersInCacheKeyAndForwardedToOrigin: {
        cookiesConfig: { cookieBehavior: "none" },
        queryStringsConfig: { queryStringBehavior: "all" },
        headersConfig: { headerBehavior: "whitelist" },
      },
    });
    const headers = (
      policy.parametersInCacheKeyAndForwardedToOrigin as { headersConfig: { headers: { items: string[] } } }
    ).headersConfig.headers.items;
    // Authorization in the key: a signed-in answer is never a visitor's, and the API receives the token at all.
    expect(headers).toEqual(expect.arrayContaining(["authorization", "accept", "x-forwarded-host"]));
    expect(recording.routes).toContainEqual(
      expect.objectContaining({ component: "Api", route: "GET /graphql" }),
    );
    expect(recording.routes).toContainEqual(
      expect.objectContaining({ component: "Api", route: "GET /feeds/{path+}" }),
    );
  });

  test("the router serves /graphql from the API and /auth from the issuer", () => {
    const routes = Object.fromEntries(
      recording.routes
        .filter((route) => route.component === "Web")
        .map((route) => [route.route, String(route.target)]),
    );
    expect(routes).toMatchObject({ "/graphql": "{Api.url}", "/auth": "{AuthIssuer.url}" });
  });

  test("the router sends the one-click unsubscribe to the API, and leaves the unsubscribe landing page to the web app", () => {
    expect(recording.routes).toContainEqual(
      expect.objectContaining({ component: "Api", route: "POST /unsubscribe/one-click" }),
    );
    const apiRoute = recording.routes.find((route) => route.route === "POST /unsubscribe/one-click");
    expect(String(apiRoute?.target)).toBe("{Unsubscribe.arn}");
    const routerRoutes = recording.routes.filter((route) => route.component === "Web");
    expect(
      routerRoutes
        .map((route) => [route.route, String(route.target)])
        .filter(([path]) => path?.startsWith("/unsubscribe")),
    ).toEqual([["/unsubscribe/one-click", "{Api.url}"]]);
    // Router routes match by prefix: none but the web app's default answers `/unsubscribe?token=…`.
    expect(routerRoutes.filter((route) => "/unsubscribe".startsWith(route.route))).toEqual([]);
    expect(readFileSync(join(root, "packages/web/src/app.tsx"), "utf8")).toMatch(/<Route path="unsubscribe"/);
  });

  test("the web app is the router's default, built from packages/web", () => {
    const site = recording.components.find((component) => component.type === "sst.aws.StaticSite");
    expect(site?.args).toMatchObject({ path: "packages/web", build: { output: "dist" } });
    expect(recording.nameOf((site?.args.router as { instance?: unknown } | undefined)?.instance)).toBe("Web");
  });
});

describe("uploads", () => {
  test("the router serves /blobs from the uploads bucket's blobs/, where only checked files are, never sniffed", async () => {
    const { servedPrefix } = await import("../packages/core/src/blob/s3");
    expect(servedPrefix).toBe("blobs/");
    const route = recording.routes.find(
      (candidate) => candidate.component === "Web" && candidate.route === "/blobs",
    );
    expect(recording.nameOf(route?.target)).toBe("Uploads");
    // No rewrite: `/blobs/<key>` reads the object `blobs/<key>`, never an unchecked upload under uploads/.
    expect(plain(route?.args)).not.toHaveProperty("rewrite");
    expect(JSON.stringify(route?.args)).toContain("x-content-type-options");
    expect(JSON.stringify(route?.args)).toContain("nosniff");
  });

  test("the bucket is read only by CloudFront, takes PUTs from the web origin with the signed headers, and forgets abandoned uploads", () => {
    const bucket = recording.components.find((component) => component.name === "Uploads");
    expect(plain(bucket?.args)).toEqual({
      access: "cloudfront",
      lifecycle: [{ prefix: "uploads/", expiresIn: "1 day" }],
      cors: {
        allowOrigins: ["{Web.url}"],
        allowMethods: ["PUT"],
        allowHeaders: ["content-type", "x-amz-meta-owner"],
        maxAge: "1 hour",
      },
    });
  });

  test("the API presigns uploads and checks them, the reactor deletes an erased member's photos: they alone are linked to the bucket", () => {
    const linked = recording.functions.filter((fn) => linksOf(fn.args).includes("Uploads"));
    expect(linked.map((fn) => fn.name).sort()).toEqual(["Graphql", "ReactorFunction"]);
  });
});

describe("webhooks", () => {
  test("the outbox table is keyed as core's DynamoDB outbox creates it for tests", async () => {
    const table = recording.components.find((component) => component.name === "WebhookOutbox");
    expect(table?.args).toMatchObject({
      primaryIndex: { hashKey: "key" },
      globalIndexes: {
        due: { hashKey: "dueShard", rangeKey: "dueAt", projection: "keys-only" },
        recipient: { hashKey: "recipient", rangeKey: "logSort" },
      },
    });
  });

  test("the dispatcher hears every event it turns into a delivery, and pointers that may stand for one", async () => {
    const { webhookDispatcher } = await import("../packages/core/src/webhook/index");
    const dispatched = webhookDispatcher({
      outbox: {} as never,
      documents: {} as never,
      appOrigin: "https://example.org",
      send: async () => {},
      meetups: { audienceOf: async () => undefined },
      communities: { byId: async () => undefined },
    }).eventTypes;
    const subscription = recording.subscriptions.find((candidate) => candidate.name === "Webhooks");
    const { pattern } = plain(subscription?.args) as { pattern: { source: string[]; detailType: string[] } };
    expect(pattern.source).toEqual(["meetstream"]);
    expect([...pattern.detailType].sort()).toEqual([...dispatched, "StreamAppended"].sort());
  });

  test("retries and redeliveries run every minute, on a function of their own", () => {
    const cron = recording.components.find((component) => component.name === "WebhookRetries");
    expect(cron).toMatchObject({ type: "sst.aws.Cron", args: { schedule: "rate(1 minute)" } });
    const retries = recording.functions.find((fn) => fn.name === "WebhookRetriesHandler");
    expect(retries?.args).toMatchObject({
      handler: "packages/functions/src/handlers/webhook-retries.handler",
      retries: 0,
      timeout: "1 minute",
    });
  });

  test("the API reads the delivery log from the same outbox", () => {
    const graphql = recording.functions.find((fn) => fn.name === "Graphql");
    expect(linksOf(graphql?.args ?? {})).toContain("WebhookOutbox");
  });
});
