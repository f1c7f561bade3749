import { Logger } from "@aws-lambda-powertools/logger";
import type { EventEnvelope, EventStore } from "@meetstream/core/eventstore";
import type { Reactor } from "@meetstream/core/reactor/reactor";
import { describe, expect, test } from "vitest";
import { eventSource } from "../fan-out/bus-detail";
import { lambdaContext } from "../testing/lambda-context";
import { createReactorHandler } from "./reactor-handler";

const logger = new Logger({ serviceName: "reactor-test", logLevel: "SILENT" });

const memberLeft: EventEnvelope = {
  id: "event-1",
  streamId: "member-ann",
  version: 3,
  type: "MemberLeft",
  schemaVersion: 1,
  data: { communityId: "community-1" },
  meta: {
    actor: "ann",
    occurredAt: "2027-03-01T10:00:00.000Z",
    correlationId: "correlation-1",
    causationId: null,
  },
};

/** The event as a rule delivers it to the subscriber. */
const delivery = {
  id: "delivery-1",
  source: eventSource,
  "detail-type": memberLeft.type,
  time: memberLeft.meta.occurredAt,
  detail: memberLeft,
};

const storeHolding = (...events: EventEnvelope[]): Pick<EventStore, "readStream"> => ({
  readStream: async () => events,
});

const reactor = (react: Reactor["react"]): Reactor => ({ name: "test", eventTypes: ["MemberLeft"], react });

// EventBridge invokes the subscriber asynchronously: only an invocation that fails is retried by Lambda and,
// at the end, sent to the dead-letter queue (infra/bus-dead-letters.ts). A failure swallowed here is lost.
describe("the reactor handler fails the invocation", () => {
  test("when a reactor fails", async () => {
    const handler = createReactorHandler({
      reactors: [
        reactor(async () => {
          throw new Error("the feed tokens table is unavailable");
        }),
      ],
      store: storeHolding(memberLeft),
      logger,
    });
    await expect(handler(delivery, lambdaContext("reactor"))).rejects.toThrow(
      "the feed tokens table is unavailable",
    );
  });

  test("when the events it names cannot be read", async () => {
    const handler = createReactorHandler({
      reactors: [reactor(async () => {})],
      store: {
        readStream: async () => {
          throw new Error("throttled");
        },
      },
      logger,
    });
    await expect(handler(delivery, lambdaContext("reactor"))).rejects.toThrow("throttled");
  });

  test("and succeeds once every reactor has reacted", async () => {
    const reacted: string[] = [];
    const handler = createReactorHandler({
      reactors: [reactor(async (event) => void reacted.push(event.id))],
      store: storeHolding(memberLeft),
      logger,
    });
    await handler(delivery, lambdaContext("reactor"));
    expect(reacted).toEqual([memberLeft.id]);
  });
});
