import type { TranslationShape } from '../translation-shape';
import type { COMMON_ID } from './common.id';

export const COMMON_EN: TranslationShape<typeof COMMON_ID> = {
  app: {
    name: 'LMS Bimtek',
    tagline: 'Learning and technical guidance for regional government staff',
  },
  nav: {
    label: 'Main navigation',
    home: 'Home',
    myLearning: 'My learning',
    people: 'People',
    import: 'Import employees',
    organization: 'Regions & agencies',
    nipCheck: 'Check a NIP',
  },
  titles: {
    login: 'Sign in',
    home: 'Home',
    myLearning: 'My learning',
    people: 'People directory',
    employee: 'Employee record',
    import: 'Import employees',
    organization: 'Regions & agencies',
    nipCheck: 'Check a NIP',
    notFound: 'Page not found',
  },
  shell: {
    skipToContent: 'Skip to main content',
    openMenu: 'Open the navigation menu',
    closeMenu: 'Close the navigation menu',
    userMenu: 'Account menu of {{name}}',
    signedInAs: 'Signed in as',
    logout: 'Sign out',
  },
  language: {
    label: 'Language',
    id: 'Bahasa Indonesia',
    en: 'English',
    switchTo: 'Change language',
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    back: 'Back',
    none: '—',
    yes: 'Yes',
    no: 'No',
    active: 'Active',
    inactive: 'Inactive',
  },
  errors: {
    UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
    FORBIDDEN: 'You are not allowed to do this.',
    BAD_USER_INPUT: 'The data sent is not valid.',
    NOT_FOUND: 'Nothing was found.',
    CONFLICT: 'This already exists or conflicts with other data.',
    TOO_MANY_REQUESTS: 'Too many requests. Please try again in a moment.',
    NETWORK: 'Cannot reach the server. Check your connection and try again.',
    UNKNOWN: 'Something unexpected went wrong. Please try again.',
  },
  notFound: {
    heading: 'Page not found',
    body: 'The address you opened does not exist or has moved.',
    home: 'Back to home',
  },
};
