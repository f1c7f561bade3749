/**
 * Uploads on AWS, composed as the Lambda handlers compose them and with the environment Lambda gives them:
 * the AWS SDK's region, credentials and endpoints (AWS_*), and SST's links (SST_RESOURCE_*). s3rver stands
 * in for the uploads bucket, dynalite for the tables. A photo is uploaded by presigned PUT and set through
 * the GraphQL handler; erasing the member, the reactor handler deletes it from the bucket.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { meetstreamProjections } from "@meetstream/core/meetstream";
import { projector } from "@meetstream/core/projection/projector";
import { type LocalDynamo, startDynalite } from "@meetstream/core/testing/dynalite";
import S3rver from "s3rver";
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import type { TokenVerifier } from "../auth/verify";
import { meetstreamModules } from "../composition/meetstream-modules";
import { createGraphqlHandler, type GraphqlHandler } from "../lambda/graphql-handler";
import { projectingStore } from "../lambda/projecting-store";
import type { ReactorHandler } from "../lambda/reactor-handler";
import { openAwsStores } from "../stores/aws-stores";
import { createTables, tableNames } from "../testing/dynamo-tables";
import { graphqlEvent } from "../testing/graphql-event";
import { lambdaContext } from "../testing/lambda-context";
import { RecordingLogger } from "../testing/recording-logger";

// biome-ignore lint/suspicious/noExplicitAny: GraphQL responses are checked by value
type Loose = any;

const bucketName = "meetstream-uploads";
const appOrigin = "https://meetstream.example";
const emailSecret = "a-test-secret-of-at-least-thirty-two-bytes!";
const tables = tableNames("events", "documents", "idempotency", "keys");
const png = new Uint8Array(64);
png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let folder: string;
let bucket: S3rver;
let s3: S3Client;
let dynamo: LocalDynamo;
let graphql: GraphqlHandler;
let reactor: ReactorHandler;
let memberId: string;
// Sign-in happens at the issuer, another Lambda: here every token is the one member's.
const verifyToken: TokenVerifier = async (authorization) => (authorization ? { memberId } : null);

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "meetstream-uploads-on-lambda-"));
  bucket = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: folder });
  const { port } = await bucket.run();
  dynamo = await startDynalite();
  await createTables(dynamo.client, tables);
  // What Lambda's environment says: nothing in the code names an endpoint, a region or a key.
  vi.stubEnv("AWS_REGION", "eu-west-1");
  vi.stubEnv("AWS_ACCESS_KEY_ID", "S3RVER");
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", "S3RVER");
  vi.stubEnv("AWS_ENDPOINT_URL_S3", `http://127.0.0.1:${port}`);
  vi.stubEnv("AWS_ENDPOINT_URL_DYNAMODB", dynamo.endpoint);
  // s3rver predates the checksums newer SDKs add to every request by default.
  vi.stubEnv("AWS_REQUEST_CHECKSUM_CALCULATION", "WHEN_REQUIRED");
  vi.stubEnv("AWS_RESPONSE_CHECKSUM_VALIDATION", "WHEN_REQUIRED");
  vi.stubEnv("POWERTOOLS_METRICS_DISABLED", "true");
  vi.stubEnv("POWERTOOLS_LOG_LEVEL", "SILENT");
  // As infra/bus.ts links the reactor's function.
  vi.stubEnv("SST_RESOURCE_Events", JSON.stringify({ name: tables.events }));
  vi.stubEnv("SST_RESOURCE_Documents", JSON.stringify({ name: tables.documents }));
  vi.stubEnv("SST_RESOURCE_Keys", JSON.stringify({ name: tables.keys }));
  vi.stubEnv("SST_RESOURCE_Uploads", JSON.stringify({ name: bucketName }));

  s3 = new S3Client({ forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: bucketName }));
  // Signed in as the issuer would, and projected as the bus would: the speaker module reads the member.
  const { store, documents, keys } = openAwsStores(dynamo.client, tables);
  const projectAfterAppend = projector({ store, documents, projections: meetstreamProjections });
  const { members } = meetstreamModules({
    store: projectingStore(store, projectAfterAppend, (error) => {
      throw error;
    }),
    documents,
    keys,
    idempotency: { once: (_key, _payload, work) => work() },
    clock: { now: () => new Date() },
    emailSecret,
  });
  ({ memberId } = await members.signIn("ann@example.com"));
  graphql = createGraphqlHandler({
    client: dynamo.client,
    tables,
    emailSecret,
    verifyToken,
    appOrigin,
    uploadsBucket: bucketName,
    revokeSessions: async () => {},
    logger: new RecordingLogger(),
  });
  // The reactor's entry point itself: it reads SST's links as it loads.
  ({ handler: reactor } = await import("./reactor"));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  s3.destroy();
  await bucket.close();
  await dynamo.stop();
  rmSync(folder, { recursive: true, force: true });
});

async function request(query: string, variables: Record<string, unknown> = {}): Promise<Loose> {
  const result = await graphql(
    graphqlEvent(JSON.stringify({ query, variables }), "ann"),
    lambdaContext("graphql"),
  );
  const body = JSON.parse(result.body ?? "");
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

const storedKeys = async () =>
  ((await s3.send(new ListObjectsV2Command({ Bucket: bucketName }))).Contents ?? []).map(
    (object) => object.Key ?? "",
  );

test("a member uploads a photo to the bucket and sets it; erased, the reactor deletes it from the bucket", async () => {
  const { updateSpeakerProfile } = await request(`mutation {
    updateSpeakerProfile(input: { headline: "Builds serverless things" }) { __typename ... on Error { code message } } }`);
  expect(updateSpeakerProfile).toEqual({ __typename: "SpeakerProfile" });
  const { startUpload } = await request(
    `mutation { startUpload(kind: PHOTO) {
      __typename ... on UploadTarget { uploadId url method headers { name value } } ... on Error { code } } }`,
  );
  expect(startUpload).toMatchObject({ __typename: "UploadTarget", method: "PUT" });
  const headers = Object.fromEntries(
    (startUpload.headers as { name: string; value: string }[]).map(({ name, value }) => [name, value]),
  );
  const sent = await fetch(startUpload.url, { method: "PUT", headers, body: Buffer.from(png) });
  expect(sent.status).toBe(200);

  const { setSpeakerPhoto } = await request(
    `mutation ($uploadId: ID!) {
      setSpeakerPhoto(uploadId: $uploadId) { __typename ... on SpeakerProfile { photoUrl } ... on Error { code } } }`,
    { uploadId: startUpload.uploadId },
  );
  const key = `uploads/photo/${startUpload.uploadId}`;
  expect(setSpeakerPhoto).toEqual({ __typename: "SpeakerProfile", photoUrl: `${appOrigin}/blobs/${key}` });
  // Checked, it is where CloudFront serves it from, and the unchecked upload is gone.
  expect(await storedKeys()).toContain(`blobs/${key}`);
  expect(await storedKeys()).not.toContain(key);

  await request("mutation { eraseMe { __typename } }");
  const { store } = openAwsStores(dynamo.client, tables);
  const erasure = (await store.readStream(`member-${memberId}`)).find(
    (event) => event.type === "MemberErased",
  );
  if (!erasure) throw new Error("the member was not erased");
  // As the reactor's rule delivers it (infra/bus.ts): the erasure, pointed at in its stream.
  await reactor(
    {
      id: "delivery-1",
      source: "meetstream",
      "detail-type": "StreamAppended",
      time: new Date().toISOString(),
      detail: { streamId: erasure.streamId, firstVersion: erasure.version, lastVersion: erasure.version },
    },
    lambdaContext("reactor"),
  );
  expect(await storedKeys()).not.toContain(`blobs/${key}`);
});
