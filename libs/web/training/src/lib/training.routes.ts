import type { Routes } from '@angular/router';
import { Role } from '@lms/shared/domain';
import { roleGuard } from '@lms/web/core';

import { AttendancePage } from './attendance/attendance-page';
import { CompletionPage } from './completion/completion-page';
import { TrainingPage } from './detail/training-page';
import { TRAINING_SCOPE } from './i18n/training-scope';
import { AvailableTrainingsPage } from './learner/available-trainings-page';
import { LearnerTrainingPage } from './learner/learner-training-page';
import { MyTrainingsPage } from './learner/my-trainings-page';
import { TrainingListPage } from './list/training-list-page';
import { RosterPage } from './roster/roster-page';
import { ScheduleTrainingPage } from './schedule/schedule-training-page';
import { provideTrainingIcons } from './shared/training-icons';

const trainingProviders = [TRAINING_SCOPE, provideTrainingIcons()];
/** Changing a class (scheduling, deciding, completing, certifying) is for its organizers. */
const managers = roleGuard(Role.ADMIN, Role.ORGANIZER);

/**
 * Mounted at `/bimtek` for ADMIN, ORGANIZER and INSTRUCTOR (the app guards the branch); an
 * instructor sees the roster and keeps the attendance of the classes they teach.
 */
export const trainingAdminRoutes: Routes = [
  {
    path: '',
    providers: trainingProviders,
    children: [
      { path: '', component: TrainingListPage, title: 'titles.trainings' },
      {
        path: 'baru',
        component: ScheduleTrainingPage,
        canActivate: [managers],
        title: 'titles.scheduleTraining',
      },
      {
        path: ':trainingId',
        component: TrainingPage,
        children: [
          { path: '', pathMatch: 'full', redirectTo: 'peserta' },
          { path: 'peserta', component: RosterPage, title: 'titles.trainingRoster' },
          { path: 'presensi', component: AttendancePage, title: 'titles.trainingAttendance' },
          {
            path: 'penyelesaian',
            component: CompletionPage,
            canActivate: [managers],
            title: 'titles.trainingCompletion',
          },
          {
            path: 'sertifikat',
            canActivate: [managers],
            loadChildren: () =>
              import('@lms/web/certificates').then((m) => m.classCertificatesRoutes),
          },
        ],
      },
    ],
  },
];

/** Mounted at `/jadwal-bimtek` for learners: the classes open to them and one class's page. */
export const learnerTrainingRoutes: Routes = [
  {
    path: '',
    providers: trainingProviders,
    children: [
      { path: '', component: AvailableTrainingsPage, title: 'titles.availableTrainings' },
      { path: ':trainingId', component: LearnerTrainingPage, title: 'titles.training' },
    ],
  },
];

/** Mounted at `/bimtek-saya` for learners. */
export const myTrainingsRoutes: Routes = [
  {
    path: '',
    component: MyTrainingsPage,
    title: 'titles.myTrainings',
    providers: trainingProviders,
  },
];
