// JSON request-body validation with ajv. ajv and its first compile cost ~110 ms, so the
// validators are compiled off the start-up path: `warmUp()` compiles all of them in the
// background right after the server listens, and a request that arrives first compiles the one
// it needs (once).
import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import { ApiProblem } from "../handlers/types.js";
import type { OperationSpec } from "./model.js";

type AjvInstance = { compile(schema: object): ValidateFunction };

/** The JSON request-body validators of every operation, compiled when first needed. */
export class BodyValidators {
  private ajv: AjvInstance | undefined;
  private readonly compiled = new Map<string, ValidateFunction>();

  /** @param operations the operations whose bodies are checked */
  constructor(private readonly operations: readonly OperationSpec[]) {}

  private instance(): AjvInstance {
    if (!this.ajv) {
      const require = createRequire(import.meta.url);
      const Ajv = (require("ajv") as { default: new (opts: object) => AjvInstance }).default;
      const addFormats = (require("ajv-formats") as { default: (ajv: AjvInstance) => void }).default;
      // strict: false because the spec carries vendor keywords and formats such as `base64`.
      const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true });
      addFormats(ajv);
      this.ajv = ajv;
    }
    return this.ajv;
  }

  private validator(op: OperationSpec): ValidateFunction | undefined {
    const schema = op.body?.contentType === "application/json" ? op.body.schema : undefined;
    if (!schema) return undefined;
    let fn = this.compiled.get(op.operationId);
    if (!fn) {
      fn = this.instance().compile(schema);
      this.compiled.set(op.operationId, fn);
    }
    return fn;
  }

  /** Compiles every body validator, yielding to the event loop between operations. */
  async warmUp(): Promise<void> {
    // Loading ajv, loading ajv-formats and building the instance (its meta-schema) get a turn
    // each: one turn for all three held the event loop ~100 ms on a loaded machine.
    const require = createRequire(import.meta.url);
    for (const step of [() => require("ajv"), () => require("ajv-formats"), () => this.instance()]) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      step();
    }
    for (const op of this.operations) {
      if (op.body?.contentType !== "application/json") continue;
      await new Promise<void>((resolve) => setImmediate(resolve));
      this.validator(op);
    }
  }

  /** @throws ApiProblem 400 when the body does not match the operation's schema */
  check(op: OperationSpec, body: unknown): void {
    if (body === undefined) {
      if (op.body?.required) throw new ApiProblem(400, "Missing request body");
      return;
    }
    const validate = this.validator(op);
    if (!validate || validate(body)) return;
    throw new ApiProblem(400, describe(validate.errors?.[0]));
  }
}

function describe(error: ErrorObject | undefined): string {
  if (!error) return "Invalid request body";
  if (error.keyword === "required") {
    return `Missing required field: ${String((error.params as { missingProperty?: string }).missingProperty)}`;
  }
  if (error.keyword === "maxItems") return `Too many items in ${error.instancePath.slice(1) || "body"}`;
  const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, ".") : "body";
  return `Invalid request body: ${where} ${error.message ?? "is invalid"}`;
}
