import { CERTIFICATION_DATABASE } from '@lms/server/certification';
import { AUDIT_DATABASE, mergeDatabaseParts } from '@lms/server/core';
import { IDENTITY_DATABASE } from '@lms/server/identity';
import { INDICATORS_DATABASE } from '@lms/server/indicators';
import { LEARNING_DATABASE } from '@lms/server/learning';
import { ORGANIZATION_DATABASE } from '@lms/server/organization';
import { TRAINING_DATABASE } from '@lms/server/training';

/** Every domain area's entities and migrations: the whole schema. */
export const DATABASE_PARTS = mergeDatabaseParts(
  ORGANIZATION_DATABASE,
  IDENTITY_DATABASE,
  AUDIT_DATABASE,
  LEARNING_DATABASE,
  TRAINING_DATABASE,
  CERTIFICATION_DATABASE,
  INDICATORS_DATABASE,
);
