import { AccessScope, ForbiddenError, NotFoundError } from '@lms/server/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, In, Repository } from 'typeorm';

import { canManage, learnerEmployeeId } from '../common/training-access';
import { EnrollmentStatus } from '../common/training-enums';
import { Training } from '../trainings/training.entity';
import { TrainingService } from '../trainings/training.service';
import { Enrollment } from './enrollment.entity';

/** The read side of enrollments: no locks, no writes; changes go through EnrollmentService. */
@Injectable()
export class EnrollmentQueries {
  constructor(
    @InjectRepository(Enrollment) private readonly enrollments: Repository<Enrollment>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly trainings: TrainingService,
  ) {}

  /** The learner's own enrollments, newest class first. */
  mine(scope: AccessScope): Promise<Enrollment[]> {
    const employeeId = learnerEmployeeId(scope);
    return this.enrollments
      .createQueryBuilder('e')
      .innerJoin(Training, 't', 't.id = e.training_id')
      .where('e.employee_id = :employeeId', { employeeId })
      .orderBy('t.start_date', 'DESC')
      .addOrderBy('e.created_at', 'DESC')
      .limit(500)
      .getMany();
  }

  /** Enrollments of classes; `status` filters. Callers have already checked the classes' scope. */
  forTrainings(trainingIds: readonly string[], status?: string | null): Promise<Enrollment[]> {
    return this.enrollments.find({
      where: {
        trainingId: In([...trainingIds]),
        ...(status ? { status: status as EnrollmentStatus } : {}),
      },
      order: { queueSeq: 'ASC' },
    });
  }

  /** One employee's enrollments in the given classes, oldest first. */
  ofEmployee(employeeId: string, trainingIds: readonly string[]): Promise<Enrollment[]> {
    return this.enrollments.find({
      where: { employeeId, trainingId: In([...trainingIds]) },
      order: { queueSeq: 'ASC' },
    });
  }

  findByIds(ids: readonly string[]): Promise<Enrollment[]> {
    return this.enrollments.findBy({ id: In([...ids]) });
  }

  /** Waitlist positions (1, 2, …) of the WAITLISTED enrollments of classes, by enrollment id. */
  async waitlistPositions(trainingIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { id: string; position: number }[] = await this.dataSource.query(
      `SELECT id, row_number() OVER (PARTITION BY training_id ORDER BY queue_seq)::int AS position
         FROM enrollments WHERE training_id = ANY($1::uuid[]) AND status = 'WAITLISTED'`,
      [trainingIds],
    );
    return new Map(rows.map((r) => [r.id, r.position]));
  }

  /** How many are waiting and how many await approval, per class. */
  async queueCounts(
    trainingIds: readonly string[],
  ): Promise<Map<string, { waitlisted: number; pending: number }>> {
    const rows: { training_id: string; waitlisted: number; pending: number }[] =
      await this.dataSource.query(
        `SELECT training_id,
                count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted,
                count(*) FILTER (WHERE status = 'PENDING_APPROVAL')::int AS pending
           FROM enrollments WHERE training_id = ANY($1::uuid[]) AND status IN ('WAITLISTED', 'PENDING_APPROVAL')
          GROUP BY training_id`,
        [trainingIds],
      );
    return new Map(
      rows.map((r) => [r.training_id, { waitlisted: r.waitlisted, pending: r.pending }]),
    );
  }

  /** An enrollment of a class the scope manages; another region's is NOT_FOUND. */
  async manageableEnrollment(
    id: string,
    scope: AccessScope,
  ): Promise<{ enrollment: Enrollment; training: Training }> {
    const enrollment = isUUID(id) ? await this.enrollments.findOneBy({ id }) : null;
    if (!enrollment) throw new NotFoundError('Enrollment', 'id');
    const training = await this.trainings.getVisible(enrollment.trainingId, scope, 'id');
    if (!canManage(scope, training.regionId)) {
      throw new ForbiddenError('Only organizers of the class’s region change its enrollments');
    }
    return { enrollment, training };
  }
}
