import { HandleTaken, InvalidProfile, MemberErased, type ProfileIssue } from "@meetstream/core/member/errors";
import { builder } from "./builder";

/** The mutation needs a signed-in member and the request carried no access token. */
export class NotSignedIn extends Error {
  readonly code = "NOT_SIGNED_IN";

  constructor() {
    super("Sign in first.");
    this.name = "NotSignedIn";
  }
}

/**
 * Every rejection a mutation can return in its result union. Clients can always ask for
 * `... on Error { code message }` and add fragments for the rejections they handle in detail.
 */
export const ErrorInterface = builder.interfaceRef<Error & { code: string }>("Error").implement({
  description: "A rejection: the request was understood, and refused by a rule of the domain.",
  fields: (t) => ({
    code: t.exposeString("code", { description: "Stable and machine-readable, e.g. HANDLE_TAKEN." }),
    message: t.exposeString("message", { description: "For people; may change." }),
  }),
});

builder.objectType(NotSignedIn, {
  name: "NotSignedIn",
  description: "Only a signed-in member may do this.",
  interfaces: [ErrorInterface],
});

builder.objectType(MemberErased, {
  name: "MemberErased",
  description: "The member was erased: nothing about them can change any more.",
  interfaces: [ErrorInterface],
});

builder.objectType(HandleTaken, {
  name: "HandleTaken",
  description: "Another member holds this handle.",
  interfaces: [ErrorInterface],
  // Not `handle`: Member.handle is nullable, and one selection on the union may not ask for both types.
  fields: (t) => ({ takenHandle: t.exposeString("handle") }),
});

const ProfileIssueRef = builder.objectRef<ProfileIssue>("ProfileIssue").implement({
  description: "One rule a profile change breaks.",
  fields: (t) => ({
    path: t.stringList({
      description: 'Where in the input, e.g. ["links", "0", "url"]; empty for the input as a whole.',
      resolve: (issue) => issue.path.map(String),
    }),
    message: t.exposeString("message"),
  }),
});

builder.objectType(InvalidProfile, {
  name: "InvalidProfile",
  description: "The profile change breaks profile rules; nothing was changed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ issues: t.field({ type: [ProfileIssueRef], resolve: (error) => [...error.issues] }) }),
});
