import {
  AccessScope,
  AuditService,
  ConflictError,
  ConnectionShape,
  decodeCursor,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  toConnection,
} from '@lms/server/core';
import { CourseService, CourseStatus } from '@lms/server/learning';
import { AgencyService, RegionService } from '@lms/server/organization';
import { Role } from '@lms/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';

import {
  ClassTimeZone,
  dayCount,
  daysBetween,
  isClassTimeZone,
  localInstant,
  MAX_CLASS_DAYS,
} from '../common/class-time';
import { applyLearnerVisibility, applyStaffVisibility, canManage } from '../common/training-access';
import { TrainingMode, TrainingStatus } from '../common/training-enums';
import { AgencyQuota } from './agency-quota.entity';
import { newCheckInCode } from './check-in-code';
import { AgencyQuotaInput } from './dtos/agency-quota.input';
import { ScheduleTrainingInput } from './dtos/schedule-training.input';
import { TrainingListArgs } from './dtos/training-list.args';
import { InstructorBooking } from './instructor-booking';
import { Training } from './training.entity';
import { TrainingInstructor } from './training-instructor.entity';
import { TrainingSession } from './training-session.entity';

@Injectable()
export class TrainingService {
  constructor(
    @InjectRepository(Training) private readonly trainings: Repository<Training>,
    @InjectRepository(TrainingSession) private readonly sessions: Repository<TrainingSession>,
    @InjectRepository(AgencyQuota) private readonly quotas: Repository<AgencyQuota>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CourseService,
    private readonly regions: RegionService,
    private readonly agencies: AgencyService,
    private readonly instructors: InstructorBooking,
    private readonly audit: AuditService,
  ) {}

  async schedule(input: ScheduleTrainingInput, scope: AccessScope): Promise<Training> {
    scope.assertRole(Role.ADMIN, Role.ORGANIZER);
    const course = await this.courses.getForScope(input.courseId, scope, 'courseId');
    if (course.status === CourseStatus.ARCHIVED) {
      throw new InvalidInputError('courseId', 'courseId: the course is archived; no new classes');
    }
    const regionId = await this.regionFor(input.regionId ?? null, course.regionId, scope);
    if (course.regionId !== regionId && !course.shared) {
      throw new InvalidInputError(
        'courseId',
        "courseId: the course is not offered in the class's region",
      );
    }
    const zone = this.zoneOf(input.timeZone);
    const days = this.daysOf(input.startDate, input.endDate);
    if (input.dailyEndTime <= input.dailyStartTime) {
      throw new InvalidInputError(
        'dailyEndTime',
        'dailyEndTime: must be later than dailyStartTime',
      );
    }
    const meetingUrl = input.meetingUrl?.trim() || null;
    if (input.mode !== TrainingMode.FACE_TO_FACE && !meetingUrl) {
      throw new InvalidInputError(
        'meetingUrl',
        `meetingUrl: is required for ${input.mode} classes`,
      );
    }
    const firstStart = localInstant(input.startDate, input.dailyStartTime, zone);
    const lastEnd = localInstant(input.endDate, input.dailyEndTime, zone);
    const closesAt = input.registrationClosesAt ?? firstStart;
    const opensAt = input.registrationOpensAt ?? null;
    if (closesAt > lastEnd) {
      throw new InvalidInputError(
        'registrationClosesAt',
        'registrationClosesAt: must not be after the last day of the class ends',
      );
    }
    if (opensAt && opensAt >= closesAt) {
      throw new InvalidInputError(
        'registrationOpensAt',
        'registrationOpensAt: must be before registration closes',
      );
    }
    await this.assertQuotas(input.agencyQuotas, input.capacity, regionId);
    const instructors = await this.instructors.assertInstructors(
      [...new Set(input.instructorIds)],
      regionId,
    );

    const id = await this.dataSource.transaction(async (manager) => {
      const training = await manager.getRepository(Training).save(
        manager.getRepository(Training).create({
          regionId,
          courseId: course.id,
          title: input.title.trim(),
          mode: input.mode,
          venue: input.venue?.trim() || null,
          meetingUrl,
          startDate: input.startDate,
          endDate: input.endDate,
          timeZone: zone,
          capacity: input.capacity,
          confirmedCount: 0,
          registrationOpensAt: opensAt,
          registrationClosesAt: closesAt,
          requiresApproval: input.requiresApproval,
          minAttendanceRate: input.minAttendanceRate,
          postTestRequired: input.postTestRequired,
          status: TrainingStatus.SCHEDULED,
          createdBy: scope.user?.id ?? null,
        }),
      );
      await this.insertSessions(manager, training.id, days, input, zone);
      if (input.agencyQuotas.length) {
        await manager.getRepository(AgencyQuota).insert(
          input.agencyQuotas.map((q) => ({
            trainingId: training.id,
            agencyId: q.agencyId,
            seats: q.seats,
            confirmedCount: 0,
          })),
        );
      }
      await this.instructors.book(manager, training, instructors);
      await this.audit.record(manager, {
        action: 'scheduleTraining',
        entityType: 'Training',
        entityId: training.id,
        regionId,
        summary: {
          courseId: course.id,
          startDate: input.startDate,
          endDate: input.endDate,
          capacity: input.capacity,
          instructors: instructors.size,
          agencyQuotas: input.agencyQuotas.length,
        },
      });
      return training.id;
    });
    return this.trainings.findOneByOrFail({ id });
  }

