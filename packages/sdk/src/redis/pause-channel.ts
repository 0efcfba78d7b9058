/**
 * The subscriber connection a {@link RedisTokenStore} owns to hear other instances' rate-limit
 * pauses within milliseconds: a duplicate of the app's client (a subscribed connection can run
 * no other command), opened on the first watch, unreferenced so it never keeps the process alive,
 * closed by the store's `close()`. `@upstash/redis` (REST) cannot subscribe: it is polled.
 * @module
 * @internal
 */

type Listener = (ms: number) => void;

/** The subscriber, whichever driver made it. */
interface Subscriber {
  subscribe(channel: string): Promise<unknown>;
  unsubscribe(channel: string): Promise<unknown>;
  close(): void;
}

interface Duplicable {
  duplicate(): unknown;
  call?: unknown;
  sendCommand?: unknown;
}

/** Whether the app's client can make a subscriber (ioredis, node-redis). */
export function canSubscribe(client: unknown): boolean {
  const c = client as Partial<Duplicable> | null;
  return !!c && typeof c.duplicate === "function" && (typeof c.call === "function" || typeof c.sendCommand === "function");
}

/** Pushed pauses, per channel, on one connection. */
export class PauseChannel {
  readonly #client: Duplicable;
  readonly #listeners = new Map<string, Set<Listener>>();
  #subscriber: Promise<Subscriber | undefined> | undefined;
  #closed = false;

  constructor(client: unknown) {
    this.#client = client as Duplicable;
  }

  /** Calls `listener` with each message's ms on `channel`; returns the function that stops it. */
  watch(channel: string, listener: Listener): () => void {
    let listeners = this.#listeners.get(channel);
    if (!listeners) {
      this.#listeners.set(channel, (listeners = new Set()));
      void this.#connected().then((sub) => sub?.subscribe(channel)).catch(() => undefined);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size || this.#listeners.get(channel) !== listeners) return;
      this.#listeners.delete(channel);
      void this.#connected().then((sub) => sub?.unsubscribe(channel)).catch(() => undefined);
    };
  }

  #deliver(channel: string, message: unknown): void {
    const ms = Number(String(message));
    if (!Number.isFinite(ms) || ms < 0) return;
    for (const listener of [...(this.#listeners.get(channel) ?? [])]) listener(ms);
  }

  #connected(): Promise<Subscriber | undefined> {
    this.#subscriber ??= this.#open().catch(() => {
      // Retried at the next watch.
      this.#subscriber = undefined;
      return undefined;
    });
    return this.#subscriber;
  }

  async #open(): Promise<Subscriber | undefined> {
    if (this.#closed) return undefined;
    const dup = this.#client.duplicate() as Record<string, (...args: unknown[]) => unknown>;
    // An unheard 'error' event would crash the process; the subscription is best-effort.
    dup.on?.("error", () => undefined);
    let sub: Subscriber;
    if (typeof this.#client.call === "function") {
      // ioredis: connects by itself (and again after a drop, resubscribing); each socket unreferenced.
      const unref = () => (dup as { stream?: { unref?: () => void } }).stream?.unref?.();
      dup.on?.("connect", unref);
      unref();
      dup.on?.("message", (channel: unknown, message: unknown) => this.#deliver(String(channel), message));
      sub = {
        subscribe: (channel) => dup.subscribe!(channel) as Promise<unknown>,
        unsubscribe: (channel) => dup.unsubscribe!(channel) as Promise<unknown>,
        close: () => void dup.disconnect?.(),
      };
    } else {
      await (dup.connect!() as Promise<unknown>);
      (dup as { unref?: () => void }).unref?.();
      sub = {
        subscribe: (channel) => dup.subscribe!(channel, (message: unknown) => this.#deliver(channel, message)) as Promise<unknown>,
        unsubscribe: (channel) => dup.unsubscribe!(channel) as Promise<unknown>,
        close: () => void Promise.resolve((dup.destroy ?? dup.disconnect ?? dup.quit)?.call(dup)).catch(() => undefined),
      };
    }
    if (this.#closed) {
      sub.close();
      return undefined;
    }
    return sub;
  }

  /** Closes the subscriber connection (the app's own client stays open). */
  async close(): Promise<void> {
    this.#closed = true;
    this.#listeners.clear();
    const sub = await this.#subscriber;
    sub?.close();
  }
}
