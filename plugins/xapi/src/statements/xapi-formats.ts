// The formats of xAPI 1.0.3 values (Data, sections 2.4 and 4): UUIDs, IRIs, mailto IRIs, SHA-1 sums,
// language tags, ISO 8601 timestamps and durations, versions. IRIs and language tags are checked as
// far as the specification asks of an LRS ("best effort"): a scheme and no white space, a tag's shape.

/** The standard string form, any version or variant: what senders actually produce. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const MAILTO = /^mailto:[^\s@]+@[^\s@]+$/i;
const SHA1 = /^[0-9a-f]{40}$/i;
const LANGUAGE_TAG = /^(?:[a-z]{2,8}(?:-[a-z0-9]{1,8})*|[xi](?:-[a-z0-9]{1,8})+)$/i;
const MEDIA_TYPE = /^[\w.+-]+\/[\w.+-]+(?:\s*;.*)?$/;
/** The xAPI version a statement or a request may name: 1.0, or 1.0 and a patch number. */
const VERSION_1_0 = /^1\.0(?:\.\d+)?$/;
/** ISO 8601 extended date and time: seconds and zone optional, a negative zero offset refused. */
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
/** ISO 8601 durations: weeks alone, or years to seconds with a time part after T. */
const DURATION =
  /^P(?:\d+(?:\.\d+)?W|(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?)$/;

export const isUuid = (text: string): boolean => UUID.test(text);
export const isIri = (text: string): boolean => IRI.test(text);
export const isMailto = (text: string): boolean => MAILTO.test(text);
export const isSha1 = (text: string): boolean => SHA1.test(text);
export const isLanguageTag = (text: string): boolean => LANGUAGE_TAG.test(text);
export const isMediaType = (text: string): boolean => MEDIA_TYPE.test(text);
export const isVersion10 = (text: string): boolean => VERSION_1_0.test(text);
export const isDuration = (text: string): boolean => DURATION.test(text);

/**
 * The instant an xAPI timestamp names, as milliseconds since the epoch; null when it is not one.
 * A timestamp without a zone is taken as UTC, which the specification allows.
 */
export function timestampInstant(text: string): number | null {
  const parts = TIMESTAMP.exec(text);
  if (parts === null) return null;
  const [, year, month, day, hour, minute, second = '00', fraction = '0', zone = 'Z'] = parts;
  const offset = zoneOffsetMinutes(zone);
  const [monthNumber, dayNumber, hours, minutes, seconds] = [month, day, hour, minute, second].map(
    Number,
  ) as [number, number, number, number, number];
  const local = Date.UTC(Number(year), monthNumber - 1, dayNumber, hours, minutes, seconds);
  // Date.UTC rolls 30 February over into March: a date or time that does not exist is refused.
  const date = new Date(local);
  const exists =
    date.getUTCMonth() === monthNumber - 1 &&
    date.getUTCDate() === dayNumber &&
    hours < 24 &&
    minutes < 60 &&
    seconds < 60;
  if (!exists || offset === null) return null;
  return local + Math.floor(Number(`0.${fraction}`) * 1000) - offset * 60_000;
}

/** Minutes east of UTC of `Z`, `+hh`, `+hhmm` or `+hh:mm`; null for `-00:00` ("unknown offset"). */
function zoneOffsetMinutes(zone: string): number | null {
  if (zone === 'Z') return 0;
  const [, sign, hours = '', minutes = '00'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) ?? [];
  const total = Number(hours) * 60 + Number(minutes);
  if (Number(minutes) >= 60 || Number(hours) >= 24 || (sign === '-' && total === 0)) return null;
  return sign === '-' ? -total : total;
}

/** A timestamp as UTC ISO 8601 with milliseconds, the form stored and compared. */
export function canonicalTimestamp(text: string): string {
  const instant = timestampInstant(text);
  if (instant === null) throw new Error(`not an xAPI timestamp: ${text}`);
  return new Date(instant).toISOString();
}
