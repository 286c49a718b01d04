// A labelled progress bar: the bar for the eye, "45% complete" in text for everyone, and a named
// progressbar for screen readers. Percentages come from core's `percent` (rounded down, as the
// engine words them), so the bar never reads 70% where the engine says 69%.
import { percent } from '@learning-paths/core';
import { useIntl } from 'react-intl';
import { messages } from './messages.ts';
import './progress.css';

export function ProgressBar({
  value,
  label,
  className = '',
}: {
  /** 0..1 */
  readonly value: number;
  /** What the bar measures, for screen readers: "Progress on Data Science Foundations". */
  readonly label: string;
  readonly className?: string;
}) {
  const intl = useIntl();
  const shown = percent(value);
  const width = Math.floor(value * 100 + 1e-9);
  return (
    <div className={`lp-progress ${className}`}>
      <div
        className="progress lp-progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={width}
        aria-valuetext={shown}
      >
        <div className="progress-bar lp-progress__bar" style={{ inlineSize: `${width}%` }} />
      </div>
      <span className="lp-progress__text small">
        {intl.formatMessage(messages.percentComplete, { percent: shown })}
      </span>
    </div>
  );
}
