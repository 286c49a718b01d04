// The plugin's settings, read at start from LP_PLUGIN_ORG_LEARNINGPATHS_XAPI_<NAME> (or the plugins' config file).
import { z } from 'zod';

export const xapiSettings = z.object({
  /**
   * The `account.homePage` whose account names are this service's usernames; empty takes any
   * homePage. Compared without trailing slashes.
   */
  accountHomePage: z.string().max(2048).default(''),
  /** The most statements one POST may carry; a larger batch is refused whole (413). */
  maxStatementsPerRequest: z.coerce.number().int().min(1).max(10_000).default(500),
});

export type XapiSettings = z.infer<typeof xapiSettings>;
