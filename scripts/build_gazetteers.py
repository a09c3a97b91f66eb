#!/usr/bin/env python3
"""Build the shipped gazetteers/ from the open data in ../shared/data.

Usage: python3 scripts/build_gazetteers.py [DATA_DIR] [OUT_DIR]
       (defaults: ../shared/data and gazetteers)

Writes, deterministically (same input -> same bytes):
  gazetteers/countries.tsv      countries and territories (mledoze/countries, ODbL 1.0)
  gazetteers/organisations.tsv  international organisations (supraverden, CC BY-SA 4.0)
  gazetteers/people.tsv         politicians and office-holders (Wikidata via
                                every-politician, CC0; CIA World Factbook leaders, public domain)
Hand-written entities live in gazetteers/curated.tsv and win over generated ones:
a generated record is skipped when its id or Wikidata id is already curated, and
generated aliases that collide with curated or country aliases are dropped.
"""
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

DATA = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
OUT = Path(sys.argv[2] if len(sys.argv) > 2 else "gazetteers")

# Country names that are also common words or other things: need context.
WEAK_COUNTRY_ALIASES = {
    "Chad", "Jordan", "Georgia", "Niger", "Guinea", "Jersey", "Guernsey", "Dominica",
    "Montserrat", "Man", "Mann", "Christmas Island", "Norfolk Island", "Cook Islands", "Wallis",
    "Saint Martin", "Sint Maarten", "Bonaire", "Aruba", "Curaçao", "Tokelau", "Niue", "Nauru",
    "Congo", "Victoria", "Kingston", "Hamilton", "Georgetown", "Santiago", "Sucre", "Praia",
    "Jamestown", "Plymouth", "Valletta", "Avarua", "Palikir", "Castries", "Basseterre",
    "Saint Helena", "Marshall Islands", "Solomon Islands", "Micronesia", "Lima", "Ottawa", "Kiev",
    "Greenland", "Holland", "Panama", "Cuba", "Malta", "Cyprus", "Bermuda", "Emirates",
}
WEAK_COUNTRY_ALIASES -= {"Panama", "Cuba", "Malta", "Cyprus", "Lima", "Ottawa", "Kiev", "Greenland", "Bermuda"}
# Country names that are also common given names ("Israel Adesanya", "Kenya Moore",
# "Jamaica Kincaid"): not the country before a surname and a lower-case word.
GIVEN_NAME_COUNTRIES = {"Israel", "India", "Kenya", "Jamaica"}
# Capitals that are ordinary words: dropped.
DROP_CAPITALS = {"Male", "The Valley", "Road Town", "King Edward Point", "Kingston", "Victoria", "Hamilton",
                 "Adamstown", "Flying Fish Cove", "West Island", "Episkopi Cantonment", "Yaren",
                 "Kralendijk", "Saint-Pierre", "Mata-Utu", "Gustavia", "Marigot", "Charlotte Amalie",
                 "Georgetown", "Jamestown", "Plymouth", "Philipsburg", "Saint Helier", "St. Peter Port",
                 "Douglas", "Nuuk", "Longyearbyen", "Avarua", "Alofi", "Fakaofo", "Saint John's",
                 "Brades", "Basse-Terre", "Cockburn Town", "Pago Pago", "Hagåtña", "Saipan", "Nouméa",
                 "Papeetē", "Oranjestad", "Willemstad", "Stanley", "Tórshavn", "Mariehamn", "Gibraltar",
                 "Cayenne", "Fort-de-France", "Saint-Denis", "Mamoudzou", "San Juan", "Diego Garcia"}
