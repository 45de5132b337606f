import { videoSource } from './video-embed';

describe('videoSource', () => {
  it('embeds YouTube links of every common shape through the no-cookie host', () => {
    const embed = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ';
    for (const link of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://m.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
      'https://youtube.com/shorts/dQw4w9WgXcQ',
    ]) {
      expect(videoSource(link)).toMatchObject({ kind: 'embed', host: 'youtube', embedUrl: embed });
    }
  });

  it('embeds Vimeo by its numeric id', () => {
    expect(videoSource('https://vimeo.com/76979871')).toMatchObject({
      kind: 'embed',
      embedUrl: 'https://player.vimeo.com/video/76979871',
    });
  });

  it('never builds an embed from an id that is not one', () => {
    expect(videoSource('https://www.youtube.com/watch?v="><script>')).toMatchObject({
      kind: 'link',
    });
    expect(videoSource('https://vimeo.com/channels/staffpicks')).toMatchObject({ kind: 'link' });
  });

  it('plays direct video files and links to anything else', () => {
    expect(videoSource('https://cdn.example.go.id/materi/modul-1.mp4')).toEqual({
      kind: 'file',
      url: 'https://cdn.example.go.id/materi/modul-1.mp4',
    });
    expect(videoSource('https://tv.example.go.id/siaran/123')).toEqual({
      kind: 'link',
      url: 'https://tv.example.go.id/siaran/123',
    });
  });

  it('refuses what is not an http(s) URL', () => {
    expect(videoSource('javascript:alert(1)')).toBeNull();
    expect(videoSource('not a url')).toBeNull();
  });
});
