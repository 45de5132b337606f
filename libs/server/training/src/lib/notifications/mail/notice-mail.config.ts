/** Where notice e-mails go out; `null` when SMTP_URL is unset, which is the default: mail is off. */
export interface NoticeMailConfig {
  smtpUrl: string;
  from: string;
}

export function loadNoticeMailConfig(
  env: Record<string, string | undefined> = process.env,
): NoticeMailConfig | null {
  const smtpUrl = env['SMTP_URL'];
  if (!smtpUrl) return null;
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new Error(
      'SMTP_URL: is not a valid URL (e.g. smtps://user:password@mail.example.go.id:465)',
    );
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error('SMTP_URL: must start with smtp:// or smtps://');
  }
  const from = env['SMTP_FROM'] || 'LMS Bimtek <no-reply@localhost>';
  if (!/^[^<>\r\n]*<?[^\s@<>]+@[^\s@<>]+>?$/.test(from)) {
    throw new Error('SMTP_FROM: must be an address such as "BKPSDM <bimtek@example.go.id>"');
  }
  return { smtpUrl, from };
}
