import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService, type LessonItemFragment } from '@lms/web/core';

import {
  DownloadError,
  type DownloadProblem,
  FileDownloadService,
} from '../data-access/file-download.service';
import { formatBytes } from '../shared/format';
import { videoSource } from './video-embed';

/**
 * A lesson's material by kind. Rich text is bound through `[innerHTML]`, which Angular sanitizes
 * again after the server's own sanitizing, so no markup an organizer typed can run script.
 */
@Component({
  selector: 'lib-lesson-content',
  imports: [MatButtonModule, MatIconModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lesson-content.html',
  styleUrl: './lesson-content.css',
})
export class LessonContent {
  readonly lesson = input.required<LessonItemFragment>();

  private readonly sanitizer = inject(DomSanitizer);
  private readonly downloads = inject(FileDownloadService);
  private readonly language = inject(LanguageService);

  protected readonly video = computed(() => {
    const url = this.lesson().videoUrl;
    return url ? videoSource(url) : null;
  });
  /** Trusted only because `videoSource` rebuilt it from a validated id on a known host. */
  protected readonly embedUrl = computed<SafeResourceUrl | null>(() => {
    const video = this.video();
    return video?.kind === 'embed'
      ? this.sanitizer.bypassSecurityTrustResourceUrl(video.embedUrl)
      : null;
  });
  protected readonly fileSize = computed(() => {
    const file = this.lesson().file;
    return file ? formatBytes(file.sizeBytes, this.language.lang()) : '';
  });
  protected readonly downloading = signal(false);
  protected readonly downloadProblem = signal<DownloadProblem | null>(null);

  protected async download(): Promise<void> {
    const file = this.lesson().file;
    if (!file || this.downloading()) {
      return;
    }
    this.downloading.set(true);
    this.downloadProblem.set(null);
    try {
      await this.downloads.download(file.downloadPath, file.filename);
    } catch (error) {
      this.downloadProblem.set(error instanceof DownloadError ? error.problem : 'NETWORK');
    } finally {
      this.downloading.set(false);
    }
  }
}
