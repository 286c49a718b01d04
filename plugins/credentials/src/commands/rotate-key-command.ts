// `learning-paths credentials rotate-key [--json]`: rotates the issuer's key and prints the new
// verification method id (with --json, the rotation as JSON). The secret half is never printed.
import type { PluginCommand } from '@learning-paths/plugin-api';
import type { CredentialHost } from '../issuance/issuer.ts';
import { rotateKey } from '../issuance/rotate-key.ts';

export function rotateKeyCommand(host: CredentialHost): PluginCommand {
  return {
    name: 'credentials rotate-key',
    description:
      'Make a new issuer signing key; earlier keys stay in the DID document so what they signed still verifies',
    options: [{ flags: '--json', description: 'Print the new key and the published keys as JSON' }],
    run: async ({ options }, io) => {
      const rotation = await rotateKey(host);
      if (options.json === true) io.out(JSON.stringify(rotation));
      else {
        io.out(`New signing key: ${rotation.verificationMethod}`);
        io.out(
          `Keys in the DID document: ${rotation.published.length} (earlier ones stay, so what they signed still verifies).`,
        );
      }
    },
  };
}
