import { AccessScope, Scope } from '@lms/server/core';
import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

import { LearningFileService } from './learning-file.service';

/** Course file downloads over plain HTTP (Bearer token as for GraphQL; the global guard checks it). */
@Controller('api/learning/files')
export class LearningFileController {
  constructor(private readonly files: LearningFileService) {}

  @Get(':id')
  async download(
    @Param('id') id: string,
    @Scope() scope: AccessScope,
    @Res() res: Response,
  ): Promise<void> {
    const { file, data } = await this.files.download(id, scope);
    res
      .status(200)
      .setHeader('Content-Type', file.contentType)
      .setHeader('Content-Length', String(data.length))
      .setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      )
      .setHeader('X-Content-Type-Options', 'nosniff')
      .setHeader('Cache-Control', 'private, no-store')
      .setHeader('Content-Security-Policy', "default-src 'none'; sandbox")
      .end(data);
  }
}
