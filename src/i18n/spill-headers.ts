/** The header rows of the AMC.* spills, in both languages (the `headers` argument turns them off). */
import type { Locale } from "./locale";

const HEADERS = {
  TOPN: { "en-US": ["Label", "Value", "Share"], "zh-CN": ["名称", "数值", "占比"] },
  BONDFLOWS: { "en-US": ["Issued", "Matured", "Net"], "zh-CN": ["发行额", "到期额", "净融资额"] },
  MATURITYPROFILE: { "en-US": ["Year", "Amount due", "Share"], "zh-CN": ["年份", "到期金额", "占比"] },
  ISSUANCESPLIT: {
    "en-US": ["Short-term (<1 year)", "Long-term (≥1 year)"],
    "zh-CN": ["短期（1年以下）", "长期（1年及以上）"],
  },
  DISTRIBUTION: { "en-US": ["Bucket", "Count", "Share"], "zh-CN": ["区间", "个数", "占比"] },
  RATINGDIST: { "en-US": ["Rating", "Count", "Share"], "zh-CN": ["级别", "家数", "占比"] },
  ROSTER: { "en-US": ["No.", "Company", "Province", "Short name"], "zh-CN": ["序号", "公司名称", "所在省份", "简称"] },
  MIGRATION: { "en-US": ["Upgrades", "Unchanged", "Downgrades"], "zh-CN": ["上调", "不变", "下调"] },
} satisfies Record<string, Record<Locale, string[]>>;

export type SpillWithHeaders = keyof typeof HEADERS;

export function spillHeaders(spill: SpillWithHeaders, locale: Locale): string[] {
  return HEADERS[spill][locale];
}
