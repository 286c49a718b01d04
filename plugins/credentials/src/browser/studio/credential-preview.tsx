// A tier's credential as its verification page will show it, from the form's values (saved or not):
// issuer, name, achievement type, image, description and criteria, every value as text. And the link
// to its PDF certificate made out to a sample learner, opened in a tab of its own.
import { useState } from 'react';
import { Card, Hyperlink } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { AchievementValues } from '../../issuance/credential-template.ts';
import { studioMessages as messages } from './messages.ts';

export function CredentialPreview({
  values,
  issuerName,
  pdfUrl,
}: {
  readonly values: AchievementValues;
  readonly issuerName: string;
  readonly pdfUrl: string;
}) {
  const intl = useIntl();
  // An image that does not load (gone, or from a host the policy refuses) is left out, as a
  // verifier's page would show nothing of it either.
  const [unloadable, setUnloadable] = useState<string | null>(null);
  return (
    <Card role="group" aria-label={intl.formatMessage(messages.previewLabel, { tier: values.name })}>
      <Card.Section>
        <p className="small text-uppercase mb-1">
          {intl.formatMessage(messages.issuedBy, { issuer: issuerName })}
        </p>
        <div className="d-flex flex-wrap align-items-start" style={{ gap: '1rem' }}>
          {values.image && values.image !== unloadable && (
            <img
              onError={() => setUnloadable(values.image)}
              src={values.image}
              alt={intl.formatMessage(messages.imageOf, { name: values.name })}
              width={96}
              height={96}
              style={{ objectFit: 'contain' }}
            />
          )}
          <div style={{ flex: '1 1 12rem', minInlineSize: 0 }}>
            <p className="h4 mb-1 text-break">{values.name}</p>
            <p className="small mb-2">
              {intl.formatMessage(messages.typeIs, { type: values.achievementType })}
            </p>
          </div>
        </div>
        <p className="text-break" style={{ whiteSpace: 'pre-wrap' }}>
          {values.description}
        </p>
        <p className="font-weight-bold mb-1">{intl.formatMessage(messages.criteriaHeading)}</p>
        <p className="small text-break mb-3" style={{ whiteSpace: 'pre-wrap' }}>
          {values.criteria}
        </p>
        <Hyperlink destination={pdfUrl} target="_blank">
          {intl.formatMessage(messages.previewPdf)}
        </Hyperlink>
      </Card.Section>
    </Card>
  );
}
