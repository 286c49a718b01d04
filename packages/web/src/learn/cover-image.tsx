// A path's or course's picture, decorative (the title is beside it). When there is none, its
// address is not one images may load from (shared/content/image-policy.ts) or it fails to load, a
// short neutral band with an icon takes its place, or nothing at all without an icon, so a page
// never shows a broken image.
import { useState } from 'react';
import { Icon } from '@openedx/paragon';
import { allowedImageSource } from '@learning-paths/core';
import { pageImagePolicy } from '../shared/content/image-policy.ts';
import type { IconComponent } from '../shared/progress/icons.ts';
import './learn.css';

export function CoverImage({
  src,
  icon,
  className = '',
}: {
  readonly src: string | null | undefined;
  /** The placeholder's icon; without one, a missing picture takes no room. */
  readonly icon?: IconComponent;
  readonly className?: string;
}) {
  const [failed, setFailed] = useState(false);
  if (src && allowedImageSource(src, pageImagePolicy()) && !failed)
    return <img className={`lp-cover ${className}`} src={src} alt="" onError={() => setFailed(true)} />;
  if (!icon) return null;
  return (
    <div className={`lp-cover lp-cover--empty ${className}`}>
      <Icon src={icon} size="lg" />
    </div>
  );
}
