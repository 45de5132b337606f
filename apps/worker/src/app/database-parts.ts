import { CERTIFICATION_DATABASE } from '@lms/server/certification';
import { mergeDatabaseParts } from '@lms/server/core';
import { IDENTITY_DATABASE } from '@lms/server/identity';
import { ORGANIZATION_DATABASE } from '@lms/server/organization';

/** The worker reads and writes the same schema as the API (it never migrates it). */
export const DATABASE_PARTS = mergeDatabaseParts(
  ORGANIZATION_DATABASE,
  IDENTITY_DATABASE,
  CERTIFICATION_DATABASE,
);
