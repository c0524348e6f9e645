// Dates as readers see them ("11 January 2021"), from the ISO dates the case pack stores.

// One formatter for the process: building an Intl formatter per message costs more than the search.
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDay(isoDate: string): string {
  return DAY.format(new Date(`${isoDate}T00:00:00Z`));
}
