/**
 * `SpotifyApi`: the client. It resolves options, owns the one request pipeline, holds the auth
 * strategy and exposes the endpoint groups. Compatible with `@spotify/web-api-ts-sdk` 1.2.0.
 * @module
 */
import type { AccessToken, IAuthStrategy } from "./auth/types.js";
import { isEmptyAccessToken } from "./auth/types.js";
import { AuthError, ConnectionError, SpotifyError, ValidationError } from "./errors.js";
import { ClientCredentialsStrategy } from "./auth/client-credentials.js";
import { AuthorizationCodeWithPKCEStrategy } from "./auth/pkce.js";
import { ProvidedAccessTokenStrategy } from "./auth/provided-token.js";
import type { Session } from "./auth/session.js";
import { assembleClient } from "./create-client.js";
import { compatConfiguration, withErrorHandler } from "./compat/configuration.js";
import { compatExchange } from "./compat/request-hooks.js";
import { buildUrl, compilePath } from "./http/url.js";
import type { ApiRequest, HttpMethod } from "./http/types.js";
import type { RequestPipeline, SdkConfiguration, SdkOptions } from "./options.js";
import type {
  AlbumsEndpoints, ArtistsEndpoints, AudiobooksEndpoints, BrowseEndpoints, ChaptersEndpoints, CurrentUserWithLibraryEndpoints, EpisodesEndpoints,
  MarketsEndpoints, PlayerEndpoints, PlaylistsEndpoints, RecommendationsEndpoints, SearchExecutionFunction, ShowsEndpoints,
  TracksEndpoints, UsersEndpoints,
} from "./endpoints/index.js";
import { createEndpointContext } from "./endpoints/base.js";
import { createEndpointGroups } from "./endpoints/groups.js";
import { paginateMethod, type PagedMethod, type PageItem, type Paginator } from "./pagination/index.js";
import { inspectAs } from "./inspect-as.js";

/** 1.2.0: what `authenticate()` resolves to. */
export interface AuthenticationResponse {
  /** Whether the token is usable: not empty and not expired. */
  authenticated: boolean;
  /** The token the strategy holds now. */
  accessToken: AccessToken;
}

const METHODS: ReadonlySet<string> = new Set(["GET", "POST", "PUT", "DELETE"]);

/**
 * The Spotify Web API client.
 *
 * @example
 * ```ts
 * import { SpotifyApi } from "spotify-web-api-sdk";
 * const sdk = SpotifyApi.withClientCredentials(clientId, clientSecret);
 * const album = await sdk.albums.get("4aawyAB9vmqN3uQ7FjRGTy");
 * ```
 */
export class SpotifyApi {
  #auth: IAuthStrategy;
  readonly #config: SdkConfiguration;
  /** What endpoint groups call: the pipeline, behind the 1.2.0 `errorHandler` when one is set. */
  protected declare readonly requester: RequestPipeline;
  /**
   * The pipeline the endpoint groups send through (through `makeRequest` when a subclass
   * replaces it, behind a 1.2.0 `errorHandler` when one is set): what lets
   * `request(sdk, operation, params)` call any operation of the spec on this client.
   * @example
   * ```ts
   * import { request, getCategories } from "spotify-web-api-sdk";
   * const { categories } = await request(sdk, getCategories, { limit: 10 });
   * ```
   */
  declare readonly pipeline: RequestPipeline;
  /** A 1.2.0 `errorHandler` is set: a call whose error it handled resolves `null`. */
  declare readonly nullWhenHandled?: boolean;

