/**
 * Tells crawlers, link previewers, monitors and scripts from readers by their User-Agent, so that they
 * do not count as readers. The patterns follow the common tokens of the crawler lists kept by
 * monperrus/crawler-user-agents and Matomo's device-detector: a bot that hides behind a browser's
 * User-Agent is not caught here, but it rarely runs the page's script that sends the beacon anyway.
 */
const BOT_PATTERN =
  /bot\b|bot[/_;-]|crawl|spider|slurp|scrap|archiver|fetch|monitor|preview|facebookexternalhit|facebookcatalog|embedly|whatsapp|telegram|discord|skype|vkshare|pinterest|headless|phantomjs|puppeteer|playwright|selenium|lighthouse|pagespeed|gtmetrix|pingdom|uptime|curl\/|wget\/|python|java\/|go-http-client|okhttp|axios|node-fetch|undici|libwww|httpclient|http_request|postman|insomnia|feed|rss|news ?reader|mediapartners|adsbot|bingpreview|yandex|baidu|duckduck|qwant|semrush|ahrefs|mj12|dotbot|petalbot|bytespider|gptbot|chatgpt|claude|anthropic|perplexity|ccbot|cohere|applebot|amazonbot/i;

export function isBotUserAgent(userAgent: string | undefined): boolean {
  // Every browser sends a User-Agent; a request without a plausible one is a script.
  if (userAgent === undefined || userAgent.trim().length < 10) return true;
  return BOT_PATTERN.test(userAgent);
}