# Alternative spellings that are English words in names ("Kharg Island", "Rhode Island"): dropped.
DROP_ALT = {"Island"}
# Extra aliases per ISO alpha-3 code, with flags: curated knowledge not in the data.
EXTRA = {
    "USA": ["U.S.|cs", "U.S.A.|cs", "America|weak", "Americans|demonym", "Washington|capital"],
    "GBR": ["Britain", "U.K.|cs", "Britons|demonym", "Briton|demonym", "Brits|demonym", "London|capital",
            "Downing Street|capital"],
    "RUS": ["Russians|demonym"],
    "UKR": ["Kiev|capital", "Ukrainians|demonym"],
    "CHN": ["Beijing|capital", "PRC|cs", "People's Republic of China"],
    "TWN": ["Taipei|capital", "Republic of China"],
    "KOR": ["Korea|amb"],
    "PRK": ["Korea|amb"],
    # "Congo" and "Congolese" alone are DR Congo in today's news ("the Republic of the Congo" is named so)
    "COD": ["Congolese|pref|demonym", "Congo|pref|weak"],
    "COG": ["Congolese|amb|demonym", "Congo|amb|weak", "Congo-Brazzaville", "Republic of Congo"],
    "NLD": ["Dutch|demonym", "The Hague|capital", "Holland|weak"],
    "CHE": ["Berne|capital"],
    "DEU": ["Berlin|capital", "Germans|demonym", "West Germany", "West German|demonym", "West Germans|demonym"],
    "FRA": ["Paris|capital", "Elysee|capital", "Élysée|capital"],
    "ISR": ["Israelis|demonym", "Jerusalem|capital"],
    "PSE": ["Palestinians|demonym"],
    "SWE": ["Swedes|demonym"],
    "FIN": ["Finns|demonym"],
    "DNK": ["Danes|demonym", "Danish|demonym"],
    "POL": ["Poles|demonym"],
    "TUR": ["Turks|demonym", "Turkiye"],
    "VAT": ["Holy See", "the Vatican"],
    "CZE": ["Czechs|demonym"],
    "MMR": ["Burma"],
    "CIV": ["Ivory Coast", "Abidjan|capital"],
    "SWZ": ["Swaziland"],
    "MKD": ["Macedonia"],
    "ARE": ["UAE|cs", "Emirati|demonym", "Emiratis|demonym"],
    "IRL": ["Irish|demonym"],
    "ESP": ["Spanish|demonym", "Spaniards|demonym"],
    "PHL": ["Filipinos|demonym", "Filipino|demonym", "Philippine|demonym"],
    "NPL": ["Nepali|demonym"],
    "KAZ": ["Kazakh|demonym"],
    "UZB": ["Uzbek|demonym"],
    "KGZ": ["Kyrgyz|demonym"],
    "TJK": ["Tajik|demonym"],
    "AZE": ["Azeri|demonym"],
    "BIH": ["Bosnian|demonym"],
    "SVN": ["Slovenian|demonym"],
    "ISL": ["Icelandic|demonym"],
    "ECU": ["Ecuadorian|demonym"],
    "ARG": ["Argentinian|demonym"],
    "NZL": ["New Zealanders|demonym"],
    "SAU": ["Saudis|demonym", "Riyadh|capital"],
    "JPN": ["Japanese|demonym", "Tokyo|capital"],
    "AFG": ["Afghans|demonym"],
    "IRQ": ["Iraqis|demonym"],
    "PAK": ["Pakistanis|demonym"],
    # ("Delhi and Islamabad traded accusations": the seat of government, as "New Delhi")
    "IND": ["Delhi|capital"],
}
# English news names where the data's common name differs.
LABELS = {"TUR": "Turkey", "CZE": "Czech Republic", "CPV": "Cape Verde"}
# Plural demonyms that are not the singular plus "s".
NO_PLURAL = {"Swiss", "French", "Dutch", "British", "English", "Irish", "Welsh", "Scottish", "Chinese",
             "Japanese", "Vietnamese", "Portuguese", "Lebanese", "Sudanese", "Congolese", "Senegalese",
             "Maltese", "Burmese", "Taiwanese", "Nepalese", "Togolese", "Beninese", "Gabonese", "Guyanese",
             "Surinamese", "Bhutanese", "Ivorian", "Danish", "Swedish", "Finnish", "Polish", "Spanish",
             "Turkish", "Kurdish"}
