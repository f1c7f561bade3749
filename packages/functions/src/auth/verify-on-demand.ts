import { loadedOnDemand } from "@meetstream/core/objects/loaded-on-demand";
import type { TokenVerifier } from "./verify";

/** No Authorization header, or an empty one: an anonymous request, which needs no verifier. */
export const carriesNoToken = (authorization: string | null): authorization is null | "" =>
  authorization === null || authorization.trim() === "";

/**
 * A verifier loaded with the first request that carries a token: OpenAuth's client and jose are then
 * no part of a cold start that answers an anonymous request (most reads).
 */
export function tokenVerifierOnDemand(load: () => Promise<TokenVerifier>): TokenVerifier {
  const tokens = loadedOnDemand(async () => ({ verify: await load() }));
  return async (authorization) => (carriesNoToken(authorization) ? null : tokens.verify(authorization));
}
