/** Pure units: Retry-After parsing, backoff bounds, error shapes and redaction. */
import { describe, expect, it } from "vitest";
import { AuthError, BadRequestError, createApiError, ForbiddenError, RateLimitError, ServerError, SpotifyError } from "../src/index.js";
import { backoffDelayMs, DEFAULT_RETRY, parseRetryAfter } from "../src/http/retry.js";
import { redactUrl } from "../src/errors.js";

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-23T12:00:00Z");
  it.each([
    ["1", 1], ["0", 0], [" 30 ", 30], ["2.5", 2.5],
    ["Mon, 23 Nov 2026 12:00:10 GMT", 10], ["Mon, 23 Nov 2026 11:00:00 GMT", 0],
    [undefined, undefined], ["", undefined], ["soon", undefined],
    // A header sent twice arrives joined; a lenient date parser would read "3600." as the year 3600.
    ["5, 5", 5], ["3600.", undefined], ["3600 seconds", undefined], ["-3", undefined],
    ["Monday, 23-Nov-26 12:00:20 GMT", 20],
  ])("%j → %j", (value, expected) => {
    expect(parseRetryAfter(value as string | undefined, now)).toBe(expected);
  });
});

describe("backoffDelayMs", () => {
  it("grows exponentially, stays within [ceiling/2, ceiling] and under the cap", () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const ceiling = Math.min(DEFAULT_RETRY.backoffMaxMs, DEFAULT_RETRY.backoffBaseMs * 2 ** attempt);
      expect(backoffDelayMs(attempt, DEFAULT_RETRY, () => 0)).toBe(ceiling / 2);
      expect(backoffDelayMs(attempt, DEFAULT_RETRY, () => 0.999999)).toBeLessThanOrEqual(ceiling);
    }
  });
});

describe("errors", () => {
  it("builds the subclass per status with Spotify's message and reason", () => {
    const e = createApiError({ status: 403, body: { error: { status: 403, message: "Player command failed: Premium required", reason: "PREMIUM_REQUIRED" } }, method: "PUT", url: "https://api.spotify.com/v1/me/player/play" });
    expect(e).toBeInstanceOf(ForbiddenError);
    expect(e).toBeInstanceOf(SpotifyError);
    expect(e.reason).toBe("PREMIUM_REQUIRED");
    expect(e.message).toBe("403 Player command failed: Premium required [PREMIUM_REQUIRED] (PUT https://api.spotify.com/v1/me/player/play)");
    expect(createApiError({ status: 400 })).toBeInstanceOf(BadRequestError);
    expect(createApiError({ status: 502 })).toBeInstanceOf(ServerError);
    const limited = createApiError({ status: 429, retryAfter: 7 }) as RateLimitError;
    expect(limited.retryAfter).toBe(7);
  });

  it("redacts credential headers and keeps the body out of JSON", () => {
    const e = createApiError({ status: 401, headers: { Authorization: "Bearer SECRET", "Set-Cookie": "s=SECRET", "X-Ok": "1" }, body: { error: { message: "bad" }, echo: "SECRET body" } });
    const text = JSON.stringify(e);
    expect(text).not.toContain("SECRET");
    expect(e.headers).toEqual({ authorization: "[redacted]", "set-cookie": "[redacted]", "x-ok": "1" });
    expect(JSON.parse(text)).toMatchObject({ name: "UnauthorizedError", status: 401 });
  });

  it("redacts credentials in URLs", () => {
    expect(redactUrl("https://x/cb?code=SECRET&state=s&refresh_token=SECRET")).toBe("https://x/cb?code=[redacted]&state=s&refresh_token=[redacted]");
    const e = new AuthError({ error: "invalid_grant", errorDescription: "Invalid authorization code", status: 400, method: "GET", url: "https://x/cb?code=SECRET" });
    expect(`${e.message} ${JSON.stringify(e)}`).not.toContain("SECRET");
    expect(e.message).toBe("invalid_grant: Invalid authorization code (GET https://x/cb?code=[redacted])");
  });
});
