/** Types of gen-operations.mjs, for the drift test. */
export declare const SPEC_PATH: string;
export declare const ANNOTATIONS_PATH: string;
export declare const EXTRACT_PATH: string;
export declare const OUTPUTS: { decls: string; all: string; sdkScopes: string; emulatorScopes: string; signatures: string; rules: string };

export interface GeneratorInput {
  specText: string;
  annotationsText: string;
  parseYaml: (text: string) => unknown;
  extractModel: (doc: Record<string, unknown>) => unknown;
}

/** One operation's facts, as the generator sees them. */
export interface DescribedOperation {
  operationId: string;
  /** The generated const's name (camelCased operationId). */
  name: string;
  method: string;
  path: string;
  summary?: string;
  specDeprecated: boolean;
  removedNov2024?: { status: number; message: string };
  closedDev2026?: true;
  reason?: "removedNov2024" | "closedDev2026";
  /** The reason's one text (spec/annotations.yml `deprecation`). */
  reasonText?: string;
  replacement?: string;
  /** `"image/jpeg"` when the body is a Base64 JPEG sent as is. */
  bodyType?: "image/jpeg";
  /** The full deprecation text. */
  deprecation?: string;
}

export declare function constName(operationId: string): string;
export declare function describeOperations(input: GeneratorInput): { doc: unknown; ops: DescribedOperation[] };
export declare function generateOperations(input: GeneratorInput): Record<string, string>;
export declare function loadTools(): Promise<Pick<GeneratorInput, "parseYaml" | "extractModel">>;
