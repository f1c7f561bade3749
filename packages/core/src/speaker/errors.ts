import { MeetstreamError } from "../errors/meetstream-error";

/* Messages reach people as they are: plain words, no ids (those stay as properties, for logs). */

export interface SpeakerProfileIssue {
  path: (string | number)[];
  message: string;
}

/** A change that breaks the speaker profile rules (see `speaker-input.ts`); nothing was changed. */
export class InvalidSpeakerProfile extends MeetstreamError {
  readonly code = "INVALID_SPEAKER_PROFILE";

  constructor(readonly issues: readonly SpeakerProfileIssue[]) {
    super(
      `the speaker profile is invalid: ${issues.map((issue) => `${issue.path.join(".") || "profile"}: ${issue.message}`).join("; ")}`,
    );
  }
}

/** A speaker profile is changed only by the member it belongs to. */
export class NotYourSpeakerProfile extends MeetstreamError {
  readonly code = "NOT_YOUR_SPEAKER_PROFILE";

  constructor(
    readonly memberId: string,
    readonly actor: string,
  ) {
    super("You may change only your own speaker profile.");
  }
}

/** Only a registered member, not erased, has a speaker profile. */
export class SpeakerNotFound extends MeetstreamError {
  readonly code = "SPEAKER_NOT_FOUND";

  constructor(readonly memberId: string) {
    super("There is no such member.");
  }
}
