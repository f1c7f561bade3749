import { MeetstreamError } from "../errors/meetstream-error";

/* Messages reach people as they are: plain words, no ids (those stay as properties, for logs). */

/** Handles are unique across members: another member holds this one. */
export class HandleTaken extends MeetstreamError {
  readonly code = "HANDLE_TAKEN";

  constructor(readonly handle: string) {
    super(`The handle ${JSON.stringify(handle)} is taken by another member.`);
  }
}

export interface ProfileIssue {
  path: (string | number)[];
  message: string;
}

/** A profile change that breaks the profile rules (see `profile-input.ts`); nothing was changed. */
export class InvalidProfile extends MeetstreamError {
  readonly code = "INVALID_PROFILE";

  constructor(readonly issues: readonly ProfileIssue[]) {
    super(
      `the profile is invalid: ${issues.map((issue) => `${issue.path.join(".") || "profile"}: ${issue.message}`).join("; ")}`,
    );
  }
}

export class MemberNotFound extends MeetstreamError {
  readonly code = "MEMBER_NOT_FOUND";

  constructor(readonly memberId: string) {
    super("There is no such member.");
  }
}

/** An erased member is gone for good: they cannot change, and nothing new is recorded about them. */
export class MemberErased extends MeetstreamError {
  readonly code = "MEMBER_ERASED";

  constructor(readonly memberId: string) {
    super("This account was erased.");
  }
}

export class InvalidEmail extends MeetstreamError {
  readonly code = "INVALID_EMAIL";

  constructor() {
    // The address itself stays out of the message: messages end up in logs.
    super("that is not an email address");
  }
}

/** A member's profile is changed or erased only by the member themself, or by the system on their behalf. */
export class NotYourProfile extends MeetstreamError {
  readonly code = "NOT_YOUR_PROFILE";

  constructor(
    readonly memberId: string,
    readonly actor: string,
  ) {
    super("You may change only your own profile.");
  }
}
