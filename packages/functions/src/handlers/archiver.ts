import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { S3Client } from "@aws-sdk/client-s3";
import { Resource } from "sst";
import { s3Bucket } from "../archive/s3-bucket";
import { createArchiverHandler } from "../lambda/archiver-handler";
import { tracing } from "../lambda/tracing";

const serviceName = "meetstream-archiver";
const { tracer, traced } = await tracing(serviceName);

export const handler = createArchiverHandler({
  bucket: s3Bucket({
    client: traced(new S3Client({})),
    bucketName: Resource.Archive.name,
  }),
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
  tracer,
});
