/**
 * Just enough of a browser page for the PKCE redirect flow: `document`, `location`, `history`
 * and `localStorage` stubbed on globalThis (restored with vi.unstubAllGlobals()).
 */
import { vi } from "vitest";

export class FakeStorage implements Storage {
  readonly #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }
  keys(): string[] {
    return [...this.#items.keys()];
  }
}

export interface FakePage {
  storage: FakeStorage;
  /** Every URL the page was sent to with location.assign. */
  assigned: string[];
  /** Every URL history.replaceState set. */
  replaced: string[];
  /** Puts the page at `url` (as after a redirect back). */
  goTo(url: string): void;
  readonly href: string;
}

export function installFakePage(startUrl: string): FakePage {
  let href = startUrl;
  const storage = new FakeStorage();
  const page: FakePage = {
    storage,
    assigned: [],
    replaced: [],
    goTo: (url) => void (href = url),
    get href() {
      return href;
    },
  };
  const location = {
    get href() {
      return href;
    },
    get search() {
      return new URL(href).search;
    },
    assign: (url: string) => void page.assigned.push(url),
  };
  const history = {
    replaceState: (_data: unknown, _title: string, url?: string) => {
      if (url) {
        href = url;
        page.replaced.push(url);
      }
    },
  };
  vi.stubGlobal("document", { title: "test page" });
  vi.stubGlobal("location", location);
  vi.stubGlobal("history", history);
  vi.stubGlobal("localStorage", storage);
  return page;
}

/** After a client left for the authorize page (its URL first in `urls`): the user denied, and the page is back. */
export function comeBackDenied(page: FakePage, urls: string[], pageUrl: string): void {
  const state = new URL(urls[0]!).searchParams.get("state")!;
  page.goTo(`${pageUrl}?error=access_denied&state=${state}`);
}
