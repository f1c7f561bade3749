/**
 * What the meetup context needs from members: whether one was erased. An erased member reaches nothing,
 * whatever RSVP or role the log still gives them. `memberModule(...)` provides it.
 */
export interface MemberStatus {
  isErased(memberId: string): Promise<boolean>;
}
