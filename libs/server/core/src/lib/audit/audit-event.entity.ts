import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One write someone made: who (account, roles), what (action, entity, region), when, under which
 * request id, and a JSON summary of the change. Rows are append-only (a database trigger refuses
 * UPDATE, DELETE and TRUNCATE).
 */
@ObjectType({ description: 'Who did what and when: one row of the audit trail' })
@Entity('audit_events')
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz', { default: () => 'now()' })
  occurredAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The account; null for system work' })
  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { nullable: true })
  actorUsername!: string | null;

  @Field(() => [String])
  @Column('text', { array: true, default: () => "'{}'" })
  actorRoles!: string[];

  @Field({ description: 'The operation, named as the GraphQL mutation: createUser, login, …' })
  @Column('varchar')
  action!: string;

  @Field({ description: 'The kind of record written: Region, User, Employee, …' })
  @Column('varchar')
  entityType!: string;

  @Field(() => String, { nullable: true })
  @Column('varchar', { nullable: true })
  entityId!: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  regionId!: string | null;

  @Field(() => String, { nullable: true, description: 'The x-request-id of the request' })
  @Column('varchar', { nullable: true })
  requestId!: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { nullable: true })
  ip!: string | null;

  @Column('jsonb', { default: () => "'{}'::jsonb" })
  summary!: Record<string, unknown>;
}
