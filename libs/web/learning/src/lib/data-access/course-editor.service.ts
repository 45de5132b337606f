import { inject, Injectable } from '@angular/core';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import {
  AddCourseModuleDocument,
  AddLessonDocument,
  ArchiveCourseDocument,
  type CompetencyItemFragment,
  CourseFilesDocument,
  type CourseModuleHeadFragment,
  type CourseStatus,
  type CourseSummaryFragment,
  CreateCompetencyDocument,
  type CreateCompetencyInput,
  CreateCourseDocument,
  type CreateCourseInput,
  type LearningFileItemFragment,
  type LessonInput,
  type LessonItemFragment,
  type ModuleInput,
  PublishCourseDocument,
  type RegionItemFragment,
  RegionsDocument,
  RemoveCourseModuleDocument,
  RemoveLessonDocument,
  StaffCoursesDocument,
  UpdateCourseDocument,
  type UpdateCourseInput,
  UpdateCourseModuleDocument,
  UpdateLessonDocument,
  UploadLearningFileDocument,
} from '@lms/web/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

import { requiredData } from './required-data';

export interface CourseListFilter {
  search: string;
  status: CourseStatus | null;
}

/** The organizer's writes on a course and its content; the API checks the region again. */
@Injectable({ providedIn: 'root' })
export class CourseEditorService {
  private readonly apollo = inject(Apollo);

  list(filter: CourseListFilter): Observable<readonly CourseSummaryFragment[]> {
    return this.apollo
      .query({
        query: StaffCoursesDocument,
        variables: { search: filter.search.trim() || null, status: filter.status },
        fetchPolicy: 'network-only',
      })
      .pipe(map((result) => requiredData(result.data, 'courses').courses));
  }

  /** For an ADMIN choosing the owner region of a new course. */
  regions(): Observable<readonly RegionItemFragment[]> {
    return this.apollo
      .query({ query: RegionsDocument, fetchPolicy: 'cache-first' })
      .pipe(map((result) => requiredData(result.data, 'regions').regions));
  }

  /** A technical competency of a region (the national ones are seeded). */
  async createCompetency(input: CreateCompetencyInput): Promise<CompetencyItemFragment> {
    return requiredData(await this.mutate(CreateCompetencyDocument, { input }), 'createCompetency')
      .createCompetency;
  }

  async create(input: CreateCourseInput): Promise<CourseSummaryFragment> {
    const data = await this.mutate(CreateCourseDocument, { input });
    return requiredData(data, 'createCourse').createCourse;
  }

  async update(id: string, input: UpdateCourseInput): Promise<CourseSummaryFragment> {
    const data = await this.mutate(UpdateCourseDocument, { id, input });
    return requiredData(data, 'updateCourse').updateCourse;
  }

  async publish(id: string): Promise<CourseSummaryFragment> {
    return requiredData(await this.mutate(PublishCourseDocument, { id }), 'publishCourse')
      .publishCourse;
  }

  async archive(id: string): Promise<CourseSummaryFragment> {
    return requiredData(await this.mutate(ArchiveCourseDocument, { id }), 'archiveCourse')
      .archiveCourse;
  }

  async addModule(courseId: string, input: ModuleInput): Promise<CourseModuleHeadFragment> {
    return requiredData(
      await this.mutate(AddCourseModuleDocument, { courseId, input }),
      'addCourseModule',
    ).addCourseModule;
  }

  async updateModule(id: string, input: ModuleInput): Promise<CourseModuleHeadFragment> {
    return requiredData(
      await this.mutate(UpdateCourseModuleDocument, { id, input }),
      'updateCourseModule',
    ).updateCourseModule;
  }

  async removeModule(id: string): Promise<void> {
    await this.mutate(RemoveCourseModuleDocument, { id });
  }

  async addLesson(moduleId: string, input: LessonInput): Promise<LessonItemFragment> {
    return requiredData(await this.mutate(AddLessonDocument, { moduleId, input }), 'addLesson')
      .addLesson;
  }

  async updateLesson(id: string, input: LessonInput): Promise<LessonItemFragment> {
    return requiredData(await this.mutate(UpdateLessonDocument, { id, input }), 'updateLesson')
      .updateLesson;
  }

  async removeLesson(id: string): Promise<void> {
    await this.mutate(RemoveLessonDocument, { id });
  }

  files(courseId: string): Observable<readonly LearningFileItemFragment[]> {
    return this.apollo
      .query({ query: CourseFilesDocument, variables: { courseId }, fetchPolicy: 'network-only' })
      .pipe(map((result) => requiredData(result.data, 'courseFiles').courseFiles));
  }

  /** Sends the file's bytes base64-encoded inside the GraphQL request (at most 10 MB). */
  async upload(courseId: string, file: File): Promise<LearningFileItemFragment> {
    const contentBase64 = await fileToBase64(file);
    const data = await this.mutate(UploadLearningFileDocument, {
      input: {
        courseId,
        filename: file.name,
        contentType: file.type || 'application/octet-stream',
        contentBase64,
      },
    });
    return requiredData(data, 'uploadLearningFile').uploadLearningFile;
  }

  private async mutate<TData, TVariables extends OperationVariables>(
    mutation: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData | undefined> {
    const result = await firstValueFrom(
      this.apollo.mutate<TData, TVariables>({ mutation, variables, fetchPolicy: 'no-cache' }),
    );
    return result.data ?? undefined;
  }
}

/** The file's bytes as base64, without the `data:…;base64,` prefix of a data URL. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
