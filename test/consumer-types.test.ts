/**
 * What an app writes compiles (this file is type-checked by `npm test`): callbacks whose result
 * the SDK ignores may return anything. The minimum TypeScript version is checked by the runtime
 * matrix (runtimes/lib/typescript.mjs), which compiles a consumer program with it.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { AccessToken, LifecycleOptions, TokenRefreshedCallback } from "../packages/sdk/src/index.js";

describe("types an app uses", () => {
  it("onTokenRefreshed takes a callback that returns something (tokens.push returns a number)", () => {
    const tokens: AccessToken[] = [];
    const options: LifecycleOptions = { onTokenRefreshed: (token) => tokens.push(token) };
    expectTypeOf<(token: AccessToken) => number>().toMatchTypeOf<TokenRefreshedCallback>();
    expectTypeOf<(token: AccessToken) => Promise<void>>().toMatchTypeOf<TokenRefreshedCallback>();
    expect(typeof options.onTokenRefreshed).toBe("function");
  });
});
