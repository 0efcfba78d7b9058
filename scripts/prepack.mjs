#!/usr/bin/env node
// `prepack` of each package (run by `npm pack` and `npm publish` in its folder): builds it, so a
// pack of a fresh clone is never an empty package, and copies the repository's CHANGELOG.md next
// to it (the tarball carries it; the copy is gitignored). Dependency-free on purpose.
import { execFileSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { join } from "node:path";

const pkgDir = process.cwd();
execFileSync(process.execPath, [join(pkgDir, "scripts", "build.mjs")], { cwd: pkgDir, stdio: ["ignore", "inherit", "inherit"] });
copyFileSync(join(pkgDir, "..", "..", "CHANGELOG.md"), join(pkgDir, "CHANGELOG.md"));
