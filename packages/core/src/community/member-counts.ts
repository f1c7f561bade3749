import type { DocumentStore } from "../documents/document-store";
import { readCounters } from "../projection/projected-counter";
import { htmlOfDescription } from "../text/markdown";
import type { CommunitySummary } from "./community";
import { type CommunityProfile, memberCountKey } from "./documents";

/**
 * Each profile with its member count, projected from its membership streams, and its description's HTML
 * (rendered now for a profile folded from the stream or projected before descriptions were rendered).
 */
export async function withMemberCounts(
  documents: DocumentStore,
  profiles: readonly CommunityProfile[],
): Promise<CommunitySummary[]> {
  const counts = await readCounters(
    documents,
    profiles.map((profile) => memberCountKey(profile.id)),
  );
  return profiles.map((profile, position) => ({
    ...profile,
    descriptionHtml: htmlOfDescription(profile),
    memberCount: counts[position] ?? 0,
  }));
}
