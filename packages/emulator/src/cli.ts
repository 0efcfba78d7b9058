#!/usr/bin/env node
// Placeholder until the emulator lands: says so instead of pretending.
process.stderr.write("spotify-emulator: not implemented yet\n");
process.exitCode = 1;
