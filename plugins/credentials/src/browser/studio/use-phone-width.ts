// Whether the window is as narrow as a phone's: below Bootstrap's `sm` breakpoint, where Studio's
// own tables stack into cards. A plugin's bundle brings no style sheet (and inline styles take no
// media query), so its layout follows the width in script.
import { useEffect, useState } from 'react';

const PHONE_WIDTH = '(max-width: 575.98px)';

export function usePhoneWidth(): boolean {
  const [phone, setPhone] = useState(() => window.matchMedia(PHONE_WIDTH).matches);
  useEffect(() => {
    const query = window.matchMedia(PHONE_WIDTH);
    const follow = () => setPhone(query.matches);
    query.addEventListener('change', follow);
    follow();
    return () => query.removeEventListener('change', follow);
  }, []);
  return phone;
}
