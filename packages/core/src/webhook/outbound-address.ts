import { BlockList, isIP } from "node:net";
import { lazily } from "../objects/lazily";

/**
 * What a resolved address is, for the rule of where deliveries may connect: on AWS only to public
 * addresses (a webhook URL must not reach the VPC, the instance metadata service or the Lambda itself);
 * locally plain http only to loopback.
 */
export type AddressKind = "public" | "loopback" | "private" | "link-local";

/** Built on first use: a module that runs nothing on import stays out of bundles that never call it. */
const ranges = lazily(() => {
  const loopback = new BlockList();
  loopback.addSubnet("127.0.0.0", 8, "ipv4");
  loopback.addAddress("::1", "ipv6");

  const linkLocal = new BlockList();
  linkLocal.addSubnet("169.254.0.0", 16, "ipv4");
  linkLocal.addSubnet("fe80::", 10, "ipv6");

  // Private, shared, reserved, documentation, multicast and unspecified ranges: no public receiver is there.
  const notPublic = new BlockList();
  for (const [network, prefix] of [
    ["0.0.0.0", 8],
    ["10.0.0.0", 8],
    ["100.64.0.0", 10],
    ["172.16.0.0", 12],
    ["192.0.0.0", 24],
    ["192.0.2.0", 24],
    ["192.168.0.0", 16],
    ["198.18.0.0", 15],
    ["198.51.100.0", 24],
    ["203.0.113.0", 24],
    ["224.0.0.0", 4],
    ["240.0.0.0", 4],
  ] as const)
    notPublic.addSubnet(network, prefix, "ipv4");
  for (const [network, prefix] of [
    ["::", 128],
    ["fc00::", 7],
    ["ff00::", 8],
    ["2001:db8::", 32],
    ["64:ff9b:1::", 48],
  ] as const)
    notPublic.addSubnet(network, prefix, "ipv6");
  return { loopback, linkLocal, notPublic };
});

/** The IPv4 address an IPv6 one carries (`::ffff:10.0.0.1`, NAT64 `64:ff9b::a00:1`), judged as itself. */
function embeddedIpv4(address: string): string | undefined {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return undefined;
  const [high, low] = [Number.parseInt(hex[1] ?? "0", 16), Number.parseInt(hex[2] ?? "0", 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

export function addressKind(address: string): AddressKind {
  const family = isIP(address);
  if (family === 0) throw new TypeError(`not an IP address: ${address}`);
  if (family === 6) {
    const ipv4 = embeddedIpv4(address);
    if (ipv4) return addressKind(ipv4);
  }
  const type = family === 4 ? "ipv4" : "ipv6";
  const { loopback, linkLocal, notPublic } = ranges();
  if (loopback.check(address, type)) return "loopback";
  if (linkLocal.check(address, type)) return "link-local";
  if (notPublic.check(address, type)) return "private";
  return "public";
}
