import {
  AlreadyAMember,
  CommunityNotFound,
  type CommunitySummary,
  type EditCommunityInput,
  InvalidCommunity,
  LastOrganiser,
  NoPendingRequest,
  NotAMember,
  NotAnOrganiser,
  SlugTaken,
} from "@meetstream/core/community/index";
import * as z from "@meetstream/core/validation/zod";
import { builder } from "./builder";
import { CommunityRef, JoinModeEnum } from "./community";
import type { GraphqlContext } from "./context";
import { MemberRef } from "./member";
import { NotSignedIn } from "./rejections";

const FoundCommunityInputRef = builder.inputType("FoundCommunityInput", {
  fields: (t) => ({
    name: t.string({ required: true, description: "3 to 80 characters." }),
    slug: t.string({
      required: true,
      description:
        "Unique: 3 to 40 lower-case letters, digits or hyphens, not starting or ending with a hyphen.",
    }),
    description: t.string({ description: "Markdown, up to 5,000 characters." }),
    tags: t.stringList({ description: "Up to 10, each 2 to 30 lower-case letters, digits or hyphens." }),
    joinMode: t.field({ type: JoinModeEnum, description: "Default OPEN." }),
  }),
});

const EditCommunityInputRef = builder.inputType("EditCommunityInput", {
  description: "The details to change; a field left out (or null) keeps its value.",
  fields: (t) => ({
    name: t.string(),
    slug: t.string({ description: "A new slug frees the old one for other communities." }),
    description: t.string(),
    tags: t.stringList({ description: "Replaces every tag." }),
    joinMode: t.field({
      type: JoinModeEnum,
      description: "Requests already pending stay pending when a community opens up.",
    }),
  }),
});

/** GraphQL lets a client send null for any optional field: here null means the same as leaving it out. */
const withoutNulls = <Input extends Record<string, unknown>>(input: Input) =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value != null));

const idempotencyKeyArgument = {
  description:
    "Any unique string (a UUID): a retry with the same key and input returns the first result and changes nothing again.",
  validate: z.string().check(z.minLength(1), z.maxLength(128)),
};

const communityRejections = [CommunityNotFound, NotAnOrganiser, NotAMember, LastOrganiser] as const;

/** The community as the mutation left it: the loaders answer the rest of the response from it. */
async function answered(community: CommunitySummary, context: GraphqlContext): Promise<CommunitySummary> {
  context.communityById.clear(community.id).prime(community.id, community);
  if (context.viewer)
    context.viewerStanding
      .clear(community.id)
      .prime(community.id, await context.communities.roleOf(community.id, context.viewer.memberId));
  return community;
}

function signedIn({ viewer }: GraphqlContext): string {
  if (!viewer) throw new NotSignedIn();
  return viewer.memberId;
}

type MemberAction =
  | "appointOrganiser"
  | "appointHost"
  | "revokeRole"
  | "approve"
  | "decline"
  | "removeMember";

