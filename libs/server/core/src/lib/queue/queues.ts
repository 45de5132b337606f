/** Every BullMQ queue of the platform, in one place: producers and the worker use these names. */
export const QUEUES = {
  certificates: 'certificates',
  notifications: 'notifications',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
