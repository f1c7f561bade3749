import {
  NotAWebhookOrganiser,
  TooManyWebhooks,
  UnknownWebhookKind,
  type WebhookDelivery,
  WebhookDeliveryNotFound,
  WebhookNotFound,
  WebhookUrlRefused,
  type WebhookView,
  type WebhookWithSecret,
} from "@meetstream/core/webhook";
import type { GraphqlContext } from "./context";
import { type Idempotent, idempotencyKeyOf, signedIn } from "./mutations";
import { NotSignedIn } from "./rejections";
import { plainIdOf } from "./relay";
import type { MutationResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { answeringRejections, resultUnions } from "./results";
import { webhooksOf } from "./webhook";

/*
 * An organiser's webhooks: core authorizes (the community's organisers only) and checks what was typed;
 * each mutation answers what core answered, or the rejection in its result union.
 */

type CreateArguments = Idempotent & { communityId: string; url: string; kinds: string[] };

const organiserOnly = [NotSignedIn, NotAWebhookOrganiser, WebhookNotFound] as const;

const mutation: MutationResolvers<GraphqlContext> = {
  createWebhook: answeringRejections(
    [NotSignedIn, NotAWebhookOrganiser, WebhookUrlRefused, UnknownWebhookKind, TooManyWebhooks],
    // Kinds arrive as core's values (enum-values.ts); the community as its node id or its plain id.
    async (_root, args: CreateArguments, context): Promise<WebhookWithSecret> => {
      const idempotencyKey = idempotencyKeyOf(args);
      return webhooksOf(context).subscribe({
        communityId: plainIdOf(args.communityId, "Community"),
        url: args.url,
        kinds: args.kinds,
        actor: signedIn(context),
        ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
      });
    },
  ),

  rotateWebhookSecret: answeringRejections(
    organiserOnly,
    async (_root, args: { webhookId: string }, context): Promise<WebhookWithSecret> =>
      webhooksOf(context).rotateSecret({ webhookId: args.webhookId, actor: signedIn(context) }),
  ),

  disableWebhook: answeringRejections(
    organiserOnly,
    async (_root, args: { webhookId: string }, context): Promise<WebhookView> =>
      webhooksOf(context).disable({ webhookId: args.webhookId, actor: signedIn(context) }),
  ),

  enableWebhook: answeringRejections(
    organiserOnly,
    async (_root, args: { webhookId: string }, context): Promise<WebhookView> =>
      webhooksOf(context).enable({ webhookId: args.webhookId, actor: signedIn(context) }),
  ),

  deleteWebhook: answeringRejections(organiserOnly, async (_root, args: { webhookId: string }, context) => {
    await webhooksOf(context).delete({ webhookId: args.webhookId, actor: signedIn(context) });
    return { webhookId: args.webhookId };
  }),

  redeliverWebhook: answeringRejections(
    [...organiserOnly, WebhookDeliveryNotFound],
    async (_root, args: { webhookId: string; deliveryId: string }, context): Promise<WebhookDelivery> =>
      webhooksOf(context).redeliver({
        webhookId: args.webhookId,
        deliveryId: args.deliveryId,
        actor: signedIn(context),
      }),
  ),
};

export const webhookMutationResolvers: ContextResolvers = {
  Mutation: mutation,
  ...resultUnions("WebhookWithSecret", ["CreateWebhookResult", "RotateWebhookSecretResult"]),
  ...resultUnions("Webhook", ["WebhookResult"]),
  ...resultUnions("WebhookDeleted", ["DeleteWebhookResult"]),
  ...resultUnions("WebhookDelivery", ["RedeliverWebhookResult"]),
};