builder.mutationFields((t) => {
  /** An organiser's action on one member of a community. */
  const onMember = (
    action: MemberAction,
    union: string,
    description: string,
    rejections: readonly (new (...parameters: never[]) => Error)[],
  ) =>
    t.field({
      type: CommunityRef,
      description,
      args: {
        communityId: t.arg.globalID({ required: true, for: CommunityRef }),
        memberId: t.arg.globalID({ required: true, for: MemberRef }),
        idempotencyKey: t.arg.string(idempotencyKeyArgument),
      },
      errors: { types: [NotSignedIn, ...rejections], directResult: true, union: { name: union } },
      resolve: async (_root, { communityId, memberId, idempotencyKey }, context) =>
        answered(
          await context.communities[action]({
            actor: signedIn(context),
            communityId: communityId.id,
            memberId: memberId.id,
            idempotencyKey: idempotencyKey ?? undefined,
          }),
          context,
        ),
    });

  return {
    foundCommunity: t.field({
      type: CommunityRef,
      description: "Founds a community; the signed-in member becomes its organiser.",
      args: {
        input: t.arg({ type: FoundCommunityInputRef, required: true }),
        idempotencyKey: t.arg.string(idempotencyKeyArgument),
      },
      errors: {
        types: [NotSignedIn, InvalidCommunity, SlugTaken],
        directResult: true,
        union: { name: "FoundCommunityResult" },
      },
      resolve: async (_root, { input, idempotencyKey }, context) =>
        answered(
          await context.communities.found({
            actor: signedIn(context),
            input: {
              name: input.name,
              slug: input.slug,
              ...withoutNulls({ description: input.description, tags: input.tags, joinMode: input.joinMode }),
            },
            idempotencyKey: idempotencyKey ?? undefined,
          }),
          context,
        ),
    }),

    editCommunity: t.field({
      type: CommunityRef,
      description: "Changes a community's details. Organisers only.",
      args: {
        communityId: t.arg.globalID({ required: true, for: CommunityRef }),
        input: t.arg({ type: EditCommunityInputRef, required: true }),
        idempotencyKey: t.arg.string(idempotencyKeyArgument),
      },
      errors: {
        types: [NotSignedIn, InvalidCommunity, SlugTaken, CommunityNotFound, NotAnOrganiser],
        directResult: true,
        union: { name: "EditCommunityResult" },
      },
      resolve: async (_root, { communityId, input, idempotencyKey }, context) =>
        answered(
          await context.communities.edit({
            actor: signedIn(context),
            communityId: communityId.id,
            input: withoutNulls(input) as EditCommunityInput,
            idempotencyKey: idempotencyKey ?? undefined,
          }),
          context,
        ),
    }),

    joinCommunity: t.field({
      type: CommunityRef,
      description:
        "Joins a community: a member at once if it is open, otherwise a pending request (see Community.viewerRole).",
      args: {
        communityId: t.arg.globalID({ required: true, for: CommunityRef }),
        idempotencyKey: t.arg.string(idempotencyKeyArgument),
      },
      errors: {
        types: [NotSignedIn, CommunityNotFound, AlreadyAMember],
        directResult: true,
        union: { name: "JoinCommunityResult" },
      },
      resolve: async (_root, { communityId, idempotencyKey }, context) =>
        answered(
          await context.communities.join({
            actor: signedIn(context),
            communityId: communityId.id,
            idempotencyKey: idempotencyKey ?? undefined,
          }),
          context,
        ),
    }),

    leaveCommunity: t.field({
      type: CommunityRef,
      description: "Leaves a community, or takes back a pending request to join it.",
      args: {
        communityId: t.arg.globalID({ required: true, for: CommunityRef }),
        idempotencyKey: t.arg.string(idempotencyKeyArgument),
      },
      errors: {
        types: [NotSignedIn, CommunityNotFound, NotAMember, LastOrganiser],
        directResult: true,
        union: { name: "LeaveCommunityResult" },
      },
      resolve: async (_root, { communityId, idempotencyKey }, context) =>
        answered(
          await context.communities.leave({
            actor: signedIn(context),
            communityId: communityId.id,
            idempotencyKey: idempotencyKey ?? undefined,
          }),
          context,
        ),
    }),

    approveMembership: onMember(
      "approve",
      "ApproveMembershipResult",
      "Approves a pending request to join. Organisers only.",
      [CommunityNotFound, NotAnOrganiser, NoPendingRequest],
    ),
    declineMembership: onMember(
      "decline",
      "DeclineMembershipResult",
      "Declines a pending request to join. Organisers only.",
      [CommunityNotFound, NotAnOrganiser, NoPendingRequest],
    ),
    removeMember: onMember(
      "removeMember",
      "RemoveMemberResult",
      "Removes a member from a community. Organisers only; the last organiser stays.",
      communityRejections,
    ),
    appointOrganiser: onMember(
      "appointOrganiser",
      "AppointOrganiserResult",
      "Makes a member an organiser. Organisers only.",
      [CommunityNotFound, NotAnOrganiser, NotAMember],
    ),
    appointHost: onMember(
      "appointHost",
      "AppointHostResult",
      "Makes a member a host (check-in and attendee lists at meetups). Organisers only.",
      communityRejections,
    ),
    revokeRole: onMember(
      "revokeRole",
      "RevokeRoleResult",
      "Makes an organiser or host a plain member again. Organisers only; the last organiser stays.",
      communityRejections,
    ),
  };
});
