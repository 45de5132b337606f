/** Apollo answers `data: undefined` on some failures it does not throw for; treat them as errors. */
export function requiredData<T>(data: T | undefined | null, operation: string): T {
  if (data === undefined || data === null) {
    throw new Error(`${operation} answered without data`);
  }
  return data;
}
