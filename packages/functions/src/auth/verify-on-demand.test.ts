import { describe, expect, test } from "vitest";
import { type TokenVerifier, Unauthenticated } from "./verify";
import { tokenVerifierOnDemand } from "./verify-on-demand";

/** Stands in for OpenAuth's verifier: one token is good, anything else is refused as the real one refuses it. */
const loader = () => {
  const counted = { loads: 0 };
  const load = async (): Promise<TokenVerifier> => {
    counted.loads += 1;
    return async (authorization) => {
      if (authorization === "Bearer good.token.here") return { memberId: "m-1" };
      throw new Unauthenticated("The access token is not valid: it may have expired.");
    };
  };
  return { counted, load };
};

describe("the token verifier loaded on demand", () => {
  test("an anonymous request loads nothing", async () => {
    const { counted, load } = loader();
    const verify = tokenVerifierOnDemand(load);

    expect(await verify(null)).toBeNull();
    expect(await verify("   ")).toBeNull();
    expect(counted.loads).toBe(0);
  });

  test("the first token loads the verifier, once, and every token is checked by it", async () => {
    const { counted, load } = loader();
    const verify = tokenVerifierOnDemand(load);

    expect(await verify("Bearer good.token.here")).toEqual({ memberId: "m-1" });
    await expect(verify("Bearer forged.token.here")).rejects.toBeInstanceOf(Unauthenticated);
    expect(counted.loads).toBe(1);
  });
});
