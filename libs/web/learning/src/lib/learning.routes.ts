import type { Routes } from '@angular/router';

import { CourseEditorPage } from './admin/course-editor/course-editor-page';
import { CourseListPage } from './admin/course-list/course-list-page';
import { NewCoursePage } from './admin/new-course-page';
import { AssessmentPage } from './assessment/assessment-page';
import { CatalogPage } from './catalog/catalog-page';
import { CoursePage } from './course/course-page';
import { LEARNING_SCOPE } from './i18n/learning-scope';
import { LessonPage } from './lesson/lesson-page';
import { MyLearningPage } from './my-learning/my-learning-page';
import { provideLearningIcons } from './shared/learning-icons';

const learningProviders = [LEARNING_SCOPE, provideLearningIcons()];

/** Mounted at `/katalog` for learners: the catalog, a course, its lessons and its tests. */
export const catalogRoutes: Routes = [
  {
    path: '',
    providers: learningProviders,
    children: [
      { path: '', component: CatalogPage, title: 'titles.catalog' },
      { path: ':courseId', component: CoursePage, title: 'titles.course' },
      { path: ':courseId/pelajaran/:lessonId', component: LessonPage, title: 'titles.lesson' },
      { path: ':courseId/tes/:kind', component: AssessmentPage, title: 'titles.test' },
    ],
  },
];

/** Mounted at `/pembelajaran-saya` for learners. */
export const myLearningRoutes: Routes = [
  {
    path: '',
    component: MyLearningPage,
    title: 'titles.myLearning',
    providers: learningProviders,
  },
];

/** Mounted at `/kursus` for ORGANIZER and ADMIN: the course list, editor and learner preview. */
export const courseAdminRoutes: Routes = [
  {
    path: '',
    providers: learningProviders,
    children: [
      { path: '', component: CourseListPage, title: 'titles.courses' },
      { path: 'baru', component: NewCoursePage, title: 'titles.newCourse' },
      { path: ':courseId', component: CourseEditorPage, title: 'titles.courseEditor' },
      {
        path: ':courseId/pratinjau',
        component: CoursePage,
        data: { preview: true },
        title: 'titles.coursePreview',
      },
      {
        path: ':courseId/pratinjau/pelajaran/:lessonId',
        component: LessonPage,
        data: { preview: true },
        title: 'titles.coursePreview',
      },
    ],
  },
];
