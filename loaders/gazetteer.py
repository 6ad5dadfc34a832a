"""General knowledge the extractor needs: countries, capitals, demonyms, outlets, titles.

Only world knowledge lives here (what any atlas or style guide says), never
facts of a particular story. Country names come from pycountry; the tables
below add the short forms, capitals and demonyms news writing uses.
"""
from __future__ import annotations

from functools import lru_cache

import pycountry

from newsgraph.schema import fold

# Display names for states whose ISO name is not what news copy uses.
_COMMON_NAMES = {
    "RU": "Russia", "IR": "Iran", "SY": "Syria", "KP": "North Korea", "KR": "South Korea",
    "VE": "Venezuela", "BO": "Bolivia", "TZ": "Tanzania", "VN": "Vietnam", "LA": "Laos",
    "MD": "Moldova", "TW": "Taiwan", "PS": "Palestine", "CD": "DR Congo", "CG": "Republic of the Congo",
    "GB": "United Kingdom", "US": "United States", "CZ": "Czech Republic", "TR": "Turkey",
    "FM": "Micronesia", "BN": "Brunei", "CV": "Cape Verde", "SZ": "Eswatini", "CI": "Ivory Coast",
    "VA": "Vatican", "KV": "Kosovo", "XK": "Kosovo",
}

# Short forms and older names that pycountry does not carry.
_EXTRA_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the United States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russian Federation"], "KP": ["DPRK", "N. Korea"], "KR": ["ROK"],
    "CD": ["Democratic Republic of Congo", "Democratic Republic of the Congo", "DRC", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"], "AE": ["UAE", "U.A.E.", "Emirates"], "NL": ["Holland"],
    "MM": ["Burma"], "CZ": ["Czechia"], "TR": ["Turkiye", "Türkiye"], "CI": ["Côte d'Ivoire"],
    "PS": ["Palestinian territories"], "IR": ["Islamic Republic of Iran"], "SA": ["Saudi"],
}

# Seats of government that reporting uses for the state ("Kyiv said", "talks with Tehran").
CAPITALS = {
    "Moscow": "RU", "Kyiv": "UA", "Kiev": "UA", "Washington": "US", "London": "GB", "Paris": "FR",
    "Berlin": "DE", "Beijing": "CN", "Tehran": "IR", "Jerusalem": "IL", "Ankara": "TR",
    "Pyongyang": "KP", "Seoul": "KR", "Tokyo": "JP", "Caracas": "VE", "Havana": "CU", "Damascus": "SY",
    "Baghdad": "IQ", "Riyadh": "SA", "Cairo": "EG", "Khartoum": "SD", "Addis Ababa": "ET",
    "Nairobi": "KE", "Kinshasa": "CD", "Kigali": "RW", "Bamako": "ML", "Naypyidaw": "MM",
    "Taipei": "TW", "New Delhi": "IN", "Islamabad": "PK", "Kabul": "AF", "Minsk": "BY",
    "Warsaw": "PL", "Brussels": "BE", "Rome": "IT", "Madrid": "ES", "Ottawa": "CA", "Canberra": "AU",
    "Bogota": "CO", "Bogotá": "CO", "Caracas": "VE", "Port-au-Prince": "HT", "Sanaa": "YE", "Doha": "QA",
    "Abu Dhabi": "AE", "Tbilisi": "GE", "Yerevan": "AM", "Baku": "AZ", "Niamey": "NE",
    "Ouagadougou": "BF", "Mogadishu": "SO", "Tripoli": "LY", "Beirut": "LB", "Amman": "JO",
    "Manila": "PH", "Hanoi": "VN", "Bangkok": "TH", "Jakarta": "ID", "Brasilia": "BR", "Mexico City": "MX",
    "Stockholm": "SE", "Helsinki": "FI", "Oslo": "NO", "Budapest": "HU", "Belgrade": "RS",
}

# Demonyms used as modifiers ("Russian delegation", "Iranian officials").
DEMONYMS = {
    "American": "US", "British": "GB", "Russian": "RU", "Ukrainian": "UA", "Chinese": "CN",
    "Iranian": "IR", "Israeli": "IL", "Palestinian": "PS", "Syrian": "SY", "Iraqi": "IQ",
    "Turkish": "TR", "French": "FR", "German": "DE", "Italian": "IT", "Spanish": "ES", "Polish": "PL",
    "Japanese": "JP", "North Korean": "KP", "South Korean": "KR", "Korean": "KR", "Indian": "IN",
    "Pakistani": "PK", "Afghan": "AF", "Saudi": "SA", "Emirati": "AE", "Qatari": "QA", "Yemeni": "YE",
    "Lebanese": "LB", "Jordanian": "JO", "Egyptian": "EG", "Libyan": "LY", "Sudanese": "SD",
    "Ethiopian": "ET", "Eritrean": "ER", "Somali": "SO", "Kenyan": "KE", "Congolese": "CD",
    "Rwandan": "RW", "Malian": "ML", "Nigerien": "NE", "Nigerian": "NG", "Burkinabe": "BF",
    "Venezuelan": "VE", "Colombian": "CO", "Cuban": "CU", "Mexican": "MX", "Brazilian": "BR",
    "Haitian": "HT", "Canadian": "CA", "Australian": "AU", "Belarusian": "BY", "Georgian": "GE",
    "Armenian": "AM", "Azerbaijani": "AZ", "Taiwanese": "TW", "Burmese": "MM", "Myanmar": "MM",
    "Filipino": "PH", "Vietnamese": "VN", "Thai": "TH", "Indonesian": "ID", "Swedish": "SE",
    "Finnish": "FI", "Norwegian": "NO", "Hungarian": "HU", "Serbian": "RS", "Dutch": "NL",
    "Belgian": "BE", "Estonian": "EE", "Latvian": "LV", "Lithuanian": "LT", "Moldovan": "MD",
}

