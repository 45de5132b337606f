import type { TranslationShape } from '@lms/web/core';

import type { GAIN_ID } from './gain.id';

/** Texts of the course editor's results tab (pre/post-test gain), in English. */
export const GAIN_EN: TranslationShape<typeof GAIN_ID> = {
  heading: 'Pre- and post-test results',
  intro:
    'The best score of each learner of your region. Gain = post-test − pre-test; the class averages count the learners who took both.',
  loading: 'Loading test results…',
  reload: 'Reload',
  averagePre: 'Average pre-test',
  averagePost: 'Average post-test',
  averageGain: 'Average gain',
  paired: 'Learners with both tests',
  pairedOf: 'out of {{count}} who took a test',
  empty: 'No learner has taken both the pre-test and the post-test yet, so there are no averages.',
  noLearners: 'No learner has taken a test of this course yet.',
  tableLabel: 'Pre-test, post-test and gain per learner',
  name: 'Name',
  nip: 'NIP',
  pre: 'Pre-test',
  post: 'Post-test',
  gain: 'Gain',
  missing: 'none yet',
};
