// The emulator as a target: started in this process, a client-credentials token fetched, a track
// ID found in its catalog. Reports what is missing while the emulator cannot serve the benchmark.
export async function emulatorTarget() {
  let mod;
  try {
    mod = await import("spotify-emulator");
  } catch (e) {
    return { unavailable: `the emulator package (${e.message.split("\n")[0]})` };
  }
  return { unavailable: "emulator target wiring" };
}
