import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachArticleImage } from '../images/attach-article-image.ts';
import { ImageStore } from '../images/image-store.ts';
import { readImageBytes } from '../images/read-image-file.ts';
import { readCopyFile } from '../ingest/copy-files/read-copy-file.ts';
import { ingestCopies } from '../ingest/ingest-copies.ts';
import { DEMO_REFERENCE_ARTICLE } from '../demo/load-demo-content.ts';
import { storeArticle } from '../publishing/store-article.ts';
import { readContentVersion } from '../publishing/content-version.ts';
import { buildArticleDraft } from '../test-support/article-factory.ts';
import { createTemporaryDirectory } from '../test-support/test-database.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';
import { makeTestImage } from '../test-support/test-images.ts';

describe('lead images on the site', () => {
  const temporary = createTemporaryDirectory('sahifa-site-images-');
  let testApp: TestApp;
  let referencePath: string;
  let hash: string;

  beforeAll(async () => {
    testApp = await createTestApp({ imagesDirectory: temporary.directory });
    const { db } = testApp.opened;
    const store = new ImageStore(temporary.directory);
    const [reference] = await ingestCopies(db, [await readCopyFile(DEMO_REFERENCE_ARTICLE)], { category: 'international', source: 'asharq' });
    const stored = await store.save(await readImageBytes('blinken.jpg', await makeTestImage({ width: 1500, height: 1000 })));
    hash = stored.hash;
    const version = await readContentVersion(db);
    expect(await attachArticleImage(db, reference?.id ?? 0, stored)).toBe(true);
    expect(await readContentVersion(db)).toBe(version + 1);
    expect(await attachArticleImage(db, reference?.id ?? 0, stored)).toBe(false);
    referencePath = String((await testApp.app.inject({ url: `/articles/${reference?.id}` })).headers.location);
    // Older stories with photos of their own, shown below the lead on the front page.
    for (let index = 0; index < 3; index += 1) {
      const { id } = await storeArticle(db, buildArticleDraft({ publishedAt: `2020-01-0${index + 1}T10:00:00.000Z` }));
      await attachArticleImage(db, id, await store.save(await readImageBytes(`old-${index}.png`, await makeTestImage({ width: 640, height: 480, format: 'png', hue: index * 90 }))));
    }
  });
  afterAll(async () => {
    await testApp.close();
    temporary.remove();
  });

  it('shows the photo above its caption as <picture> with AVIF, WebP and JPEG srcsets, sized and loaded first', async () => {
    const html = (await testApp.app.inject({ url: referencePath })).body;
    const figure = html.match(/<figure class="article__figure article__figure--photo">.*?<\/figure>/s)?.[0] ?? '';
    expect(figure).toContain(`<source type="image/avif" srcset="/images/${hash}-400.avif 400w, /images/${hash}-800.avif 800w, /images/${hash}-1200.avif 1200w, /images/${hash}-1500.avif 1500w" sizes="(min-width: 44rem) 42rem, 100vw"/>`);
    expect(figure).toContain(`<source type="image/webp" srcset="/images/${hash}-400.webp 400w,`);
    expect(figure).toMatch(new RegExp(`<img src="/images/${hash}-800.jpg" srcset="[^"]+1500w" sizes="[^"]+" width="1500" height="1000" alt="وزير الخارجية الأميركي أنتوني بلينكن مع أحد أعضاء السفارة الأميركية في كازاخستان." loading="eager" decoding="auto" fetchpriority="high"/>`));
    expect(figure.indexOf('<picture')).toBeLessThan(figure.indexOf('<figcaption>'));
    expect(figure).toContain('twitter.com/SecBlinken');
  });

  it('gives share cards and JSON-LD the 1200-pixel JPEG', async () => {
    const html = (await testApp.app.inject({ url: referencePath })).body;
    const url = `https://sahifa.test/images/${hash}-1200.jpg`;
    expect(html).toContain(`<meta property="og:image" content="${url}"/>`);
    expect(html).toContain('<meta property="og:image:width" content="1200"/><meta property="og:image:height" content="800"/>');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    const newsArticle = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)?.[1] ?? '{}');
    expect(newsArticle.image).toEqual([{ '@type': 'ImageObject', url, width: 1200, height: 800 }]);
  });

  it('serves each variant with its type and a year of caching, and 404 for what does not exist', async () => {
    for (const [name, type, format] of [
      [`${hash}-400.avif`, 'image/avif', 'heif'],
      [`${hash}-1200.webp`, 'image/webp', 'webp'],
      [`${hash}-1500.jpg`, 'image/jpeg', 'jpeg'],
    ]) {
      const response = await testApp.app.inject({ url: `/images/${name}`, headers: { 'accept-encoding': 'gzip, br' } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(type);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['content-encoding']).toBeUndefined();
      expect((await sharp(response.rawPayload).metadata()).format).toBe(format);
    }
    for (const url of [`/images/${hash}-1600.jpg`, `/images/${hash}.orig`, `/images/${'f'.repeat(24)}-400.jpg`, '/images/..%2F..%2Fpackage.json']) {
      const response = await testApp.app.inject({ url });
      expect(response.statusCode).toBe(404);
      expect(response.body).toContain('الصفحة غير موجودة');
    }
  });

  it('loads the lead story photo eagerly on the front page and the others lazily', async () => {
    const html = (await testApp.app.inject({ url: '/' })).body;
    const images = [...html.matchAll(/<img [^>]+>/g)].map((match) => match[0]);
    expect(images).toHaveLength(4);
    expect(images[0]).toContain('loading="eager"');
    expect(images[0]).toContain('sizes="(min-width: 60rem) 50rem, 100vw"');
    for (const image of images.slice(1)) {
      expect(image).toContain('loading="lazy"');
      expect(image).toMatch(/width="640" height="480"/);
    }
  });
});
