/**
 * Type tests of `Session`'s two constructor forms and `setAccessToken`'s two argument forms:
 * compiled by `tsc -p tsconfig.test.json`, never run. Each `@ts-expect-error` must stay an error.
 */
import { Session, type AccessToken, type SessionOptions } from "../../src/index.js";

declare const token: AccessToken;

export async function constructorForms(): Promise<void> {
  const options: SessionOptions = { clientId: "id", clientSecret: "secret" };
  const worker = new Session("id", "secret");
  const login = new Session("id", "secret", "https://app.example/callback", { scopes: ["user-read-email"] });
  new Session(options);
  new Session({ ...options, redirectUri: "https://app.example/callback" });
  const redirect: string | undefined = login.redirectUri;
  void redirect;
  await worker.setAccessToken("the token string");
  await worker.setAccessToken(token);
  // @ts-expect-error the client secret is required in the positional form
  new Session("id");
  // @ts-expect-error identity goes in the positional arguments, not the fourth
  new Session("id", "secret", undefined, { clientId: "other" });
  // @ts-expect-error redirectUri may be undefined: check before using it as a string
  const sure: string = login.redirectUri;
  void sure;
  // @ts-expect-error a token is a string or an AccessToken object
  await worker.setAccessToken(42);
}
