import { HandleTaken, InvalidProfile, MemberErased } from "@meetstream/core/member/errors";
import type { ProfileInput } from "@meetstream/core/member/profile";
import * as z from "@meetstream/core/validation/zod";
import { builder } from "./builder";
import { MemberRef } from "./member";
import { NotSignedIn } from "./rejections";

const LinkInput = builder.inputType("LinkInput", {
  fields: (t) => ({
    label: t.string({ required: true }),
    url: t.string({ required: true }),
  }),
});

const ProfileInputRef = builder.inputType("ProfileInput", {
  description: "The profile fields to change; a field left out keeps its value.",
  fields: (t) => ({
    displayName: t.string(),
    handle: t.string(),
    bio: t.string(),
    links: t.field({ type: [LinkInput], description: "Replaces every link." }),
    avatarUrl: t.string({ description: "null removes the avatar." }),
  }),
});

type ProfileArguments = typeof ProfileInputRef.$inferInput;

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

builder.mutationFields((t) => ({
  updateProfile: t.field({
    type: MemberRef,
    description: "Changes the signed-in member's profile and returns it as it now is.",
    args: {
      input: t.arg({ type: ProfileInputRef, required: true }),
      idempotencyKey: t.arg.string({
        description:
          "Any unique string (a UUID): a retry with the same key and input returns the first result and changes nothing again.",
        validate: z.string().check(z.minLength(1), z.maxLength(128)),
      }),
    },
    errors: {
      types: [NotSignedIn, InvalidProfile, HandleTaken, MemberErased],
      directResult: true,
      union: { name: "UpdateProfileResult" },
    },
    resolve: async (_root, { input, idempotencyKey }, { viewer, members, memberById }) => {
      if (!viewer) throw new NotSignedIn();
      const profile = await members.updateProfile({
        memberId: viewer.memberId,
        actor: viewer.memberId,
        input: profileInput(input),
        idempotencyKey: idempotencyKey ?? undefined,
      });
      memberById.clear(profile.id).prime(profile.id, profile);
      return profile;
    },
  }),

  eraseMe: t.field({
    type: "Boolean",
    description:
      "Erases the signed-in member for good: their personal data is made unreadable everywhere and every sign-in ends.",
    errors: {
      // Erasing an erased member again is not refused: it finishes an erasure that was cut short.
      types: [NotSignedIn],
      union: { name: "EraseMeResult" },
      result: { name: "EraseMeSuccess" },
      dataField: { name: "erased" },
    },
    resolve: async (_root, _arguments, { viewer, members, memberById, revokeSessions }) => {
      if (!viewer) throw new NotSignedIn();
      await members.erase({ memberId: viewer.memberId, actor: viewer.memberId });
      await revokeSessions(viewer.memberId);
      memberById.clear(viewer.memberId);
      return true;
    },
  }),
}));
