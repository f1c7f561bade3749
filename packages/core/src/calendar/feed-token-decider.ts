import type { Decider } from "../decider/decider";
import {
  CalendarFeedTokenIssued,
  CalendarFeedTokenRevoked,
  type FeedTokenEvent,
  hashOfFeedToken,
} from "./feed-token-events";

/** A member's feed token stream: how many events it holds, and the token that is current, if any. */
export interface FeedToken {
  /** The version of the stream's last event: the next one gets the version after it. */
  version: number;
  /** The issue of the current token: its version makes the token (with the secret), its hash finds it. */
  current: { version: number; tokenHash: string } | null;
}

export type FeedTokenCommand =
  /** The member's token is asked for: the first ask issues one, later ones find it current. */
  | { type: "Issue"; memberId: string }
  /** Revokes the current token, if any, and issues a new one. */
  | { type: "Reset"; memberId: string }
  /** Revokes the current token, if any, and issues none: the member's feed URL stops answering. */
  | { type: "Revoke" };

/** The token of `memberId` issued by the event at `version`: an HMAC under the server secret. */
export type TokenAt = (memberId: string, version: number) => string;

const initialState: FeedToken = { version: 0, current: null };

function evolve(feedToken: FeedToken, event: FeedTokenEvent): FeedToken {
  const version = feedToken.version + 1;
  return event.type === "CalendarFeedTokenIssued"
    ? { version, current: { version, tokenHash: event.data.tokenHash } }
    : { version, current: null };
}

const revocation = ({ current }: FeedToken): FeedTokenEvent[] =>
  current ? [CalendarFeedTokenRevoked({ tokenHash: current.tokenHash })] : [];

/**
 * Issuing needs the server secret (through `tokenAt`): the token is made from the version its issue will
 * have, which only the state knows, so a command decided again after a conflict issues the right token.
 */
export function feedTokenDecider(tokenAt: TokenAt): Decider<FeedToken, FeedTokenCommand, FeedTokenEvent> {
  const issue = (feedToken: FeedToken, memberId: string, before: FeedTokenEvent[]): FeedTokenEvent[] => [
    ...before,
    CalendarFeedTokenIssued({
      tokenHash: hashOfFeedToken(tokenAt(memberId, feedToken.version + before.length + 1)),
    }),
  ];
  return {
    initialState,
    decide(command, feedToken) {
      switch (command.type) {
        case "Issue":
          return feedToken.current ? [] : issue(feedToken, command.memberId, []);
        case "Reset":
          return issue(feedToken, command.memberId, revocation(feedToken));
        case "Revoke":
          return revocation(feedToken);
      }
    },
    evolve,
  };
}

/** Revoking names only the current token's hash, which the log holds: for those that hold no secret. */
export const feedTokenRevocationDecider: Decider<FeedToken, { type: "Revoke" }, FeedTokenEvent> = {
  initialState,
  decide: (_command, feedToken) => revocation(feedToken),
  evolve,
};
