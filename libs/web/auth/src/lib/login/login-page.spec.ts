import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { AuthService } from '@lms/web/core';
import { translocoTesting } from '@lms/web/core/testing';
import { provideLmsIcons } from '@lms/web/ui';

import { AUTH_ID } from './i18n/auth.id';
import { LoginPage } from './login-page';

function graphqlError(extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });
}

async function render(login: jest.Mock) {
  TestBed.configureTestingModule({
    imports: [
      LoginPage,
      translocoTesting({ id: { auth: AUTH_ID, app: { name: 'LMS', tagline: '' } }, en: {} }),
    ],
    providers: [
      provideRouter([]),
      provideLmsIcons(),
      { provide: AuthService, useValue: { login } },
    ],
  });
  const fixture = TestBed.createComponent(LoginPage);
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  const fill = async (identifier: string, password: string) => {
    for (const [testId, value] of [
      ['login-identifier', identifier],
      ['login-password', password],
    ]) {
      const input = element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
      if (!input) {
        throw new Error(`${testId} missing`);
      }
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await settle();
  };
  const submit = async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')?.click();
    await settle();
  };
  const message = () =>
    element.querySelector('[data-testid="login-error"]')?.textContent?.trim() ?? '';
  return { fixture, element, fill, submit, message, settle };
}

describe('LoginPage', () => {
  it('signs in with a NIP typed with spaces and goes home', async () => {
    const login = jest.fn().mockResolvedValue({});
    const { fill, submit } = await render(login);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);

    await fill('19850315 201001 1 001', 'bimtek2026');
    await submit();

    expect(login).toHaveBeenCalledWith('198503152010011001', 'bimtek2026');
    expect(navigate).toHaveBeenCalledWith('/beranda');
  });

  it('explains a wrong password', async () => {
    const login = jest.fn().mockRejectedValue(graphqlError({ code: 'UNAUTHENTICATED' }));
    const { fill, submit, message } = await render(login);

    await fill('admin', 'wrong');
    await submit();

    expect(message()).toBe(AUTH_ID.wrongCredentials);
  });

  it('tells how long to wait when throttled and blocks the button meanwhile', async () => {
    const login = jest
      .fn()
      .mockRejectedValue(graphqlError({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 60 }));
    const { fill, submit, message, element } = await render(login);

    await fill('admin', 'wrong');
    await submit();

    expect(message()).toBe('Terlalu banyak percobaan masuk. Coba lagi dalam 60 detik.');
    expect(element.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')?.disabled).toBe(
      true,
    );
  });

  it('does not send an empty form', async () => {
    const login = jest.fn();
    const { submit, element } = await render(login);

    await submit();

    expect(login).not.toHaveBeenCalled();
    expect(element.textContent).toContain(AUTH_ID.required);
  });

  it('hints at NIP problems when the identifier is all digits, without blocking', async () => {
    const login = jest.fn().mockRejectedValue(graphqlError({ code: 'UNAUTHENTICATED' }));
    const { fill, element, submit } = await render(login);

    await fill('admin', 'x');
    expect(element.querySelector('lib-nip-insight')).toBeNull();

    await fill('1985031520100', 'x');
    expect(element.querySelector('lib-nip-insight')?.textContent).toContain('18 digit');

    await submit();
    expect(login).toHaveBeenCalledWith('1985031520100', 'x');
  });
});
