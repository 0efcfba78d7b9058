/** Types of gen-models.mjs, for the drift test. */
export declare const DEV_MODE_REMOVED: Record<string, string[]>;
export declare const NULLABLE: Record<string, string[]>;
export declare const OPTIONAL: Record<string, string[]>;
export declare const DESCRIPTIONS: Record<string, Record<string, string>>;
export declare const SPEC_PATH: string;
export declare const OUTPUT_PATH: string;
export declare function generateModels(specText: string, parseYaml: (text: string) => unknown): string;
