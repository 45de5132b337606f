/**
 * How a lesson's video link can be shown: an embedded player for the hosts we know how to embed,
 * a `<video>` element for a direct file, or just a link. The embed URL is rebuilt from a validated
 * id, never copied from the organizer's input, so it is safe to trust as a resource URL.
 */
export type VideoSource =
  | { kind: 'embed'; host: 'youtube' | 'vimeo'; embedUrl: string; url: string }
  | { kind: 'file'; url: string }
  | { kind: 'link'; url: string };

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;
const VIDEO_FILE = /\.(mp4|webm|ogv|ogg)$/i;

export function videoSource(raw: string): VideoSource | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return null;
  }
  const href = url.toString();
  const host = url.hostname.toLowerCase().replace(/^(www\.|m\.)/, '');
  const youtube = youtubeId(host, url);
  if (youtube) {
    return {
      kind: 'embed',
      host: 'youtube',
      embedUrl: `https://www.youtube-nocookie.com/embed/${youtube}`,
      url: href,
    };
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = url.pathname.split('/').filter(Boolean).pop() ?? '';
    if (VIMEO_ID.test(id)) {
      return {
        kind: 'embed',
        host: 'vimeo',
        embedUrl: `https://player.vimeo.com/video/${id}`,
        url: href,
      };
    }
  }
  if (VIDEO_FILE.test(url.pathname)) {
    return { kind: 'file', url: href };
  }
  return { kind: 'link', url: href };
}

function youtubeId(host: string, url: URL): string | null {
  let id: string | null = null;
  if (host === 'youtu.be') {
    id = url.pathname.slice(1).split('/')[0] ?? null;
  } else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const [first, second] = url.pathname.split('/').filter(Boolean);
    id =
      first === 'watch'
        ? url.searchParams.get('v')
        : first === 'embed' || first === 'shorts' || first === 'live'
          ? (second ?? null)
          : null;
  }
  return id && YOUTUBE_ID.test(id) ? id : null;
}
