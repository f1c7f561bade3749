import {
  AlreadyAMember,
  type CommunityIssue,
  CommunityNotFound,
  InvalidCommunity,
  LastOrganiser,
  NoPendingRequest,
  NotAMember,
  NotAnOrganiser,
  SlugTaken,
} from "@meetstream/core/community/index";
import { builder } from "./builder";
import { ErrorInterface } from "./rejections";

builder.objectType(SlugTaken, {
  name: "SlugTaken",
  description: "Another community holds this slug.",
  interfaces: [ErrorInterface],
  // Not `slug`: one selection on a result union may not ask for Community.slug and this with another meaning.
  fields: (t) => ({ takenSlug: t.exposeString("slug") }),
});

const CommunityIssueRef = builder.objectRef<CommunityIssue>("CommunityIssue").implement({
  description: "One rule a community's details break.",
  fields: (t) => ({
    path: t.stringList({
      description: 'Where in the input, e.g. ["tags", "2"]; empty for the input as a whole.',
      resolve: (issue) => issue.path.map(String),
    }),
    message: t.exposeString("message"),
  }),
});

builder.objectType(InvalidCommunity, {
  name: "InvalidCommunity",
  description: "The details break community rules; nothing was changed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ issues: t.field({ type: [CommunityIssueRef], resolve: (error) => [...error.issues] }) }),
});

builder.objectType(CommunityNotFound, {
  name: "CommunityNotFound",
  description: "There is no such community.",
  interfaces: [ErrorInterface],
});

builder.objectType(NotAnOrganiser, {
  name: "NotAnOrganiser",
  description: "Only an organiser of the community may do this.",
  interfaces: [ErrorInterface],
});

builder.objectType(NotAMember, {
  name: "NotAMember",
  description: "The member is not a member of the community (a pending request is not a membership).",
  interfaces: [ErrorInterface],
});

builder.objectType(AlreadyAMember, {
  name: "AlreadyAMember",
  description: "The member is a member of the community already.",
  interfaces: [ErrorInterface],
});

builder.objectType(LastOrganiser, {
  name: "LastOrganiser",
  description: "A community always keeps an organiser: the last one cannot leave, be removed or step down.",
  interfaces: [ErrorInterface],
});

builder.objectType(NoPendingRequest, {
  name: "NoPendingRequest",
  description: "The member has no pending request to join the community.",
  interfaces: [ErrorInterface],
});
