import { describe, expect, test } from "vitest";
import { projectionSpecification } from "../testing/projecting";
import { apiTokenHashPartition, apiTokenKey, apiTokenProjection } from "./documents";
import { ApiTokenCreated, ApiTokenRevoked } from "./events";

const memberId = "0190c0de-0000-7000-8000-000000000001";
const tokenId = "0190c0de-0000-7000-8000-0000000000aa";
const tokenHash = "ab".repeat(32);
const { given } = projectionSpecification(apiTokenProjection, `api-token-${memberId}`);
const created = ApiTokenCreated({ tokenId, name: "Nightly export", scope: "read-write", tokenHash });

describe("API token documents", () => {
  test("a token in use is listed in its member's partition and found by its hash, which it does not hold", () =>
    given(created).then({
      key: apiTokenKey(memberId, tokenId),
      version: 1,
      body: {
        id: tokenId,
        memberId,
        name: "Nightly export",
        scope: "read-write",
        createdAt: "2026-01-01T00:00:00.000Z",
      },
      indexes: { first: { partition: apiTokenHashPartition(tokenHash), sort: "token" } },
    }));

  test("a revoked token is gone", () =>
    given(created, ApiTokenRevoked({ tokenId })).thenDocuments((documents) =>
      expect(documents.filter((document) => document.body !== null)).toEqual([]),
    ));
});
