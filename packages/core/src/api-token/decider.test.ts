import { describe, test } from "vitest";
import { deciderSpecification } from "../decider/given-when-then";
import { apiTokenDecider, apiTokensPerMember } from "./decider";
import { ApiTokenNotFound, TooManyApiTokens } from "./errors";
import { ApiTokenCreated, ApiTokenRevoked } from "./events";

const { given } = deciderSpecification(apiTokenDecider);

const hash = (n: number) => n.toString(16).padStart(64, "0");
const created = (n: number) =>
  ApiTokenCreated({ tokenId: `token-${n}`, name: `script ${n}`, scope: "read", tokenHash: hash(n) });
const create = (n: number) =>
  ({
    type: "Create",
    tokenId: `token-${n}`,
    name: `script ${n}`,
    scope: "read",
    tokenHash: hash(n),
  }) as const;

describe("API tokens", () => {
  test("a member makes a token with a name and a scope; the log keeps its hash", () =>
    given().when(create(1)).then(created(1)));

  test("the same token asked for again records nothing more", () =>
    given(created(1)).when(create(1)).thenNothing());

  test("a revoked token's id is never made again", () =>
    given(created(1), ApiTokenRevoked({ tokenId: "token-1" }))
      .when(create(1))
      .thenNothing());

  test(`a member has at most ${apiTokensPerMember} tokens in use`, () =>
    given(...Array.from({ length: apiTokensPerMember }, (_, n) => created(n)))
      .when(create(apiTokensPerMember))
      .thenThrows(TooManyApiTokens));

  test("a revoked token makes room for another", () =>
    given(
      ...Array.from({ length: apiTokensPerMember }, (_, n) => created(n)),
      ApiTokenRevoked({ tokenId: "token-0" }),
    )
      .when(create(apiTokensPerMember))
      .then(created(apiTokensPerMember)));

  test("a member revokes a token in use", () =>
    given(created(1))
      .when({ type: "Revoke", tokenId: "token-1" })
      .then(ApiTokenRevoked({ tokenId: "token-1" })));

  test("a token revoked already, or never made, is not found", () => {
    given(created(1), ApiTokenRevoked({ tokenId: "token-1" }))
      .when({ type: "Revoke", tokenId: "token-1" })
      .thenThrows(ApiTokenNotFound);
    given(created(1)).when({ type: "Revoke", tokenId: "token-2" }).thenThrows(ApiTokenNotFound);
  });
});
