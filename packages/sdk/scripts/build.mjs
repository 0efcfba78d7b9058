// Builds ESM and CJS with declarations for each, so `import` and `require` both get types of the
// right module kind. Plain tsc: no bundler, the output mirrors src/ file for file (tree-shakable).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
rmSync(join(pkg, "dist"), { recursive: true, force: true });
for (const config of ["tsconfig.build.json", "tsconfig.cjs.json"]) {
  execFileSync(process.execPath, [tsc, "-p", join(pkg, config)], { stdio: "inherit" });
}
mkdirSync(join(pkg, "dist", "cjs"), { recursive: true });
writeFileSync(join(pkg, "dist", "cjs", "package.json"), JSON.stringify({ type: "commonjs" }) + "\n");
