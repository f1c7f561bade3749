import { localTimeOf } from "@meetstream/core/clock/local-time";
import { useState } from "react";
import { useQuery } from "urql";
import { CommandFailure } from "../../components/command-failure";
import { FormField } from "../../components/form-field";
import { Notice } from "../../components/notice";
import { QueryState } from "../../components/query-state";
import { fromNetwork, RefetchOnRefusal, useCommand } from "../../graphql/command";
import { plainRefusal } from "../../graphql/refusal-words";
import { viewerTimeZone } from "../../meetup/time-zones";
import {
  CommunityWebhooksQuery,
  CreateWebhookMutation,
  DeleteWebhookMutation,
  DisableWebhookMutation,
  EnableWebhookMutation,
  RedeliverWebhookMutation,
  RotateWebhookSecretMutation,
  type WebhookDeliveryItem,
  type WebhookItem,
} from "../../webhook/webhook-documents";
import { OrganisedCommunityPage } from "./organised-community-page";

/** A time as the viewer reads it, in their own zone: the log is theirs to compare with their receiver's. */
const local = (instant: string) => localTimeOf(instant, viewerTimeZone());

type KindLabels = ReadonlyMap<string, string>;

/** An organiser's webhooks, community by community: add, rotate, disable, delete, and the delivery log. */
export function ConsoleWebhooksPage() {
  return (
    <OrganisedCommunityPage section="webhooks" nobodysTitle="Only organisers manage a community's webhooks">
      {(slug) => <CommunityWebhooks key={slug} slug={slug} />}
    </OrganisedCommunityPage>
  );
}

function CommunityWebhooks({ slug }: { slug: string }) {
  const [result, reexecute] = useQuery({
    query: CommunityWebhooksQuery,
    variables: { slug },
    requestPolicy: "cache-and-network",
  });
  const refetch = fromNetwork(reexecute);
  // A secret is answered once, by the command that made it: it stays on the page until dismissed.
  const [secret, setSecret] = useState<{ url: string; secret: string; rotated: boolean } | null>(null);
  return (
    <QueryState
      result={result}
      of={(data) =>
        data.community?.webhooks
          ? { community: data.community, webhooks: data.community.webhooks, kinds: data.webhookKinds }
          : null
      }
      loading="Loading the webhooks…"
      failed="The webhooks could not be loaded"
      onRetry={refetch}
    >
      {({ community, webhooks, kinds }) => {
        const labels: KindLabels = new Map(kinds.map(({ kind, label }) => [kind, label]));
        return (
          <RefetchOnRefusal refetch={refetch}>
            {secret && (
              <Notice
                tone="success"
                title={secret.rotated ? "A new signing secret" : "The webhook is added"}
                takesFocus
              >
                <p>
                  Deliveries to {secret.url} are signed with this secret (Standard Webhooks). Copy it into
                  your receiver now: it is shown only this once.
                  {secret.rotated && " The previous secret keeps signing beside it for a day."}
                </p>
                <p>
                  <code className="webhook-secret">{secret.secret}</code>
                </p>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() => setSecret(null)}
                >
                  I have copied it
                </button>
              </Notice>
            )}
            <AddWebhookForm
              communityId={community.id}
              kinds={kinds}
              onAdded={(added) => {
                setSecret({ url: added.url, secret: added.secret, rotated: false });
                refetch();
              }}
            />
            <section className="stack" aria-labelledby="webhooks-heading">
              <div className="section-heading">
                <h2 id="webhooks-heading">{community.name}’s webhooks</h2>
                <button type="button" className="button button--small button--secondary" onClick={refetch}>
                  Refresh
                </button>
              </div>
              {webhooks.length === 0 ? (
                <p className="muted">
                  No webhook yet. Add one above to have your own tools hear what happens.
                </p>
              ) : (
                webhooks.map((webhook) => (
                  <WebhookCard
                    key={webhook.id}
                    webhook={webhook}
                    labels={labels}
                    onRotated={(rotated) => setSecret({ url: webhook.url, secret: rotated, rotated: true })}
                    refetch={refetch}
                  />
                ))
              )}
            </section>
          </RefetchOnRefusal>
        );
      }}
    </QueryState>
  );
}

