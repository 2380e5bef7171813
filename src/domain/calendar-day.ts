/** Days of the calendar written as YYYY-MM-DD: 2025-02-30 has the shape of one but is not one. */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Why `day` is not a day of the calendar, or null when it is one. */
export function calendarDayProblem(day: string): string | null {
  if (!DAY.test(day)) return `${JSON.stringify(day.slice(0, 40))} is not a date as YYYY-MM-DD`;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `${day} has no month ${month}`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (date < 1 || date > daysInMonth)
    return `${day} is not a calendar date (that month has ${daysInMonth} days)`;
  return null;
}
