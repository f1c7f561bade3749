import type { KeyStore } from "../keys/key-store";
import type { Reactor } from "../reactor/reactor";

/**
 * Finishes every erasure, whoever asked for it and however far it got: `erase` records the erasure first
 * and deletes the key after, and a process that stops in between leaves the personal data readable. The
 * member can no longer ask again (the API refuses an erased member), so the recorded erasure itself
 * deletes the key. Deleting a key that is gone does nothing: a redelivered erasure is harmless.
 */
export function erasureFinishedReactor({ keys }: { keys: Pick<KeyStore, "delete"> }): Reactor {
  return {
    name: "erasure-finished",
    eventTypes: ["MemberErased"],
    react: (event) => keys.delete(event.streamId.slice("member-".length)),
  };
}
