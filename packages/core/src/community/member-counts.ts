import type { DocumentStore } from "../documents/document-store";
import { readCounters } from "../projection/projected-counter";
import type { CommunitySummary } from "./community";
import { type CommunityProfile, memberCountKey } from "./documents";

/** The community's member counts, projected from its membership streams, for each profile. */
export async function withMemberCounts(
  documents: DocumentStore,
  profiles: readonly CommunityProfile[],
): Promise<CommunitySummary[]> {
  const counts = await readCounters(
    documents,
    profiles.map((profile) => memberCountKey(profile.id)),
  );
  return profiles.map((profile, position) => ({ ...profile, memberCount: counts[position] ?? 0 }));
}
