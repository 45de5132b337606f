import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SessionStore } from '@lms/web/core';

import {
  ADMIN_SESSION_PATH,
  QueueDashboardError,
  QueueDashboardLauncher,
} from './queue-dashboard-launcher';

interface FakeTab {
  opener: unknown;
  location: { href: string };
  close: jest.Mock;
}

function setup(options: { popupBlocked?: boolean } = {}) {
  const tab: FakeTab = { opener: {}, location: { href: '' }, close: jest.fn() };
  const open = jest.fn(() => (options.popupBlocked ? null : tab));
  const document = { defaultView: { open } } as unknown as Document;
  TestBed.configureTestingModule({
    providers: [
      { provide: DOCUMENT, useValue: document },
      { provide: SessionStore, useValue: { token: () => 'admin-token' } },
    ],
  });
  return { launcher: TestBed.inject(QueueDashboardLauncher), tab, open };
}

/** jsdom has no fetch: each test installs the answer it needs. */
function answer(status: number, body: unknown = {}) {
  const fetch = jest.fn(async () => ({
    ok: status >= 200 && status < 300,
    status,
    json: async () => body,
  }));
  globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
  return fetch;
}

describe('QueueDashboardLauncher', () => {
  it('opens the tab inside the click, mints the cookie with the bearer token, then shows the dashboard', async () => {
    const { launcher, tab, open } = setup();
    const fetch = answer(200, { dashboard: '/admin/queues', expiresInSeconds: 900 });

    await launcher.open();

    expect(open).toHaveBeenCalledWith('', '_blank');
    expect(fetch).toHaveBeenCalledWith(ADMIN_SESSION_PATH, {
      method: 'POST',
      headers: { Authorization: 'Bearer admin-token' },
      credentials: 'same-origin',
    });
    expect(tab.opener).toBeNull();
    expect(tab.location.href).toBe('/admin/queues');
  });

  it('never follows a dashboard address outside /admin/', async () => {
    const { launcher, tab } = setup();
    answer(200, { dashboard: 'https://evil.example/phish' });

    await launcher.open();

    expect(tab.location.href).toBe('/admin/queues');
  });

  it('closes the tab and reports FORBIDDEN when the API refuses the account', async () => {
    const { launcher, tab } = setup();
    answer(403, { code: 'FORBIDDEN' });

    await expect(launcher.open()).rejects.toEqual(new QueueDashboardError('FORBIDDEN'));
    expect(tab.close).toHaveBeenCalled();
    expect(tab.location.href).toBe('');
  });

  it('reports a network failure as NETWORK', async () => {
    const { launcher, tab } = setup();
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;

    await expect(launcher.open()).rejects.toMatchObject({ problem: 'NETWORK' });
    expect(tab.close).toHaveBeenCalled();
  });

  it('opens the dashboard after the request when a popup blocker swallowed the early tab', async () => {
    const { launcher, open } = setup({ popupBlocked: true });
    answer(200, { dashboard: '/admin/queues' });

    await launcher.open();

    expect(open).toHaveBeenLastCalledWith('/admin/queues', '_blank', 'noopener');
  });
});
