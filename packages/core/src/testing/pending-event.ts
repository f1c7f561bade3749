import { newId } from "../ids/new-id";

/** The metadata of the events a test appends by hand. */
export const testMeta = {
  actor: "tester",
  occurredAt: "2026-05-01T10:00:00.000Z",
  correlationId: "request-1",
  causationId: null,
};

/** An event as a test appends it: an id of its own, and the test's metadata unless it says otherwise. */
export const pending = (event: { type: string; data: unknown }, meta = testMeta) => ({
  id: newId(),
  ...event,
  meta,
});
