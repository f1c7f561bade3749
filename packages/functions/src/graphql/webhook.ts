import type { CommunitySummary } from "@meetstream/core/community";
import {
  type WebhookDelivery,
  type WebhookView,
  webhookKindNames,
  webhookKinds,
} from "@meetstream/core/webhook";
import { GraphQLError } from "graphql";
import type { GraphqlContext, Webhooks } from "./context";
import { internalEnumValues } from "./enum-values";
import { connection, forwardPage, type PageArguments } from "./relay";
import type { CommunityResolvers, QueryResolvers, WebhookResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";

/*
 * The webhook reads: core's queries decide who sees a community's webhooks and their delivery log (its
 * organisers alone). No secret is ever read here: it is answered once, by the mutation that makes it.
 */

/** The webhook module, or a coded error where this deployment has none (no webhook outbox). */
export function webhooksOf({ webhooks }: GraphqlContext): Webhooks {
  if (!webhooks)
    throw new GraphQLError("Webhooks are not set up here.", { extensions: { code: "WEBHOOKS_UNAVAILABLE" } });
  return webhooks;
}

const community: CommunityResolvers<GraphqlContext, CommunitySummary> = {
  webhooks: async (community, _arguments, context) =>
    webhooksOf(context).webhooksOf(community.id, context.viewer?.memberId),
};

const webhook: WebhookResolvers<GraphqlContext, WebhookView> = {
  deliveries: async (webhook, args: PageArguments, context) => {
    const { limit, cursor } = forwardPage(args);
    const page = await webhooksOf(context).deliveriesOf(webhook.id, context.viewer?.memberId, {
      first: limit,
      ...(cursor === undefined ? {} : { after: cursor }),
    });
    const deliveries: WebhookDelivery[] = page?.deliveries ?? [];
    return connection(
      deliveries.map((delivery) => ({ cursor: delivery.cursor, node: delivery })),
      page?.endCursor ?? undefined,
    );
  },
};

const query: QueryResolvers<GraphqlContext> = {
  webhookKinds: () => webhookKindNames.map((kind) => ({ kind, label: webhookKinds[kind].label })),
};

export const webhookResolvers: ContextResolvers = {
  Query: query,
  Community: community,
  Webhook: webhook,
  WebhookKind: internalEnumValues.WebhookKind,
  WebhookStatus: internalEnumValues.WebhookStatus,
  WebhookDisabledReason: internalEnumValues.WebhookDisabledReason,
  WebhookDeliveryStatus: internalEnumValues.WebhookDeliveryStatus,
};
