// Dates as the credentials write them (`validFrom`): an XML Schema dateTimeStamp in UTC, to the second.
export function dateTimeStamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
