import { randomBytes } from 'node:crypto';

import { DEMO_PASSWORD, stack } from './support/browser';

/** A question of the seeded bank and the texts of its correct options, to answer it in the UI. */
export interface SeededQuestion {
  text: string;
  kind: 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'TRUE_FALSE';
  options: { text: string; correct: boolean }[];
}

export interface SeededCourse {
  id: string;
  code: string;
  title: string;
  jp: number;
  lessonTitles: string[];
  questions: SeededQuestion[];
  fileName: string;
  /** The course's specific (technical) competency. */
  competency: { id: string; code: string; name: string };
}

interface GraphqlResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A GraphQL call to the stack's API, as the account the token belongs to. */
export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${stack().baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphqlResponse<T>;
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

export async function tokenOf(username: string): Promise<string> {
  const data = await graphql<{ login: { accessToken: string } }>(
    `
      mutation ($u: String!, $p: String!) {
        login(username: $u, password: $p) {
          accessToken
        }
      }
    `,
    { u: username, p: DEMO_PASSWORD },
  );
  return data.login.accessToken;
}

const QUESTIONS: SeededQuestion[] = [
  {
    text: 'Apa kepanjangan SPBE?',
    kind: 'SINGLE_CHOICE',
    options: [
      { text: 'Sistem Pemerintahan Berbasis Elektronik', correct: true },
      { text: 'Satuan Pelayanan Berbasis Elektronik', correct: false },
      { text: 'Sistem Perencanaan Bersama Elektronik', correct: false },
    ],
  },
  {
    text: 'Manakah prinsip Satu Data Indonesia?',
    kind: 'MULTIPLE_CHOICE',
    options: [
      { text: 'Standar data', correct: true },
      { text: 'Metadata baku', correct: true },
      { text: 'Data disimpan di komputer pribadi', correct: false },
      { text: 'Kode referensi', correct: true },
    ],
  },
  {
    text: 'Kata sandi boleh dibagikan kepada rekan satu bidang.',
    kind: 'TRUE_FALSE',
    options: [
      { text: 'Benar', correct: false },
      { text: 'Salah', correct: true },
    ],
  },
  {
    text: 'Format berkas mana yang paling cocok untuk data terbuka tabel?',
    kind: 'SINGLE_CHOICE',
    options: [
      { text: 'CSV', correct: true },
      { text: 'Foto hasil pindai', correct: false },
      { text: 'Presentasi', correct: false },
    ],
  },
];

/**
 * Builds a published self-paced course through the API as the demo organizer (penyelenggara):
 * two modules with a reading, a video, a file and a link, a four-question bank, a pre-test and a
 * post-test with a time limit. The learner then takes it through the UI.
 */
export async function seedPublishedCourse(): Promise<SeededCourse> {
  const token = await tokenOf('penyelenggara');
  const code = `E2E-LIT-${randomBytes(3).toString('hex').toUpperCase()}`;
  const title = 'Literasi Data untuk Aparatur';
  const jp = 4;
  const gql = <T>(query: string, variables: Record<string, unknown>) =>
    graphql<T>(query, variables, token);

  // A technical competency of the organizer's region of its own, for the catalog's filter.
  const { createCompetency: competency } = await gql<{
    createCompetency: { id: string; code: string; name: string };
  }>(
    `mutation ($input: CreateCompetencyInput!) { createCompetency(input: $input) { id code name } }`,
    { input: { code: `T.${code.slice(-6)}`, name: 'Literasi Data Pemerintahan' } },
  );
  const { createCourse } = await gql<{ createCourse: { id: string } }>(
    `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }`,
    {
      input: {
        code,
        title,
        description:
          'Mengenal data pemerintahan, standar Satu Data Indonesia, dan keamanan informasi dasar.',
        competency: 'TECHNICAL',
        competencyId: competency.id,
        level: 2,
        digital: true,
        jp,
        delivery: 'ONLINE',
      },
    },
  );
  const courseId = createCourse.id;

  const addModule = async (moduleTitle: string) =>
    (
      await gql<{ addCourseModule: { id: string } }>(
        `mutation ($c: ID!, $t: String!) { addCourseModule(courseId: $c, input: { title: $t }) { id } }`,
        { c: courseId, t: moduleTitle },
      )
    ).addCourseModule.id;
  const addLesson = (moduleId: string, input: Record<string, unknown>) =>
    gql(
      `mutation ($m: ID!, $input: LessonInput!) { addLesson(moduleId: $m, input: $input) { id } }`,
      {
        m: moduleId,
        input,
      },
    );

  const basics = await addModule('Dasar-dasar data pemerintahan');
  await addLesson(basics, {
    title: 'Apa itu data pemerintahan?',
    kind: 'TEXT',
    durationMinutes: 15,
    body:
      '<h3>Data sebagai aset</h3><p>Data pemerintahan adalah <strong>aset</strong> yang dikelola bersama.</p>' +
      '<ul><li>Standar data</li><li>Metadata</li><li>Kode referensi</li></ul>' +
      '<script>window.__lessonScriptRan = true</script><p onclick="alert(1)">Klik aman.</p>',
  });
  await addLesson(basics, {
    title: 'Video: Satu Data Indonesia',
    kind: 'VIDEO',
    videoUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    body: '<p>Tonton video pengantar berikut.</p>',
    durationMinutes: 10,
  });

  const practice = await addModule('Praktik pengelolaan data');
  const fileName = 'panduan-literasi-data.txt';
  const { uploadLearningFile } = await gql<{ uploadLearningFile: { id: string } }>(
    `mutation ($input: UploadLearningFileInput!) { uploadLearningFile(input: $input) { id } }`,
    {
      input: {
        courseId,
        filename: fileName,
        contentType: 'text/plain',
        contentBase64: Buffer.from('Panduan literasi data untuk aparatur.\n').toString('base64'),
      },
    },
  );
  await addLesson(practice, {
    title: 'Panduan pengelolaan data',
    kind: 'FILE',
    fileId: uploadLearningFile.id,
    body: '<p>Unduh dan baca panduan ini.</p>',
  });
  await addLesson(practice, {
    title: 'Portal Satu Data Indonesia',
    kind: 'LINK',
    externalUrl: 'https://data.go.id/',
  });

  for (const question of QUESTIONS) {
    await gql(
      `mutation ($c: ID!, $input: QuestionInput!) { createQuestion(courseId: $c, input: $input) { id } }`,
      {
        c: courseId,
        input: question,
      },
    );
  }
  const configure = (kind: 'PRE' | 'POST', input: Record<string, unknown>) =>
    gql(
      `mutation ($c: ID!, $k: AssessmentKind!, $input: AssessmentSettingsInput!) {
        configureAssessment(courseId: $c, kind: $k, input: $input) { id }
      }`,
      { c: courseId, k: kind, input },
    );
  await configure('PRE', {
    questionCount: 3,
    timeLimitMinutes: 10,
    passingScore: 0,
    maxAttempts: 1,
  });
  await configure('POST', {
    questionCount: QUESTIONS.length,
    timeLimitMinutes: 10,
    passingScore: 75,
    maxAttempts: 3,
    revealAnswers: true,
  });
  await gql(`mutation ($id: ID!) { publishCourse(id: $id) { id } }`, { id: courseId });

  return {
    id: courseId,
    code,
    title,
    jp,
    lessonTitles: [
      'Apa itu data pemerintahan?',
      'Video: Satu Data Indonesia',
      'Panduan pengelolaan data',
      'Portal Satu Data Indonesia',
    ],
    questions: QUESTIONS,
    fileName,
    competency,
  };
}

interface DrawnQuestion {
  id: string;
  text: string;
  options: { id: string; text: string }[];
}

/** The option ids that answer a drawn question correctly, from the seeded bank. */
function correctOptionIds(question: DrawnQuestion): string[] {
  const seeded = QUESTIONS.find((q) => q.text === question.text);
  if (!seeded) {
    throw new Error(`Unexpected question: ${question.text}`);
  }
  const correct = new Set(seeded.options.filter((o) => o.correct).map((o) => o.text));
  return question.options.filter((o) => correct.has(o.text)).map((o) => o.id);
}

/**
 * The learner of `token` enrols in a course of `seedPublishedCourse` and takes both tests through
 * the API: the pre-test with only its first drawn question right (1 of 3: score 33.33), the
 * post-test all right (100). The course's gain is then 66.67 for this learner.
 */
export async function takeBothTests(course: SeededCourse, token: string): Promise<void> {
  const gql = <T>(query: string, variables: Record<string, unknown>) =>
    graphql<T>(query, variables, token);
  await gql(`mutation ($c: ID!) { enrolInCourse(courseId: $c) { id } }`, { c: course.id });
  const take = async (kind: 'PRE' | 'POST', right: (index: number) => boolean) => {
    const { startAttempt } = await gql<{
      startAttempt: { id: string; questions: DrawnQuestion[] };
    }>(
      `mutation ($c: ID!, $k: AssessmentKind!) {
        startAttempt(courseId: $c, kind: $k) { id questions { id text options { id text } } }
      }`,
      { c: course.id, k: kind },
    );
    const answers = startAttempt.questions.map((question, index) => {
      const correct = correctOptionIds(question);
      const wrong = question.options.find((o) => !correct.includes(o.id));
      return {
        questionId: question.id,
        optionIds: right(index) ? correct : wrong ? [wrong.id] : [],
      };
    });
    await gql(
      `mutation ($a: ID!, $answers: [AnswerInput!]) {
        submitAttempt(attemptId: $a, answers: $answers) { score }
      }`,
      { a: startAttempt.id, answers },
    );
  };
  await take('PRE', (index) => index === 0);
  await take('POST', () => true);
}
