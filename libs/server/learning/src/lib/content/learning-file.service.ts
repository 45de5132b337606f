import { createHash, randomUUID } from 'node:crypto';

import { AccessScope, AuditService, InvalidInputError, NotFoundError } from '@lms/server/core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, In, Repository } from 'typeorm';

import { CourseService } from '../courses/course.service';
import { FileStorage, LEARNING_FILE_STORAGE } from '../storage/file-storage';
import type { UploadLearningFileInput } from './dtos/upload-file.input';
import { LearningFile } from './learning-file.entity';

/** 10 MB decoded: slides and handouts fit; videos belong on a video link. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Handout formats only; anything a browser would run or render as a page is refused. */
export const ALLOWED_FILE_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'application/msword': ['doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.ms-powerpoint': ['ppt'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'application/zip': ['zip'],
  'text/plain': ['txt'],
  'text/csv': ['csv'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
};

@Injectable()
export class LearningFileService {
  constructor(
    @InjectRepository(LearningFile) private readonly files: Repository<LearningFile>,
    @Inject(LEARNING_FILE_STORAGE) private readonly storage: FileStorage,
    private readonly courses: CourseService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async upload(input: UploadLearningFileInput, scope: AccessScope): Promise<LearningFile> {
    const course = await this.courses.getEditable(input.courseId, scope, 'courseId');
    const contentType = input.contentType.trim().toLowerCase();
    const extensions = ALLOWED_FILE_TYPES[contentType];
    if (!extensions) {
      throw new InvalidInputError(
        'contentType',
        `contentType: ${contentType} is not an allowed file type`,
      );
    }
    const filename = input.filename.trim();
    const extension = filename.split('.').pop()?.toLowerCase() ?? '';
    if (!extensions.includes(extension)) {
      throw new InvalidInputError('filename', `filename: must end in .${extensions.join(' or .')}`);
    }
    const data = Buffer.from(input.contentBase64, 'base64');
    if (data.length === 0)
      throw new InvalidInputError('contentBase64', 'contentBase64: the file is empty');
    if (data.length > MAX_FILE_BYTES) {
      throw new InvalidInputError(
        'contentBase64',
        `contentBase64: the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      );
    }
    const id = randomUUID();
    const storageKey = `courses/${course.id}/${id}`;
    // Bytes first: a row without bytes would be a broken download, bytes without a row are only litter.
    await this.storage.put(storageKey, data);
    try {
      return await this.dataSource.transaction(async (m) => {
        const file = await m.save(
          m.create(LearningFile, {
            id,
            courseId: course.id,
            filename,
            contentType,
            sizeBytes: data.length,
            sha256: createHash('sha256').update(data).digest('hex'),
            storageKey,
            uploadedBy: scope.user?.id ?? null,
          }),
        );
        await this.audit.record(m, {
          action: 'uploadLearningFile',
          entityType: 'LearningFile',
          entityId: file.id,
          regionId: course.regionId,
          summary: { courseId: course.id, filename, contentType, sizeBytes: file.sizeBytes },
        });
        return file;
      });
    } catch (error) {
      await this.storage.delete(storageKey);
      throw error;
    }
  }

  /** The file and its bytes, for anyone who may see its course (learners: published courses). */
  async download(id: string, scope: AccessScope): Promise<{ file: LearningFile; data: Buffer }> {
    const file = isUUID(id) ? await this.files.findOneBy({ id }) : null;
    if (!file) throw new NotFoundError('File', 'id');
    await this.courses.getForScope(file.courseId, scope, 'id');
    const data = await this.storage.get(file.storageKey);
    if (!data) throw new NotFoundError('File', 'id');
    return { file, data };
  }

  async getOfCourse(id: string, courseId: string, field: string): Promise<LearningFile> {
    const file = isUUID(id) ? await this.files.findOneBy({ id, courseId }) : null;
    if (!file) throw new InvalidInputError(field, `${field}: no file with this id in this course`);
    return file;
  }

  findByIds(ids: readonly string[]): Promise<LearningFile[]> {
    return this.files.findBy({ id: In([...ids]) });
  }

  async listForEditor(courseId: string, scope: AccessScope): Promise<LearningFile[]> {
    const course = await this.courses.getEditable(courseId, scope, 'courseId');
    return this.files.find({ where: { courseId: course.id }, order: { createdAt: 'ASC' } });
  }
}
