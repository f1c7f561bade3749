import { addResolversToSchema } from "@graphql-tools/schema";
import { buildASTSchema } from "graphql";
import { agendaResolvers } from "./agenda";
import { agendaMutationResolvers } from "./agenda-mutations";
import { agendaRejectionResolvers } from "./agenda-rejections";
import { apiTokenResolvers } from "./api-token";
import { attachmentResolvers } from "./attachments";
import { blobMutationResolvers } from "./blob-mutations";
import { calendarFeedResolvers } from "./calendar-feed";
import { communityResolvers } from "./community";
import { communityMutationResolvers } from "./community-mutations";
import { communityRejectionResolvers } from "./community-rejections";
import { meetupResolvers } from "./meetup";
import { meetupMutationResolvers } from "./meetup-mutations";
import { meetupRejectionResolvers } from "./meetup-rejections";
import { memberResolvers } from "./member";
import { notificationResolvers } from "./notification";
import { notificationMutationResolvers } from "./notification-mutations";
import { notificationRejectionResolvers } from "./notification-rejections";
import { pathResolvers } from "./path";
import { pathMutationResolvers } from "./path-mutations";
import { pathRejectionResolvers } from "./path-rejections";
import { profileMutationResolvers } from "./profile-mutations";
import { progressResolvers } from "./progress";
import { progressMutationResolvers } from "./progress-mutations";
import { progressRejectionResolvers } from "./progress-rejections";
import { rejectionResolvers } from "./rejections";
import { relayResolvers } from "./relay";
import type { ContextResolvers, Resolvers } from "./resolvers";
import { schemaDocument } from "./schema-document";
import { speakerResolvers } from "./speaker";
import { speakerMutationResolvers } from "./speaker-mutations";
import { talkResolvers } from "./talk";
import { talkMutationResolvers } from "./talk-mutations";
import { talkRejectionResolvers } from "./talk-rejections";
import { webhookResolvers } from "./webhook";
import { webhookMutationResolvers } from "./webhook-mutations";

/** Each context's resolvers in one map; two modules resolving the same field is a mistake, caught here. */
function mergedResolvers(...maps: readonly ContextResolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps)
    for (const [typeName, fields] of Object.entries(map)) {
      const type = merged[typeName] ?? {};
      merged[typeName] = type;
      for (const [fieldName, resolver] of Object.entries(fields)) {
        if (fieldName in type) throw new Error(`${typeName}.${fieldName} is resolved twice`);
        type[fieldName] = resolver;
      }
    }
  return merged as Resolvers;
}

/**
 * The whole API: schema.graphql (parsed when it was written, see write-schema-document.ts) with each
 * context's resolvers attached in place. Resolvers for a type or field the SDL lacks fail here; what a cold
 * start need not check again (the SDL's validity, a type resolver for every union and interface) the
 * schema's tests check once.
 */
export const schema = addResolversToSchema({
  schema: buildASTSchema(schemaDocument, { assumeValidSDL: true, assumeValid: true }),
  resolvers: mergedResolvers(
    relayResolvers,
    rejectionResolvers,
    memberResolvers,
    profileMutationResolvers,
    communityRejectionResolvers,
    communityResolvers,
    communityMutationResolvers,
    meetupRejectionResolvers,
    meetupResolvers,
    meetupMutationResolvers,
    calendarFeedResolvers,
    blobMutationResolvers,
    speakerResolvers,
    speakerMutationResolvers,
    talkRejectionResolvers,
    talkResolvers,
    talkMutationResolvers,
    attachmentResolvers,
    agendaRejectionResolvers,
    agendaResolvers,
    agendaMutationResolvers,
    pathRejectionResolvers,
    pathResolvers,
    pathMutationResolvers,
    progressRejectionResolvers,
    progressResolvers,
    progressMutationResolvers,
    notificationRejectionResolvers,
    notificationResolvers,
    notificationMutationResolvers,
    webhookResolvers,
    webhookMutationResolvers,
    apiTokenResolvers,
  ),
  updateResolversInPlace: true,
  resolverValidationOptions: { requireResolversToMatchSchema: "error" },
});
