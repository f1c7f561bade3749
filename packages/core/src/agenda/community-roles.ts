/**
 * What the agenda needs of communities: whether a member organises one, read strongly consistently (from
 * the community's stream) because it authorizes writes and the draft. `communityModule(...)` provides it.
 */
export interface CommunityRoles {
  roleOf(communityId: string, memberId: string): Promise<string | null>;
}
