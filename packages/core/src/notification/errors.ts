import { MeetstreamError } from "../errors/meetstream-error";

/* Messages reach people as they are: plain words, no ids (those stay as properties, for logs). */

/** An unsubscribe link this server did not make, or one changed on its way: nothing was changed. */
export class UnsubscribeLinkInvalid extends MeetstreamError {
  readonly code = "UNSUBSCRIBE_LINK_INVALID";

  constructor() {
    super(
      "This unsubscribe link is not valid: it may have been cut short or changed. Change what you get in your settings instead.",
    );
  }
}

/** A kind of message Meetstream does not send. */
export class UnknownMessageKind extends MeetstreamError {
  readonly code = "UNKNOWN_MESSAGE_KIND";

  constructor(readonly kind: string) {
    super("There is no such kind of message.");
  }
}

/** Settings are changed only by the member they belong to. */
export class NotYourNotificationSettings extends MeetstreamError {
  readonly code = "NOT_YOUR_NOTIFICATION_SETTINGS";

  constructor(
    readonly memberId: string,
    readonly actor: string,
  ) {
    super("You may change only your own notification settings.");
  }
}

/** No member (or an erased one) has these settings. */
export class NotificationMemberNotFound extends MeetstreamError {
  readonly code = "NOTIFICATION_MEMBER_NOT_FOUND";

  constructor(readonly memberId: string) {
    super("There is no such member.");
  }
}

/** A setting for a community that does not exist. */
export class UnknownNotificationCommunity extends MeetstreamError {
  readonly code = "UNKNOWN_NOTIFICATION_COMMUNITY";

  constructor(readonly communityId: string) {
    super("There is no such community.");
  }
}