COMMON_WORDS = set("""
a an and are as at be but by can do for from go has he her his how i if in into is it its me my no not of
on or our so that the their then there they this to up us was we what when who will with you your
act aid aim all any arm art bar bat bid big box bus car cat cod cup cut day den dig dog dot dry due ear eat
end era eye fan far fat few fit fly fog fun gap gas gun guy hat hay hit hot ice ill ink jam jet job joy key
kid lab law lay leg let lid lie lip log lot low mad man map mat may mix mob mud nap net new nod now nut oak
odd off oil old one out owl own pad pan pay pen pet pie pin pit pop pot put ran rat raw red rib rid rim rob
rod row rub run sad saw say sea see set sew she shy sin sit six sky son spy sum sun tab tag tan tap tar tax
tea ten tie tin tip toe top toy try two use van war way web wet who why win yes yet zip
also back call came care case cash cast city club code come cost crew cure data deal door down each east
even face fact fair fall fast fear file fine fire firm five flag food form four free full fund gain game
give glad goal gold good grow half hall hand hard have head hear help here high hold home hope host hour
idea into iron join just keep kind king land last late lead left less life like line link list live long
look lord loss love made main make many mark mass mind miss more most move much must name near need news
next nice none note once only open over pace page paid part pass past peak plan play plus poll pool port
post pull push race rain rate read real rest rich ride ring rise risk road rock role rule safe sale same
save seat seek sell send ship shop show side sign site size slow some star stay step stop such sure take
talk task team tell term test than them time told tool tour town tree true turn type unit upon vast very
view vote wage wait walk wall want warm watch wave week well west wide will wind wise word work year zone
""".split())
PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "la",
             "le", "al", "el", "bin", "ibn", "ben", "abu", "ter", "ten", "mac", "st", "st."}
# lower-case particles of Portuguese and Spanish names, which the surname drops on later mention
ROMANCE_PARTICLES = {"de", "da", "do", "dos", "das", "del", "la", "las", "los"}
TITLE_PREFIX = re.compile(r"^(mr|mrs|ms|dr|sir|dame|lord|lady|lt-col|gen|col|prof|hon|rev|sheikh|h\.e\.)\.?\s+", re.I)


# Latin letters that do not decompose, as English news writes them (the loader's
# gazetteer::strip_accents does the same, so generated aliases and their variants agree)
LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ð": "d", "Đ": "D", "Ð": "D", "ı": "i",
                         "ħ": "h", "Ħ": "H", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th",
                         "Þ": "Th"})


