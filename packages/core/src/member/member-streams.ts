/** A member's own stream: their registration, profile and erasure. */
export const memberStream = (memberId: string) => `member-${memberId}`;

/** The stream that holds a handle's reservation. */
export const handleStream = (handle: string) => `handle-${handle}`;