  /** Albums and their tracks: `sdk.albums.get(id)`. */
  declare albums: AlbumsEndpoints;
  /** Artists, their albums and top tracks. */
  declare artists: ArtistsEndpoints;
  /** Audiobooks and their chapters. */
  declare audiobooks: AudiobooksEndpoints;
  /** Browse categories, new releases, featured playlists. */
  declare browse: BrowseEndpoints;
  /** Audiobook chapters. */
  declare chapters: ChaptersEndpoints;
  /** Podcast episodes. */
  declare episodes: EpisodesEndpoints;
  /** Recommendations and genre seeds (closed to apps created from 27 November 2024). */
  declare recommendations: RecommendationsEndpoints;
  /** The markets Spotify is available in. */
  declare markets: MarketsEndpoints;
  /** The user's player: state, devices, queue, playback commands. */
  declare player: PlayerEndpoints;
  /** Playlists: details, items, cover. */
  declare playlists: PlaylistsEndpoints;
  /** Podcast shows and their episodes. */
  declare shows: ShowsEndpoints;
  /** Tracks, their audio features and analysis. */
  declare tracks: TracksEndpoints;
  /** Other users' profiles and playlists. */
  declare users: UsersEndpoints;
  /** Searches the catalog: `sdk.search("q", ["track"])`. */
  declare search: SearchExecutionFunction;
  /** The current user: profile, top items, follows, and library (`albums`, `tracks`, ...). */
  declare currentUser: CurrentUserWithLibraryEndpoints;

