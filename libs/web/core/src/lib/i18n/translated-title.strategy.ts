import { DestroyRef, inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, combineLatest, switchMap } from 'rxjs';

/**
 * Route `title`s are keys of the shared dictionary (`titles.people`); the document title is the
 * translated page name followed by the app name, and follows language switches.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly key$ = new BehaviorSubject<string | undefined>(undefined);

  constructor() {
    super();
    const subscription = combineLatest([this.key$, this.transloco.langChanges$])
      .pipe(
        switchMap(([key]) =>
          this.transloco.selectTranslate<string[]>(key ? [key, 'app.name'] : ['app.name']),
        ),
      )
      .subscribe((parts) => this.title.setTitle(parts.join(' · ')));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.key$.next(this.buildTitle(snapshot));
  }
}
