/**
 * Where `createPipeline`, `Pipeline` and `PipelineView` were imported from before the core
 * pipeline (`core-pipeline.ts`) and its auth strategies (`auth/pipeline.ts`) were separated.
 * Kept only until the modules still importing from here move to those two.
 * @module
 */
export { DEFAULT_ACCOUNTS_BASE_URL, DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from "./core-pipeline.js";
export { createPipeline, Pipeline, type PipelineOptions, type PipelineView } from "../auth/pipeline.js";
