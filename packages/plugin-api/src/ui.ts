// The browser side of a plugin: an ES-module bundle the plugin ships (`host.ui({ bundle })`), which
// Learn and Studio import at run time, without a rebuild, and whose default export registers slot
// components and rules. docs/web-plugin-slots.md lists the slots and the props each passes.
import type { CriterionDefinition, GroupRuleDefinition } from '@learning-paths/core';

/** What `host.ui` takes. */
export interface UiBundle {
  /** Absolute path of the plugin's browser bundle: one ES module, served as /plugins/{id}/ui.js. */
  readonly bundle: string;
}

/**
 * A component as React takes it. Typed loosely so that this package needs no React: a plugin types
 * its own components with the React it reads from `BrowserPluginApi.shared`.
 */
export type SlotComponent = (props: any) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Words the app puts in the page's language with its react-intl (`defaultMessage` until it knows `id`). */
export interface SlotMessage {
  readonly id: string;
  readonly defaultMessage: string;
}

/** Options of a slot insertion; only tab slots (`studio.path.tabs`) and `learn.pages` read `label`. */
export interface SlotOptions {
  /**
   * The tab's label, or a page's (required for `learn.pages`: its header link and its document
   * title): words as they are, or a message the app formats in the page's language.
   */
  readonly label?: string | SlotMessage;
  /**
   * Only `learn.pages` reads it: where Learn serves the page, `/learn/{path}`. Lower-case letters,
   * digits and hyphens, starting with a letter, at most 40 (`credentials`); not a path of Learn's
   * own (`paths`, `explore`) nor one another page took.
   */
  readonly path?: string;
}

/**
 * The libraries the apps share with plugin bundles, so that nothing is bundled twice: one React (two
 * copies break hooks), react-intl under the app's IntlProvider, the Paragon components the apps use
 * (docs/web-plugin-slots.md lists them), and core. The same object is `window.LearningPaths`
 * before any bundle is imported, for bundles whose bundler maps `react` and the others to it.
 */
export interface SharedModules {
  readonly React: unknown;
  /** react/jsx-runtime, for bundles compiled with the automatic JSX runtime. */
  readonly jsxRuntime: unknown;
  readonly ReactIntl: unknown;
  readonly Paragon: unknown;
  readonly core: unknown;
}

export interface PluginApiOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON; a Blob (a File) is sent as it is, with `contentType`. */
  readonly body?: unknown;
  /** The Content-Type of a Blob body (`file.type`), such as `image/png` for `POST /api/v1/images`. */
  readonly contentType?: string;
  readonly signal?: AbortSignal;
}

/** A failed `api` call: the HTTP status, the problem+json's detail as `message`, and its problems. */
export interface PluginApiError extends Error {
  readonly status: number;
  /** Each problem at its JSON pointer (`/comment`), for a form to show at its field. */
  readonly problems: readonly { readonly pointer: string; readonly message: string }[];
}

/** What a bundle's default export is called with, once, before the app renders. */
export interface BrowserPluginApi {
  /** The plugin's id, as the service loaded it. */
  readonly pluginId: string;
  readonly shared: SharedModules;
  /**
   * Inserts `component` into the slot `slotId`, after the slot's defaults and earlier insertions.
   * A component that throws hides this plugin's insertion only.
   */
  slot(slotId: string, component: SlotComponent, options?: SlotOptions): void;
  /**
   * Calls the service's API as the signed-in user: one of the plugin's own routes (`path` relative
   * to `/api/v1/plugins/{id}/`, such as `requests?status=waiting`), or, from the root, a path under
   * `/api/` (routes a plugin mounted there). JSON in and out (a Blob body is sent as it is, with
   * `contentType`), the CSRF token added to writes. Resolves with the answer's JSON (its text when
   * it is not JSON, such as CSV; null for 204); rejects with a PluginApiError.
   */
  api<Answer = unknown>(path: string, options?: PluginApiOptions): Promise<Answer>;
  /** A criterion for the browser's engine (Studio's validation and preview, Learn's wording). */
  criterion(definition: CriterionDefinition): void;
  /** A group rule for the browser's engine. */
  groupRule(definition: GroupRuleDefinition): void;
}

/** The default export of a browser bundle. A throw (or a failed import) hides the plugin's slots. */
export type BrowserPlugin = (app: BrowserPluginApi) => void | Promise<void>;
