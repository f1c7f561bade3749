/**
 * What the talk context needs from communities: a member's standing, read strongly consistently (from the
 * community's stream), because it authorizes writes and reads. `communityModule(...)` provides it.
 */
export type CommunityStanding = "organiser" | "host" | "member" | "pending";

export interface CommunityRoles {
  roleOf(communityId: string, memberId: string): Promise<CommunityStanding | null>;
}

export const isMember = (standing: CommunityStanding | null): boolean =>
  standing === "organiser" || standing === "host" || standing === "member";
