/**
 * What paths need of communities: a member's standing in one, read strongly consistently (from the
 * community's stream), because it authorizes writes (a community path's organisers change it too) and
 * the reading of drafts. `communityModule(...)` provides it.
 */
export type PathCommunityStanding = "organiser" | "host" | "member" | "pending";

export interface CommunityRoles {
  roleOf(communityId: string, memberId: string): Promise<PathCommunityStanding | null>;
}

/**
 * The viewer's standing, as the caller already holds it for the viewer of this read (a GraphQL request
 * reads it once per community for all its fields): without it, each read asks `roleOf` itself.
 */
export type ViewerStandings = (communityId: string) => Promise<PathCommunityStanding | null>;
