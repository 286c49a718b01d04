// The editor's Credentials tab (slot studio.path.tabs): one form per tier of the definition being
// edited, each with its live preview. It never changes the definition: templates are saved apart.
import { useEffect, useState } from 'react';
import { Alert, Spinner } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { PathDefinition } from '@learning-paths/core';
import type { TemplatesAnswer } from '../../routes/template-routes.ts';
import type { StaffApi } from './staff-api.ts';
import { TierTemplateForm } from './tier-template-form.tsx';
import { studioMessages as messages } from './messages.ts';

export function CredentialsTab({
  api,
  definition,
  pathKey,
}: {
  readonly api: StaffApi;
  readonly definition: PathDefinition;
  readonly pathKey: string | null;
}) {
  const intl = useIntl();
  const [answer, setAnswer] = useState<TemplatesAnswer | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    if (pathKey === null) return undefined;
    let current = true;
    api.templates(pathKey).then(
      (loaded) => current && setAnswer(loaded),
      (failure: unknown) => current && setError(failure as Error),
    );
    return () => {
      current = false;
    };
  }, [api, pathKey]);

  const tiers = definition.tiers ?? [];
  const body = () => {
    if (pathKey === null) return <p>{intl.formatMessage(messages.saveFirst)}</p>;
    if (error)
      return (
        <Alert variant="danger">{intl.formatMessage(messages.loadFailed, { detail: error.message })}</Alert>
      );
    if (answer === null)
      return <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loading)} />;
    if (tiers.length === 0) return <p>{intl.formatMessage(messages.noTiers)}</p>;
    return (
      <>
        {!answer.canEdit && <p className="small">{intl.formatMessage(messages.readOnly)}</p>}
        {tiers.map((tier) => (
          <TierTemplateForm
            key={tier.id}
            api={api}
            pathKey={pathKey}
            definition={definition}
            tier={tier}
            context={answer}
            saved={answer.items.find((item) => item.tierId === tier.id)?.template ?? null}
          />
        ))}
      </>
    );
  };
  return (
    <section>
      <h2>{intl.formatMessage(messages.heading)}</h2>
      <p>{intl.formatMessage(messages.tabIntro)}</p>
      {body()}
    </section>
  );
}
