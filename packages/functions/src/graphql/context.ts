import type { MemberModule, MemberProfile } from "@meetstream/core/member/index";
import type DataLoader from "dataloader";
import type { Viewer } from "../auth/verify";

/** What the API uses of the member context. */
export type Members = Pick<MemberModule, "updateProfile" | "erase" | "emailOf" | "byIds" | "byHandle">;

/** What every resolver of one request sees. Loaders live here so that their batches and caches are per request. */
export interface GraphqlContext {
  viewer: Viewer;
  members: Members;
  /** Members by id, batched into one `byIds` per tick: a list of ten speakers costs one read, not ten. */
  memberById: DataLoader<string, MemberProfile | undefined>;
  /** Ends every sign-in of a member, as when they are erased. */
  revokeSessions(memberId: string): Promise<void>;
}
