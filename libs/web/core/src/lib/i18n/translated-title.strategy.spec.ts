import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

import { translocoTesting } from '../../testing';
import { TranslatedTitleStrategy } from './translated-title.strategy';

@Component({ template: '' })
class EmptyPage {}

describe('TranslatedTitleStrategy', () => {
  it('translates the route title, adds the app name and follows language switches', async () => {
    TestBed.configureTestingModule({
      imports: [
        translocoTesting({
          id: { app: { name: 'LMS Bimtek' }, titles: { people: 'Direktori Pegawai' } },
          en: { app: { name: 'LMS Bimtek' }, titles: { people: 'People directory' } },
        }),
      ],
      providers: [
        provideRouter([{ path: 'pegawai', component: EmptyPage, title: 'titles.people' }]),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
    const title = TestBed.inject(Title);

    await TestBed.inject(Router).navigateByUrl('/pegawai');
    await TestBed.inject(TranslocoService).load('id').toPromise();
    expect(title.getTitle()).toBe('Direktori Pegawai · LMS Bimtek');

    TestBed.inject(TranslocoService).setActiveLang('en');
    await new Promise((resolve) => setTimeout(resolve));
    expect(title.getTitle()).toBe('People directory · LMS Bimtek');
  });
});
