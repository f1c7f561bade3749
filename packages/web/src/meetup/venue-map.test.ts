import { expect, test } from "vitest";
import { openStreetMapAddress } from "./venue-map";

test("a venue with coordinates is a pin on OpenStreetMap, at street zoom", () => {
  expect(
    openStreetMapAddress({
      name: "CIC Rotterdam",
      address: "Stationsplein 45, 3013 AK Rotterdam",
      coordinates: { latitude: 51.9238, longitude: 4.4714 },
    }),
  ).toBe("https://www.openstreetmap.org/?mlat=51.9238&mlon=4.4714#map=17/51.9238/4.4714");
});

test("a venue without coordinates is a search for its address, encoded", () => {
  expect(
    openStreetMapAddress({ name: "Café", address: "Main street 1 & 2, Berlin", coordinates: null }),
  ).toBe("https://www.openstreetmap.org/search?query=Main%20street%201%20%26%202%2C%20Berlin");
});
