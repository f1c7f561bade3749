import { describe, expect, test } from "vitest";
import { addressKind } from "./outbound-address";

describe("where a delivery may connect", () => {
  test.each([
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["::1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["169.254.169.254", "link-local"],
    ["fe80::1", "link-local"],
    ["10.0.0.7", "private"],
    ["172.16.3.4", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "private"],
    ["0.0.0.0", "private"],
    ["::", "private"],
    ["fd00::1", "private"],
    ["::ffff:10.1.2.3", "private"],
    ["::ffff:a01:203", "private"],
    ["64:ff9b::a9fe:a9fe", "link-local"],
    ["224.0.0.1", "private"],
    ["93.184.216.34", "public"],
    ["2606:4700::1111", "public"],
  ])("%s is %s", (address, kind) => expect(addressKind(address)).toBe(kind));
});
