/**
 * The API references build from the TSDoc comments without a warning (broken links, unexported
 * types, an undocumented public member down to properties and constructors): the SDK's
 * (typedoc.json) and the emulator's (packages/emulator/typedoc.json).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const typedoc = (...args: string[]) => execFileSync(join(root, "node_modules", ".bin", "typedoc"), ["--emit", "none", "--treatWarningsAsErrors", ...args], {
  cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"],
});

it("both references require every public member documented, properties, methods, accessors and constructors included", () => {
  for (const config of ["typedoc.json", join("packages", "emulator", "typedoc.json")]) {
    const options = JSON.parse(readFileSync(join(root, config), "utf8")) as { requiredToBeDocumented?: string[]; validation?: { notDocumented?: boolean } };
    expect(options.validation?.notDocumented, config).toBe(true);
    for (const kind of ["Class", "Interface", "TypeAlias", "Function", "Variable", "Enum", "Property", "Method", "Accessor", "Constructor"]) {
      expect(options.requiredToBeDocumented, `${config}: ${kind}`).toContain(kind);
    }
  }
});

it("typedoc generates the SDK's reference with no warning", () => {
  expect(typedoc()).not.toMatch(/warning|error/i);
}, 90_000);

it("typedoc generates the emulator's reference (its exports and the control client) with no warning", () => {
  expect(typedoc("--options", join(root, "packages", "emulator", "typedoc.json"))).not.toMatch(/warning|error/i);
}, 90_000);
