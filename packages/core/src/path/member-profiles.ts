/**
 * What paths need of members: whether a curator was erased (their id stays in the path: the path is not
 * personal data, and readers see "erased member"). `memberModule(...)` provides it.
 */
export interface MemberProfiles {
  byIds(memberIds: readonly string[]): Promise<({ erased: boolean } | undefined)[]>;
}
