import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { Tracer } from "@aws-lambda-powertools/tracer";
import { S3Client } from "@aws-sdk/client-s3";
import { Resource } from "sst";
import { createArchiverHandler } from "../archive/archiver";
import { s3Bucket } from "../archive/s3-bucket";

const serviceName = "meetstream-archiver";
const tracer = new Tracer({ serviceName });

export const handler = createArchiverHandler({
  bucket: s3Bucket({
    client: tracer.captureAWSv3Client(new S3Client({})),
    bucketName: Resource.Archive.name,
  }),
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
  tracer,
});