# News organisations often cited as sources ("Reuters reports", "according to the BBC").
OUTLETS = {
    "Reuters": ["Reuters"], "AP": ["AP", "Associated Press", "the Associated Press"],
    "AFP": ["AFP", "Agence France-Presse"], "BBC": ["BBC"], "The Guardian": ["Guardian", "The Guardian"],
    "The Telegraph": ["Telegraph", "The Telegraph", "Daily Telegraph"],
    "The New York Times": ["New York Times", "NYT"], "The Washington Post": ["Washington Post"],
    "The Wall Street Journal": ["Wall Street Journal", "WSJ"], "Financial Times": ["Financial Times", "FT"],
    "Bloomberg": ["Bloomberg"], "CNN": ["CNN"], "Al Jazeera": ["Al Jazeera"], "TASS": ["TASS", "Tass"],
    "RIA Novosti": ["RIA Novosti", "RIA"], "Interfax": ["Interfax"], "Kyiv Independent": ["Kyiv Independent"],
    "Politico": ["Politico"], "The Times": ["The Times"], "The Economist": ["Economist"],
    "Le Monde": ["Le Monde"], "Der Spiegel": ["Der Spiegel", "Spiegel"], "Axios": ["Axios"],
    "NBC News": ["NBC", "NBC News"], "CBS News": ["CBS", "CBS News"], "ABC News": ["ABC News"],
    "Fox News": ["Fox News"], "Sky News": ["Sky News"], "Xinhua": ["Xinhua"], "Yonhap": ["Yonhap"],
    "Haaretz": ["Haaretz"], "The Times of Israel": ["Times of Israel"], "Meduza": ["Meduza"],
    "Kommersant": ["Kommersant"], "Novaya Gazeta": ["Novaya Gazeta"], "Al Arabiya": ["Al Arabiya"],
    "Deutsche Welle": ["Deutsche Welle", "DW"], "France 24": ["France 24"], "NPR": ["NPR"],
}

# Titles and ranks that precede names; they go into `titles`, never into names.
TITLES = [
    "Lt. Gen.", "Lt. Col.", "Maj. Gen.", "Brig. Gen.", "Lieutenant General", "Major General",
    "Brigadier General", "Lieutenant Colonel", "Gen.", "General", "Col.", "Colonel", "Maj.", "Major",
    "Capt.", "Captain", "Lt.", "Lieutenant", "Sgt.", "Sergeant", "Adm.", "Admiral", "Vice Adm.",
    "Rear Adm.", "Vice Admiral", "Rear Admiral", "Marshal", "Field Marshal", "Cmdr.", "Commander",
    "President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Foreign Minister",
    "Defence Minister", "Defense Minister", "Interior Minister", "Finance Minister", "Minister",
    "Chancellor", "King", "Queen", "Prince", "Princess", "Sheikh", "Emir", "Sultan", "Ayatollah",
    "Senator", "Sen.", "Rep.", "Representative", "Governor", "Gov.", "Mayor", "Secretary of State",
    "Secretary", "Ambassador", "Judge", "Justice", "Prosecutor", "Dr.", "Mr.", "Mrs.", "Ms.", "Sir",
    "Dame", "Lord", "Lady", "Pope", "Patriarch", "Rabbi", "Imam", "Speaker", "Lawmaker", "Chairman",
]


def _country_name(country) -> str:
    return _COMMON_NAMES.get(country.alpha_2) or getattr(country, "common_name", None) or country.name


@lru_cache(maxsize=1)
def _country_index() -> dict[str, tuple[str, str]]:
    """Folded name/alias → (alpha_2, display name)."""
    index: dict[str, tuple[str, str]] = {}
    for c in pycountry.countries:
        display = _country_name(c)
        for n in {c.name, display, getattr(c, "official_name", None), getattr(c, "common_name", None)}:
            if n:
                index[fold(n)] = (c.alpha_2, display)
        for alias in _EXTRA_ALIASES.get(c.alpha_2, []):
            index[fold(alias)] = (c.alpha_2, display)
    for code in ("XK",):
        index[fold("Kosovo")] = (code, "Kosovo")
    return index


def country_by_code(code: str) -> str | None:
    for c2, display in _country_index().values():
        if c2 == code:
            return display
    return None


def lookup_country(name: str) -> str | None:
    """Display name of the state ``name`` refers to (name, short form or ISO code), else None."""
    key = fold(name.removeprefix("the ").removeprefix("The "))
    hit = _country_index().get(key)
    return hit[1] if hit else None


def capital_country(name: str) -> str | None:
    code = CAPITALS.get(name)
    return country_by_code(code) if code else None


def demonym_country(word: str) -> str | None:
    code = DEMONYMS.get(word)
    return country_by_code(code) if code else None


@lru_cache(maxsize=1)
def _outlet_index() -> dict[str, str]:
    return {fold(a): canon for canon, aliases in OUTLETS.items() for a in [canon, *aliases]}


def lookup_outlet(name: str) -> str | None:
    return _outlet_index().get(fold(name)) or _outlet_index().get(fold("the " + name))


def split_title(name: str) -> tuple[list[str], str]:
    """Strip leading titles: "Lt. Gen. Vladimir X" → (["Lt. Gen."], "Vladimir X")."""
    titles: list[str] = []
    rest = name.strip()
    changed = True
    while changed:
        changed = False
        for t in sorted(TITLES, key=len, reverse=True):
            if rest.lower().startswith(t.lower() + " ") and len(rest) > len(t) + 1:
                titles.append(t)
                rest = rest[len(t):].strip()
                changed = True
                break
    return titles, rest