function AddWebhookForm({
  communityId,
  kinds,
  onAdded,
}: {
  communityId: string;
  kinds: readonly { kind: string; label: string }[];
  onAdded(added: { url: string; secret: string }): void;
}) {
  const [url, setUrl] = useState("");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [urlError, setUrlError] = useState<string | undefined>();
  const [kindError, setKindError] = useState<string | undefined>();
  const create = useCommand(CreateWebhookMutation, {
    words: plainRefusal,
    onWebhookUrlRefused: (refusal) => setUrlError(refusal.message),
    onUnknownWebhookKind: (refusal) => setKindError(refusal.message),
  });
  return (
    <section className="card" aria-labelledby="add-webhook-heading">
      <h2 id="add-webhook-heading">Add a webhook</h2>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          setUrlError(undefined);
          setKindError(undefined);
          const answer = await create.run({
            communityId,
            url,
            kinds: kinds.filter(({ kind }) => chosen.has(kind)).map(({ kind }) => kind) as never,
            idempotencyKey: crypto.randomUUID(),
          });
          if (answer?.__typename === "WebhookWithSecret") {
            onAdded({ url: answer.webhook.url, secret: answer.secret });
            setUrl("");
            setChosen(new Set());
          }
        }}
      >
        <FormField
          id="webhook-url"
          label="URL"
          hint="Where Meetstream POSTs each event, signed: an https address of your receiver."
          error={urlError}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="url"
              inputMode="url"
              autoComplete="off"
              placeholder="https://"
              value={url}
              onChange={(event) => setUrl(event.currentTarget.value)}
              required
            />
          )}
        </FormField>
        <fieldset
          className="field webhook-kinds"
          aria-describedby={kindError ? "webhook-kinds-error" : undefined}
        >
          <legend className="field__label">What it hears</legend>
          {kinds.map(({ kind, label }) => (
            <label key={kind} className="choice">
              <input
                type="checkbox"
                checked={chosen.has(kind)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.currentTarget.checked) next.add(kind);
                  else next.delete(kind);
                  setChosen(next);
                }}
              />
              <span>{label}</span>
            </label>
          ))}
          {kindError && (
            <p className="field__error" id="webhook-kinds-error">
              {kindError}
            </p>
          )}
        </fieldset>
        <CommandFailure title="The webhook was not added" commands={[create]} />
        <div className="button-row">
          <button type="submit" className="button" disabled={create.fetching}>
            Add the webhook
          </button>
        </div>
      </form>
    </section>
  );
}

function WebhookCard({
  webhook,
  labels,
  onRotated,
  refetch,
}: {
  webhook: WebhookItem;
  labels: KindLabels;
  onRotated(secret: string): void;
  refetch(): void;
}) {
  const options = { words: plainRefusal, refresh: refetch };
  const rotate = useCommand(RotateWebhookSecretMutation, options);
  const disable = useCommand(DisableWebhookMutation, options);
  const enable = useCommand(EnableWebhookMutation, options);
  const remove = useCommand(DeleteWebhookMutation, options);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const headingId = `webhook-${webhook.id}`;
  const overlapping =
    webhook.previousSecretValidUntil !== null && Date.parse(webhook.previousSecretValidUntil) > Date.now();
  const busy = rotate.fetching || disable.fetching || enable.fetching || remove.fetching;
  return (
    <article className="card stack webhook" aria-labelledby={headingId}>
      <div>
        <h3 id={headingId} className="webhook__url">
          {webhook.url}
        </h3>
        <p className="muted">
          <span className={webhook.status === "ACTIVE" ? "badge badge--brand" : "badge"}>
            {webhook.status === "ACTIVE" ? "Active" : "Disabled"}
          </span>{" "}
          Added {local(webhook.createdAt)} · hears{" "}
          {webhook.kinds.map((kind) => labels.get(kind) ?? kind).join("; ")}
        </p>
      </div>
      {webhook.disabledReason === "FAILURES" && (
        <Notice tone="warning" title="Disabled after 20 failed deliveries in a row">
          {webhook.disabledAt && <>Since {local(webhook.disabledAt)}. </>}
          Nothing is sent to it until you enable it: fix the receiver first, then redeliver what failed.
        </Notice>
      )}
      {overlapping && webhook.previousSecretValidUntil && (
        <p className="muted">
          The previous secret signs beside the new one until {local(webhook.previousSecretValidUntil)}.
        </p>
      )}
      <CommandFailure title="The change was not made" commands={[rotate, disable, enable, remove]} />
      <div className="button-row">
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={busy}
          onClick={async () => {
            const answer = await rotate.run({ webhookId: webhook.id });
            if (answer?.__typename === "WebhookWithSecret") onRotated(answer.secret);
          }}
        >
          Rotate the secret
        </button>
        {webhook.status === "ACTIVE" ? (
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={busy}
            onClick={() => disable.run({ webhookId: webhook.id })}
          >
            Disable
          </button>
        ) : (
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => enable.run({ webhookId: webhook.id })}
          >
            Enable
          </button>
        )}
        {confirmingDelete ? (
          <>
            <button
              type="button"
              className="button button--small button--danger"
              disabled={busy}
              onClick={() => remove.run({ webhookId: webhook.id })}
            >
              Delete for good
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => setConfirmingDelete(false)}
            >
              Keep it
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--small button--quiet"
            disabled={busy}
            onClick={() => setConfirmingDelete(true)}
          >
            Delete…
          </button>
        )}
      </div>
      <DeliveryLog webhook={webhook} labels={labels} refetch={refetch} />
    </article>
  );
}

