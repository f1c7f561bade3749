import { randomBytes } from "node:crypto";
import { type Clock, systemClock } from "../clock/clock";
import { commandHandler } from "../decider/command-handler";
import type { DocumentStore } from "../documents/document-store";
import type { EventStore } from "../eventstore/event-store";
import { isUuid, newId } from "../ids/new-id";
import { parseApiTokenName, parseApiTokenScope } from "./api-token-input";
import { apiTokenDecider } from "./decider";
import { ApiTokenNotFound } from "./errors";
import { apiTokenStream, hashOfApiToken } from "./events";
import { type ApiTokenQueries, type ApiTokenView, apiTokenQueries } from "./queries";

export interface ApiTokenModuleOptions {
  store: EventStore;
  documents: DocumentStore;
  clock?: Clock;
}

/** A token with its secret: answered once, when it is made, and never again (the log holds its hash). */
export interface ApiTokenWithSecret {
  token: ApiTokenView;
  secret: string;
}

export interface ApiTokenModule extends ApiTokenQueries {
  /** A new token of the actor's, for `Authorization: Bearer <secret>`. */
  create(request: { actor: string; name: unknown; scope: unknown }): Promise<ApiTokenWithSecret>;
  /** The token stops working at once: a request that carries it is refused. */
  revoke(request: { actor: string; tokenId: string }): Promise<void>;
}

/** What a token reads as: a prefix that secret scanners can look for, then 256 random bits. */
export const apiTokenPrefix = "mst_";

const newSecret = () => `${apiTokenPrefix}${randomBytes(32).toString("base64url")}`;

export function apiTokenModule({
  store,
  documents,
  clock = systemClock,
}: ApiTokenModuleOptions): ApiTokenModule {
  const handler = commandHandler({ store, decider: apiTokenDecider, clock });
  const queries = apiTokenQueries({ documents });

  return {
    ...queries,

    async create({ actor, name, scope }) {
      const parsedName = parseApiTokenName(name);
      const parsedScope = parseApiTokenScope(scope);
      const tokenId = newId();
      const secret = newSecret();
      const { events } = await handler.handle({
        streamId: apiTokenStream(actor),
        command: {
          type: "Create",
          tokenId,
          name: parsedName,
          scope: parsedScope,
          tokenHash: hashOfApiToken(secret),
        },
        metadata: { actor },
      });
      const createdAt = events[0]?.meta.occurredAt ?? clock.now().toISOString();
      return {
        token: { id: tokenId, memberId: actor, name: parsedName, scope: parsedScope, createdAt },
        secret,
      };
    },

    async revoke({ actor, tokenId }) {
      if (typeof tokenId !== "string" || !isUuid(tokenId))
        throw new ApiTokenNotFound(String(tokenId).slice(0, 100));
      await handler.handle({
        streamId: apiTokenStream(actor),
        command: { type: "Revoke", tokenId },
        metadata: { actor },
      });
    },
  };
}
