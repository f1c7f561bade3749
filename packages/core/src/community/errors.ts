import { MeetstreamError } from "../errors/meetstream-error";

/** Slugs are unique across communities: another community holds this one. */
export class SlugTaken extends MeetstreamError {
  readonly code = "SLUG_TAKEN";

  constructor(readonly slug: string) {
    super(`the slug ${JSON.stringify(slug)} is taken`);
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
    super(`there is no community ${JSON.stringify(communityId)}`);
  }
}

/** Only an organiser of the community may do this. */
export class NotAnOrganiser extends MeetstreamError {
  readonly code = "NOT_AN_ORGANISER";

  constructor(
    readonly communityId: string,
    readonly actor: string,
  ) {
    super(`${actor} is not an organiser of community ${communityId}`);
  }
}

/** The member is not a member of the community (a pending request is not a membership). */
export class NotAMember extends MeetstreamError {
  readonly code = "NOT_A_MEMBER";

  constructor(
    readonly communityId: string,
    readonly memberId: string,
  ) {
    super(`${memberId} is not a member of community ${communityId}`);
  }
}

export class AlreadyAMember extends MeetstreamError {
  readonly code = "ALREADY_A_MEMBER";

  constructor(
    readonly communityId: string,
    readonly memberId: string,
  ) {
    super(`${memberId} is already a member of community ${communityId}`);
  }
}

/** A community always keeps at least one organiser: the last one cannot leave, be removed or step down. */
export class LastOrganiser extends MeetstreamError {
  readonly code = "LAST_ORGANISER";

  constructor(
    readonly communityId: string,
    readonly memberId: string,
  ) {
    super(`${memberId} is the last organiser of community ${communityId}`);
  }
}

/** Only a pending request can be approved or declined. */
export class NoPendingRequest extends MeetstreamError {
  readonly code = "NO_PENDING_REQUEST";

  constructor(
    readonly communityId: string,
    readonly memberId: string,
  ) {
    super(`${memberId} has no pending request to join community ${communityId}`);
  }
}

/** A community id is new: founding on an existing stream means the id was reused. */
export class CommunityAlreadyFounded extends MeetstreamError {
  readonly code = "COMMUNITY_ALREADY_FOUNDED";

  constructor(readonly communityId: string) {
    super(`community ${communityId} was founded already`);
  }
}
