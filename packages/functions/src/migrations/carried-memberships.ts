import type { CommunityModule } from "@meetstream/core/community";
import type { EventStore } from "@meetstream/core/eventstore";
import type { ProjectorPosition } from "../stores/projector-position";

/**
 * Carries the memberships that community streams recorded, before memberships had streams of their own,
 * over to streams of their own: without it, today's code would not know those members. The local host runs
 * it once per data folder (`done` is 1 then); `pnpm cli migrate` runs it on DynamoDB tables, where no host
 * starts. Each community is carried over once however often it runs, so a run cut short is run again.
 *
 * Returns how many memberships were carried over.
 */
export async function carryOverEveryMembership(options: {
  store: EventStore;
  communities: Pick<CommunityModule, "carryOverMemberships">;
  done?: ProjectorPosition;
}): Promise<number> {
  if ((options.done?.read() ?? 0) >= 1) return 0;
  let carried = 0;
  let cursor: string | undefined;
  do {
    const page = await options.store.listStreams({ prefix: "community-", cursor, limit: 500 });
    for (const streamId of page.streamIds)
      carried += await options.communities.carryOverMemberships(streamId.slice("community-".length));
    cursor = page.cursor;
  } while (cursor);
  options.done?.write(1);
  return carried;
}
