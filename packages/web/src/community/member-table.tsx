import { localDateOf } from "@meetstream/core/clock/local-time";
import { useState } from "react";
import type { AnyVariables, TypedDocumentNode } from "urql";
import { MemberName } from "../components/member-list";
import { useCommand } from "../graphql/command";
import { viewerTimeZone } from "../meetup/time-zones";
import {
  AppointHostMutation,
  AppointOrganiserMutation,
  type Community,
  type Membership,
  RemoveMemberMutation,
  RevokeRoleMutation,
} from "./community-documents";

const roleNames = {
  ORGANISER: "Organiser",
  HOST: "Host",
  MEMBER: "Member",
  PENDING: "Asked to join",
} as const;

/**
 * A community's members for its organisers: name, role and since, each member's actions tucked in a menu
 * of its row. The menu offers only what the API would accept: no one removes themselves here (they leave
 * from the community page), and the last organiser is neither removed nor made a member.
 */
export function MemberTable({
  community,
  members,
  viewerId,
  onDone,
}: {
  community: Community;
  members: readonly Membership[];
  viewerId: string | undefined;
  onDone(): void;
}) {
  const organisers = members.filter((membership) => membership.role === "ORGANISER").length;
  return (
    <table className="member-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Since</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((membership) => {
          const member = membership.member;
          const lastOrganiser = membership.role === "ORGANISER" && organisers <= 1;
          return (
            <tr key={member?.id ?? membership.since}>
              <td data-label="Name">
                <MemberName member={member} />
              </td>
              <td data-label="Role">{roleNames[membership.role]}</td>
              <td data-label="Since">{localDateOf(membership.since, viewerTimeZone())}</td>
              <td className="member-table__actions">
                {member && (
                  <MemberMenu
                    community={community}
                    membership={membership}
                    member={member}
                    removable={!lastOrganiser && member.id !== viewerId}
                    demotable={!lastOrganiser}
                    onDone={onDone}
                  />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function MemberMenu({
  community,
  membership,
  member,
  removable,
  demotable,
  onDone,
}: {
  community: Community;
  membership: Membership;
  member: NonNullable<Membership["member"]>;
  removable: boolean;
  demotable: boolean;
  onDone(): void;
}) {
  const variables = { communityId: community.id, memberId: member.id };
  const name = member.displayName;
  const actions = [
    membership.role === "MEMBER" && (
      <MemberAction
        key="host"
        label="Make host"
        tone="secondary"
        name={name}
        mutation={AppointHostMutation}
        variables={variables}
        onDone={onDone}
      />
    ),
    membership.role !== "ORGANISER" && (
      <MemberAction
        key="organiser"
        label="Make organiser"
        tone="secondary"
        name={name}
        mutation={AppointOrganiserMutation}
        variables={variables}
        onDone={onDone}
      />
    ),
    membership.role !== "MEMBER" && demotable && (
      <MemberAction
        key="member"
        label="Make member"
        tone="secondary"
        name={name}
        mutation={RevokeRoleMutation}
        variables={variables}
        onDone={onDone}
      />
    ),
    removable && (
      <MemberAction
        key="remove"
        label="Remove"
        tone="danger"
        confirm={`Remove ${name} from ${community.name}? They lose their places at its upcoming meetups and the join links to them.`}
        name={name}
        mutation={RemoveMemberMutation}
        variables={variables}
        onDone={onDone}
      />
    ),
  ].filter(Boolean);
  if (actions.length === 0) return null;
  return (
    <details className="row-menu">
      <summary className="button button--small button--secondary">
        Actions<span className="visually-hidden"> for {name}</span>
      </summary>
      <div className="row-menu__items">{actions}</div>
    </details>
  );
}

/** The button that opened a confirmation is gone: keyboard and screen reader users land on the question. */
const focusOnMount = (element: HTMLElement | null) => element?.focus();

/** One button acting on one member; says why when the API refuses. */
export function MemberAction<Variables extends AnyVariables>({
  label,
  name,
  tone = "primary",
  confirm,
  mutation,
  variables,
  onDone,
}: {
  label: string;
  name: string;
  tone?: "primary" | "secondary" | "danger";
  /** When set, the button first asks this, in the page, and acts only on a second click. */
  confirm?: string;
  // biome-ignore lint/suspicious/noExplicitAny: every member mutation answers one union of its own
  mutation: TypedDocumentNode<any, Variables>;
  variables: Variables;
  onDone(): void;
}) {
  const action = useCommand(mutation, { refresh: onDone });
  const [confirming, setConfirming] = useState(false);
  const className = tone === "primary" ? "button button--small" : `button button--small button--${tone}`;
  const act = () => {
    setConfirming(false);
    void action.run(variables);
  };
  if (confirming && confirm) {
    return (
      <span className="card danger-zone confirm-step">
        <span className="confirm-step__title" ref={focusOnMount} tabIndex={-1}>
          {confirm}
        </span>
        <span className="button-row">
          <button type="button" className={className} disabled={action.fetching} onClick={act}>
            {label} {name}
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => setConfirming(false)}
          >
            Keep {name}
          </button>
        </span>
      </span>
    );
  }
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={action.fetching}
        onClick={confirm ? () => setConfirming(true) : act}
      >
        {label}
        <span className="visually-hidden"> {name}</span>
      </button>
      {(action.rejection || action.error) && (
        <span className="field__error" role="alert">
          {action.rejection ?? action.error?.message}
        </span>
      )}
    </>
  );
}
