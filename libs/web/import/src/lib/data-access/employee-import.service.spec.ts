import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import { EmployeeImportService } from './employee-import.service';

describe('EmployeeImportService', () => {
  let service: EmployeeImportService;
  let backend: ApolloTestingController;
  const result = {
    created: 2,
    updated: 1,
    rejected: 1,
    errors: [{ line: 3, field: 'nip', message: 'NIP salah' }],
  };

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule] });
    service = TestBed.inject(EmployeeImportService);
    backend = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => backend.verify());

  it('sends the CSV as a dry run first', async () => {
    const run = service.run('nip,full_name\n', true);
    const op = backend.expectOne('importEmployees');
    expect(op.operation.variables).toEqual({ csv: 'nip,full_name\n', dryRun: true });
    op.flushData({ importEmployees: result });
    await expect(run).resolves.toEqual(result);
  });

  it('clears cached people after a real import, not after a dry run', async () => {
    const clearStore = jest.spyOn(TestBed.inject(Apollo).client, 'clearStore');

    const dryRun = service.run('csv', true);
    backend.expectOne('importEmployees').flushData({ importEmployees: result });
    await dryRun;
    expect(clearStore).not.toHaveBeenCalled();

    const real = service.run('csv', false);
    backend.expectOne('importEmployees').flushData({ importEmployees: result });
    await expect(real).resolves.toEqual(result);
    expect(clearStore).toHaveBeenCalled();
  });
});
