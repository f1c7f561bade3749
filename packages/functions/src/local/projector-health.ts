import type { DocumentStore } from "@meetstream/core/documents";
import type { GlobalLog } from "@meetstream/core/eventstore";
import { quarantinedStreams } from "@meetstream/core/projection/quarantine";
import type { ProjectorPosition } from "../stores/projector-position";
import type { InProcessBus } from "./in-process-bus";

export interface ProjectorHealth {
  /** Nothing set aside, and the projector has handled the whole log (or is handling it right now). */
  ok: boolean;
  lastPosition: number;
  projectorPosition: number;
  /** Behind the log with no append or drain under way: the last drain failed, and waits for a retry. */
  lagging: boolean;
  quarantined: {
    projection: string;
    streamId: string;
    version: number;
    eventType?: string;
    error: string;
    quarantinedAt: string;
  }[];
}

/**
 * What `GET /health` answers. Unhealthy is what needs a person: a quarantined stream stays stale until
 * someone fixes the code or the event and runs `pnpm cli retry-quarantined`, and a projector behind the log
 * while idle has met an error that will not pass until the next append or start. Being behind while a
 * drain runs is normal work under load, so it does not count.
 */
export function projectorHealth(options: {
  log: GlobalLog;
  position: ProjectorPosition;
  bus: Pick<InProcessBus, "busy">;
  documents: DocumentStore;
}): () => Promise<ProjectorHealth> {
  return async () => {
    // Busy is read first: a drain that ends between the two readings can only make the answer healthier.
    const busy = options.bus.busy();
    const lastPosition = await options.log.lastPosition();
    const projectorPosition = options.position.read();
    const lagging = projectorPosition < lastPosition && !busy && !options.bus.busy();
    const quarantined = (await quarantinedStreams(options.documents)).map((record) => ({
      projection: record.projection,
      streamId: record.streamId,
      version: record.version,
      ...(record.event ? { eventType: record.event.type } : {}),
      error: record.error.code ?? record.error.name,
      quarantinedAt: record.quarantinedAt,
    }));
    return {
      ok: quarantined.length === 0 && !lagging,
      lastPosition,
      projectorPosition,
      lagging,
      quarantined,
    };
  };
}
