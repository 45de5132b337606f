/** How many calendar years the filters offer: this one and the ones the demo and HR look back on. */
export const YEARS_OFFERED = 5;

/** This year first, then the previous ones; the API refuses future years. */
export function offeredYears(now: Date = new Date(), count = YEARS_OFFERED): number[] {
  const current = now.getFullYear();
  return Array.from({ length: count }, (_, index) => current - index);
}
