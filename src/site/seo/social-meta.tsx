/** OpenGraph and Twitter card tags, and JSON-LD scripts, for a page's head. */
import { strings } from '../strings.ts';
import { serializeJsonLd } from './json-ld.ts';

export interface SocialMetaProps {
  type: 'website' | 'article';
  title: string;
  description: string;
  url: string;
  publishedAt?: string;
  modifiedAt?: string;
  section?: string;
  /** An absolute image URL with its size, for large share cards. */
  image?: { url: string; width: number; height: number; alt: string };
}

export function SocialMeta(props: SocialMetaProps) {
  return (
    <>
      <meta property="og:site_name" content={strings.siteName} />
      <meta property="og:locale" content="ar_AR" />
      <meta property="og:type" content={props.type} />
      <meta property="og:title" content={props.title} />
      <meta property="og:description" content={props.description} />
      <meta property="og:url" content={props.url} />
      {props.publishedAt && <meta property="article:published_time" content={props.publishedAt} />}
      {props.modifiedAt && <meta property="article:modified_time" content={props.modifiedAt} />}
      {props.section && <meta property="article:section" content={props.section} />}
      {props.image && (
        <>
          <meta property="og:image" content={props.image.url} />
          <meta property="og:image:width" content={String(props.image.width)} />
          <meta property="og:image:height" content={String(props.image.height)} />
          <meta property="og:image:alt" content={props.image.alt} />
          <meta name="twitter:image" content={props.image.url} />
        </>
      )}
      <meta name="twitter:card" content={props.image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={props.title} />
      <meta name="twitter:description" content={props.description} />
    </>
  );
}

export function JsonLdScript({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
