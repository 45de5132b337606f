import { DOCUMENT, inject, Injectable } from '@angular/core';
import { SessionStore } from '@lms/web/core';

/** The API route that turns an ADMIN's bearer token into the dashboard's short HttpOnly cookie. */
export const ADMIN_SESSION_PATH = '/admin/session';
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

export type QueueDashboardProblem = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NETWORK';

export class QueueDashboardError extends Error {
  constructor(readonly problem: QueueDashboardProblem) {
    super(`The queue dashboard could not be opened: ${problem}`);
  }
}

/**
 * Opens bull-board (served by the API at /admin/queues) in a new tab. A page a browser navigates
 * to cannot carry the bearer header, so the shell first asks `POST /admin/session` for a cookie
 * scoped to that path. The tab is opened before the request, inside the click, so popup blockers
 * let it through; it is pointed at the dashboard once the cookie is set, or closed on failure.
 */
@Injectable({ providedIn: 'root' })
export class QueueDashboardLauncher {
  private readonly session = inject(SessionStore);
  private readonly document = inject(DOCUMENT);

  async open(): Promise<void> {
    const view = this.document.defaultView;
    const tab = view?.open('', '_blank') ?? null;
    try {
      const target = await this.mintSession();
      if (tab) {
        // The dashboard need not reach back into the app's tab.
        tab.opener = null;
        tab.location.href = target;
      } else {
        view?.open(target, '_blank', 'noopener');
      }
    } catch (error: unknown) {
      tab?.close();
      throw error;
    }
  }

  private async mintSession(): Promise<string> {
    const token = this.session.token();
    let response: Response;
    try {
      response = await fetch(ADMIN_SESSION_PATH, {
        method: 'POST',
        headers: token ? { Authorization: `Bearer ${token}` } : {},
        credentials: 'same-origin',
      });
    } catch {
      throw new QueueDashboardError('NETWORK');
    }
    if (response.status === 401) throw new QueueDashboardError('UNAUTHENTICATED');
    if (response.status === 403) throw new QueueDashboardError('FORBIDDEN');
    if (!response.ok) throw new QueueDashboardError('NETWORK');
    const body = (await response.json().catch(() => ({}))) as { dashboard?: unknown };
    // Only a path of this origin: the answer must not be able to send the admin elsewhere.
    return typeof body.dashboard === 'string' && body.dashboard.startsWith('/admin/')
      ? body.dashboard
      : QUEUE_DASHBOARD_PATH;
  }
}
