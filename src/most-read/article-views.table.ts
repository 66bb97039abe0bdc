/** Row types of the daily view counts behind «الأكثر قراءة». */

export interface ArticleViewsTable {
  article_id: number;
  /** The UTC calendar day, `YYYY-MM-DD`. */
  day: string;
  views: number;
}
