import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { Logger } from "@aws-lambda-powertools/logger";
import { CommunityFounded, communityKey } from "@meetstream/core/community";
import type { EventStore } from "@meetstream/core/eventstore";
import { newId } from "@meetstream/core/ids/new-id";
import { quarantinedStreams } from "@meetstream/core/projection/quarantine";
import { type LocalDynamo, startDynalite } from "@meetstream/core/testing/dynalite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { busEntries } from "../fan-out/bus-entries";
import { quarantineDetailType, quarantineReporter, quarantineSource } from "../fan-out/quarantine-report";
import { openAwsStores } from "../stores/aws-stores";
import { createTables, tableNames, tableOptions } from "../testing/dynamo-tables";
import { lambdaContext } from "../testing/lambda-context";
import { eventOfEntry, mockEventBridge } from "../testing/mock-event-bridge";
import { awsProjector } from "./aws-projector";
import { projectingStore } from "./projecting-store";
import { createProjectorHandler } from "./projector-handler";

let dynamo: LocalDynamo;
const tables = tableNames("events", "documents", "keys");
beforeAll(async () => {
  dynamo = await startDynalite();
  await createTables(dynamo.client, tables);
});
afterAll(async () => {
  await dynamo.stop();
});

const logger = new Logger({ serviceName: "projector-test", logLevel: "SILENT" });
const noWaiting = { sleep: async () => {}, random: () => 0.5 };

/**
 * A community founded straight into the event table by an old client, or through `via` as the API appends;
 * its bus event as EventBridge delivers it to the projector.
 */
async function founded(name: string, via?: { store: EventStore; actor: string }) {
  const store = via?.store ?? openAwsStores(dynamo.client, tables).store;
  const communityId = newId();
  const streamId = `community-${communityId}`;
  const meta = {
    actor: via?.actor ?? "an old client",
    occurredAt: new Date().toISOString(),
    correlationId: newId(),
    causationId: null,
  };
  const event = CommunityFounded({
    name,
    slug: `club-${communityId.slice(-8)}`,
    description: "",
    tags: [],
    joinMode: "open",
    founderId: newId(),
    foundedAt: meta.occurredAt,
  });
  await store.append(streamId, [{ id: newId(), ...event, meta }], { expectedVersion: "no stream" });
  const [entry] = busEntries(await store.readStream(streamId), "Bus");
  if (!entry) throw new Error("no bus entry");
  return { communityId, streamId, delivery: eventOfEntry(entry) };
}

/** The projector handler as the Lambda wires it, reporting each stream it quarantines through `bridge`. */
const reportingHandler = (bridge: ReturnType<typeof mockEventBridge>) =>
  createProjectorHandler({
    projector: awsProjector(dynamo.client, tables, {
      onQuarantined: quarantineReporter({
        eventBridge: bridge.client,
        busName: "Bus",
        logger,
        retry: noWaiting,
      }),
    }),
    logger,
  });

describe("the projector handler (with a mock EventBridge client for the dead-letter report)", () => {
  test("a poison event is quarantined in DynamoDB and reported to the dead-letter queue, and the invocation succeeds", async () => {
    const bridge = mockEventBridge();
    const handler = reportingHandler(bridge);
    const poison = await founded("Poison \uD800 club");
    const healthy = await founded("Healthy club");

    await expect(handler(poison.delivery, lambdaContext("projector"))).resolves.toBeUndefined();
    await handler(healthy.delivery, lambdaContext("projector"));
    // EventBridge delivers at least once: the same entry again is skipped, and not reported twice.
    await handler(poison.delivery, lambdaContext("projector"));

    const { documents } = openAwsStores(dynamo.client, tables);
    expect(await quarantinedStreams(documents)).toMatchObject([
      { projection: "communities", streamId: poison.streamId, error: { code: "INVALID_DOCUMENT" } },
    ]);
    expect(await documents.get(communityKey(healthy.communityId))).toMatchObject({
      body: { name: "Healthy club" },
    });
    expect(bridge.accepted).toHaveLength(1);
    expect(bridge.accepted[0]).toMatchObject({
      EventBusName: "Bus",
      Source: quarantineSource,
      DetailType: quarantineDetailType,
    });
    expect(JSON.parse(bridge.accepted[0]?.Detail ?? "")).toMatchObject({
      streamId: poison.streamId,
      event: { type: "CommunityFounded", version: 1 },
    });
  });

  test("the API's projection after its own append leaves the poison to the projector Lambda, which reports it", async () => {
    const bridge = mockEventBridge();
    const { store, documents } = openAwsStores(dynamo.client, tables);
    const apiErrors: unknown[] = [];
    const api = projectingStore(store, awsProjector(dynamo.client, tables), (error) => apiErrors.push(error));
    const { streamId, delivery } = await founded("Poison \uD83D straight from the API", {
      store: api,
      actor: "member-1",
    });
    expect(apiErrors).toMatchObject([{ code: "INVALID_DOCUMENT" }]);
    expect((await quarantinedStreams(documents)).map((record) => record.streamId)).not.toContain(streamId);

    await reportingHandler(bridge)(delivery, lambdaContext("projector"));
    expect((await quarantinedStreams(documents)).map((record) => record.streamId)).toContain(streamId);
    expect(bridge.accepted.map((reported) => JSON.parse(reported.Detail ?? "").streamId)).toEqual([streamId]);
  });

  test("pnpm cli retry-quarantined reads the tables the Lambda quarantined in, and lists what still fails", async () => {
    const { documents } = openAwsStores(dynamo.client, tables);
    const quarantined = await quarantinedStreams(documents);
    expect(quarantined.length).toBeGreaterThan(0);
    // Not spawnSync: dynalite answers from this very process, which must stay free to answer.
    const retried = await promisify(execFile)(
      process.execPath,
      [
        "--import",
        "tsx",
        join(import.meta.dirname, "../cli/main.ts"),
        "retry-quarantined",
        ...tableOptions(tables),
        ...["--dynamodb-endpoint", dynamo.endpoint],
      ],
      {
        encoding: "utf8",
        timeout: 60_000,
        env: {
          ...process.env,
          AWS_REGION: "eu-west-1",
          AWS_ACCESS_KEY_ID: "local",
          AWS_SECRET_ACCESS_KEY: "local",
        },
      },
    ).then(
      ({ stdout }) => ({ status: 0, stdout }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        status: error.code,
        stdout: error.stdout ?? "",
        stderr: error.stderr,
      }),
    );
    expect(retried.status).toBe(1);
    expect(retried.stdout).toContain(`lifted 0 quarantined streams, ${quarantined.length} still quarantined`);
    for (const record of quarantined) expect(retried.stdout).toContain(`${record.streamId} (communities)`);
  });

  test("a report EventBridge refuses fails the invocation, and its retry reports again", async () => {
    let refusing = true;
    const bridge = mockEventBridge(() => (refusing ? new Error("EventBridge is unavailable") : undefined));
    const handler = reportingHandler(bridge);
    const poison = await founded("Poison \uDC00 again");

    await expect(handler(poison.delivery, lambdaContext("projector"))).rejects.toThrow(
      "EventBridge is unavailable",
    );
    refusing = false;
    await handler(poison.delivery, lambdaContext("projector"));
    expect(bridge.accepted.map((entry) => JSON.parse(entry.Detail ?? "").streamId)).toEqual([
      poison.streamId,
    ]);
  });
});
