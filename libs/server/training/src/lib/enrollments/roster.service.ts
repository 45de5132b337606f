import { AccessScope } from '@lms/server/core';
import { AgencyService, EmployeeService } from '@lms/server/organization';
import { Injectable } from '@nestjs/common';

import { AttendanceService } from '../attendance/attendance.service';
import { TrainingService } from '../trainings/training.service';
import { EnrollmentQueries } from './enrollment-queries.service';
import { rosterCsv } from './roster-csv';

/** The class roster as a CSV file for the organizer (every enrollment, in arrival order). */
@Injectable()
export class RosterService {
  constructor(
    private readonly trainings: TrainingService,
    private readonly enrollments: EnrollmentQueries,
    private readonly attendance: AttendanceService,
    private readonly employees: EmployeeService,
    private readonly agencies: AgencyService,
  ) {}

  async csv(trainingId: string, scope: AccessScope): Promise<string> {
    const training = await this.trainings.getVisible(trainingId, scope, 'trainingId');
    const [enrollments, sessions, positions] = await Promise.all([
      this.enrollments.forTrainings([training.id]),
      this.trainings.sessionsOf([training.id]),
      this.enrollments.waitlistPositions([training.id]),
    ]);
    const ids = enrollments.map((e) => e.id);
    const [people, attended] = await Promise.all([
      this.employees.findByIds([...new Set(enrollments.map((e) => e.employeeId))]),
      this.attendance.attendedDays(ids),
    ]);
    const agencies = await this.agencies.findByIds([...new Set(people.map((p) => p.agencyId))]);
    const personOf = new Map(people.map((p) => [p.id, p]));
    const agencyOf = new Map(agencies.map((a) => [a.id, a]));
    return rosterCsv(
      enrollments.map((e) => {
        const person = personOf.get(e.employeeId);
        const agency = person ? agencyOf.get(person.agencyId) : undefined;
        return {
          nip: person?.nip ?? '',
          fullName: person?.fullName ?? '',
          agencyCode: agency?.code ?? '',
          agencyName: agency?.name ?? '',
          status: e.status,
          waitlistPosition: positions.get(e.id) ?? null,
          source: e.source,
          enrolledAt: e.createdAt,
          attendedDays: attended.get(e.id) ?? 0,
          classDays: sessions.length,
        };
      }),
    );
  }
}
