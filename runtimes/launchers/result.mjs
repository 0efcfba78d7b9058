// What every launcher prints: one line, `RUNTIME-RESULT {json}`, which the host reads.
export const PREFIX = "RUNTIME-RESULT ";

export function resultLine(result) {
  return PREFIX + JSON.stringify(result);
}

/** The SDK's own word on which build this is: its `transportKind` export ("node" or "fetch"). */
export function buildMarker(sdk) {
  const kind = sdk.transportKind;
  return typeof kind === "string" ? `transport: ${kind}` : undefined;
}
