import { Fragment } from "react";

/**
 * An email address that, when it must wrap, wraps before its "@" or a dot and never inside a name: the
 * page lets any other word break anywhere, which cut addresses into "adaeze.oka" / "for@example.org".
 */
export function EmailAddress({ address }: { address: string }) {
  const parts = address.split(/(?=[@.])/);
  return (
    <span className="email-address">
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one address never move
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
