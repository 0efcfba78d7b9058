/**
 * 1.2.0's pluggable handlers, exported for code that names them. The pipeline already throws
 * typed errors and parses bodies; these are used only when passed explicitly as options.
 * @module
 */
import { SpotifyError } from "../errors.js";
import type { IHandleErrors, IRedirectionStrategy, IResponseDeserializer, IValidateResponses } from "../options.js";

/** 1.2.0: leaves every error unhandled (the default). */
export class NoOpErrorHandler implements IHandleErrors {
  async handleErrors(_error: unknown): Promise<boolean> {
    return false;
  }
}

/** 1.2.0: prints each error with `console.log` (opt-in only), then leaves it unhandled. */
export class ConsoleLoggingErrorHandler implements IHandleErrors {
  async handleErrors(error: unknown): Promise<boolean> {
    console.log(error);
    return false;
  }
}

/** 1.2.0: throws for a non-2xx response. */
export class DefaultResponseValidator implements IValidateResponses {
  /** Resolves for a 2xx response; throws a `SpotifyError` naming the status otherwise. */
  async validateResponse(response: Response): Promise<void> {
    if (response.status >= 200 && response.status < 300) return;
    throw new SpotifyError(`Unrecognised response code: ${response.status} - ${response.statusText}`);
  }
}

/** 1.2.0: reads JSON; `null` for an empty body. */
export class DefaultResponseDeserializer implements IResponseDeserializer {
  async deserialize<TReturnType>(response: Response): Promise<TReturnType> {
    const text = await response.text();
    return (text.length > 0 ? JSON.parse(text) : null) as TReturnType;
  }
}

/** 1.2.0: sends the browser to the authorize page by setting `document.location`. */
export class DocumentLocationRedirectionStrategy implements IRedirectionStrategy {
  async redirect(targetUrl: string | URL): Promise<void> {
    (globalThis as unknown as { document: { location: string } }).document.location = targetUrl.toString();
  }
  async onReturnFromRedirect(): Promise<void> {}
}
