/**
 * What the meetup context needs from communities: a member's standing, read strongly consistently (from
 * the community's stream), because it authorizes writes. `communityModule(...)` provides it.
 */
export type CommunityStanding = "organiser" | "host" | "member" | "pending";

export interface CommunityRoles {
  roleOf(communityId: string, memberId: string): Promise<CommunityStanding | null>;
}