  /**
   * A client on an auth strategy; the static `with*` builders are the usual way in.
   * @param authentication Where tokens come from (client credentials, PKCE, a session, ...).
   * @param config Base URLs, retries, timeouts, hooks and the rest; all optional.
   * @throws {@link ValidationError} when `authentication` is not a strategy or `config` not an object.
   */
  constructor(authentication: IAuthStrategy, config: SdkOptions = {}) {
    if (!authentication || typeof authentication.getOrCreateAccessToken !== "function") {
      throw new ValidationError("SpotifyApi needs an auth strategy (an IAuthStrategy)", { parameter: "authentication" });
    }
    if (typeof config !== "object" || config === null) {
      throw new ValidationError(`SpotifyApi's options must be an object, got ${config === null ? "null" : typeof config}`, { parameter: "config" });
    }
    this.#auth = authentication;
    const rootUrl = SpotifyApi.#rootUrl;
    // The facade installs 1.2.0's behaviour: its request hooks, its default objects for the
    // strategy, its error handler; createClient does not, so its bundles carry none of it. A
    // rate-limit store brings the shared pause's code itself (sharePause), so a facade without one
    // ships none of it either; the Node build also shares a store that has no sharePause.
    const parts = assembleClient(
      () => this.#auth, config.baseUrl === undefined && rootUrl !== undefined ? { ...config, baseUrl: rootUrl } : config, compatExchange(config),
    );
    this.#config = compatConfiguration(config, parts.configuration);
    // Node's inspection shows the same view as toJSON.
    inspectAs(this, () => `SpotifyApi ${JSON.stringify(this.toJSON())}`);
    this.requester = withErrorHandler(parts.pipeline, config.errorHandler);
    // In 1.2.0 every group method went through `makeRequest`: a spy on it, or a subclass's
    // override, saw every call. Such a replacement still does; otherwise calls go straight on.
    const groups: RequestPipeline = {
      request: <T>(request: ApiRequest): Promise<T> => (this.makeRequest === SpotifyApi.prototype.makeRequest ? this.requester.request<T>(request) : this.#throughMakeRequest<T>(request)),
    };
    const context = createEndpointContext(groups, { nullWhenHandled: config.errorHandler !== undefined });
    Object.assign(this, { pipeline: context.pipeline, nullWhenHandled: context.nullWhenHandled }, createEndpointGroups(context));
    this.#auth.setConfiguration(this.#config);
  }

  static #rootUrl: string | undefined;

  /**
   * The Web API base for clients built afterwards without a `baseUrl`, as 1.2.0's static was.
   * @deprecated It changes every client of the process; pass `baseUrl` to the client instead.
   * @default "https://api.spotify.com/v1/"
   */
  static get rootUrl(): string {
    return SpotifyApi.#rootUrl === undefined ? "https://api.spotify.com/v1/" : `${SpotifyApi.#rootUrl}/`;
  }

  /** Must be an http(s) URL; trailing slashes are dropped. */
  static set rootUrl(url: string) {
    if (typeof url !== "string" || !/^https?:\/\//i.test(url)) throw new ValidationError("rootUrl must be an http(s) URL", { parameter: "rootUrl" });
    SpotifyApi.#rootUrl = url.replace(/\/+$/, "");
  }

  /**
   * A plain view for logs: the fixed type name (the bundled build renames the class
   * `SpotifyApi2`) and the base URL; never the strategy, which may hold secrets.
   */
  toJSON(): Record<string, unknown> {
    return { type: "SpotifyApi", baseUrl: this.#config.baseUrl };
  }


  /** A group call handed to a replaced `makeRequest`, in the form 1.2.0's groups called it. */
  #throughMakeRequest<T>(request: ApiRequest): Promise<T> {
    const url = buildUrl("", compilePath(request.path), request.pathParams, request.query).replace(/^\/+/, "");
    const raw = request.rawBody;
    const body = raw ? (typeof raw.data === "string" ? raw.data : new TextDecoder().decode(raw.data)) : request.body;
    return this.makeRequest<T>(request.method as "GET" | "POST" | "PUT" | "DELETE", url, body, raw?.contentType);
  }

  /**
   * Walks every page of a paged method, given the arguments before its paging ones. Offset pages
   * are fetched 4 at a time (`.withOptions({ concurrency })`), planned as pages arrive, and come
   * out in order; cursor pages follow their cursors.
   * @example
   * ```ts
   * for await (const entry of sdk.paginate(sdk.playlists.getPlaylistItems, playlistId)) console.log(entry.item?.name);
   * const saved = await sdk.paginate(sdk.currentUser.tracks.savedTracks).toArray({ limit: 200 });
   * ```
   */
  // `& unknown[]`: TypeScript before 5.4 does not see a generic Partial<Parameters<F>> as an array (TS2370).
  paginate<F extends PagedMethod>(method: F, ...args: Partial<Parameters<F>> & unknown[]): Paginator<PageItem<Awaited<ReturnType<F>>>> {
    return paginateMethod(method, args);
  }

  /**
   * Sends a request to any Web API path: the escape hatch for an operation the SDK does not type.
   * `url` is relative to the Web API base, without a leading slash (`"me/top/artists?limit=5"`).
   * A string body is sent as is; anything else as JSON. Resolves the parsed JSON, the text of a
   * text body, or `undefined` for an empty body.
   *
   * @example
   * ```ts
   * const me = await sdk.makeRequest<{ id: string }>("GET", "me");
   * ```
   */
  async makeRequest<TReturnType>(
    method: "GET" | "POST" | "PUT" | "DELETE",
    url: string,
    body: any = undefined,
    contentType: string | undefined = undefined,
  ): Promise<TReturnType> {
    if (!METHODS.has(method)) throw new ValidationError(`unsupported method ${String(method)}`, { parameter: "method" });
    // A '..' in any spelling is refused by the pipeline's one path check, on the parsed URL.
    if (typeof url !== "string" || /^[a-z]+:/i.test(url)) {
      throw new ValidationError("url must be a path relative to the Web API base", { parameter: "url" });
    }
    const request: ApiRequest = { method: method as HttpMethod, path: `/${url.replace(/^\/+/, "")}`, response: "auto" };
    if (typeof body === "string") request.rawBody = { data: body, contentType: contentType ?? "application/json" };
    else if (body !== undefined && body !== null) {
      if (contentType && contentType !== "application/json") {
        request.rawBody = { data: JSON.stringify(body), contentType };
      } else request.body = body;
    }
    return this.requester.request<TReturnType>(request);
  }

  /**
   * Replaces the auth strategy. Unlike 1.2.0 it does not start a token request by itself
   * (that left an unhandled rejection when it failed); call {@link authenticate} to do so.
   */
  switchAuthenticationStrategy(authentication: IAuthStrategy): void {
    this.#auth = authentication;
    this.#auth.setConfiguration(this.#config);
  }

  /** Obtains a token now (in a browser, this may redirect to the authorize page). */
  async authenticate(): Promise<AuthenticationResponse> {
    const accessToken = await this.#auth.getOrCreateAccessToken();
    const expires = accessToken.expires;
    return {
      authenticated: !isEmptyAccessToken(accessToken) && (expires === undefined || expires === -1 || expires > Date.now()),
      accessToken,
    };
  }

  /** The current token, or `null` when not authenticated. Never starts a token request. */
  async getAccessToken(): Promise<AccessToken | null> {
    return this.#auth.getAccessToken();
  }

  /** Logs out: the strategy forgets its access and refresh tokens. */
  logOut(): void {
    this.#auth.removeAccessToken();
  }

  /**
   * The strategy classes the static constructors build: a build for another runtime (the Node
   * entry) swaps in its own and inherits every static constructor.
   */
  protected static readonly strategies = { AuthorizationCodeWithPKCEStrategy, ClientCredentialsStrategy, ProvidedAccessTokenStrategy };

  /**
   * A user's authorization in the browser (Authorization Code with PKCE): the first call that
   * needs a token redirects to Spotify; the return is handled on the redirect URI's page.
   * @throws ValidationError for an empty client id, a refused redirect URI or an unknown scope
   */
  static withUserAuthorization(clientId: string, redirectUri: string, scopes: string[] = [], config?: SdkOptions): SpotifyApi {
    return new this(new this.strategies.AuthorizationCodeWithPKCEStrategy(clientId, redirectUri, scopes), config);
  }

  /** The app's own token (no user data), renewed by itself. */
  static withClientCredentials(clientId: string, clientSecret: string, scopes: string[] = [], config?: SdkOptions): SpotifyApi {
    return new this(new this.strategies.ClientCredentialsStrategy(clientId, clientSecret, scopes), config);
  }

  /**
   * A token obtained elsewhere (e.g. posted by `performUserAuthorization` in a browser), renewed
   * with the PKCE refresh.
   */
  static withAccessToken(clientId: string, token: AccessToken, config?: SdkOptions): SpotifyApi {
    return new this(new this.strategies.ProvidedAccessTokenStrategy(clientId, token), config);
  }

  /** A server-side {@link Session} (Authorization Code with a client secret). */
  static withSession(session: Session, config?: SdkOptions): SpotifyApi {
    return new this(session, config);
  }

  /**
   * @deprecated Spotify removed the implicit grant on 27 November 2025. Use
   * {@link SpotifyApi.withUserAuthorization} (Authorization Code with PKCE) instead.
   * @throws AuthError always (`error: "unsupported_response_type"`)
   */
  static withImplicitGrant(_clientId: string, _redirectUri: string, _scopes: string[] = [], _config?: SdkOptions): SpotifyApi {
    throw new AuthError({
      error: "unsupported_response_type",
      errorDescription: "Spotify removed the implicit grant on 27 November 2025: use SpotifyApi.withUserAuthorization (Authorization Code with PKCE)",
    });
  }

  /**
   * In the browser: authorizes the user with PKCE, then hands the token to your server, either
   * POSTed as JSON to `onAuthorizationOrUrl` or passed to your function.
   */
  static async performUserAuthorization(
    clientId: string,
    redirectUri: string,
    scopes: string[],
    onAuthorizationOrUrl: string | ((token: AccessToken) => Promise<void>),
    config?: SdkOptions,
  ): Promise<AuthenticationResponse> {
    const client = this.withUserAuthorization(clientId, redirectUri, scopes, config);
    const result = await client.authenticate();
    if (!isEmptyAccessToken(result.accessToken)) {
      if (typeof onAuthorizationOrUrl === "string") {
        await postToken(onAuthorizationOrUrl, result.accessToken, config?.fetch);
      } else {
        await onAuthorizationOrUrl(result.accessToken);
      }
    }
    return result;
  }
}

async function postToken(url: string, token: AccessToken, fetchImpl: SdkOptions["fetch"]): Promise<void> {
  const send = fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  let response: Response;
  try {
    response = await send(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(token) });
  } catch (cause) {
    throw new ConnectionError(`could not post the access token to ${url}`, { cause, method: "POST", url });
  }
  if (!response.ok) {
    throw new SpotifyError(`posting the access token to ${url} failed with ${response.status}`, { method: "POST", url });
  }
}

