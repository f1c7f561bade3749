/* What `sst deploy` generates from infra/ (the SST CLI cannot run here), so handlers type-check. */
/* deno-fmt-ignore-file */
import "sst";

declare module "sst" {
  export interface Resource {
    Api: { type: "sst.aws.ApiGatewayV2"; url: string };
    Archive: { name: string; type: "sst.aws.Bucket" };
    Auth: { type: "sst.sst.Linkable"; url: string };
    AuthStorage: { name: string; type: "sst.aws.Dynamo" };
    Bus: { arn: string; name: string; type: "sst.aws.Bus" };
    Documents: { name: string; type: "sst.aws.Dynamo" };
    EmailSecret: { type: "sst.sst.Secret"; value: string };
    Events: { name: string; type: "sst.aws.Dynamo" };
    Idempotency: { name: string; type: "sst.aws.Dynamo" };
    Keys: { name: string; type: "sst.aws.Dynamo" };
    Mail: { configSet: string; sender: string; type: "sst.aws.Email" };
    Outbox: { name: string; type: "sst.aws.Dynamo" };
    Reminders: { deadLetterArn: string; groupName: string; roleArn: string; type: "sst.sst.Linkable" };
    Uploads: { name: string; type: "sst.aws.Bucket" };
    Web: { type: "sst.aws.Router"; url: string };
    WebhookOutbox: { name: string; type: "sst.aws.Dynamo" };
  }
}
