// Learn's path page: the whole pathway with the learner's live progress, locks and why, tiers and
// what they still need, the suggested next step, starting courses, and whether the path can still
// be completed now that some of its courses have ended. A path the learner may not
// see answers 404, shown as "not found" exactly like a path that does not exist.
import { useEffect, useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { ApiError } from '../../shared/api/client.ts';
import { PluginSlot } from '../../shared/plugins/plugin-slots.tsx';
import type { PathPageData } from '../learn-api.ts';
import { LearnNotFound } from '../learn-not-found.tsx';
import { LoadFailed, Loading } from '../load-state.tsx';
import { messages as learnMessages } from '../messages.ts';
import { useApi } from '../../shared/api/use-api.ts';
import { messages } from './messages.ts';
import { CannotCompleteAlert } from './cannot-complete-alert.tsx';
import { NextStep } from './next-step.tsx';
import { buildOutline, stepsOf } from '../../shared/path-view/outline-model.ts';
import { PathAbout } from './path-about.tsx';
import { PathHeader } from './path-header.tsx';
import { PathOutline } from '../../shared/path-view/path-outline.tsx';
import { TierMilestones } from '../../shared/path-view/tier-milestones.tsx';
import { startStepAction } from './start-step-action.tsx';
import './path-page.css';

/** The slot beside the pathway; its components receive { pathKey, definition, evaluation }. */
export const PATH_SIDEBAR_SLOT = 'learn.path-page.sidebar';
/** The slot below the pathway, for sections of the page; the same props. */
export const PATH_SECTION_SLOT = 'learn.path-page.section';

function PathView({ page, onChanged }: { readonly page: PathPageData; readonly onChanged: () => void }) {
  const intl = useIntl();
  const root = useMemo(() => buildOutline(page, intl), [page, intl]);
  const suggested = stepsOf(root).find((node) => node.suggested);
  const canStart = page.enrollment?.active === true;
  useEffect(() => {
    document.title = intl.formatMessage(learnMessages.documentTitle, { title: page.definition.title });
  }, [intl, page.definition.title]);
  const outlineProps = { pathKey: page.key, canStart, onChanged };
  return (
    <>
      <p className="mb-3">
        <Link to="/">{intl.formatMessage(messages.backToDashboard)}</Link>
      </p>
      <PathHeader page={page} onChanged={onChanged} />
      <div className="lp-path-layout">
        <div className="lp-path-layout__main">
          <CannotCompleteAlert page={page} />
          <NextStep root={root} suggested={suggested} evaluation={page.evaluation} {...outlineProps} />
          <PathOutline root={root} stepAction={startStepAction(page.key, canStart, onChanged)} />
          <PluginSlot
            id={PATH_SECTION_SLOT}
            itemClassName="mb-5"
            props={{ pathKey: page.key, definition: page.definition, evaluation: page.evaluation }}
          />
        </div>
        <div className="lp-path-layout__side">
          <TierMilestones page={page} />
          <PluginSlot
            id={PATH_SIDEBAR_SLOT}
            itemClassName="mb-5"
            props={{ pathKey: page.key, definition: page.definition, evaluation: page.evaluation }}
          />
          <PathAbout definition={page.definition} />
        </div>
      </div>
    </>
  );
}

export function PathPage() {
  const intl = useIntl();
  const { key = '' } = useParams();
  const { data, error, reload } = useApi('/api/v1/me/paths/{key}', { params: { key } });
  // The definition and evaluation are the engine's, which the OpenAPI document leaves open.
  const page = data as PathPageData | undefined;
  if (error instanceof ApiError && error.status === 404)
    return (
      <LearnNotFound
        title={intl.formatMessage(messages.notFoundTitle)}
        text={intl.formatMessage(messages.notFoundText)}
      />
    );
  if (error && !page) return <LoadFailed error={error} onRetry={reload} />;
  if (!page || page.key !== key) return <Loading />;
  return <PathView page={page} onChanged={reload} />;
}
