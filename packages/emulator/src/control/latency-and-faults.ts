// Applies added latency and injected faults to an Accounts or Web API request before it is
// handled: what the control plane set, applied on the request path.
import { sleep } from "../core/timers.js";
import { type Exchange, send, sendApiError, sendHtml, sendJson } from "../http/exchange.js";
import type { Platform } from "../platform/platform.js";

const DEFAULT_MESSAGES: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  429: "API rate limit exceeded",
  500: "Server error",
  502: "Bad gateway",
  503: "Service unavailable",
  504: "Gateway timeout",
};

/**
 * Waits the added latency, then applies the first queued fault matching the request.
 * @param area which error body a bare `status` fault gets: the Web API's or the Accounts service's
 * @returns true when the fault has answered (or dropped) the request
 */
export async function applyLatencyAndFaults(platform: Platform, ex: Exchange, area: "api" | "accounts"): Promise<boolean> {
  if (platform.settings.latency > 0) await sleep(platform.timers, platform.settings.latency);
  const fault = platform.faults.take({ method: ex.method, path: ex.pathname, operationId: ex.operationId });
  if (!fault) return false;
  ex.faultKind = fault.kind;
  switch (fault.kind) {
    case "status": {
      const status = fault.status ?? 500;
      if (typeof fault.body === "string") send(platform, ex, status, fault.body, { "Content-Type": "application/json; charset=utf-8" });
      else if (fault.body !== undefined) sendJson(platform, ex, status, fault.body);
      else if (area === "accounts") sendJson(platform, ex, status, { error: "server_error", error_description: `Unexpected status: ${status}` });
      else sendApiError(platform, ex, status, DEFAULT_MESSAGES[status] ?? "Error");
      return true;
    }
    case "rate-limit":
      sendApiError(platform, ex, 429, "API rate limit exceeded", undefined, { "Retry-After": fault.retryAfter ?? 1 });
      return true;
    case "quota":
      sendApiError(platform, ex, 429, "Too many requests", "QUOTA_EXCEEDED", { "Retry-After": fault.retryAfter ?? 1 });
      return true;
    case "html": {
      const status = fault.status ?? 502;
      sendHtml(platform, ex, status, `<html><head><title>${status} Bad Gateway</title></head><body><h1>${status} Bad Gateway</h1><p>upstream error</p></body></html>`);
      return true;
    }
    case "truncated-json":
    case "empty":
      ex.mangle = { kind: fault.kind, status: fault.status };
      return false;
    case "destroy-socket":
      ex.req.socket.destroy();
      platform.record(ex, 0);
      return true;
    case "stall":
      if (fault.stallMs !== undefined) {
        await sleep(platform.timers, fault.stallMs);
        return false;
      }
      // Held until the client gives up or the emulator stops.
      ex.req.socket.once("close", () => platform.record(ex, 0));
      return true;
  }
}