  /** Replaces the instructors of a class, with the same double-booking check as scheduling. */
  async setInstructors(
    trainingId: string,
    instructorIds: string[],
    scope: AccessScope,
  ): Promise<Training> {
    const training = await this.getManageable(trainingId, scope);
    if (training.status === TrainingStatus.CANCELLED) {
      throw new ConflictError('trainingId', 'trainingId: the class is cancelled');
    }
    const instructors = await this.instructors.assertInstructors(
      [...new Set(instructorIds)],
      training.regionId,
    );
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(TrainingInstructor, { trainingId });
      await this.instructors.book(manager, training, instructors);
      await this.audit.record(manager, {
        action: 'setTrainingInstructors',
        entityType: 'Training',
        entityId: training.id,
        regionId: training.regionId,
        summary: { instructorIds: [...instructors.keys()] },
      });
    });
    return training;
  }

  /** A class the staff scope may see (organizer of its region, or one of its instructors). */
  async getVisible(id: string, scope: AccessScope, field = 'id'): Promise<Training> {
    const training = isUUID(id)
      ? await applyStaffVisibility(this.trainings.createQueryBuilder('t'), scope)
          .andWhere('t.id = :id', { id })
          .getOne()
      : null;
    if (!training) throw new NotFoundError('Training', field);
    return training;
  }

  /** A class the scope may change: ADMIN any, an ORGANIZER their region's. */
  async getManageable(id: string, scope: AccessScope, field = 'trainingId'): Promise<Training> {
    const training = await this.getVisible(id, scope, field);
    if (!canManage(scope, training.regionId)) {
      throw new ForbiddenError('Only organizers of the class’s region change it');
    }
    return training;
  }

  /** A class a learner may see: scheduled in their region, or one they are enrolled in. */
  async getForLearner(id: string, scope: AccessScope, field = 'id'): Promise<Training> {
    const training = isUUID(id)
      ? await applyLearnerVisibility(this.trainings.createQueryBuilder('t'), scope)
          .andWhere('t.id = :id', { id })
          .getOne()
      : null;
    if (!training) throw new NotFoundError('Training', field);
    return training;
  }

  list(args: TrainingListArgs, scope: AccessScope): Promise<ConnectionShape<Training>> {
    return this.page(applyStaffVisibility(this.trainings.createQueryBuilder('t'), scope), args);
  }

  /** For learners: the scheduled classes of their region, plus every class they are enrolled in. */
  available(args: TrainingListArgs, scope: AccessScope): Promise<ConnectionShape<Training>> {
    return this.page(applyLearnerVisibility(this.trainings.createQueryBuilder('t'), scope), args);
  }

  findByIds(ids: readonly string[]): Promise<Training[]> {
    return this.trainings.findBy({ id: In([...ids]) });
  }

  sessionsOf(trainingIds: readonly string[]): Promise<TrainingSession[]> {
    return this.sessions.find({
      where: { trainingId: In([...trainingIds]) },
      order: { day: 'ASC' },
    });
  }

  instructorsOf(trainingIds: readonly string[]): Promise<TrainingInstructor[]> {
    return this.dataSource
      .getRepository(TrainingInstructor)
      .findBy({ trainingId: In([...trainingIds]) });
  }

  quotasOf(trainingIds: readonly string[]): Promise<AgencyQuota[]> {
    return this.quotas.findBy({ trainingId: In([...trainingIds]) });
  }

  private async page(
    qb: SelectQueryBuilder<Training>,
    args: TrainingListArgs,
  ): Promise<ConnectionShape<Training>> {
    if (args.from && args.to && args.to < args.from) {
      throw new InvalidInputError('to', 'to: must be on or after from');
    }
    if (args.from) qb.andWhere('t.end_date >= :from', { from: args.from });
    if (args.to) qb.andWhere('t.start_date <= :to', { to: args.to });
    if (args.status) qb.andWhere('t.status = :status', { status: args.status });
    if (args.courseId) qb.andWhere('t.course_id = :courseId', { courseId: args.courseId });
    const search = args.search?.trim();
    if (search) {
      const escaped = search.replace(/[\\%_]/g, (c) => `\\${c}`);
      qb.andWhere('t.title ILIKE :search', { search: `%${escaped}%` });
    }
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const [startDate, id] = decodeCursor(args.after, 2);
      qb.andWhere('(t.start_date, t.id) > (:startDate, :id)', { startDate, id });
    }
    const rows = await qb
      .orderBy('t.start_date', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .take(args.first + 1)
      .getMany();
    return toConnection(rows, args.first, totalCount, (t) => [t.startDate, t.id]);
  }

  /** An ORGANIZER schedules in their own region; an ADMIN names one or takes the course's. */
  private async regionFor(
    requested: string | null,
    courseRegionId: string,
    scope: AccessScope,
  ): Promise<string> {
    if (scope.regionId) {
      if (requested && requested !== scope.regionId) {
        throw new ForbiddenError('Organizers schedule classes in their own region only');
      }
      return scope.regionId;
    }
    if (!requested) return courseRegionId;
    return (await this.regions.get(requested, scope, 'regionId')).id;
  }

  private zoneOf(value: string): ClassTimeZone {
    if (!isClassTimeZone(value)) {
      throw new InvalidInputError(
        'timeZone',
        'timeZone: must be Asia/Jakarta, Asia/Makassar or Asia/Jayapura',
      );
    }
    return value;
  }

  private daysOf(startDate: string, endDate: string): string[] {
    const count = dayCount(startDate, endDate);
    if (count < 1) throw new InvalidInputError('endDate', 'endDate: must be on or after startDate');
    if (count > MAX_CLASS_DAYS) {
      throw new InvalidInputError(
        'endDate',
        `endDate: a class lasts at most ${MAX_CLASS_DAYS} days`,
      );
    }
    return daysBetween(startDate, endDate);
  }

  private async insertSessions(
    manager: EntityManager,
    trainingId: string,
    days: string[],
    input: ScheduleTrainingInput,
    zone: ClassTimeZone,
  ): Promise<void> {
    await manager.getRepository(TrainingSession).insert(
      days.map((day) => ({
        trainingId,
        day,
        startsAt: localInstant(day, input.dailyStartTime, zone),
        endsAt: localInstant(day, input.dailyEndTime, zone),
        checkInCode: newCheckInCode(),
      })),
    );
  }

  /**
   * Quotas name distinct agencies of the class's region, none inside another (so each employee
   * counts against one quota at most), each no larger than the class.
   */
  private async assertQuotas(
    quotas: AgencyQuotaInput[],
    capacity: number,
    regionId: string,
  ): Promise<void> {
    if (!quotas.length) return;
    const ids = quotas.map((q) => q.agencyId);
    if (new Set(ids).size !== ids.length) {
      throw new InvalidInputError('agencyQuotas', 'agencyQuotas: an agency is listed twice');
    }
    const tooBig = quotas.find((q) => q.seats > capacity);
    if (tooBig) {
      throw new InvalidInputError('agencyQuotas', 'agencyQuotas: a quota exceeds the capacity');
    }
    const agencies = await this.agencies.findByIds(ids);
    if (agencies.length !== ids.length || agencies.some((a) => a.regionId !== regionId)) {
      throw new InvalidInputError(
        'agencyQuotas',
        "agencyQuotas: every agency must exist in the class's region",
      );
    }
    const nested = agencies.find((a) =>
      agencies.some((b) => b.id !== a.id && a.path.startsWith(b.path)),
    );
    if (nested) {
      throw new InvalidInputError(
        'agencyQuotas',
        `agencyQuotas: ${nested.code} lies inside another agency with a quota`,
      );
    }
  }
}
