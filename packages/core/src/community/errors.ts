import { MeetstreamError } from "../errors/meetstream-error";

/*
 * A rejection's message reaches people as it is (the web app shows it): plain words, no ids. The ids stay
 * on the error as properties, for logs.
 */

/** Whom a rejection is about: the person who asked, or another member they acted on. */
export type Subject = "you" | "another member";

/** Slugs are unique across communities: another community holds this one. */
export class SlugTaken extends MeetstreamError {
  readonly code = "SLUG_TAKEN";

  constructor(readonly slug: string) {
    super(`The address ${JSON.stringify(slug)} is taken by another community.`);
  }
}

export interface CommunityIssue {
  path: (string | number)[];
  message: string;
}

/** Community details that break the community rules (see `community-input.ts`); nothing was changed. */
export class InvalidCommunity extends MeetstreamError {
  readonly code = "INVALID_COMMUNITY";

  constructor(readonly issues: readonly CommunityIssue[]) {
    super(
      `the community is invalid: ${issues.map((issue) => `${issue.path.join(".") || "community"}: ${issue.message}`).join("; ")}`,
    );
  }
}

export class CommunityNotFound extends MeetstreamError {
  readonly code = "COMMUNITY_NOT_FOUND";

  constructor(readonly communityId: string) {
    super("There is no such community.");
  }
}

/** Only an organiser of the community may do this. */
export class NotAnOrganiser extends MeetstreamError {
  readonly code = "NOT_AN_ORGANISER";

  constructor(
    readonly communityId: string,
    readonly actor: string,
  ) {
    super("Only an organiser of this community may do that.");
  }
}

/** The member is not a member of the community (a pending request is not a membership). */
export class NotAMember extends MeetstreamError {
  readonly code = "NOT_A_MEMBER";

  constructor(
    readonly communityId: string,
    readonly memberId: string,
    readonly subject: Subject = "you",
  ) {
    super(
      subject === "you"
        ? "You are not a member of this community."
        : "That person is not a member of this community.",
    );
  }
}

export class AlreadyAMember extends MeetstreamError {
  readonly code = "ALREADY_A_MEMBER";

  constructor(
    readonly communityId: string,
    readonly memberId: string,
  ) {
    super("You are already a member of this community.");
  }
}

/** A community always keeps at least one organiser: the last one cannot leave, be removed or step down. */
export class LastOrganiser extends MeetstreamError {
  readonly code = "LAST_ORGANISER";

  constructor(
    readonly communityId: string,
    readonly memberId: string,
    readonly subject: Subject = "you",
  ) {
    super(
      subject === "you"
        ? "You are this community's last organiser: appoint another organiser first."
        : "That person is this community's last organiser: appoint another organiser first.",
    );
  }
}

/** Only a pending request can be approved or declined. */
export class NoPendingRequest extends MeetstreamError {
  readonly code = "NO_PENDING_REQUEST";

  constructor(
    readonly communityId: string,
    readonly memberId: string,
  ) {
    super("That person has no pending request to join this community.");
  }
}

/** A community id is new: founding on an existing stream means the id was reused. */
export class CommunityAlreadyFounded extends MeetstreamError {
  readonly code = "COMMUNITY_ALREADY_FOUNDED";

  constructor(readonly communityId: string) {
    super("This community was founded already.");
  }
}
