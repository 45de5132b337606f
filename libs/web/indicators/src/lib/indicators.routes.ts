import type { Routes } from '@angular/router';

import { IndicatorDashboardPage } from './dashboard/indicator-dashboard-page';
import { INDICATORS_SCOPE } from './i18n/indicators-scope';
import { JpLedgerPage } from './ledger/jp-ledger-page';
import { JpShortfallPage } from './shortfall/jp-shortfall-page';

/**
 * Mounted at `/indikator` for HR_ANALYST and ADMIN (the app guards the branch by role): the
 * dashboard, the employees below 20 JP, and an employee's JP ledger.
 */
export const indicatorRoutes: Routes = [
  {
    path: '',
    providers: [INDICATORS_SCOPE],
    children: [
      { path: '', component: IndicatorDashboardPage, title: 'titles.indicators' },
      { path: 'kekurangan-jp', component: JpShortfallPage, title: 'titles.jpShortfall' },
      { path: 'pegawai/:employeeId/jp', component: JpLedgerPage, title: 'titles.jpLedger' },
    ],
  },
];
