// The page: logs in with PKCE (redirect to the consent page and back), shows the profile, then
// hands the token to the example's server. Plain ESM; "spotify-web-api-sdk" comes from the import map.
import { AuthorizationCodeWithPKCEStrategy, SpotifyApi } from "spotify-web-api-sdk";

const $ = (id) => document.getElementById(id);
const config = await (await fetch("/config.json")).json();
// null in live mode: the SDK's defaults are Spotify's URLs.
const urls = config.apiUrl ? { baseUrl: config.apiUrl, accountsBaseUrl: config.accountsUrl } : {};
// The token and the pending verifier are kept in localStorage (the default store in browsers).
const strategy = new AuthorizationCodeWithPKCEStrategy(config.clientId, config.redirectUri, config.scopes);
const sdk = new SpotifyApi(strategy, urls);

function show(text, isError = false) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

async function showProfile() {
  const me = await sdk.currentUser.profile();
  $("display-name").textContent = me.display_name ?? me.id;
  $("user-id").textContent = me.id;
  $("product").textContent = me.product ?? "";
  $("profile").hidden = false;
  $("login").hidden = true;
  show("Logged in.");
}

function showServer(result) {
  $("server").hidden = false;
  $("server-result").textContent =
    `The server called the Web API with your token: it sees ${result.display_name} (${result.id}); ` +
    `${result.apiCalls} call(s), ${result.renewals} renewal(s).`;
}

async function post(path, init) {
  const res = await fetch(path, init);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
  return body;
}

$("login").addEventListener("click", () => {
  // Redirects to the consent page; the page comes back to /callback?code=...&state=...
  sdk.authenticate().catch((error) => show(`${error.name}: ${error.message}`, true));
});

$("handover").addEventListener("click", async () => {
  try {
    const token = await sdk.getAccessToken();
    showServer(await post("/api/token", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(token) }));
    // PKCE refresh tokens are single-use: the server owns this one now, so the page forgets it.
    sdk.logOut();
    $("handover").disabled = true;
    show("Token handed to the server; this page no longer holds it.");
  } catch (error) {
    show(`Handing over failed: ${error.message}`, true);
  }
});

$("ask-server").addEventListener("click", async () => {
  try {
    showServer(await post("/api/profile"));
  } catch (error) {
    show(`The server could not call the Web API: ${error.message}`, true);
  }
});

try {
  const returning = /[?&](code|error)=/.test(location.search);
  // On the way back this checks `state`, exchanges the code and cleans the address bar.
  if (returning) await sdk.authenticate();
  if (await sdk.getAccessToken()) await showProfile();
  else {
    $("login").hidden = false;
    show("Not logged in.");
  }
} catch (error) {
  $("login").hidden = false;
  show(`${error.name}: ${error.message}`, true);
}
