import { createHmac } from "node:crypto";
import { Webhook } from "standardwebhooks";
import type { WebhookSubscription } from "./decider";

/**
 * Each subscription's signing secrets, derived from the server secret, the subscription and the secret's
 * generation, so that no secret is ever stored (not in the log, not in a document) and a rotation is one
 * number more. The console shows a secret once, when it is made; after that nobody reads it back.
 */
export interface WebhookSecrets {
  /** The secret of this generation, as Standard Webhooks writes it (`whsec_` and base64). */
  secretOf(webhookId: string, generation: number): string;
  /**
   * The `webhook-signature` header: one signature per secret that signs at `at` (the current one, and the
   * previous one while a rotation overlaps), space-separated as Standard Webhooks allows.
   */
  signatureOf(
    webhookId: string,
    subscription: Pick<WebhookSubscription, "secretGeneration" | "previousSecretValidUntil">,
    message: { id: string; at: Date; body: string },
  ): string;
}

export function webhookSecrets(serverSecret: string): WebhookSecrets {
  // A key of its own, so that no other use of the server secret (unsubscribe links) shares it.
  const key = createHmac("sha256", serverSecret).update("webhook-signing-secrets").digest();
  const signers = new Map<string, Webhook>();
  const secretOf = (webhookId: string, generation: number) =>
    `whsec_${createHmac("sha256", key).update(`${webhookId}#${generation}`).digest("base64")}`;
  const signerOf = (webhookId: string, generation: number) => {
    const name = `${webhookId}#${generation}`;
    let signer = signers.get(name);
    if (!signer) {
      signer = new Webhook(secretOf(webhookId, generation));
      // A few subscriptions' signers are kept: deriving the secret costs two HMACs per delivery otherwise.
      if (signers.size >= 1_000) signers.clear();
      signers.set(name, signer);
    }
    return signer;
  };
  return {
    secretOf,
    signatureOf(webhookId, { secretGeneration, previousSecretValidUntil }, { id, at, body }) {
      const generations = [secretGeneration];
      if (previousSecretValidUntil !== null && at.getTime() < Date.parse(previousSecretValidUntil))
        generations.push(secretGeneration - 1);
      return generations.map((generation) => signerOf(webhookId, generation).sign(id, at, body)).join(" ");
    },
  };
}