def fold(s):
    """Accents stripped and the letters of LETTERS written out."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).translate(LETTERS)


def slug(s):
    s = fold(s).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


def latin(s):
    """Latin-script text only (names in other scripts cannot match English news)."""
    for c in s:
        if c.isalpha():
            try:
                if "LATIN" not in unicodedata.name(c):
                    return False
            except ValueError:
                return False
    return True


def clean(s):
    s = " ".join(str(s).replace("\t", " ").replace(";", ",").replace("|", "/").split())
    return s


def good_alias(s):
    return bool(s) and len(s) <= 120 and latin(s) and any(c.isalnum() for c in s)


def alias_text(a):
    return a.split("|", 1)[0]


def key(s):
    """Comparison key of an alias: accents stripped, apostrophes straight (as the loader's variants)."""
    return fold(alias_text(s).replace("\u2019", "'"))


class Out:
    def __init__(self):
        self.rows = []

    def add(self, eid, etype, label, aliases, attrs):
        seen, uniq = set(), []
        for a in aliases:
            t = alias_text(a)
            if t in seen or (t == label and "|" not in a):
                continue
            seen.add(t)
            uniq.append(a)
        attr = " ".join(f"{k}={v}" for k, v in sorted(attrs.items()) if v)
        self.rows.append((eid, etype, label, "; ".join(uniq), attr))

    def write(self, path, header):
        self.rows.sort()
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(header)
            for r in self.rows:
                f.write("\t".join(r).rstrip("\t") + "\n")


def read_curated():
    """Ids, Wikidata ids, aliases and bare surnames claimed by curated.tsv. A curated
    surname does not take a generated person's surname away: people may share one."""
    ids, qids, aliases, surnames = set(), set(), set(), set()
    path = OUT / "curated.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            ids.add(cols[0])
            aliases.add(key(cols[2]))
            if len(cols) > 3:
                for a in (a.strip() for a in cols[3].split(";")):
                    if a:
                        (surnames if "|surname" in a else aliases).add(key(a))
            if len(cols) > 4:
                for kv in cols[4].split():
                    if kv.startswith("qid="):
                        qids.add(kv[4:])
    return ids, qids, aliases, surnames


def build_countries(cur_ids, cur_aliases):
    out = Out()
    rows = [json.loads(l) for l in open(DATA / "countries/countries.jsonl", encoding="utf-8")]
    claims = defaultdict(set)
    recs = []
    for d in rows:
        name = LABELS.get(d["cca3"], clean(d["name_common"]))
        eid = slug(name)
        if eid in cur_ids:
            continue
        al = [clean(d["name_common"])]
        if d.get("name_official"):
            al.append(clean(d["name_official"]))
        for a in d.get("alt_spellings") or []:
            a = clean(a)
            if "," in a or not good_alias(a) or a in DROP_ALT:
                continue  # "Korea, Republic of" index forms
            if len(a) <= 3 and a not in ("US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK"):
                continue  # ISO codes: "CH", "AF" are words or noise
            al.append(a)
        for dem in {d.get("demonym_m"), d.get("demonym_f")}:
            if dem and good_alias(dem):
                dem = clean(dem)
                al.append(dem + "|demonym")
                if dem not in NO_PLURAL and not dem.endswith(("ese", "sh", "ch", "s")):
                    al.append(dem + "s|demonym")
        if d.get("independent"):
            for c in d.get("capitals") or []:
                c = clean(c).replace(" D.C.", "")
                if c not in DROP_CAPITALS and good_alias(c):
                    al.append(c + "|capital")
        # an extra alias of the source's text replaces it in place (its flags win); the others
        # are added after the source's
        extras = EXTRA.get(d["cca3"], [])
        by_text = {alias_text(x): x for x in extras}
        source_texts = {alias_text(a) for a in al}
        al = [by_text.get(alias_text(a), a) for a in al] + [x for x in extras if alias_text(x) not in source_texts]
        al = [a for a in al if key(a) not in cur_aliases]
        recs.append((eid, name, al, d))
        for a in [name] + al:
            claims[key(a)].add(eid)
    # an alias shared by one independent country and dependent territories
    # ("French", "British", "Danish") belongs to the country alone
    independent = {eid for eid, _, _, d in recs if d.get("independent")}
    for k, owners in claims.items():
        sovereign = owners & independent
        if len(owners) > 1 and len(sovereign) == 1:
            claims[k] = sovereign
    for eid, name, al, d in recs:
        fixed = []
        for a in [name] + al:
            t = alias_text(a)
            if eid not in claims[key(t)] and t != name:
                continue
            flags = a.split("|")[1:]
            if len(claims[key(t)]) > 1 and "amb" not in flags and "pref" not in flags:
                flags.append("amb")
            if t in WEAK_COUNTRY_ALIASES and "weak" not in flags:
                flags.append("weak")
            if t in GIVEN_NAME_COUNTRIES and "given" not in flags:
                flags.append("given")
            fixed.append("|".join([t] + flags))
        label_flags = fixed[0]
        out.add(eid, "country", name, ([label_flags] if "|" in label_flags else []) + fixed[1:],
                {"cca3": d["cca3"], "cca2": d["cca2"]})
    out.write(OUT / "countries.tsv", "# Generated by scripts/build_gazetteers.py from mledoze/countries (ODbL 1.0). Do not edit: edit curated.tsv or the script.\n")
    return {key(a) for r in out.rows for a in [r[2]] + r[3].split("; ") if a}, {r[0] for r in out.rows}


def build_orgs(cur_ids, cur_qids, taken):
    out = Out()
    claims = defaultdict(set)
    recs = []
    for l in open(DATA / "orgs/intl_orgs.jsonl", encoding="utf-8"):
        d = json.loads(l)
        if d.get("wikidata_id") in cur_qids:
            continue
        name = clean(d["name"])
        if not good_alias(name) or key(name) in taken:
            continue
        eid = slug(name)
        if eid in cur_ids:
            continue
        al = []
        for a in d.get("acronyms") or []:
            a = clean(a)
            if good_alias(a) and len(a) >= 2:
                flags = ["cs"]
                if a.lower() in COMMON_WORDS:
                    flags.append("weak")
                al.append("|".join([a] + flags))
        for a in (d.get("aliases") or []) + (d.get("former_names") or []):
            a = clean(a)
            if good_alias(a) and len(a) > 4:
                al.append(a)
        al = [a for a in al if key(a) not in taken]
        recs.append((eid, name, al, d))
        for a in [name] + al:
            claims[key(a)].add(eid)
    ids = set()
    for eid, name, al, d in recs:
        if eid in ids:
            eid = f"{eid}-{d['id'].lower()}"
        ids.add(eid)
        if len(claims[key(name)]) > 1:
            continue  # two organisations with one name: too ambiguous to ship
        fixed = []
        for a in al:
            t, *flags = a.split("|")
            if len(claims[key(t)]) > 1 and "amb" not in flags:
                flags.append("amb")
            fixed.append("|".join([t] + flags))
        out.add(eid, "institution", name, fixed, {"qid": d.get("wikidata_id"), "kind": "igo"})
    out.write(OUT / "organisations.tsv", "# Generated by scripts/build_gazetteers.py from confirmordeny/supraverden (CC BY-SA 4.0). Do not edit: edit curated.tsv or the script.\n")
    return {key(a) for r in out.rows for a in [r[2]] + r[3].split("; ") if a}


def person_name(s):
    s = clean(TITLE_PREFIX.sub("", s.strip()))
    if s.isupper() or not good_alias(s):
        return None
    toks = s.split()
    if len(toks) < 2 or any(t.endswith(",") for t in toks):
        return None
    return s


# Countries whose names put the family name first ("Lai Ching-te", "Li Qiang", "Kim Jong Un"),
# and the common romanised Chinese and Korean family names that mark that order (a Hong Kong
# "John Lee" has a Western given name first).
FAMILY_FIRST_COUNTRIES = {"CHN", "TWN", "KOR", "PRK", "HKG", "MAC"}
FAMILY_NAMES = set("""
Wang Li Lee Zhang Chang Liu Chen Chan Yang Huang Wong Zhao Chao Wu Zhou Chou Xu Hsu Sun Ma Zhu Chu Hu Guo
Kuo Lin Lam Gao Kao Luo Lo Zheng Cheng Liang Leung Xie Hsieh Song Tang Xi Han Feng Fung Deng Teng Cao Tsao
Peng Zeng Tseng Xiao Hsiao Tian Dong Tung Pan Yuan Cai Tsai Jiang Chiang Yu Du Ye Yeh Wei Su Lu Ding Ren
Shen Yao Lai Ko Kim Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Lim Shin Shim Yoo Ryu Seo
Kwon Hwang Ahn Moon Mun Hong Jeon Baek Nam Noh Roh Ri Kwak Ban Hahn Qin Kong Wen Jia Hua Fu Xue Hou Duan
Qian Mao Zou Meng Tan Lau Yip Tse Kwok Tsang Mak Leong Yi
""".split())


def family_name_first(toks, country):
    """The family name of an East Asian name written family name first, else None:
    the first word if it is a common family name ("Li Qiang", "Kim Jong Un"), or the word
    before a hyphenated given name ("John Lee Ka-chiu" -> Lee, "Han Duck-soo" -> Han)."""
    if country not in FAMILY_FIRST_COUNTRIES or len(toks) > 4:
        return None
    if toks[0] in FAMILY_NAMES:
        return toks[0]
    if "-" in toks[-1] and toks[-2] in FAMILY_NAMES:
        return toks[-2]
    return None


ARABIC_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul"}


def spaced_given_name(name, country):
    """An East Asian name's hyphenated given name written as two words ("Yoon Suk-yeol" ->
    "Yoon Suk Yeol", "Lee Jae-myung" -> "Lee Jae Myung"), or None."""
    toks = name.split()
    if len(toks) != 2 or not family_name_first(toks, country) or toks[1].count("-") != 1:
        return None
    first, second = toks[1].split("-")
    if not first or not second or not second[0].isalpha():
        return None
    return f"{toks[0]} {first} {second[0].upper()}{second[1:]}"


def article_variant(name):
    """The name with the Arabic article "el-" written "al-" or "al-" written "el-" ("Abdel Fattah
    el-Sisi" -> "Abdel Fattah al-Sisi"), or None when it has neither."""
    swap = {"el": "al", "El": "Al", "al": "el", "Al": "El"}
    other = re.sub(r"\b([EeAa]l)-(?=[A-Z])", lambda m: swap[m[1]] + "-", name)
    return other if other != name else None


def surname_of(name, country=None):
    # "Abdullah II of Jordan", "Salman of Saudi Arabia", "Davies of Abersoch": a monarch's or a
    # peer's style names a territory, not a family
    if " of " in name:
        return None
    toks = name.replace(".", ". ").split()
    # suffixes and regnal numbers ("Leo XIV") are no surnames
    toks = [t for t in toks if t not in ("Jr.", "Sr.", "Jr", "Sr", "Jnr", "Jnr.", "Snr", "Snr.")
            and not re.fullmatch(r"[IVX]+", t)]
    if len(toks) < 2:
        return None
    family = family_name_first(toks, country)
    if family:
        # two-letter family names ("Li", "Xi") are fine; the English words among them are not
        return None if family.lower() in COMMON_WORDS else family
    sur = toks[-1]
    # an Arabic article glued to the family name: "al-Burhan" is also written "Burhan"
    article, _, rest = sur.partition("-")
    if article in ARABIC_ARTICLES and rest[:1].isupper():
        sur = rest
    i = len(toks) - 2
    particles = []
    while i > 0 and toks[i].lower() in PARTICLES:
        particles.append(toks[i])
        i -= 1
    # "Alexandre de Moraes" is "Moraes" after the first mention, "Luis de Guindos" "Guindos";
    # other particles stay with the name ("von der Leyen", "bin Salman", "Van Rompuy")
    if not (particles and all(t in ROMANCE_PARTICLES for t in particles)):
        sur = " ".join(reversed(particles)) + (" " if particles else "") + sur
    if len(sur) < 3 or not sur[0].isupper() or sur.lower() in COMMON_WORDS or sur.endswith("."):
        return None
    return sur


def news_name(as_written, name):
    """The Factbook's "Given FAMILY Mother" ("José Raúl MULINO Quintero") as the news writes it,
    "José Raúl Mulino", or None when the name has no words after its capitals or opens with
    them (family name first: "CHOE Ryong Hae")."""
    written, toks = as_written.split(), name.split()
    if len(written) != len(toks):
        return None
    caps = [i for i, t in enumerate(written) if len(t) > 1 and t.isupper()]
    if not caps or caps[0] == 0 or caps[-1] == len(toks) - 1 or caps != list(range(caps[0], caps[-1] + 1)):
        return None
    return person_name(" ".join(toks[: caps[-1] + 1]))


def build_people(cur_ids, cur_qids, taken, cur_surnames):
    out = Out()
    people = {}
    for l in open(DATA / "politicians/politicians.jsonl", encoding="utf-8"):
        d = json.loads(l)
        if d["wikidata_id"] in cur_qids:
            continue
        name = person_name(d["name"])
        if not name:
            continue
        country = None
        for p in d["positions"]:
            if p.get("country_cca3"):
                country = p["country_cca3"]
                break
        al = [n for n in (person_name(a) for a in d.get("aliases") or []) if n]
        people[d["wikidata_id"]] = {"name": name, "aliases": al, "country": country, "qid": d["wikidata_id"],
                                    "current": d.get("is_current")}
    # Factbook leaders not already known by name
    # (the Factbook writes family names in capitals and hyphens its own way: "Abdel Fattah
    # EL-SISI" is Wikidata's "Abdel Fattah el-Sisi", "CHOE Ryong Hae" its "Choe Ryong-hae", so
    # names compare by their letters only)
    def letters(n):
        return re.sub(r"[^a-z]", "", key(n).lower())

    known = {letters(n) for p in people.values() for n in [p["name"]] + p["aliases"]}
    # (first given name, family name, country): "Nayib Armando Bukele" is Wikidata's "Nayib Bukele"
    def first_last(n, country):
        toks = n.split()
        return (letters(toks[0]), letters(toks[-1]), country)

    known_first_last = {first_last(n, p["country"]) for p in people.values() for n in [p["name"]] + p["aliases"]}
    # (and the curated people, also by the Factbook's full name: "Javier Gerardo MILEI" is
    # curated "Javier Milei"; not Wikidata's, where first and last name alone say too little:
    # "Ahmad Abdullah Al-Ahmad al Sabah" is not "Ahmad Nawaf al-Ahmad al-Sabah")
    curated_first_last = set()
    for line in (OUT / "curated.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 5 or cols[1] != "actor":
            continue
        country = next((kv[8:] for kv in cols[4].split() if kv.startswith("country=")), None)
        curated_first_last.add(first_last(cols[2], country))
        known.add(letters(cols[2]))
    known_first_last |= curated_first_last
    # Wikidata's shorter name of the same person: every word of it in the Factbook's longer
    # one, family name last, same country ("Yoweri Kaguta MUSEVENI" is "Yoweri Museveni",
    # "Muhammad Shehbaz SHARIF" is "Shehbaz Sharif"; "Ahmad Nawaf al-Ahmad al-Sabah" is not
    # "Ahmad Abdullah Al-Ahmad al Sabah": "Nawaf" is missing)
    def words(n):
        return [w for w in (letters(t) for t in n.split()) if w]

    known_words = defaultdict(list)
    for pk, p in people.items():
        for n in [p["name"]] + p["aliases"]:
            w = words(n)
            if len(w) >= 2:
                known_words[(w[-1], p["country"])].append((set(w), pk))

    def shorter_known(n, country):
        """The key of the person known by a shorter form of `n`, or None."""
        w = words(n)
        return next((pk for k, pk in known_words.get((w[-1], country), ()) if k <= set(w)), None) if w else None
    for l in open(DATA / "politicians/factbook_leaders.jsonl", encoding="utf-8"):
        d = json.loads(l)
        # (the Factbook's markup is no part of a name: "Nestor NTAHONTUYE <br><br>")
        raw, written = (re.sub(r"\s*<.*", "", d.get(f) or "") for f in ("name", "name_as_written"))
        name = person_name(raw)
        if not name or letters(name) in known or key(name) in taken or first_last(name, d.get("cca3")) in curated_first_last:
            continue
        # the name the news uses, without the mother's family name the Factbook writes after the
        # family name in capitals: "Claudia SHEINBAUM Pardo" is "Claudia Sheinbaum" (Wikidata's
        # already), "Daniel NOBOA Azin" is "Daniel Noboa", whose surname is "Noboa"
        short = news_name(written, name)
        if short and (letters(short) in known or first_last(short, d.get("cca3")) in known_first_last):
            continue
        same = next((pk for n in (name, short) if n for pk in [shorter_known(n, d.get("cca3"))] if pk), None)
        if same:
            # the Factbook's full name is still theirs
            people[same]["aliases"] += [n for n in (name, short) if n and n not in people[same]["aliases"]
                                        and letters(n) != letters(people[same]["name"])]
            continue
        pkey = "factbook:" + slug(short or name)
        people.setdefault(pkey, {"name": short or name, "aliases": [name] if short else [],
                                 "country": d.get("cca3"), "qid": None, "current": True})
        known.add(letters(name))
        if short:
            known.add(letters(short))
    full_claims = defaultdict(set)
    for k, p in people.items():
        for n in [p["name"]] + p["aliases"]:
            full_claims[key(n)].add(k)
    claimed = taken | cur_surnames  # what a generated alias may not be
    rows = []
    used_ids = set(cur_ids)
    for k in sorted(people, key=lambda k: (people[k]["name"], k)):
        p = people[k]
        name = p["name"]
        if key(name) in claimed or len(full_claims[key(name)]) > 1:
            continue  # same full name as another entity: cannot tell them apart
        eid = slug(name)
        if eid in used_ids:
            eid = f"{eid}-{(p['qid'] or k).lower().replace(':', '-')}"
        used_ids.add(eid)
        al = [a for a in p["aliases"] if key(a) not in claimed and len(full_claims[key(a)]) == 1]
        # "Yoon Suk-yeol" is also written "Yoon Suk Yeol"
        for n in [name] + p["aliases"]:
            spaced = spaced_given_name(n, p["country"])
            if spaced and key(spaced) not in claimed and key(spaced) not in full_claims and spaced not in al:
                al.append(spaced)
        # "Abdel Fattah el-Sisi" is also written "Abdel Fattah al-Sisi" (and the other way)
        for n in [name] + p["aliases"]:
            other = article_variant(n)
            if other and key(other) not in claimed and key(other) not in full_claims and other not in al:
                al.append(other)
        sur = surname_of(name, p["country"])
        if sur and key(sur) not in taken and key(sur) not in full_claims:
            al.append(sur + "|surname")
        # "Felipe VI of Spain" is also "Felipe VI"
        regnal = re.fullmatch(r"([A-Z]\w+ [IVX]+) of [A-Z].*", name)
        if regnal and key(regnal[1]) not in claimed and key(regnal[1]) not in full_claims:
            al.append(regnal[1])
        rows.append((eid, name, al, p))
    for eid, name, al, p in rows:
        attrs = {"qid": p["qid"]}
        if p["country"]:
            attrs["country"] = p["country"]
        out.add(eid, "actor", name, al, attrs)
    out.write(OUT / "people.tsv", "# Generated by scripts/build_gazetteers.py from Wikidata via every-politician (CC0 1.0) and the CIA World Factbook (public domain). Do not edit: edit curated.tsv or the script.\n")


def main():
    cur_ids, cur_qids, cur_aliases, cur_surnames = read_curated()
    country_aliases, country_ids = build_countries(cur_ids, cur_aliases | cur_surnames)
    taken = cur_aliases | country_aliases
    org_aliases = build_orgs(cur_ids | country_ids, cur_qids, taken | cur_surnames)
    build_people(cur_ids | country_ids, cur_qids, taken | org_aliases, cur_surnames)


if __name__ == "__main__":
    main()
