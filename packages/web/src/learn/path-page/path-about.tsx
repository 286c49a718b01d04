// What the path is about (its Markdown description, rendered safely), the skills it requires
// before starting and the skills it gives.
import type { PathDefinition, SkillLevel } from '@learning-paths/core';
import { useIntl } from 'react-intl';
import { Markdown } from '../../shared/content/markdown.tsx';
import { messages } from './messages.ts';

function Skills({ skills }: { readonly skills: readonly SkillLevel[] }) {
  const intl = useIntl();
  return (
    <ul>
      {skills.map(({ skill, level }) => (
        <li key={skill}>
          {level === undefined ? skill : intl.formatMessage(messages.skillLevel, { skill, level })}
        </li>
      ))}
    </ul>
  );
}

export function PathAbout({ definition }: { readonly definition: PathDefinition }) {
  const intl = useIntl();
  const required = definition.skills?.required ?? [];
  const acquired = definition.skills?.acquired ?? [];
  return (
    <>
      {definition.description && (
        <section aria-labelledby="about-title" className="mb-5">
          <h2 id="about-title">{intl.formatMessage(messages.aboutTitle)}</h2>
          <Markdown source={definition.description} className="lp-description" />
        </section>
      )}
      <section aria-labelledby="requirements-title" className="mb-5">
        <h2 id="requirements-title">{intl.formatMessage(messages.requirementsTitle)}</h2>
        {required.length === 0 ? (
          <p>{intl.formatMessage(messages.requirementsNone)}</p>
        ) : (
          <>
            <p className="mb-1">{intl.formatMessage(messages.requirementsIntro)}</p>
            <Skills skills={required} />
          </>
        )}
      </section>
      {acquired.length > 0 && (
        <section aria-labelledby="skills-title" className="mb-5">
          <h2 id="skills-title">{intl.formatMessage(messages.skillsTitle)}</h2>
          <Skills skills={acquired} />
        </section>
      )}
    </>
  );
}
