// Issuing the credential for one achieved tier: once per learner, path and tier (a repeat, from an
// event delivered twice or the backfill, does nothing), with the next entry of a revocation list,
// signed with the issuer's key, stored and audited. Signing happens outside any transaction: an
// entry taken by an issuer that then loses the race to store is left unused, never shared.
import { randomUUID } from 'node:crypto';
import type { PluginPath } from '@learning-paths/plugin-api';
import { openBadgeCredential } from '../signing/open-badge.ts';
import { signCredential } from '../signing/sign.ts';
import { createStatusList, MIN_STATUS_LIST_LENGTH } from '../signing/status-list.ts';
import { recordAudit, SERVICE_ACTOR } from '../store/audit-rows.ts';
import { hasCredential, insertCredential } from '../store/credential-rows.ts';
import { takeStatusEntry, type NewStatusList } from '../store/status-list-rows.ts';
import { subjectOf } from './credential-subject.ts';
import {
  issuerOf,
  signingTools,
  tablesOf,
  type CredentialHost,
  type Issuer,
  type SigningTools,
} from './issuer.ts';
import { tierAchievement } from './tier-achievement.ts';

export interface AchievedTier {
  readonly learner: string;
  readonly pathKey: string;
  readonly tier: string;
  /** When it was achieved (or, from the backfill, by when): the credential's `validFrom`. */
  readonly at: Date;
}

export type IssueOutcome =
  | { readonly outcome: 'issued'; readonly id: string }
  | { readonly outcome: 'exists' }
  /** Nothing to issue from: the path, its tier or the learner is gone. */
  | { readonly outcome: 'skipped'; readonly reason: string };

/** Paths by key; the backfill passes one that remembers them for a page. */
export type PathSource = (key: string) => Promise<PluginPath | null>;

export async function issueCredential(
  host: CredentialHost,
  achieved: AchievedTier,
  paths: PathSource = (key) => host.paths.get(key),
): Promise<IssueOutcome> {
  const db = tablesOf(host);
  if (await hasCredential(db, achieved)) return { outcome: 'exists' };
  const path = await paths(achieved.pathKey);
  const definition = path?.definition;
  const tier = definition?.tiers?.find((candidate) => candidate.id === achieved.tier);
  if (!path || !definition || !tier)
    return { outcome: 'skipped', reason: 'the path or its tier is not published' };
  const user = await host.users.get(achieved.learner);
  if (!user) return { outcome: 'skipped', reason: 'the learner has no account' };

  const issuer = issuerOf(host.settings);
  const now = new Date();
  const tools = await signingTools(db, issuer.did, now);
  const entry = await takeStatusEntry(db, newStatusList(issuer, tools, now), now.toISOString());

  const id = randomUUID();
  const achievement = await tierAchievement(db, issuer, {
    pathKey: path.key,
    definition,
    tier,
    achievementType: host.settings.achievementType,
  });
  const credential = openBadgeCredential({
    id: issuer.credentialUrl(id),
    name: `${achievement.name}: ${definition.title}`,
    validFrom: achieved.at,
    issuer: issuer.profile,
    learner: await subjectOf(db, user),
    achievement,
    status: { listUrl: issuer.statusListUrl(entry.list), index: entry.index },
  });
  const signed = await signCredential(credential, tools.key, tools.loader, { date: now });

  const stored = await db.transaction().execute(async (trx) => {
    const inserted = await insertCredential(trx, {
      id,
      learner: user.username,
      path_key: path.key,
      tier: tier.id,
      title: achievement.name,
      path_title: definition.title,
      status_list: entry.list,
      status_index: entry.index,
      credential: JSON.stringify(signed),
      issued_at: achieved.at.toISOString(),
      revoked_at: null,
      revoked_by: null,
      revoked_reason: null,
      public: true,
    });
    if (inserted)
      await recordAudit(trx, {
        credentialId: id,
        action: 'issued',
        actor: SERVICE_ACTOR,
        at: now.toISOString(),
      });
    return inserted;
  });
  return stored ? { outcome: 'issued', id } : { outcome: 'exists' };
}

/** A new revocation list, every entry clear, signed. */
function newStatusList(issuer: Issuer, { key, loader }: SigningTools, now: Date): NewStatusList {
  return async (list) => {
    const unsigned = await createStatusList({
      id: issuer.statusListUrl(list),
      issuer: issuer.did,
      length: MIN_STATUS_LIST_LENGTH,
      validFrom: now,
    });
    const signed = await signCredential(unsigned, key, loader, { date: now });
    return {
      size: MIN_STATUS_LIST_LENGTH,
      encodedList: unsigned.credentialSubject.encodedList,
      credential: JSON.stringify(signed),
    };
  };
}
