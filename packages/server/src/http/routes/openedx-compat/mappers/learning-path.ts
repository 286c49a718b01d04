// A path as the plugin's `learning-paths/` answers it: the list item (steps with the catalog's
// course dates, the caller's enrollment date) and the detail, which adds the descriptive fields.
// Text the definition leaves out is "" as in the plugin, whose fields are blank strings.
import { escapeHtml, isStep, renderMarkdown, type ImagePolicy, type SkillLevel } from '@learning-paths/core';
import type { VisiblePath } from '../../../../services/paths/visible-paths.ts';
import { REQUIRED_COMPLETION } from './grading.ts';
import { pluginSteps } from './steps.ts';

/**
 * An image as the LMS must link it: absolute, since an image uploaded in Studio is stored as this
 * service's path (/api/v1/images/…), which the LMS's pages would resolve against their own host.
 */
export type ImageUrl = (image: string) => string;

export function asLearningPath(
  { path, compiled, courses, runs, enrolledAt }: VisiblePath,
  imageUrl: ImageUrl,
) {
  const { title, image, visibility, requirements } = compiled.definition;
  return {
    key: path.key,
    display_name: title,
    image: image ? imageUrl(image) : null,
    sequential: !isStep(requirements) && requirements.rule === 'sequence',
    steps: pluginSteps(compiled, runs).map(({ order, course, weight }) => {
      const entry = courses.get(course);
      return {
        order,
        course_key: course,
        course_dates: [entry?.startsAt ?? null, entry?.endsAt ?? null],
        weight,
      };
    }),
    required_completion: REQUIRED_COMPLETION,
    enrollment_date: enrolledAt,
    invite_only: visibility !== 'public',
  };
}

/** Skills have no ids of their own here: the skill's name is its id and its display name. */
function asSkills(skills: readonly SkillLevel[] | undefined) {
  return (skills ?? []).map(({ skill, level }) => ({
    skill: { id: skill, display_name: skill },
    level: level ?? null,
  }));
}

/**
 * OpenCraft's learner app sets the detail's subtitle and description as HTML in its page: the
 * subtitle goes as the escaped text, and the Markdown description as the same safe HTML Learn shows
 * (raw HTML as text, images only where `images` allows), its headings under the app's h2 "About".
 */
export function asLearningPathDetail(view: VisiblePath, imageUrl: ImageUrl, images: ImagePolicy) {
  const { subtitle, description, level, duration, timeCommitment, skills } = view.compiled.definition;
  return {
    ...asLearningPath(view, imageUrl),
    subtitle: escapeHtml(subtitle ?? ''),
    description: description ? renderMarkdown(description, { ...images, topHeading: 3 }) : '',
    level: level ?? '',
    duration: duration ?? '',
    time_commitment: timeCommitment ?? '',
    required_skills: asSkills(skills?.required),
    acquired_skills: asSkills(skills?.acquired),
  };
}
