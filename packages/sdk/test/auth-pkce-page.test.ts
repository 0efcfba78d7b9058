/**
 * The PKCE strategy in a page when the page misbehaves around it: site data blocked, a redirect
 * that cannot start, a denied return handled by two clients at once (React StrictMode). A fake
 * page (location, history, localStorage) over a real local Accounts service.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { AuthError, AuthorizationCodeWithPKCEStrategy, MemoryTokenStore, SpotifyApi, SpotifyError, type IRedirectionStrategy } from "../src/index.js";
import { comeBackDenied, installFakePage } from "./helpers/auth-browser.js";
import { startAuthServer, type AuthServer } from "./helpers/auth-server.js";

const CLIENT_ID = "client-id-1";
const PAGE = "http://127.0.0.1:5173/";

let server: AuthServer | undefined;
afterEach(async () => {
  vi.unstubAllGlobals();
  await server?.close();
  server = undefined;
});

function redirectRecorder(failFirst = 0): IRedirectionStrategy & { urls: string[] } {
  const urls: string[] = [];
  let failures = failFirst;
  return {
    urls,
    redirect: async (url) => {
      if (failures-- > 0) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      urls.push(String(url));
    },
    onReturnFromRedirect: async () => {},
  };
}

function client(redirection: IRedirectionStrategy) {
  return SpotifyApi.withUserAuthorization(CLIENT_ID, PAGE, ["user-read-email"], {
    accountsBaseUrl: server!.accountsUrl, baseUrl: server!.apiUrl, redirectionStrategy: redirection,
  });
}

describe("PKCE in a page that misbehaves", () => {
  it("with site data blocked, a given store works and the default is a SpotifyError, not a raw DOMException", () => {
    vi.stubGlobal("document", { title: "blocked" });
    Object.defineProperty(globalThis, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", "SecurityError");
      },
    });
    try {
      expect(() => new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, PAGE, [], { store: new MemoryTokenStore() })).not.toThrow();
      expect(() => new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, PAGE, [])).toThrow(SpotifyError);
      expect(() => new AuthorizationCodeWithPKCEStrategy(CLIENT_ID, PAGE, [])).toThrow(/localStorage is blocked/);
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });

  it("a redirect that fails to start is a SpotifyError, and the same client redirects on the next try", async () => {
    server = await startAuthServer();
    installFakePage(PAGE);
    const redirection = redirectRecorder(1);
    const sdk = client(redirection);
    const error = await sdk.authenticate().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyError);
    expect((error as Error).message).toMatch(/could not start the authorization.*quota/i);
    await expect(sdk.authenticate()).resolves.toMatchObject({ authenticated: false });
    expect(redirection.urls).toHaveLength(1);
  });

  it("a denied return handled by two clients at once (StrictMode) rejects in both, with no new trip to the authorize page", async () => {
    server = await startAuthServer();
    const page = installFakePage(PAGE);
    const redirection = redirectRecorder();
    await client(redirection).authenticate();
    comeBackDenied(page, redirection.urls, PAGE);
    const results = await Promise.allSettled([client(redirection).authenticate(), client(redirection).authenticate()]);
    for (const result of results) {
      expect(result.status).toBe("rejected");
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(AuthError);
      expect((result as PromiseRejectedResult).reason).toMatchObject({ error: "access_denied" });
    }
    expect(redirection.urls).toHaveLength(1);
    expect(page.href).toBe(PAGE);
  });
});
