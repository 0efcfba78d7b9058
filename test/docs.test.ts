/** The API reference builds from the TSDoc comments without a warning (broken links, unexported types). */
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

it("typedoc generates the reference with no warning", () => {
  const out = execFileSync(join(root, "node_modules", ".bin", "typedoc"), ["--emit", "none", "--treatWarningsAsErrors"], {
    cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"],
  });
  expect(out).not.toMatch(/warning|error/i);
}, 90_000);
