/**
 * What the talk context needs from members: who holds a handle, to invite co-speakers by it.
 * `memberModule(...)` provides it (an erased member holds none).
 */
export interface MemberHandles {
  byHandle(handle: string): Promise<{ id: string } | undefined>;
}
