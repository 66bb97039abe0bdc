/**
 * Country names and demonyms. Names come from Intl.DisplayNames('ar', {type: 'region'}) (CLDR) for
 * every current ISO 3166 code, then countries.txt overrides the canonical name and adds spellings.
 * Demonyms follow the nisba rule (روسيا → روسي) with demonyms.txt for the irregular ones.
 */
import { foldPhrase } from '../text/fold.ts';
import { readList } from './read-list.ts';

export interface Country {
  code: string;
  canonical: string;
  names: string[];
}

/** Codes ICU still names but that are no current country (reserved, withdrawn, or not a state). */
const NOT_COUNTRIES = new Set(
  'AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UN YD YU ZR XA XB XK AQ BV HM TF UM IO GS'.split(' '),
);
/** Nisba forms that are also everyday words: مالي "financial". */
const NOT_DEMONYMS = new Set(['مالي']);

function regionCodes(): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes: string[] = [];
  for (const first of letters) for (const second of letters) codes.push(first + second);
  return codes.filter((code) => !NOT_COUNTRIES.has(code));
}

export function loadCountries(): Country[] {
  const displayNames = new Intl.DisplayNames('ar', { type: 'region', fallback: 'none' });
  const curated = new Map(readList('countries.txt').map(([code = '', ...names]) => [code, names]));
  const countries: Country[] = [];
  for (const code of regionCodes()) {
    const icuName = displayNames.of(code);
    const curatedNames = curated.get(code) ?? [];
    if (icuName === undefined && curatedNames.length === 0) continue;
    // ICU writes some names with qualifiers (`ميانمار (بورما)`, `الكونغو - كينشاسا`): not how copy spells them.
    const plainIcu = icuName !== undefined && /^[\p{L}\p{M} ]+$/u.test(icuName) ? [icuName.normalize('NFC')] : [];
    const names = [...new Set([...curatedNames, ...plainIcu])];
    const canonical = curatedNames[0] ?? plainIcu[0];
    if (canonical !== undefined) countries.push({ code, canonical, names });
  }
  return countries;
}

/** The masculine singular nisba of a one-word country name, or null when the rule does not apply. */
function nisba(name: string): string | null {
  const key = foldPhrase(name);
  if (key.includes(' ') || key.endsWith('ي') || key.endsWith('و')) return null;
  const bare = key.startsWith('ال') ? key.slice(2) : key;
  // روسيا → روسي and السعودية → سعودي drop the ending; فرنسا → فرنسي swaps it; مصر → مصري adds yeh.
  const form = /ي[اه]$/.test(bare) ? bare.slice(0, -1) : /[اه]$/.test(bare) ? `${bare.slice(0, -1)}ي` : `${bare}ي`;
  return NOT_DEMONYMS.has(form) || form.length < 3 ? null : form;
}

const ENDINGS = ['', 'ه', 'ون', 'ين', 'ان', 'تان', 'تين', 'ات'];

/** Every folded demonym form (with and without the article) → the country's canonical name. */
export function buildDemonyms(countries: readonly Country[]): Map<string, string> {
  const byCode = new Map(countries.map((country) => [country.code, country]));
  const forms = new Map<string, string>();
  const add = (base: string, canonical: string, inflect: boolean) => {
    for (const ending of inflect ? ENDINGS : ['']) {
      const form = base + ending;
      if (!forms.has(form)) forms.set(form, canonical);
      if (!forms.has(`ال${form}`)) forms.set(`ال${form}`, canonical);
    }
  };
  for (const [code = '', ...demonyms] of readList('demonyms.txt')) {
    const country = byCode.get(code);
    if (country === undefined) throw new Error(`demonyms.txt: unknown region code ${code}`);
    // A demonym ending in yeh inflects (روسي → روسية); a broken plural (روس، أتراك) does not.
    for (const demonym of demonyms) add(foldPhrase(demonym), country.canonical, foldPhrase(demonym).endsWith('ي'));
  }
  for (const country of countries) {
    for (const name of country.names) {
      const form = nisba(name);
      if (form !== null) add(form, country.canonical, true);
    }
  }
  return forms;
}
