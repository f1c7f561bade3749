import { MeetstreamError } from "../errors/meetstream-error";

/* Messages reach people as they are: plain words, no ids (those stay as properties, for logs). */

/** Webhooks are a community's organisers' to manage, and theirs alone. */
export class NotAWebhookOrganiser extends MeetstreamError {
  readonly code = "NOT_A_WEBHOOK_ORGANISER";

  constructor(
    readonly communityId: string,
    readonly actor: string,
  ) {
    super("Only the community's organisers manage its webhooks.");
  }
}

/** No such subscription, or a deleted one (or one of a community the viewer does not organise). */
export class WebhookNotFound extends MeetstreamError {
  readonly code = "WEBHOOK_NOT_FOUND";

  constructor(readonly webhookId: string) {
    super("There is no such webhook.");
  }
}

/** A URL deliveries may not go to: not https, not a URL at all, or carrying credentials. */
export class WebhookUrlRefused extends MeetstreamError {
  readonly code = "WEBHOOK_URL_REFUSED";

  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`This URL cannot receive webhooks: ${reason}.`);
  }
}

/** A kind Meetstream sends no webhook for, or none at all. */
export class UnknownWebhookKind extends MeetstreamError {
  readonly code = "UNKNOWN_WEBHOOK_KIND";

  constructor(readonly kind: string) {
    super("Choose at least one kind of webhook, from those Meetstream sends.");
  }
}

/** A community has at most so many subscriptions: each event is sent to every one of them. */
export class TooManyWebhooks extends MeetstreamError {
  readonly code = "TOO_MANY_WEBHOOKS";

  constructor(
    readonly communityId: string,
    readonly limit: number,
  ) {
    super(`A community has at most ${limit} webhooks.`);
  }
}

/** No delivery of that webhook has that id, or it is still being tried. */
export class WebhookDeliveryNotFound extends MeetstreamError {
  readonly code = "WEBHOOK_DELIVERY_NOT_FOUND";

  constructor(readonly deliveryId: string) {
    super("There is no such delivery to send again, or it is still being tried.");
  }
}
