import { MeetstreamError } from "../errors/meetstream-error";

/** Handles are unique across members: another member holds this one. */
export class HandleTaken extends MeetstreamError {
  readonly code = "HANDLE_TAKEN";

  constructor(readonly handle: string) {
    super(`the handle ${JSON.stringify(handle)} is taken`);
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
    super(`there is no member ${JSON.stringify(memberId)}`);
  }
}

/** An erased member is gone for good: they cannot change, and nothing new is recorded about them. */
export class MemberErased extends MeetstreamError {
  readonly code = "MEMBER_ERASED";

  constructor(readonly memberId: string) {
    super(`member ${memberId} was erased`);
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
    super(`${actor} may not change the profile of member ${memberId}`);
  }
}
