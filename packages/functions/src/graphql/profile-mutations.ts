import type { ProfileInput } from "@meetstream/core/member";
import { HandleTaken, InvalidProfile, MemberErased } from "@meetstream/core/member";
import type { GraphqlContext } from "./context";
import { idempotencyKeyOf } from "./mutations";
import { NotSignedIn } from "./rejections";
import type { MutationResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { answeringRejections, resultOf } from "./results";

/** ProfileInput as GraphQL delivers it: any optional field may be null as well as left out. */
interface ProfileArguments {
  displayName?: string | null;
  handle?: string | null;
  bio?: string | null;
  links?: { label: string; url: string }[] | null;
  avatarUrl?: string | null;
}

/**
 * GraphQL lets a client send null for any optional field. Only the avatar can be removed; for the other
 * fields null means the same as leaving the field out.
 */
function profileInput(input: ProfileArguments): ProfileInput {
  const changes: ProfileInput = {};
  if (input.displayName != null) changes.displayName = input.displayName;
  if (input.handle != null) changes.handle = input.handle;
  if (input.bio != null) changes.bio = input.bio;
  if (input.links != null) changes.links = input.links.map(({ label, url }) => ({ label, url }));
  if (input.avatarUrl !== undefined) changes.avatarUrl = input.avatarUrl;
  return changes;
}

const mutation: MutationResolvers<GraphqlContext> = {
  updateProfile: answeringRejections(
    [NotSignedIn, InvalidProfile, HandleTaken, MemberErased],
    async (
      _root,
      args: { input: ProfileArguments; idempotencyKey?: string | null },
      { viewer, members, memberById },
    ) => {
      const idempotencyKey = idempotencyKeyOf(args);
      if (!viewer) throw new NotSignedIn();
      const profile = await members.updateProfile({
        memberId: viewer.memberId,
        actor: viewer.memberId,
        input: profileInput(args.input),
        idempotencyKey,
      });
      memberById.clear(profile.id).prime(profile.id, profile);
      return profile;
    },
  ),

  // The API refuses an erased member's token, so nobody asks twice: an erasure cut short is finished by
  // the erasure-finished reactor (member/erasure-finished.ts), and erasing again would be harmless.
  eraseMe: answeringRejections(
    [NotSignedIn],
    async (_root, _arguments, { viewer, members, memberById, revokeSessions }) => {
      if (!viewer) throw new NotSignedIn();
      await members.erase({ memberId: viewer.memberId, actor: viewer.memberId });
      await revokeSessions(viewer.memberId);
      memberById.clear(viewer.memberId);
      return { erased: true };
    },
  ),
};

export const profileMutationResolvers: ContextResolvers = {
  Mutation: mutation,
  UpdateProfileResult: { __resolveType: resultOf("Member") },
  EraseMeResult: { __resolveType: resultOf("EraseMeSuccess") },
};
