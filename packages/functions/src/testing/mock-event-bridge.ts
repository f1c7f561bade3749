import type {
  PutEventsCommand,
  PutEventsCommandOutput,
  PutEventsRequestEntry,
  PutEventsResultEntry,
} from "@aws-sdk/client-eventbridge";
import type { EventBridgeEvent } from "aws-lambda";
import type { PutEventsClient } from "../fan-out/event-publisher";

/** How the mock answers one call: accept all (undefined), refuse some entries, or fail the call. */
export type MockAnswer = undefined | { refuse: (index: number) => boolean } | Error;

/**
 * A mock EventBridge client (EventBridge has no in-process stand-in): it records every PutEvents request,
 * answers as `answer` says for that call (numbered from 1), and keeps the entries it accepted, which a
 * test hands on to the bus's targets as EventBridge would.
 */
export function mockEventBridge(
  answer: (call: number, entries: PutEventsRequestEntry[]) => MockAnswer = () => undefined,
) {
  const requests: PutEventsRequestEntry[][] = [];
  const accepted: PutEventsRequestEntry[] = [];
  const client: PutEventsClient = {
    async send(command: PutEventsCommand): Promise<PutEventsCommandOutput> {
      const entries = command.input.Entries ?? [];
      requests.push(entries);
      const outcome = answer(requests.length, entries);
      if (outcome instanceof Error) throw outcome;
      const results = entries.map((entry, index): PutEventsResultEntry => {
        if (outcome?.refuse(index))
          return { ErrorCode: "InternalFailure", ErrorMessage: "mock EventBridge refused this entry" };
        accepted.push(entry);
        return { EventId: crypto.randomUUID() };
      });
      return {
        $metadata: {},
        FailedEntryCount: results.filter((result) => result.ErrorCode).length,
        Entries: results,
      };
    },
  };
  return {
    client,
    requests,
    accepted,
    /** The accepted entries not taken yet, as EventBridge would deliver them to a rule's target. */
    takeDeliveries(): EventBridgeEvent<string, unknown>[] {
      return accepted.splice(0).map(eventOfEntry);
    },
  };
}

/** The event EventBridge makes of an entry for a rule's target. */
export const eventOfEntry = (entry: PutEventsRequestEntry): EventBridgeEvent<string, unknown> => ({
  version: "0",
  id: crypto.randomUUID(),
  "detail-type": entry.DetailType ?? "",
  source: entry.Source ?? "",
  account: "000000000000",
  time: (entry.Time ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z"),
  region: "local",
  resources: entry.Resources ?? [],
  detail: JSON.parse(entry.Detail ?? "{}"),
});
