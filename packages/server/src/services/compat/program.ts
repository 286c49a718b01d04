// Paths as course-discovery programs, the shape the plugin's `programs/` serves: a program is named
// by a UUID, here derived from the path key (UUID v5 in the URL namespace, so a script can compute
// it too: Python's `uuid.uuid5(uuid.NAMESPACE_URL, key)`), and groups its courses by course number.
import { createHash } from 'node:crypto';
import { parseCourseKey } from '@learning-paths/core';
import { pluginSteps } from './steps.ts';
import type { ImageUrl } from './learning-path.ts';
import type { VisiblePath } from './visible-paths.ts';

/** RFC 9562's namespace for URLs. */
const NAMESPACE_URL = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
const BANNER_SIZE = 'w1440h480';

export function programUuid(pathKey: string): string {
  const bytes = createHash('sha1').update(NAMESPACE_URL).update(pathKey, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}

export function asProgram({ path, compiled }: VisiblePath, imageUrl: ImageUrl) {
  const { title, subtitle, image } = compiled.definition;
  const runsByNumber = new Map<string, { course_key: string; run_key: string }[]>();
  for (const step of pluginSteps(compiled)) {
    const { number, run } = parseCourseKey(step.course);
    const runs = runsByNumber.get(number) ?? [];
    runs.push({ course_key: step.course, run_key: run });
    runsByNumber.set(number, runs);
  }
  return {
    uuid: programUuid(path.key),
    name: title,
    marketing_slug: path.key,
    title,
    subtitle: subtitle ?? '',
    status: 'active' as const,
    banner_image_urls: image ? { [BANNER_SIZE]: imageUrl(image) } : {},
    organizations: [],
    course_codes: [...runsByNumber].map(([key, run_modes]) => ({ key, run_modes })),
  };
}
