import { createHash } from "node:crypto";
import { defineEvent, type EventOf, type EventType } from "../eventstore/event-type";
import { personal } from "../keys/personal-field";
import * as z from "../validation/zod";

/*
 * A member's API tokens, for their scripts: one stream per member (`api-token-<memberId>`). The log holds
 * a token's SHA-256 hash, never the token: it is shown once, when it is made, and a lost one is revoked
 * and made again. Its name is the member's own words, sealed with the member's key (the stream's subject
 * is the member, see keys/personal-data-store.ts): erasing the member erases it.
 */

const tokenId = () => z.string().check(z.minLength(1));

export const apiTokenScopes = ["read", "read-write"] as const;
export type ApiTokenScope = (typeof apiTokenScopes)[number];

export const ApiTokenCreated = defineEvent("ApiTokenCreated", () =>
  z.object({
    tokenId: tokenId(),
    name: personal(z.string()),
    scope: z.enum(apiTokenScopes),
    tokenHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  }),
);

export const ApiTokenRevoked = defineEvent("ApiTokenRevoked", () => z.object({ tokenId: tokenId() }));

export type ApiTokenEvent = EventOf<typeof ApiTokenCreated> | EventOf<typeof ApiTokenRevoked>;

export const apiTokenEventTypes: readonly EventType[] = [ApiTokenCreated, ApiTokenRevoked];

export const apiTokenStream = (memberId: string): string => `api-token-${memberId}`;

export const memberIdOfApiTokenStream = (streamId: string): string => streamId.slice("api-token-".length);

export const hashOfApiToken = (token: string): string => createHash("sha256").update(token).digest("hex");
