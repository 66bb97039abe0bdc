/** A page that only says something to the reader: not found, bad request, an error. */
import { Layout, type LayoutProps } from '../layout.tsx';
import { strings } from '../strings.ts';

export interface MessagePageProps extends Omit<LayoutProps, 'children' | 'title'> {
  heading: string;
  message: string;
}

export function MessagePage({ heading, message, ...layout }: MessagePageProps) {
  return (
    <Layout {...layout} title={`${heading} — ${strings.siteName}`}>
      <section class="message">
        <h1>{heading}</h1>
        <p>{message}</p>
        <p>
          <a href="/">{strings.backHome}</a>
        </p>
      </section>
    </Layout>
  );
}
