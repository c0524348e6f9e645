// Dates as readers see them ("11 January 2021"), from the ISO dates the case pack stores.

// One formatter for the process: building an Intl formatter per message costs more than the search.
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

// The pack holds a handful of dates, and every reply's credit line shows one: each is formatted once.
const formatted = new Map<string, string>();

export function formatDay(isoDate: string): string {
  let day = formatted.get(isoDate);
  if (day === undefined) {
    day = DAY.format(new Date(`${isoDate}T00:00:00Z`));
    formatted.set(isoDate, day);
  }
  return day;
}
