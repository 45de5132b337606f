import { currentCursor, FIRST_PAGE, popCursor, pushCursor } from './cursor-stack';

describe('cursor stack', () => {
  it('walks forward and back through the pages', () => {
    let stack = FIRST_PAGE;
    expect(currentCursor(stack)).toBeNull();

    stack = pushCursor(stack, 'c20');
    stack = pushCursor(stack, 'c40');
    expect(currentCursor(stack)).toBe('c40');

    stack = popCursor(stack);
    expect(currentCursor(stack)).toBe('c20');
    stack = popCursor(stack);
    expect(currentCursor(stack)).toBeNull();
  });

  it('never pops past the first page nor pushes a missing cursor', () => {
    expect(popCursor(FIRST_PAGE)).toBe(FIRST_PAGE);
    expect(pushCursor(FIRST_PAGE, null)).toBe(FIRST_PAGE);
  });
});
