import { createSocket } from "node:dgram";
import { Logger } from "@aws-lambda-powertools/logger";
import { createDocumentTable, dynamoDocumentStore } from "@meetstream/core/documents";
import { startDynalite, uniqueTableName } from "@meetstream/core/testing/dynalite";
import type { Context } from "aws-lambda";
import { afterAll, describe, expect, test, vi } from "vitest";

/**
 * Tracing as it runs on Lambda: the X-Ray SDK reads where it is (and where its daemon listens) when it
 * loads, so this file sets Lambda's environment before anything imports it. The daemon stand-in is a real
 * UDP socket on loopback, receiving the segments as the daemon would.
 */
const daemon = createSocket("udp4");
const received: Segment[] = [];
daemon.on("message", (message) => {
  // Each datagram is a header line, then the segment document.
  const [, document] = message.toString().split("\n");
  if (document) received.push(JSON.parse(document) as Segment);
});
await new Promise<void>((resolve) => daemon.bind(0, "127.0.0.1", resolve));

vi.stubEnv("LAMBDA_TASK_ROOT", "/var/task");
vi.stubEnv("AWS_EXECUTION_ENV", "AWS_Lambda_nodejs22.x");
vi.stubEnv("_HANDLER", "bundle.handler");
vi.stubEnv("AWS_XRAY_DAEMON_ADDRESS", `127.0.0.1:${daemon.address().port}`);
vi.stubEnv("AWS_XRAY_CONTEXT_MISSING", "IGNORE_ERROR");
// As infra/lambda.ts deploys every function with tracing on.
vi.stubEnv("POWERTOOLS_TRACE_ENABLED", "true");
vi.stubEnv("POWERTOOLS_TRACER_CAPTURE_RESPONSE", "false");

const { tracing } = await import("./tracing");
const { observed } = await import("./observed");

interface Segment {
  id: string;
  name: string;
  trace_id: string;
  parent_id?: string;
  type?: string;
  aws?: { operation?: string; table_name?: string };
  metadata?: unknown;
}

const dynamo = await startDynalite();

afterAll(async () => {
  await dynamo.stop();
  daemon.close();
  vi.unstubAllEnvs();
});

async function segmentsArrived(count: number): Promise<Segment[]> {
  for (let attempt = 0; attempt < 100 && received.length < count; attempt++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return received.splice(0);
}

const context = { functionName: "graphql", awsRequestId: "request-1" } as Context;

describe("tracing on Lambda (segments sent to a UDP socket standing in for the X-Ray daemon)", () => {
  test("an invocation is a subsegment of Lambda's trace, and each DynamoDB call a subsegment of it; answers stay out", async () => {
    const { tracer, traced } = await tracing("meetstream-test");
    const tableName = uniqueTableName("traced");
    await createDocumentTable(dynamo.client, tableName);
    const documents = dynamoDocumentStore({ client: traced(dynamo.client), tableName });
    const handler = observed(
      async () => {
        await documents.get({ partition: "member#ann", sort: "profile" });
        return { statusCode: 200, body: '{"email":"ann@example.org"}' };
      },
      { logger: new Logger({ logLevel: "SILENT" }), tracer },
    );

    // Lambda names the trace and the invocation's own segment for each request.
    vi.stubEnv(
      "_X_AMZN_TRACE_ID",
      "Root=1-6745a1b2-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1",
    );
    expect(await handler({}, context)).toMatchObject({ statusCode: 200 });

    const segments = await segmentsArrived(2);
    const invocation = segments.find((segment) => segment.name === "## bundle.handler");
    const call = segments.find((segment) => segment.name === "DynamoDB");
    expect(invocation).toMatchObject({
      trace_id: "1-6745a1b2-0123456789abcdef01234567",
      parent_id: "53995c3f42cd8ad8",
      type: "subsegment",
    });
    expect(call).toMatchObject({
      trace_id: "1-6745a1b2-0123456789abcdef01234567",
      parent_id: invocation?.id,
      aws: { operation: "GetItem", table_name: tableName },
    });
    expect(JSON.stringify(segments)).not.toContain("ann@example.org");
  });

  test("the next invocation joins the next request's trace", async () => {
    const { tracer } = await tracing("meetstream-test");
    const handler = observed(async () => ({ statusCode: 204 }), {
      logger: new Logger({ logLevel: "SILENT" }),
      tracer,
    });

    vi.stubEnv(
      "_X_AMZN_TRACE_ID",
      "Root=1-6745a1b3-fedcba9876543210fedcba98;Parent=1111222233334444;Sampled=1",
    );
    await handler({}, context);

    const [invocation] = await segmentsArrived(1);
    expect(invocation).toMatchObject({
      name: "## bundle.handler",
      trace_id: "1-6745a1b3-fedcba9876543210fedcba98",
      parent_id: "1111222233334444",
    });
  });
});
