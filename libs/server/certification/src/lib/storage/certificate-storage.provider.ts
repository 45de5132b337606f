import { join } from 'node:path';

import { APP_CONFIG, AppConfig } from '@lms/server/core';
import type { Provider } from '@nestjs/common';

import { CERTIFICATE_STORAGE } from './certificate-storage';
import { FsCertificateStorage } from './fs-certificate-storage';

/** `DATA_DIR/certificates` by default; bind another CertificateStorage here for object storage. */
export const certificateStorageProvider: Provider = {
  provide: CERTIFICATE_STORAGE,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new FsCertificateStorage(join(config.dataDir, 'certificates')),
};
