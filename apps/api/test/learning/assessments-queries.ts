/** Queries and helpers shared by the assessments-*.integration-spec.ts files. */
export const ENROL = `mutation($courseId: ID!) { enrolInCourse(courseId: $courseId) { id status } }`;
const ATTEMPT_FIELDS = `id kind status attemptNumber startedAt deadlineAt submittedAt score passed
  questions { id position kind text points selectedOptionIds options { id text } }`;
export const START = `mutation($courseId: ID!, $kind: AssessmentKind!) { startAttempt(courseId: $courseId, kind: $kind) { ${ATTEMPT_FIELDS} } }`;
export const ANSWER = `mutation($attemptId: ID!, $answer: AnswerInput!) { answerQuestion(attemptId: $attemptId, answer: $answer) { ${ATTEMPT_FIELDS} } }`;
export const SUBMIT = `mutation($attemptId: ID!, $answers: [AnswerInput!]) {
  submitAttempt(attemptId: $attemptId, answers: $answers) {
    score passed passingScore lateAnswersIgnored
    attempt { id status score submittedAt deadlineAt }
    items { questionId correct selectedOptionIds correctOptionIds }
  }
}`;
export const ATTEMPT = `query($id: ID!) { attempt(id: $id) { ${ATTEMPT_FIELDS} } }`;
export const RESULT = `query($id: ID!) { attemptResult(id: $id) { score passed items { questionId correct correctOptionIds } } }`;
export const BANK = `query($courseId: ID!) { questionBank(courseId: $courseId) { id options { id correct } } }`;
export const GAIN = `query($courseId: ID!) {
  courseGain(courseId: $courseId) {
    pairedCount averagePre averagePost averageGain learners { employeeId preScore postScore gain employee { nip } }
  }
}`;

export interface AttemptQ {
  id: string;
  options: { id: string; text: string }[];
}
export interface Attempt {
  id: string;
  status: string;
  score: number | null;
  deadlineAt: string | null;
  questions: AttemptQ[];
}

/** The option a learner should pick: the fixture's correct option is always "Benar". */
export const right = (q: AttemptQ) => q.options.find((o) => o.text === 'Benar')?.id as string;
export const wrong = (q: AttemptQ) => q.options.find((o) => o.text !== 'Benar')?.id as string;
