import { canEdit } from '../course-list/course-list-page';
import { EDITOR_TABS, tabOfField } from './course-editor-page';

describe('course editor helpers', () => {
  it('sends a publish error to the tab where it is fixed', () => {
    expect(tabOfField('lessons')).toBe('content');
    expect(tabOfField('questions')).toBe('questions');
    expect(tabOfField('jp')).toBe('details');
    expect(tabOfField('status')).toBeNull();
    expect(tabOfField(null)).toBeNull();
    expect(EDITOR_TABS.indexOf('content')).toBe(1);
  });

  it('lets an organizer edit their own region’s courses only, and an admin every one', () => {
    const course = { regionId: 'r1' };
    expect(canEdit(course, ['ORGANIZER'], 'r1')).toBe(true);
    expect(canEdit(course, ['ORGANIZER'], 'r2')).toBe(false);
    expect(canEdit(course, ['ADMIN'], null)).toBe(true);
    expect(canEdit(course, ['HR_ANALYST'], 'r1')).toBe(false);
  });
});
