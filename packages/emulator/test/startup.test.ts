// Start-up: measured (the numbers live in the benchmark, not here), and the server is usable at once.
import { describe, expect, it } from "vitest";
import { createApp, startEmulator } from "../src/index.js";

describe("start-up", () => {
  it("creates the app and listens on port 0, answering health right away", async () => {
    const started = performance.now();
    const emu = await startEmulator({ port: 0 });
    const elapsedMs = performance.now() - started;
    try {
      expect(Number.isFinite(elapsedMs)).toBe(true);
      expect(emu.port).toBeGreaterThan(0);
      expect(emu.url).toBe(`http://127.0.0.1:${emu.port}`);
      const res = await fetch(`${emu.controlUrl}/health`);
      expect(res.status).toBe(200);
    } finally {
      await emu.stop();
    }
    // Stopped means stopped: the port refuses connections.
    await expect(fetch(`${emu.controlUrl}/health`)).rejects.toThrow();
  });

  it("createApp does not listen and gives a request listener plus the state", () => {
    const app = createApp({ seed: 3 });
    expect(typeof app.handler).toBe("function");
    expect([...app.state.users.keys()]).toEqual(["emulator-user", "emulator-free-user"]);
    app.close();
  });

  it("rejects invalid options with a clear error", () => {
    expect(() => createApp({ profile: "gold" as "extended" })).toThrow(/unknown profile gold/);
    expect(() => createApp({ tokenTtl: 0 })).toThrow(/tokenTtl/);
  });
});
