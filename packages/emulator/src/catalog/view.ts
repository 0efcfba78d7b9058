// How one request sees the catalog: its API base, market and the profile rules that shape answers.

/** How the caller sees the catalog. */
export interface View {
  apiBase: string;
  /** The effective market (explicit, from the token, or undefined for none). */
  market?: string;
  /** The Nov 2024 restrictions apply (preview URLs are null). */
  nov2024: boolean;
  /** A `dev-2026` app: the February 2026 field removals apply. */
  dev?: boolean;
  /** A user token with `user-read-playback-position`: episodes and chapters carry a resume point. */
  resume?: boolean;
  /** A search without `include_external=audio`: externally hosted episodes are marked unplayable. */
  externalUnplayable?: boolean;
}
