/**
 * Share links as plain links to each network's share address (no third-party script, nothing loaded
 * from them until the reader clicks), and the copy-link and print buttons that the site script reveals.
 */
import { strings } from '../strings.ts';

export interface ShareLinksProps {
  url: string;
  title: string;
}

export function shareTargets({ url, title }: ShareLinksProps): { network: string; href: string }[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { network: strings.shareOn.x, href: `https://x.com/intent/tweet?text=${t}&url=${u}` },
    { network: strings.shareOn.facebook, href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: strings.shareOn.whatsapp, href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { network: strings.shareOn.telegram, href: `https://t.me/share/url?url=${u}&text=${t}` },
    { network: strings.shareOn.email, href: `mailto:?subject=${t}&body=${u}` },
  ];
}

export function ShareLinks(props: ShareLinksProps) {
  return (
    <section class="share" aria-label={strings.share}>
      <ul class="share__list">
        {shareTargets(props).map(({ network, href }) => (
          <li>
            <a class="share__link" href={href} rel="noopener noreferrer" target="_blank" aria-label={strings.shareOnLabel(network)}>
              {network}
            </a>
          </li>
        ))}
        <li>
          <button type="button" class="share__button" data-copy-link={props.url} data-copied={strings.linkCopied} hidden>
            {strings.copyLink}
          </button>
        </li>
        <li>
          <button type="button" class="share__button" data-print="" hidden>
            {strings.print}
          </button>
        </li>
      </ul>
    </section>
  );
}
