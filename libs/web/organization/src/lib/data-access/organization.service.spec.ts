import { TestBed } from '@angular/core/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import { OrganizationService } from './organization.service';

describe('OrganizationService', () => {
  let service: OrganizationService;
  let backend: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule] });
    service = TestBed.inject(OrganizationService);
    backend = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => backend.verify());

  it('asks for the agencies of one region', async () => {
    const agencies = service.agencies('r1');
    const op = backend.expectOne('agencies');
    expect(op.operation.variables).toEqual({ regionId: 'r1' });
    op.flushData({ agencies: [] });
    await expect(agencies).resolves.toEqual([]);
  });

  it('creates an agency under a parent', async () => {
    const input = { regionId: 'r1', code: 'DISDIK', name: 'Dinas Pendidikan', parentId: null };
    const created = service.createAgency(input);
    const op = backend.expectOne('createAgency');
    expect(op.operation.variables).toEqual({ input });
    const agency = {
      __typename: 'Agency',
      id: 'a1',
      code: 'DISDIK',
      name: 'Dinas Pendidikan',
      parentId: null,
      depth: 0,
      region: {
        __typename: 'Region',
        id: 'r1',
        code: '35.10',
        name: 'Banyuwangi',
        type: 'REGENCY',
      },
    };
    op.flushData({ createAgency: agency });
    await expect(created).resolves.toMatchObject({ id: 'a1', name: 'Dinas Pendidikan' });
  });
});