const statusWords: Record<WebhookDeliveryItem["status"], string> = {
  DELIVERED: "Delivered",
  FAILED: "Failed",
  PENDING: "Waiting for its next try",
  SENDING: "Sending",
};

function DeliveryLog({
  webhook,
  labels,
  refetch,
}: {
  webhook: WebhookItem;
  labels: KindLabels;
  refetch(): void;
}) {
  const deliveries = webhook.deliveries.edges.map((edge) => edge.node);
  const redeliver = useCommand(RedeliverWebhookMutation, { words: plainRefusal, refresh: refetch });
  const [redelivered, setRedelivered] = useState<string | null>(null);
  const label = `Deliveries to ${webhook.url}, newest first`;
  return (
    <section aria-label={label} className="webhook-log">
      <h4>Delivery log</h4>
      <p className="muted webhook-log__status" role="status">
        {redelivered && `Sent again: ${redelivered}. Refresh to see how it went.`}
      </p>
      <CommandFailure title="The delivery was not sent again" commands={[redeliver]} />
      {deliveries.length === 0 ? (
        <p className="muted">Nothing delivered yet.</p>
      ) : (
        <ol className="row-list webhook-deliveries" aria-label={label}>
          {deliveries.map((delivery) => {
            const [latest] = delivery.attempts;
            const kind = labels.get(delivery.kind) ?? delivery.kind;
            return (
              <li key={delivery.id} className="row-list__row webhook-delivery">
                <span>
                  <strong>{kind}</strong>{" "}
                  <span className={delivery.status === "DELIVERED" ? "badge badge--brand" : "badge"}>
                    {statusWords[delivery.status]}
                  </span>
                  <br />
                  <span className="muted">
                    <time dateTime={delivery.createdAt}>{local(delivery.createdAt)}</time> ·{" "}
                    {delivery.attemptCount === 1 ? "1 try" : `${delivery.attemptCount} tries`}
                    {latest && (
                      <>
                        {" "}
                        · last: {latest.outcome} in {latest.milliseconds} ms
                      </>
                    )}
                    {delivery.nextTryAt && <> · next try {local(delivery.nextTryAt)}</>}
                  </span>
                </span>
                {(delivery.status === "DELIVERED" || delivery.status === "FAILED") && (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    disabled={redeliver.fetching}
                    onClick={async () => {
                      const answer = await redeliver.run({ webhookId: webhook.id, deliveryId: delivery.id });
                      if (answer) setRedelivered(kind);
                    }}
                  >
                    Redeliver
                    <span className="visually-hidden">
                      : {kind}, {local(delivery.createdAt)}
                    </span>
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
