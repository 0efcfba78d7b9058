// The emulator dashboard. It talks only to the control plane (/emulator/...), so everything it
// does is scriptable too. Plain DOM, no framework, no build step; values are always set as text,
// never as HTML (paths and bodies come from the app under test).
import { setupFixtures } from "./fixtures.js";

const API = "/emulator";

/** @param {string} tag @param {Record<string, unknown>} [props] @param {...(Node|string|null|undefined)} children */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), /** @type {EventListener} */ (value));
    else if (key === "text") node.textContent = String(value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

const $ = (selector) => /** @type {HTMLElement} */ (document.querySelector(selector));

async function call(method, path, body) {
  const res = await fetch(`${API}/${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data?.error?.message ?? `HTTP ${res.status}`);
  return data;
}

function formValues(form) {
  return Object.fromEntries(new FormData(form).entries());
}

function numberOrUndefined(value) {
  return value === "" || value === undefined ? undefined : Number(value);
}

// ---- Tabs (arrow keys move between them, as the ARIA tabs pattern has it) ----
const tabs = [...document.querySelectorAll('[role="tab"]')];
function selectTab(tab) {
  for (const t of tabs) {
    const selected = t === tab;
    t.setAttribute("aria-selected", String(selected));
    t.tabIndex = selected ? 0 : -1;
    document.getElementById(t.getAttribute("aria-controls")).hidden = !selected;
  }
  tab.focus();
  refreshers[tab.id]?.();
}
for (const tab of tabs) {
  tab.addEventListener("click", () => selectTab(tab));
  tab.addEventListener("keydown", (e) => {
    const i = tabs.indexOf(tab);
    if (e.key === "ArrowRight") selectTab(tabs[(i + 1) % tabs.length]);
    if (e.key === "ArrowLeft") selectTab(tabs[(i - 1 + tabs.length) % tabs.length]);
  });
}
const refreshers = {
  "tab-apps": () => refreshApps(),
  "tab-state": () => refreshState(),
  "tab-faults": () => refreshFaults(),
  "tab-fixtures": () => refreshFixtures(),
};

// ---- Requests ----
const logBody = $("#log tbody");
const entries = [];
let paused = false;
let selectedSeq = 0;

function matchesFilters(entry) {
  const f = formValues($("#log-filters"));
  if (f.status && String(entry.status)[0] !== f.status) return false;
  if (f.operation && !(entry.operationId ?? "").includes(String(f.operation))) return false;
  if (f.user && !(entry.userId ?? "").includes(String(f.user))) return false;
  return true;
}

function row(entry) {
  const tr = el(
    "tr",
    { "data-seq": entry.seq, tabindex: 0, "aria-selected": String(entry.seq === selectedSeq) },
    el("td", { text: entry.time.slice(11, 23) }),
    el("td", { text: entry.method }),
    el("td", { text: entry.path }),
    el("td", { text: entry.operationId ?? "" }),
    el("td", { text: entry.status, class: `s${String(entry.status)[0]}` }),
    el("td", { text: entry.durationMs }),
    el("td", { text: entry.clientId ?? "" }),
    el("td", { text: entry.userId ?? "" }),
    el("td", { text: entry.fault ?? "" }),
  );
  const open = () => showDetail(entry);
  tr.addEventListener("click", open);
  tr.addEventListener("keydown", (e) => e.key === "Enter" && open());
  return tr;
}

function renderLog() {
  logBody.replaceChildren(...entries.filter(matchesFilters).slice(-500).reverse().map(row));
}

function showDetail(entry) {
  selectedSeq = entry.seq;
  for (const tr of logBody.children) tr.setAttribute("aria-selected", String(Number(tr.dataset.seq) === entry.seq));
  const parts = [el("h2", { text: `${entry.method} ${entry.path} → ${entry.status}` })];
  const section = (title, text) => text && parts.push(el("h3", { text: title }), el("pre", { text }));
  section("Query (secrets masked)", entry.query);
  section("Request headers (secrets masked)", entry.bodies ? JSON.stringify(entry.bodies.requestHeaders, null, 2) : "");
  section("Request body", entry.bodies?.requestBody);
  section("Response body", pretty(entry.bodies?.responseBody));
  section("Error", entry.error);
  if (!entry.bodies) parts.push(el("p", { class: "muted", text: "Bodies and headers are recorded while \u201cRecord bodies\u201d is on." }));
  $("#log-detail").replaceChildren(...parts);
}

function pretty(text) {
  if (!text) return text;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function addEntry(entry) {
  entries.push(entry);
  if (entries.length > 2000) entries.splice(0, entries.length - 2000);
  if (!paused && matchesFilters(entry)) {
    logBody.prepend(row(entry));
    while (logBody.children.length > 500) logBody.lastChild.remove();
  }
  if (entry.method !== "GET" || entry.path === "/api/token") scheduleStateRefresh();
}

async function startLog() {
  const { entries: initial } = await call("GET", "log?limit=500");
  for (const e of initial) entries.push(e);
  renderLog();
  const last = initial.at(-1)?.seq ?? 0;
  // From the last entry listed (0: none), so what is logged in between is replayed, not lost.
  const feed = new EventSource(`${API}/log/stream?since=${last}`);
  feed.addEventListener("entry", (e) => addEntry(JSON.parse(/** @type {MessageEvent} */ (e).data)));
}

$("#log-filters").addEventListener("input", (e) => {
  if (/** @type {HTMLInputElement} */ (e.target).name !== "bodies") renderLog();
});
$("#log-filters").addEventListener("submit", (e) => e.preventDefault());
$("#log-filters [name=bodies]").addEventListener("change", async (e) => {
  await call("POST", "settings", { logBodies: /** @type {HTMLInputElement} */ (e.target).checked });
});
$("#log-pause").addEventListener("click", () => {
  paused = !paused;
  $("#log-pause").setAttribute("aria-pressed", String(paused));
  $("#log-pause").textContent = paused ? "Resume" : "Pause";
  if (!paused) renderLog();
});
$("#log-clear").addEventListener("click", async () => {
  await call("DELETE", "log");
  entries.length = 0;
  renderLog();
});

// ---- Apps, users, tokens ----
async function refreshApps() {
  const [{ apps }, { users }, tokens] = await Promise.all([call("GET", "apps"), call("GET", "users"), call("GET", "tokens")]);
  $("#apps").replaceChildren(...apps.map((a) => el("li", {}, el("strong", { text: a.name ?? a.clientId }), el("div", { class: "muted", text: `${a.clientId} · ${a.profile} · ${a.redirectUris.join(", ")}` }))));
  $("#users").replaceChildren(...users.map((u) => el("li", {}, el("strong", { text: u.display_name }), el("div", { class: "muted", text: `${u.id} · ${u.product} · ${u.country}` }))));
  fillSelect($('#token-form [name="clientId"]'), apps.map((a) => [a.clientId, a.name ?? a.clientId]));
  fillSelect($('#token-form [name="userId"]'), [...users.map((u) => [u.id, u.display_name]), ["", "(app token, no user)"]]);
  const tokenRows = [
    ...tokens.access.map((t) => ({ ...t, label: t.kind === "app" ? "access (app)" : "access" })),
    ...tokens.refresh.map((t) => ({ ...t, label: t.rotating ? "refresh (rotating)" : "refresh" })),
  ];
  $("#tokens tbody").replaceChildren(
    ...tokenRows.map((t) =>
      el(
        "tr",
        {},
        el("td", { text: t.label }),
        el("td", { text: t.clientId }),
        el("td", { text: t.userId ?? "" }),
        el("td", { text: t.scopes.length > 3 ? `${t.scopes.length} scopes` : t.scopes.join(" ") || "(none)", title: t.scopes.join(" ") || undefined }),
        el("td", { text: t.expiresAt.replace("T", " ").slice(0, 19) }),
        el("td", { text: t.state }),
        el(
          "td",
          {},
          t.label.startsWith("access") && t.state === "active" ? el("button", { class: "secondary", text: "Expire", onclick: () => tokenAction("expire", t.id) }) : null,
          t.state === "active" ? el("button", { class: "secondary", text: "Revoke", onclick: () => tokenAction("revoke", t.id) }) : null,
        ),
      ),
    ),
  );
  fillSelect($('#state-form [name="userId"]'), users.map((u) => [u.id, u.display_name]), true);
}

function fillSelect(select, options, keep = true) {
  const current = select.value;
  select.replaceChildren(...options.map(([value, label]) => el("option", { value, text: label })));
  if (keep && options.some(([value]) => value === current)) select.value = current;
}

async function tokenAction(action, tokenId) {
  await call("POST", `tokens/${action}`, { tokenId });
  await refreshApps();
}

$("#app-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const f = formValues(e.target);
  const app = { name: f.name || undefined, clientId: f.clientId || undefined, profile: f.profile, redirectUris: String(f.redirectUris).split(/\s+/).filter(Boolean) };
  await call("POST", "apps", app);
  await refreshApps();
});
$("#user-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const f = formValues(e.target);
  await call("POST", "users", { id: f.id, display_name: f.display_name || undefined, product: f.product, country: f.country || undefined });
  await refreshApps();
});
$("#token-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const f = formValues(e.target);
  const scopes = String(f.scopes).trim() === "all" ? "all" : String(f.scopes).split(/\s+/).filter(Boolean);
  const request = f.userId ? { clientId: f.clientId, userId: f.userId, scopes } : { clientId: f.clientId, kind: "app" };
  const out = $("#token-out");
  try {
    const token = await call("POST", "tokens", request);
    const copy = el("button", { type: "button", class: "secondary", text: "Copy", onclick: () => navigator.clipboard?.writeText(token.access_token) });
    out.replaceChildren(el("span", { text: token.access_token }), " ", copy);
  } catch (error) {
    out.replaceChildren(el("span", { class: "error", text: error.message }));
  }
  await refreshApps();
});

// ---- State ----
let stateTimer = 0;
function scheduleStateRefresh() {
  if ($("#view-state").hidden) return;
  clearTimeout(stateTimer);
  stateTimer = setTimeout(refreshState, 150);
}

function namedList(items, empty = "none") {
  if (!items.length) return el("p", { class: "muted", text: empty });
  return el("ul", {}, ...items.map((i) => el("li", {}, i.name ?? i.uri ?? i.id, i.uri && i.name ? el("span", { class: "uri", text: i.uri }) : null)));
}

async function refreshState() {
  const select = $('#state-form [name="userId"]');
  if (!select.options.length) await refreshApps();
  const userId = select.value || "emulator-user";
  const state = await call("GET", `state?userId=${encodeURIComponent(userId)}`);
  const cards = [];
  const card = (title, ...content) => cards.push(el("div", {}, el("h2", { text: title }), ...content));
  const p = state.player;
  card(
    "Player",
    el("p", { text: p.current ? `${p.playing ? "Playing" : "Paused"}: ${p.current.name ?? p.current.uri}` : "Nothing loaded" }),
    el("p", { class: "muted", text: `device ${p.activeDevice ?? "none"} · progress ${Math.round(p.progressMs / 1000)} s · repeat ${p.repeat} · shuffle ${p.shuffle}` }),
    el("h3", { text: "Queue" }),
    namedList(p.queue, "empty"),
  );
  card(
    `Playlists (${state.playlists.length})`,
    ...state.playlists.map((pl) => el("details", { open: state.playlists.length <= 3 }, el("summary", { text: `${pl.name} · ${pl.items.length} items${pl.public ? "" : " · private"}` }), namedList(pl.items, "no items"))),
  );
  for (const [kind, items] of Object.entries(state.saved)) card(`Saved ${kind}s (${items.length})`, namedList(items.slice(0, 50)));
  for (const [kind, items] of Object.entries(state.follows)) card(`Followed ${kind}s (${items.length})`, namedList(items.slice(0, 50)));
  $("#state").replaceChildren(...cards);
}
$("#state-refresh").addEventListener("click", refreshState);
$('#state-form [name="userId"]').addEventListener("change", refreshState);

// ---- Faults, latency, rate limit, quota, clock ----
async function refreshFaults() {
  const [{ faults }, settings, clock] = await Promise.all([call("GET", "faults"), call("GET", "settings"), call("GET", "clock")]);
  $("#faults").replaceChildren(
    ...(faults.length
      ? faults.map((f) => el("li", { text: `${f.kind}${f.status ? ` ${f.status}` : ""} on ${f.match?.method ?? "any method"} ${f.match?.path ?? f.match?.operationId ?? "any path"} · ${f.remaining} left` }))
      : [el("li", { class: "muted", text: "none" })]),
  );
  const s = $("#settings-form");
  s.latency.value = settings.latency;
  s.rateLimit.value = settings.rateLimit;
  showClock(clock);
}

function showClock(clock) {
  $("#clock").textContent = `${clock.iso.replace("T", " ").slice(0, 19)} UTC${clock.offsetMs ? ` (${Math.round(clock.offsetMs / 60000)} min ahead of real time)` : ""}`;
}

$("#fault-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const f = formValues(e.target);
  const match = {};
  if (f.path) match.path = f.path;
  if (f.method) match.method = String(f.method).toUpperCase();
  const spec = { kind: f.kind, match, count: numberOrUndefined(f.count), status: numberOrUndefined(f.status), retryAfter: numberOrUndefined(f.retryAfter), stallMs: numberOrUndefined(f.stallMs) };
  try {
    await call("POST", "faults", spec);
    $("#fault-error").textContent = "";
  } catch (error) {
    $("#fault-error").textContent = error.message;
  }
  await refreshFaults();
});
$("#faults-clear").addEventListener("click", async () => {
  await call("DELETE", "faults");
  await refreshFaults();
});
$("#settings-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const f = formValues(e.target);
  await call("POST", "settings", { latency: numberOrUndefined(f.latency), rateLimit: numberOrUndefined(f.rateLimit) });
  await refreshFaults();
});
$("#quota-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const form = /** @type {HTMLFormElement} */ (e.target);
  await call("POST", "quota", { exceeded: form.exceeded.checked, retryAfter: numberOrUndefined(form.retryAfter.value) });
});
$("#clock-advance").addEventListener("click", async () => showClock(await call("POST", "clock", { advanceMs: 3_600_000 })));
$("#clock-reset").addEventListener("click", async () => showClock(await call("POST", "clock", { reset: true })));

// ---- Fixtures (ui/fixtures.js) ----
const refreshFixtures = setupFixtures({ el, call, $ });

// ---- Start ----
async function start() {
  const [health, settings] = await Promise.all([call("GET", "health"), call("GET", "settings")]);
  $("#health").textContent = `${health.implemented} of ${health.operations} operations · spec ${health.specVersion} · profile ${settings.profile}`;
  /** @type {HTMLInputElement} */ ($("#log-filters [name=bodies]")).checked = settings.logBodies;
  await startLog();
}
start().catch((error) => {
  $("#health").textContent = `Cannot reach the control plane: ${error.message}`;
});
