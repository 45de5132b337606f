/**
 * The `after` cursors of the pages visited so far: the last one fetches the current page, so
 * "previous" pops and "next" pushes the current page's `endCursor`. A Relay connection gives no
 * backward cursor, hence the stack.
 */
export type CursorStack = readonly (string | null)[];

export const FIRST_PAGE: CursorStack = [null];

export function currentCursor(stack: CursorStack): string | null {
  return stack[stack.length - 1] ?? null;
}

export function pushCursor(stack: CursorStack, endCursor: string | null): CursorStack {
  return endCursor === null ? stack : [...stack, endCursor];
}

export function popCursor(stack: CursorStack): CursorStack {
  return stack.length > 1 ? stack.slice(0, -1) : stack;
}
