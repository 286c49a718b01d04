// Paths as course-discovery programs, the shape the plugin's `programs/` serves: a program is named
// by a UUID derived from the path key (`program-uuid.ts`), and groups its courses by course number.
import { parseCourseKey } from '@learning-paths/core';
import { programUuid } from '../../../../services/paths/program-uuid.ts';
import type { VisiblePath } from '../../../../services/paths/visible-paths.ts';
import type { ImageUrl } from './learning-path.ts';
import { pluginSteps } from './steps.ts';

const BANNER_SIZE = 'w1440h480';

export function asProgram({ path, compiled, runs }: VisiblePath, imageUrl: ImageUrl) {
  const { title, subtitle, image } = compiled.definition;
  const runsByNumber = new Map<string, { course_key: string; run_key: string }[]>();
  for (const step of pluginSteps(compiled, runs)) {
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
