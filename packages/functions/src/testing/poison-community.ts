import { CommunityFounded } from "@meetstream/core/community";
import { newId } from "@meetstream/core/ids/new-id";
import { catalog } from "../cli/cli-stores";
import { openLocalStores } from "../stores/local-stores";

/**
 * A community founded by an old client straight into the log, past the API's checks: its name holds a
 * lone surrogate, which folds, but cannot be an index key (the communities list sorts by name).
 */
export async function plantPoisonCommunity(folder: string, slug: string): Promise<string> {
  const stores = openLocalStores(folder, catalog);
  try {
    const communityId = newId();
    await stores.events.append(
      `community-${communityId}`,
      [
        {
          id: newId(),
          ...CommunityFounded({
            name: `Poison \uD800 ${slug}`,
            slug,
            description: "",
            tags: [],
            joinMode: "open",
            founderId: newId(),
            foundedAt: "2026-01-01T00:00:00.000Z",
          }),
          meta: {
            actor: "an old client",
            occurredAt: "2026-01-01T00:00:00.000Z",
            correlationId: newId(),
            causationId: null,
          },
        },
      ],
      { expectedVersion: "no stream" },
    );
    return `community-${communityId}`;
  } finally {
    stores.close();
  }
}
