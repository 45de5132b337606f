import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Lang } from '@lms/shared/domain';

import { LanguageSwitch } from './language-switch';

@Component({
  imports: [LanguageSwitch],
  template: `<lib-language-switch [lang]="lang()" (langChange)="chosen.push($event)" />`,
})
class Host {
  readonly lang = signal<Lang>('id');
  readonly chosen: Lang[] = [];
}

describe('LanguageSwitch', () => {
  it('marks the current language and reports the chosen one', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    const group = element.querySelector('[role="group"], mat-button-toggle-group');
    expect(group?.getAttribute('aria-label')).toBe('Bahasa / Language');
    const pressed = element.querySelector('[aria-checked="true"], [aria-pressed="true"]');
    expect(pressed?.textContent?.trim()).toBe('ID');

    element.querySelector<HTMLButtonElement>('[data-lang="en"] button')?.click();
    await fixture.whenStable();

    expect(fixture.componentInstance.chosen).toEqual(['en']);
  });
});
