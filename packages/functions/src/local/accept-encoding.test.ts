import { describe, expect, test } from "vitest";
import { preferredEncoding } from "./accept-encoding";

describe("the encoding a request takes", () => {
  test("brotli when the client takes it, else gzip, else none", () => {
    expect(preferredEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(preferredEncoding("gzip, deflate")).toBe("gzip");
    expect(preferredEncoding("deflate")).toBeUndefined();
    expect(preferredEncoding("")).toBeUndefined();
    expect(preferredEncoding(null)).toBeUndefined();
  });

  test("follows the client's ranking, and q=0 refuses", () => {
    expect(preferredEncoding("br;q=0.5, gzip;q=0.9")).toBe("gzip");
    expect(preferredEncoding("br;q=0, gzip")).toBe("gzip");
    expect(preferredEncoding("BR; Q=0, GZIP; Q=0")).toBeUndefined();
  });

  test("a wildcard stands for every encoding not named", () => {
    expect(preferredEncoding("*")).toBe("br");
    expect(preferredEncoding("br;q=0, *")).toBe("gzip");
    expect(preferredEncoding("identity, *;q=0")).toBeUndefined();
  });
});
