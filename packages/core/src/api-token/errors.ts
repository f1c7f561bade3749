import { MeetstreamError } from "../errors/meetstream-error";

/* Messages reach people as they are: plain words, no ids (those stay as properties, for logs). */

export class ApiTokenNotFound extends MeetstreamError {
  readonly code = "API_TOKEN_NOT_FOUND";

  constructor(readonly tokenId: string) {
    super("You have no API token with this id, or it was revoked.");
  }
}

export class TooManyApiTokens extends MeetstreamError {
  readonly code = "TOO_MANY_API_TOKENS";

  constructor(readonly limit: number) {
    super(`You have ${limit} API tokens, the most there may be: revoke one you no longer use first.`);
  }
}

export class InvalidApiToken extends MeetstreamError {
  readonly code = "INVALID_API_TOKEN";

  constructor(readonly reason: string) {
    super(`This token cannot be made: ${reason}.`);
  }
}
