// The HTML pages of the Accounts service: the consent page a person clicks through, and the error
// page Spotify shows (instead of redirecting) for an unknown client or redirect URI.
import type { AppRecord } from "../options.js";
import type { UserRecord } from "../state/types.js";

/**
 * Escapes text for HTML content and attribute values: app names and redirect URIs are chosen by whoever
 * registers an app.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;background:#121212;color:#fff;margin:0;display:flex;justify-content:center}
main{max-width:28rem;width:100%;padding:2rem 1.5rem}h1{font-size:1.5rem}h2{font-size:1rem;color:#b3b3b3;font-weight:normal}
ul{padding-left:1.2rem;color:#ddd}li{margin:.35rem 0}code{color:#1ed760}label{display:block;margin:1rem 0 .3rem}
select{width:100%;padding:.5rem;border-radius:4px;background:#242424;color:#fff;border:1px solid #555}
.actions{display:flex;gap:.75rem;margin-top:1.5rem}button{flex:1;padding:.8rem;border-radius:2rem;border:0;font-weight:bold;cursor:pointer}
.approve{background:#1ed760;color:#000}.deny{background:transparent;color:#fff;border:1px solid #777}.note{color:#888;font-size:.8rem;margin-top:2rem}`;

function page(title: string, content: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${content}</main></body></html>`;
}

/**
 * What the consent page shows: the app, the requested scopes with their descriptions, the users to pick
 * from, and the pending request it answers.
 */
export interface ConsentPageInput {
  app: AppRecord;
  scopes: string[];
  scopeDescriptions: Record<string, string>;
  users: UserRecord[];
  requestId: string;
  redirectUri: string;
}

/**
 * The consent page: the app and scopes, a user picker, and Agree / Cancel buttons posting back to
 * /authorize with the request id.
 */
export function consentPage(input: ConsentPageInput): string {
  const scopeList = input.scopes.length
    ? input.scopes.map((s) => `<li><code>${escapeHtml(s)}</code>: ${escapeHtml(input.scopeDescriptions[s] ?? "")}</li>`).join("")
    : "<li>Read publicly available information only</li>";
  const options = input.users
    .map((u) => `<option value="${escapeHtml(u.id)}">${escapeHtml(u.display_name)} (${escapeHtml(u.id)}, ${u.product})</option>`)
    .join("");
  return page(
    `Authorize ${input.app.name}`,
    `<h1>Allow <span id="app-name">${escapeHtml(input.app.name)}</span> to access your Spotify account?</h1>
<h2>spotify-emulator &middot; client <code>${escapeHtml(input.app.clientId)}</code></h2>
<p>The app asks to:</p><ul id="scopes">${scopeList}</ul>
<form method="post" action="/authorize">
<input type="hidden" name="request_id" value="${escapeHtml(input.requestId)}">
<label for="user_id">Continue as</label><select id="user_id" name="user_id">${options}</select>
<div class="actions"><button class="approve" type="submit" name="decision" value="approve">Agree</button>
<button class="deny" type="submit" name="decision" value="deny">Cancel</button></div>
</form>
<p class="note">You will be sent back to ${escapeHtml(input.redirectUri)}</p>`,
  );
}

/**
 * The page /authorize shows for a request it cannot send back to the app (unknown client, bad redirect
 * URI), worded as Spotify's.
 */
export function errorPage(message: string): string {
  return page("Error - spotify-emulator", `<h1>Oops! Something went wrong</h1><p id="error">${escapeHtml(message)}</p>`);
}
