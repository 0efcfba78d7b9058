import type { ChildProcess } from "node:child_process";

/** A server started for the tests. */
export interface TestServer {
  url: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}
/** The command that installs each server, for the message shown where it is missing. */
export declare const INSTALL_HINTS: Readonly<{ redis: string; postgres: string }>;
/** A port free on 127.0.0.1 now. */
export declare function freePort(): Promise<number>;
/** Where `redis-server` is (installed now with apt-get when missing and root); rejects with why not. */
export declare function findRedisServer(say?: (line: string) => void): Promise<string>;
/** A Redis server of its own on a free (or the given) loopback port, no persistence. */
export declare function startRedis(options?: { say?: (line: string) => void; port?: number }): Promise<TestServer>;
/** A PostgreSQL cluster of its own in a temporary folder, on a free loopback port. */
export declare function startPostgres(options?: { say?: (line: string) => void }): Promise<TestServer>;
/** Both servers at once: the environment for the tests, what is missing and why, and how to stop them. */
export declare function startServers(options?: { say?: (line: string) => void }): Promise<{
  env: Record<string, string>;
  missing: Array<{ name: "redis" | "postgres"; reason: string; install: string }>;
  stop(): Promise<void>;
}>;
