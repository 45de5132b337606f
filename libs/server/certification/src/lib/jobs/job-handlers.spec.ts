import { CERTIFICATE_JOB_NAMES, issueJobId, renderJobId } from './certificate-jobs';
import { assertHandlersCover } from './job-handlers';

describe('job handlers', () => {
  const noop = async () => undefined;

  it('accepts a handler for every job name', () => {
    const handlers = Object.fromEntries(CERTIFICATE_JOB_NAMES.map((name) => [name, noop]));
    expect(() =>
      assertHandlersCover('certificates', CERTIFICATE_JOB_NAMES, handlers),
    ).not.toThrow();
  });

  it('fails (at boot) when a job name has no handler', () => {
    expect(() =>
      assertHandlersCover('certificates', ['issue-certificate', 'render-certificate'], {
        'issue-certificate': noop,
      }),
    ).toThrow('Queue certificates: no handler for job name(s) render-certificate');
  });

  it('derives job ids from what they are about, without the colon BullMQ refuses', () => {
    expect(issueJobId('e1')).toBe('cert-e1');
    expect(renderJobId('c1', 2)).toBe('cert-render-c1-v2');
  });
});
