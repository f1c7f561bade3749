import { Tracer } from "@aws-lambda-powertools/tracer";
import { afterEach, describe, expect, test, vi } from "vitest";
import { tracing } from "./tracing";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("tracing in the handlers", () => {
  test("off (MEETSTREAM_TRACING=off at deploy): no Tracer, and SDK clients are left as they are", async () => {
    vi.stubEnv("POWERTOOLS_TRACE_ENABLED", "false");
    const { tracer, traced } = await tracing("meetstream-test");
    const client = { send: async () => "answer" };

    expect(tracer).toBeUndefined();
    expect(traced(client)).toBe(client);
  });

  test("on (the default deploy): Powertools Tracer, for the handler and the SDK clients", async () => {
    vi.stubEnv("POWERTOOLS_TRACE_ENABLED", "true");
    const { tracer } = await tracing("meetstream-test");

    expect(tracer).toBeInstanceOf(Tracer);
  });
});
