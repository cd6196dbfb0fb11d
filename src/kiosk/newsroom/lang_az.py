"""Azerbaijani for the sample newsroom: two outlets, names for the cast, sentence templates.

Case suffixes follow vowel harmony and are computed once, here, when the vocabulary is
built (`suffixed`), never inside a template: `{place:loc}` is "Gəncədə", `{org:gen}` is
"«Samur Aqro» şirkətinin", `{year:abl}` is "2021-ci ildən". Numbers take no suffix in
any template; a noun after a numeral stays singular ("450 nəfər", "12 bina").
"""

from datetime import date, datetime

from kiosk.newsroom.cast import PEOPLE
from kiosk.newsroom.language_pack import KindText, LanguagePack, OutletSpec
from kiosk.newsroom.sentences import Forms, format_number

_BACK = "aıou"
_FRONT = "eəiöü"
_FOUR_WAY = {
    "a": "ı",
    "ı": "ı",
    "o": "u",
    "u": "u",
    "e": "i",
    "ə": "i",
    "i": "i",
    "ö": "ü",
    "ü": "ü",
}


def _last_vowel(word: str) -> str:
    for char in reversed(word.lower()):
        if char in _BACK or char in _FRONT:
            return char
    return "a"


def suffixed(word: str, *, possessive: bool = False) -> dict[str, str]:
    """Case forms of a noun phrase: nom, gen, dat, loc, abl, acc.

    `possessive` marks a phrase ending in the third-person possessive ("şirkəti",
    "Şurası"), whose cases take the buffer "n" ("şirkətinə", "Şurasında").
    """
    vowel = _last_vowel(word)
    i4 = _FOUR_WAY[vowel]
    a2 = "a" if vowel in _BACK else "ə"
    ends_in_vowel = word[-1].lower() in _BACK + _FRONT
    if possessive:
        return {
            "nom": word,
            "gen": f"{word}n{i4}n",
            "dat": f"{word}n{a2}",
            "loc": f"{word}nd{a2}",
            "abl": f"{word}nd{a2}n",
            "acc": f"{word}n{i4}",
        }
    if ends_in_vowel:
        return {
            "nom": word,
            "gen": f"{word}n{i4}n",
            "dat": f"{word}y{a2}",
            "loc": f"{word}d{a2}",
            "abl": f"{word}d{a2}n",
            "acc": f"{word}n{i4}",
        }
    return {
        "nom": word,
        "gen": f"{word}{i4}n",
        "dat": f"{word}{a2}",
        "loc": f"{word}d{a2}",
        "abl": f"{word}d{a2}n",
        "acc": f"{word}{i4}",
    }


MONTHS = (
    "yanvar",
    "fevral",
    "mart",
    "aprel",
    "may",
    "iyun",
    "iyul",
    "avqust",
    "sentyabr",
    "oktyabr",
    "noyabr",
    "dekabr",
)
WEEKDAYS = (
    "bazar ertəsi",
    "çərşənbə axşamı",
    "çərşənbə günü",
    "cümə axşamı",
    "cümə günü",
    "şənbə günü",
    "bazar günü",
)


def date_adverb(day: date) -> str:
    return f"{day.day} {suffixed(MONTHS[day.month - 1])['loc']}"


def weekday_adverb(day: date) -> str:
    return WEEKDAYS[day.weekday()]


def long_date(moment: datetime) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def money(millions: float, currency: str) -> Forms:
    unit = {"azn": "manat", "rub": "rubl", "usd": "dollar"}[currency]
    text = f"{format_number(round(millions, 1), 'az')} milyon {unit}"
    return Forms("n", nom=text, adj=text)


def score(home: int, away: int) -> str:
    return f"{home}:{away}"


# The ordinal suffix follows the last number word spoken: 2021 "bir" -> -ci, 2023 "üç" ->
# -cü, 2019 "doqquz" -> -cu, 2026 "altı" -> -cı, 2030 "otuz" -> -cu.
_ORDINAL_UNITS = {1: "ci", 2: "ci", 3: "cü", 4: "cü", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cu"}
_ORDINAL_TENS = {1: "cu", 2: "ci", 3: "cu", 4: "cı", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cı"}


def ordinal(number: int) -> str:
    if number % 10:
        suffix = _ORDINAL_UNITS[number % 10]
    elif number % 100:
        suffix = _ORDINAL_TENS[(number // 10) % 10]
    elif number % 1000:
        suffix = "cü"
    else:
        suffix = "ci"
    return f"{number}-{suffix}"


def year(number: int) -> Forms:
    """ "2021", and "2021-ci ildə" (loc), "2021-ci ildən" (abl), "2021-ci ilə" (dat)..."""
    nth = ordinal(number)
    return Forms(
        "m",
        nom=str(number),
        gen=f"{nth} ilin",
        dat=f"{nth} ilə",
        loc=f"{nth} ildə",
        abl=f"{nth} ildən",
    )


def _noun(word: str, *, possessive: bool = False, gender: str = "n") -> Forms:
    return Forms(gender, **suffixed(word, possessive=possessive))


PLACES = {
    key: _noun(name)
    for key, name in {
        "baku": "Bakı",
        "ganja": "Gəncə",
        "sumgait": "Sumqayıt",
        "mingachevir": "Mingəçevir",
        "lankaran": "Lənkəran",
        "shaki": "Şəki",
        "guba": "Quba",
        "shamakhi": "Şamaxı",
        "gabala": "Qəbələ",
        "nakhchivan": "Naxçıvan",
        "moscow": "Moskva",
        "saint_petersburg": "Sankt-Peterburq",
        "kazan": "Kazan",
        "yekaterinburg": "Yekaterinburq",
        "astrakhan": "Həştərxan",
        "nizhny_novgorod": "Nijni Novqorod",
        "london": "London",
        "istanbul": "İstanbul",
        "tbilisi": "Tbilisi",
        "berlin": "Berlin",
        "vienna": "Vyana",
        "astana": "Astana",
        "tashkent": "Daşkənd",
        "rotterdam": "Rotterdam",
    }.items()
}

ORGS = {
    key: _noun(name, possessive=True)
    for key, name in {
        "kur_logistics": "«Kür Logistics» şirkəti",
        "samur_agro": "«Samur Aqro» şirkəti",
        "alov_energy": "«Alov Enerji» şirkəti",
        "goygol_textile": "«Göygöl Tekstil» şirkəti",
        "regional_council": "Regional İnkişaf Şurası",
        "business_chamber": "İşgüzar Əməkdaşlıq Palatası",
        "bilik_fund": "«Bilik» Təhsil Fondu",
        "transport_agency": "Şəhər Nəqliyyatı Agentliyi",
        "silk_council": "İpək Yolu İşgüzar Şurası",
        "cargo_consortium": "Transxəzər Yükdaşıma Konsorsiumu",
        "club_qarasu": "«Qarasu» komandası",
        "club_damirchi": "«Dəmirçi» komandası",
        "club_sahil": "«Sahil» komandası",
        "club_ulduz": "«Ulduz» komandası",
        "runners_association": "Qaçış Həvəskarları Assosiasiyası",
        "dalga_labs": "«Dalğa Labs» startapı",
        "bulud_ai": "«Bulud AI» startapı",
        "archaeology_centre": "Arxeoloji Tədqiqatlar Mərkəzi",
        "film_fund": "«Yeni Kadr» Kino Fondu",
        "katan_gallery": "«Kətan» qalereyası",
    }.items()
}

# Role titles with the possessive ending, to follow the organisation's genitive.
ROLES = {
    "ceo": "baş direktoru",
    "executive_director": "icraçı direktoru",
    "founder": "təsisçisi",
    "chair": "sədri",
    "director": "direktoru",
    "spokesperson": "mətbuat katibi",
    "coach": "baş məşqçisi",
    "expedition_head": "ekspedisiya rəhbəri",
    "curator": "baş kuratoru",
}

NAMES = {
    "safarli": "Rauf Səfərli",
    "jafarova": "Leyla Cəfərova",
    "nagiyev": "Orxan Nağıyev",
    "rzayeva": "Günay Rzayeva",
    "asgarov": "Kamran Əsgərov",
    "mirzayeva": "Səbinə Mirzəyeva",
    "hasanli": "Fuad Həsənli",
    "gurbanova": "Aysel Qurbanova",
    "holloway": "Marqaret Hollouey",
    "shirinov": "Vüqar Şirinov",
    "karimov": "Ramil Kərimov",
    "beletsky": "İqor Beletski",
    "heydarov": "Zaur Heydərov",
    "trofimov": "Pavel Trofimov",
    "abbasova": "Lalə Abbasova",
    "talibli": "Emin Talıblı",
    "salmanova": "Nigar Salmanova",
    "novruzova": "Xədicə Novruzova",
    "ahmadov": "İlkin Əhmədov",
    "huseynzade": "Nərmin Hüseynzadə",
}


def _named(gender: str, name: str, **more: str) -> Forms:
    """A person: the name's cases, and the surname alone ("short") with its genitive."""
    full = suffixed(name)
    surname = suffixed(name.split()[-1])
    return Forms(
        gender,
        nom=name,
        gen=full["gen"],
        dat=full["dat"],
        short=surname["nom"],
        short_gen=surname["gen"],
        **more,
    )


PEOPLE_FORMS = {
    p.id: _named(p.gender, NAMES[p.id], title=f"{ORGS[p.org]['gen']} {ROLES[p.role]}")
    for p in PEOPLE
}

ARTIST_FORMS = {
    "lindqvist": _named("m", "Tobias Lindkvist", title="isveçli rəssam"),
    "aydemir": _named("f", "Selin Aydəmir", title="türkiyəli fotoqraf"),
    "gasimli": _named("m", "Tahir Qasımlı", title="azərbaycanlı rəssam"),
}

FACILITIES = {
    key: _noun(name, possessive=True)
    for key, name in {
        "kur_logistics": "logistika mərkəzi",
        "samur_agro": "meyvə emalı zavodu",
        "alov_energy": "günəş elektrik stansiyası",
        "goygol_textile": "tikiş fabriki",
    }.items()
}

EXPERTS = {
    "politics": (
        _named("m", "Rəşad Məlikov", title="Regional Tədqiqatlar Mərkəzinin siyasi analitiki"),
        _named("f", "Elmira Qasımova", title="dövlət idarəçiliyi üzrə mütəxəssis"),
    ),
    "economy": (
        _named("m", "Oqtay Vəliyev", title="iqtisadçı"),
        _named("f", "Nigar Ələkbərova", title="«Nord Kapital» investisiya şirkətinin analitiki"),
    ),
    "society": (
        _named("f", "Tamilla Bəylərova", title="sosioloq"),
        _named("m", "Ruslan Məmmədli", title="şəhərsalma üzrə ekspert"),
    ),
    "world": (
        _named("m", "Mixail Fyodorov", title="Avrasiya Ticarət Forumunun eksperti"),
        _named("m", "Fərid Ağayev", title="nəqliyyat iqtisadçısı"),
    ),
    "sport": (
        _named("m", "Vüsal Zeynalov", title="idman şərhçisi, keçmiş futbolçu"),
        _named("f", "Kamilə İbrahimova", title="idman həkimi"),
    ),
    "tech": (
        _named("m", "Elvin Məmmədli", title="verilənlərin təhlili üzrə mütəxəssis"),
        _named("f", "Səidə Rüstəmova", title="vençur investoru"),
    ),
    "culture": (
        _named("f", "Aidə Mirzəyeva", title="sənətşünas"),
        _named("m", "Rüstəm Vəlizadə", title="kino tarixçisi"),
    ),
}

RESIDENTS = (
    _named("f", "Aytən Musayeva", occ="müəllimə"),
    _named("m", "Fərid Əliyev", occ="taksi sürücüsü"),
    _named("f", "Gülnarə Həsənova", occ="təqaüdçü tibb bacısı"),
    _named("m", "Tural İsmayılov", occ="tələbə"),
    _named("f", "Sevda Kərimli", occ="mağaza sahibi"),
    _named("m", "Anar Mustafayev", occ="inşaat mühəndisi"),
    _named("f", "Nərgiz Hüseynova", occ="əczaçı"),
    _named("m", "Vaqif Quliyev", occ="təqaüdçü"),
)

KINDS = {
    "planning_council": KindText(
        headlines=(
            (
                "{place:gen} tarixi mərkəzi {money} hesabına bərpa olunacaq",
                "{org} {place:loc} {n} binanın bərpasını təsdiqləyib",
            ),
            (
                "{place:loc} {n} tarixi bina bərpa ediləcək",
                "{place:gen} köhnə şəhər hissəsinin bərpasına {money} ayrılacaq",
            ),
        ),
        leads=(
            (
                "{org} {date} {place:gen} tarixi məhəlləsində {n} binanın bərpası planını "
                "[təsdiqləyib|bəyənib]; layihənin dəyəri {money} təşkil edir.",
                "{place:loc} {n} tarixi binanın bərpasını nəzərdə tutan {money} dəyərində "
                "proqram {date} {org:abl} təsdiq alıb.",
            ),
            (
                "{place:gen} köhnə məhəlləsində {n} bina bərpa olunacaq: {org} {weekday} "
                "{money} dəyərində planı təsdiqləyib.",
                "{org:gen} üzvləri {date} {place:gen} mərkəzində {n} köhnə binanın təmirini "
                "maliyyələşdirmək qərarına gəliblər və bu işlərə {money} ayırıblar.",
            ),
        ),
        details=(
            (
                "Proqram fasadları, damları və həyətləri əhatə edir; ilk [küçələrdə|"
                "məhəllələrdə] işlərin [yazda|gələn ilin əvvəlində] başlanması gözlənilir.",
                "Plana əsasən, abidə statusu olan evlərin sahibləri təmir xərclərinin yarısına "
                "qədərini qarşılayan qrant ala biləcəklər.",
            ),
            (
                "Şuranın sənədlərinə görə, binaların [ən qədimləri|ən köhnələri] XIX əsrdə "
                "tikilib.",
                "Podratçılar açıq tender yolu ilə seçiləcək, ünvanların tam siyahısı isə "
                "şuranın saytında dərc olunacaq.",
            ),
        ),
        quotes=(
            (
                "«İstəyirik ki, bu evlərin sadəcə şəklini çəkməsinlər, orada insanlar yaşasın», "
                "– deyə {person:title} {person} bildirib.",
                "{person:short_gen} sözlərinə görə, şura hər rübdə işlərin gedişi barədə "
                "[hesabat verəcək|hesabat dərc edəcək]. «Xərclənən hər qəpik görünməlidir», – "
                "deyə o vurğulayıb.",
            ),
            (
                "«Köhnə məhəllə {place:gen} simasıdır», – deyə {person:title} {person} "
                "jurnalistlərə bildirib. Onun sözlərinə görə, heç nə etməmək [daha baha başa "
                "gələr|qat-qat baha olar].",
                "{person:short} vurğulayıb ki, işlər aparılarkən sakinlər köçürülməyəcək.",
            ),
        ),
    ),
    "delegation_visit": KindText(
        headlines=(
            (
                "İşgüzar nümayəndə heyəti {place:loc} {n} memorandum imzalayıb",
                "{org:gen} nümayəndə heyəti {place:loc} tərəfdaş axtarır",
            ),
            (
                "{n} saziş imzalanıb: {m} şirkət {place:loc} danışıqlar aparıb",
                "Yerli ixracatçılar {place:loc} tərəfdaş axtarır",
            ),
        ),
        leads=(
            (
                "{person:title} {person:gen} başçılıq etdiyi nümayəndə heyəti {date} {place:loc} "
                "{n} əməkdaşlıq memorandumu imzalayıb.",
                "{m} şirkətin nümayəndələri {date} {person:title} {person:gen} rəhbərlik etdiyi "
                "heyətin tərkibində {place:dat} səfər edib və {n} saziş imzalayıblar.",
            ),
            (
                "{weekday} {place:dat} gələn {org:gen} nümayəndə heyəti {n} əməkdaşlıq "
                "sazişi imzalayıb.",
                "{org:gen} {m} şirkətdən ibarət heyəti {date} {place:loc} danışıqlar aparıb və "
                "{n} memorandum bağlayıb.",
            ),
        ),
        details=(
            (
                "Sənədlər [logistika|kənd təsərrüfatı], [tikinti|turizm] və [informasiya "
                "texnologiyaları|bərpa olunan enerji] sahələrini əhatə edir.",
                "Həmçinin [yerli hakimiyyət orqanları|şəhərin ticarət palatası] və [investorlar|"
                "bank nümayəndələri] ilə görüşlər keçirilib.",
            ),
            (
                "Səfər kiçik və orta şirkətlərə xaricdə tərəfdaş tapmağa kömək etmək məqsədi "
                "daşıyan proqramın [bir hissəsidir|davamıdır].",
                "{place:gen} şirkətlərinin cavab səfərinin [gələn il|yazda] baş tutması "
                "[planlaşdırılır|gözlənilir].",
            ),
        ),
        quotes=(
            (
                "«[Etimad|Şəxsi tanışlıq] hər bir müqavilənin başlanğıcıdır», – deyə "
                "{person:title} {person} bildirib.",
                "{person:short_gen} sözlərinə görə, bir neçə şirkət artıq [sınaq tədarükləri "
                "barədə razılığa gəlib|sınaq tədarüklərinə başlayıb].",
            ),
            (
                "«İxracatçılarımız daxili bazardan kənarda [böyüməyə|rəqabət aparmağa] "
                "hazırdır», – deyə {person:title} {person} {place:loc} bəyan edib.",
                "{person:short} qeyd edib ki, kiçik firmalar üçün əsas maneə hələ də "
                "[bürokratik prosedurlar|viza qaydaları] olaraq qalır.",
            ),
        ),
    ),
    "plant_opening": KindText(
        headlines=(
            (
                "{org} {place:loc} {facility} açıb: {n} iş yeri yaradılıb",
                "{place:loc} yeni {facility} {n} nəfəri işlə təmin edəcək",
            ),
            (
                "{place:loc} {money} dəyərində {facility} istifadəyə verilib",
                "{org} {place:loc} istehsala başlayıb",
            ),
        ),
        leads=(
            (
                "{org} {date} {place:loc} {facility} açıb; {money} dəyərində layihə {n} nəfəri "
                "işlə təmin edəcək.",
                "{org:gen} inşa etdiyi yeni {facility} {date} {place:loc} fəaliyyətə başlayıb "
                "və burada {n} iş yeri yaradılıb.",
            ),
            (
                "{place:loc} {n} yeni iş yeri açılıb: {org} {weekday} burada öz "
                "{facility:acc} istifadəyə verib.",
                "{org} {date} məlumat yayıb ki, {place:loc} {money} dəyərində {facility} işə "
                "salıb və burada {n} nəfər çalışacaq.",
            ),
        ),
        details=(
            (
                "{facility} {place:gen} kənarında yerləşir, avadanlıqlar isə [Almaniyadan|"
                "İtaliyadan|Yaponiyadan] gətirilib.",
                "İşçilərin əksəriyyəti yerli sakinlərdən seçilib, onların təlimi {k} ay çəkib.",
            ),
            (
                "Şirkətdən bildirilib ki, məhsulun [təxminən|təqribən] {pct} faizi ixrac ediləcək.",
                "Layihə qismən [bank kreditləri|regional inkişaf proqramı] hesabına "
                "maliyyələşdirilib.",
            ),
        ),
        quotes=(
            (
                "«Bu, təkcə dəzgahlara deyil, həm də insanlara qoyulan sərmayədir», – deyə "
                "{person:title} {person} açılış mərasimində bildirib.",
                "«Biz buraya ona görə gəldik ki, burada [ixtisaslı kadrlar|işçi qüvvəsi] və "
                "əlverişli logistika var», – deyə {person:short} izah edib.",
            ),
            (
                "{person:title} {person} bildirib ki, şirkət {k} il ərzində istehsal gücünü "
                "[genişləndirməyi|iki dəfə artırmağı] planlaşdırır.",
                "«[Tələbat artır|Sifarişlərimiz çoxdur], ona görə də tədarükçülərə daha yaxın "
                "olmalıyıq», – deyə {person:short} əlavə edib.",
            ),
        ),
    ),
    "investment": KindText(
        headlines=(
            (
                "{org} {place:loc} {money} sərmayə qoyacaq",
                "{place:loc} {money} dəyərində {facility} tikiləcək",
            ),
            (
                "{place:loc} yeni {facility} inşa olunacaq",
                "{org} {n} iş yeri və {money} investisiya vəd edir",
            ),
        ),
        leads=(
            (
                "{org} {place:loc} yeni {facility:gen} tikintisinə {money} sərmayə qoyacaq, "
                "[şirkətdən {date} bildirilib|bu barədə şirkət {date} məlumat yayıb].",
                "{org} {date} {money} dəyərində layihəni açıqlayıb: {done_year:dat} qədər "
                "{place:loc} {facility} tikiləcək.",
            ),
            (
                "{money} dəyərində {facility} {done_year:dat} qədər {place:loc} inşa ediləcək, "
                "{weekday} {org:abl} bildirilib.",
                "{place:loc} {n} yeni iş yeri yaradılacaq: {org} burada {facility} tikmək üçün "
                "{money} ayıracaq, bu barədə {date} məlumat verilib.",
            ),
        ),
        details=(
            (
                "Tikintinin [gələn il|yaxın aylarda] [icazələr alındıqdan|layihə "
                "təsdiqləndikdən] sonra başlanması gözlənilir.",
                "Layihə üçün torpaq sahəsi artıq {place:gen} [kənarında|dairəvi yolun "
                "yaxınlığında] ayrılıb.",
            ),
            (
                "Şirkətdən bildirilib ki, vəsaitin bir hissəsi uzunmüddətli bank krediti "
                "hesabına cəlb olunacaq.",
                "Müqavilələr bölüşdürülərkən [yerli tədarükçülərə|regiondan olan podratçılara] "
                "üstünlük veriləcək.",
            ),
        ),
        quotes=(
            (
                "«Biz buraya [uzun müddətə|uzunmüddətli fəaliyyət üçün] gəlmişik», – deyə "
                "{person:title} {person} bildirib.",
                "{person:short_gen} sözlərinə görə, {facility} tam gücü ilə işləməyə "
                "başladıqdan sonra {n} daimi iş yeri yaradılacaq.",
            ),
            (
                "«{place:loc} bizə lazım olan [insanlar|kadrlar], [torpaq|əlverişli mövqe] və "
                "[yollar|infrastruktur] var», – deyə {person:title} {person} deyib.",
                "{person:short} {done_year:abl} sonra [əlavə sərmayə|layihənin ikinci "
                "mərhələsi] imkanını istisna etməyib.",
            ),
        ),
    ),
    "school_opening": KindText(
        headlines=(
            (
                "{place:loc} {n} şagird yerlik yeni məktəb açılıb",
                "{org} {place:loc} {m} sinif otağı olan məktəb açıb",
            ),
            (
                "{place:gen} uşaqlarının yeni məktəbi var",
                "{n} şagird {place:loc} yeni məktəbdə dərsə başlayıb",
            ),
        ),
        leads=(
            (
                "{place:loc} {date} {org:gen} dəstəyi ilə tikilən {n} şagird yerlik yeni məktəb "
                "[açılıb|istifadəyə verilib].",
                "{org} {date} {place:loc} {m} sinif otağı olan və {n} şagird üçün nəzərdə "
                "tutulan məktəbi istifadəyə verib.",
            ),
            (
                "{place:loc} {n} şagird {weekday} yeni binada dərsə başlayıb: məktəbi {org} "
                "tikdirib.",
                "{place:gen} uşaqları {date} yeni məktəbə köçüb: {org:gen} vəsaiti hesabına "
                "tikilən binada {m} sinif otağı var.",
            ),
        ),
        details=(
            (
                "Binada [elm laboratoriyaları|elm laboratoriyası], kitabxana və idman zalı var.",
                "Dərslər bir növbədə keçiriləcək ki, bu da [illərdir davam edən sıxlığa son "
                "qoyacaq|ikinci növbəni aradan qaldıracaq].",
            ),
            (
                "Sağlamlıq imkanları məhdud uşaqlar üçün [pandus və lift quraşdırılıb|maneəsiz "
                "giriş təmin olunub].",
                "Müəllimlər [yayda|ilin əvvəlində] açıq müsabiqə yolu ilə seçilib.",
            ),
        ),
        quotes=(
            (
                "«Yaxşı məktəb bütün [məhəlləni|rayonu] dəyişir», – deyə {person:title} "
                "{person} bildirib.",
                "{person:short_gen} sözlərinə görə, fond [gələn il|regionda] [daha bir neçə "
                "məktəb|yeni məktəblər] açmağı [planlaşdırır|düşünür].",
            ),
            (
                "«Uşaqlar [işıqlı siniflərə|ən yaxşı şəraitə] layiqdir», – deyə {person:title} "
                "{person} açılışda valideynlərə müraciət edib.",
                "{person:short} əlavə edib ki, axşamlar bina [dərnəklər|yerli klublar] üçün açıq "
                "olacaq.",
            ),
        ),
    ),
    "bus_routes": KindText(
        headlines=(
            (
                "{place:loc} {n} yeni avtobus marşrutu istifadəyə verilib",
                "{org} {place:loc} xəttə {m} avtobus çıxarıb",
            ),
            (
                "{place} sakinləri üçün {n} yeni marşrut açılıb",
                "Yeni marşrutlar və əlavə {m} avtobus: {place:loc} ictimai nəqliyyat yenilənir",
            ),
        ),
        leads=(
            (
                "{org} {date} {place:loc} {n} yeni avtobus marşrutu açıb və xəttə {m} avtobus "
                "çıxarıb.",
                "{place} sərnişinləri artıq {n} yeni avtobus marşrutundan istifadə edə bilərlər, "
                "bu barədə {date} {org} məlumat yayıb.",
            ),
            (
                "{weekday} {place:gen} küçələrinə {m} avtobus çıxıb: {org} yeni məhəllələri "
                "mərkəzlə birləşdirən {n} marşrut açıb.",
                "{org} {date} nəqliyyat sxemini yenilədikdən sonra {place:loc} marşrutların "
                "sayı {n} artıb.",
            ),
        ),
        details=(
            (
                "Yeni xətlər [yaşayış massivlərini|ətraf qəsəbələri] [dəmir yolu vağzalı|şəhər "
                "mərkəzi] və əsas xəstəxana ilə birləşdirir.",
                "Pik saatlarda avtobuslar hər [on|on iki|on beş] dəqiqədən bir hərəkət edəcək.",
            ),
            (
                "Gediş haqqı [dəyişməyib|əvvəlki kimi qalıb], nəqliyyat kartları bütün "
                "marşrutlarda keçərlidir.",
                "Yeni marşrutlardakı avtobusların [hamısı|əksəriyyəti] alçaq döşəməlidir və "
                "kondisionerlə təchiz olunub.",
            ),
        ),
        quotes=(
            (
                "«Yola [bir saat|bir saatdan çox] vaxt sərf edən sərnişinləri dinlədik», – deyə "
                "{person:title} {person} bildirib.",
                "{person:short_gen} sözlərinə görə, bir aydan sonra [sərnişin axını|səfər "
                "məlumatları] nəzərə alınmaqla hərəkət cədvəlinə yenidən baxılacaq.",
            ),
            (
                "«Avtobus [avtomobildən sürətli|avtomobilə real alternativ] olmalıdır», – deyə "
                "{person:title} {person} vurğulayıb.",
                "{person:short} sərnişinləri problemlər barədə [agentliyin mobil tətbiqi|qaynar "
                "xətt] vasitəsilə məlumat verməyə çağırıb.",
            ),
        ),
    ),
    "forum": KindText(
        headlines=(
            (
                "{place:loc} keçirilən ticarət forumuna {n} ölkədən nümayəndələr qatılıb",
                "{place:loc} {org:gen} forumu açılıb",
            ),
            (
                "{m} iştirakçı {place:loc} ticarəti müzakirə edir",
                "{n} ölkənin nümayəndələri {place:loc} bir araya gəlib",
            ),
        ),
        leads=(
            (
                "{n} ölkədən [sahibkarlar|nümayəndələr] {date} {org:gen} təşkil etdiyi forum "
                "üçün {place:loc} toplaşıb.",
                "{org} {date} {place:loc} [illik|növbəti] forumunu açıb; foruma {n} ölkədən {m} "
                "iştirakçı qatılıb.",
            ),
            (
                "{weekday} {place:loc} keçirilən ticarət forumunda təxminən {m} nəfər iştirak "
                "edib, tədbirdə {n} ölkə təmsil olunub.",
                "{date} {place:loc} {n} ölkədən olan biznes nümayəndələri görüşüb: burada "
                "{org:gen} forumu keçirilib.",
            ),
        ),
        details=(
            (
                "Gündəlikdə [nəqliyyat dəhlizləri|logistika], [enerji|rəqəmsal ticarət] və "
                "[gömrük prosedurları|ümumi standartlar] əsas yer tutub.",
                "Forum çərçivəsində şirkətlər arasında [bir neçə|bir sıra] sazişin imzalanması "
                "gözlənilirdi.",
            ),
            (
                "[Panel müzakirələri|Sessiyalar] [gecəyədək|bütün gün boyu] davam edib.",
                "[Gənc sahibkarlar|Startaplar] üçün layihələrini investorlara təqdim etmək "
                "məqsədilə ayrıca [səhnə|sessiya] ayrılıb.",
            ),
        ),
        quotes=(
            (
                "«Ticarət yolları [yenidən çəkilir|dəyişir] və regionumuz xəritədə olmalıdır», "
                "– deyə {person:title} {person} bildirib.",
                "{person:short_gen} sözlərinə görə, növbəti forum [gələn il|bir ildən sonra] "
                "[başqa şəhərdə|başqa ölkədə] keçiriləcək.",
            ),
            (
                "«Bizə daha az [maneə|kağız işi] və daha çox [etimad|canlı ünsiyyət] lazımdır», "
                "– deyə {person:title} {person} [açılış sessiyasında|nümayəndələr qarşısında] "
                "çıxış edərkən deyib.",
                "{person:short} marşrut boyu gömrük [prosedurlarının|yoxlamalarının] "
                "sadələşdirilməsinə çağırıb.",
            ),
        ),
    ),
    "cargo_corridor": KindText(
        headlines=(
            (
                "{place:abl} keçən yüklərin həcmi {n} faiz artıb",
                "{org} {place:abl} daşımaların {n} faiz artdığını açıqlayıb",
            ),
            (
                "{place:abl} {m} min ton yük keçib",
                "Transxəzər marşrutu ilə {place:abl} daşımalar {n} faiz artıb",
            ),
        ),
        leads=(
            (
                "Transxəzər marşrutu ilə {place:abl} keçən yüklərin həcmi [il ərzində|ilin "
                "əvvəlindən] {n} faiz artıb, bu barədə {date} {org} məlumat yayıb.",
                "{org} {date} bildirib ki, {place:abl} keçən yüklərin həcmi {n} faiz artaraq "
                "{m} min tona çatıb.",
            ),
            (
                "{place:abl} keçən yük axını [ilin əvvəlindən|il ərzində] {m} min ton təşkil "
                "edib ki, bu da ötən illə müqayisədə {n} faiz çoxdur; bu rəqəmləri {weekday} "
                "{org} açıqlayıb.",
                "[İl ərzində|İlin əvvəlindən] {place:abl} {m} min ton yük keçib – bu, ötən "
                "ildən {n} faiz çoxdur, {date} {org:abl} bildirilib.",
            ),
        ),
        details=(
            (
                "Artımın əsas hissəsi konteyner daşımalarının payına düşür, onlardan sonra "
                "[taxıl|gübrə] və [metal|tikinti materialları] gəlir.",
                "[Yeni kranlar quraşdırıldıqdan|Sənədlər elektron formata keçirildikdən] sonra "
                "terminallarda [gözləmə|tranzit] müddəti [bir neçə gün|xeyli] azalıb.",
            ),
            (
                "Konsorsiuma bir neçə ölkədən [dəmir yolu operatorları|dəmir yolu şirkətləri], "
                "liman operatorları və [gəmiçilik xətləri|ekspeditorlar] daxildir.",
                "Konsorsiumun proqnozlarına görə, [artım gələn il də davam edəcək|həcmlər gələn "
                "il də artacaq].",
            ),
        ),
        quotes=(
            (
                "«{place:abl} keçən hər [konteyner|qatar] marşrutun işlədiyinin [sübutudur|"
                "təsdiqidir]», – deyə {person:title} {person} bildirib.",
                "{person:short_gen} sözlərinə görə, [sərhəd keçid məntəqələrində|dəmir yolunun "
                "bəzi hissələrində] [dar boğazlar|zəif yerlər] hələ də qalır.",
            ),
            (
                "«Müştərilər [sürətə|etibarlılığa] görə pul ödəyirlər», – deyə {person:title} "
                "{person} jurnalistlərə bildirib.",
                "{person:short} [gözləyir|proqnozlaşdırır] ki, tariflər [rəqabətqabiliyyətli|"
                "sabit] qaldığı müddətcə həcmlər artmağa davam edəcək.",
            ),
        ),
    ),
    "football_match": KindText(
        headlines=(
            (
                "{org} öz meydanında {org2:acc} məğlub edib",
                "{org} {org2:acc} {score} hesabı ilə üstələyib",
            ),
            (
                "{org2} {place:loc} {org:dat} uduzub",
                "{org:gen} {score} hesablı qələbəsi",
            ),
        ),
        leads=(
            (
                "{org} {date} {place:loc} öz meydanında {org2:acc} {score} hesabı ilə məğlub "
                "edib; oyunu {n} tamaşaçı izləyib.",
                "{n} tamaşaçı {weekday} {place:loc} {org:gen} {org2:acc} {score} hesabı ilə "
                "məğlub etməsini izləyib.",
            ),
            (
                "{org2} {date} {place:abl} xalsız qayıdıb: komanda {n} azarkeşin gözü "
                "qarşısında {org:dat} {score} hesabı ilə uduzub.",
                "{org} {date} {org2:acc} {score} hesabı ilə məğlub edərək {place:loc} {n} "
                "azarkeşi sevindirib.",
            ),
        ),
        details=(
            (
                "[Həlledici|Qələbə] qol [ikinci hissədə|fasilədən sonra|görüşün sonlarında] "
                "vurulub.",
                "Hər iki komanda matçın əvvəlində qol imkanları yaradıb, lakin birinci hissə "
                "[qolsuz başa çatıb|qol olmadan bitib].",
            ),
            (
                "Bu qələbə {org:dat} turnir cədvəlində irəliləməyə imkan verib.",
                "{org2} görüşün sonunu [fəal, lakin nəticəsiz keçirib|azlıqda başa vurub].",
            ),
        ),
        quotes=(
            (
                "«[Futbolçular bütün gücünü ortaya qoydu|Komandamla fəxr edirəm]», – deyə "
                "{person:title} {person} bildirib.",
                "{person:short} [azarkeşlərə|tribunalara] [dəstəyə|gözəl atmosferə] görə "
                "təşəkkür edib.",
            ),
            (
                "«{org2:gen} [çətin|güclü] rəqib olduğunu bilirdik», – deyə {person:short} "
                "oyundan sonra deyib.",
                "{person:title} {person} etiraf edib ki, komandanın hələ [müdafiədə|növbəti "
                "turdan əvvəl] üzərində işləməli olduğu məsələlər var.",
            ),
        ),
    ),
    "marathon": KindText(
        headlines=(
            (
                "{place:loc} keçirilən marafonda {n} qaçışçı iştirak edib",
                "{place} marafonu {m} ölkədən qaçışçıları bir araya gətirib",
            ),
            (
                "{m} ölkədən gələn qaçışçılar {place:gen} küçələrində qaçıb",
                "{org} {place:loc} marafon keçirib",
            ),
        ),
        leads=(
            (
                "{m} ölkədən təxminən {n} qaçışçı {date} {place:loc} {org:gen} təşkil etdiyi "
                "marafonda iştirak edib.",
                "{org} {date} {place:loc} [ənənəvi|illik] marafonunu keçirib; start xəttinə {n} "
                "iştirakçı çıxıb.",
            ),
            (
                "{weekday} {place:gen} mərkəzində küçələr bağlanıb: {org:gen} keçirdiyi "
                "marafonda {n} qaçışçı [iştirak edib|yarışıb].",
                "{m} ölkədən gələn qaçışçılar {date} {place:loc} toplaşıb; marafona {n} "
                "iştirakçı qatılıb.",
            ),
        ),
        details=(
            (
                "Marşrut [sahil bulvarı boyunca|köhnə şəhərin içindən] uzanıb və bir neçə "
                "[görməli yerin|tarixi binanın] yanından keçib.",
                "Tam məsafədən əlavə, [həvəskarlar|yeni başlayanlar] 10 kilometrlik qaçışı da "
                "seçə bilərdilər.",
            ),
            (
                "Yol boyu həkimlər və [yüzlərlə|onlarla] könüllü növbətçilik edib.",
                "İctimai nəqliyyat [günortayadək|günün çox hissəsində] dəyişdirilmiş "
                "marşrutlarla hərəkət edib.",
            ),
        ),
        quotes=(
            (
                "«Hər il bizə daha çox [insan|ailə] qoşulur və bu, ən yaxşı nəticədir», – deyə "
                "{person:title} {person} bildirib.",
                "{person:short_gen} sözlərinə görə, növbəti marafon üçün qeydiyyat [yazda|gələn "
                "ilin əvvəlində] başlayacaq.",
            ),
            (
                "«[Qaçış|İdman] şəhəri birləşdirir», – deyə {person:title} {person} finiş "
                "xəttində deyib.",
                "{person:short} könüllülərə təşəkkür edərək vurğulayıb ki, onlarsız yarış "
                "mümkün olmazdı.",
            ),
        ),
    ),
    "startup_funding": KindText(
        headlines=(
            (
                "{org} yeni bazarlara çıxmaq üçün {money} cəlb edib",
                "{org} {money} investisiya alıb və {place:loc} ofis açacaq",
            ),
            (
                "İnvestorlar {org:dat} {money} yatırıb",
                "{n} istifadəçisi olan {org} {place} bazarına çıxır",
            ),
        ),
        leads=(
            (
                "{org} {date} investorlardan {money} cəlb etdiyini və {place:loc} ofis açmağı "
                "planlaşdırdığını açıqlayıb.",
                "{org} {money} həcmində investisiya raundunu başa vurub, bu barədə {date} "
                "şirkətdən məlumat verilib; növbəti addım {place:loc} ofis açmaqdır.",
            ),
            (
                "Tətbiqindən {n} nəfərin istifadə etdiyi {org} {weekday} yeni investisiya "
                "raundunda {money} cəlb edib.",
                "İnvestorlar {org:dat} {money} yatırıb, bu barədə {date} təsisçilər məlumat "
                "verib; vəsait {place:loc} ofisin açılmasına yönəldiləcək.",
            ),
        ),
        details=(
            (
                "Raunda [bir neçə regional|bir qrup beynəlxalq] investisiya fondu rəhbərlik edib.",
                "Şirkət hər iki şəhərdə [mühəndislər|proqramçılar] işə götürməyi planlaşdırır.",
            ),
            (
                "Şirkət {k} il əvvəl [beş nəfərlik komanda ilə|bir neçə əməkdaşla] fəaliyyətə "
                "başlayıb.",
                "Vəsaitin [böyük|əsas] hissəsi [məhsulun inkişafına|tədqiqatlara və yeni "
                "işçilərin cəlbinə] xərclənəcək.",
            ),
        ),
        quotes=(
            (
                "«Biz hər şeyin [sadəcə işləməsini|sürətli və sadə olmasını] istəyən insanlar "
                "üçün məhsul hazırlayırıq», – deyə {person:title} {person} bildirib.",
                "{person:short_gen} sözlərinə görə, {place} ofisi [gələn il|yaxın aylarda] "
                "fəaliyyətə başlayacaq.",
            ),
            (
                "«Bu raund bizə [məhsula fokuslanmaq|tələsmədən böyümək] üçün vaxt "
                "qazandırır», – deyə {person:title} {person} jurnalistlərə deyib.",
                "{person:short} şirkətin bazar dəyərini [açıqlamaqdan|bildirməkdən] imtina edib.",
            ),
        ),
    ),
    "archaeology_find": KindText(
        headlines=(
            (
                "Arxeoloqlar {place:gen} yaxınlığında {n} artefakt aşkarlayıb",
                "{place:gen} yaxınlığında {m} illik tapıntılar üzə çıxarılıb",
            ),
            (
                "{place:gen} yaxınlığındakı tapıntılar [qədim ticarətə|regionun keçmişinə] "
                "işıq salır",
                "{place:gen} yaxınlığında aparılan qazıntılarda {m} il yaşı olan {n} əşya tapılıb",
            ),
        ),
        leads=(
            (
                "{org:gen} arxeoloqları {place:gen} yaxınlığında {n} artefakt aşkarlayıb, "
                "onların [bəzilərinin|çoxunun] yaşı təxminən {m} ildir, bu barədə {date} "
                "mərkəzdən məlumat verilib.",
                "{date} {person:title} {person} {place:gen} yaxınlığındakı qazıntı sahəsində "
                "{n} əşyanın tapıldığını açıqlayıb.",
            ),
            (
                "{place:gen} yaxınlığında aparılan qazıntılar zamanı təxminən {m} il əvvələ aid "
                "{n} tapıntı əldə edilib, {weekday} {org:abl} bildirilib.",
                "{org} {date} açıqlayıb ki, mərkəzin [arxeoloqları|tədqiqatçıları] {place:gen} "
                "yaxınlığında {n} əşya tapıb, onların [ən qədimlərinin|bəzilərinin] yaşı "
                "təxminən {m} ildir.",
            ),
        ),
        details=(
            (
                "Tapıntılar arasında [saxsı qablar|gil qablar], [sikkələr|tunc bəzək əşyaları] "
                "və [əmək alətləri|şüşə qırıqları] var.",
                "Abidə {k} il əvvəl [yerli fermerlər tərəfindən|yol tikintisi zamanı] aşkar "
                "edilib.",
            ),
            (
                "[Laboratoriya|Radiokarbon] analizləri [əşyaların tarixini dəqiqləşdirməyə|"
                "tapıntıların yaşını təsdiqləməyə] kömək edəcək.",
                "Əşyaların bir hissəsi gələn il regional muzeydə nümayiş olunacaq.",
            ),
        ),
        quotes=(
            (
                "«Burada [canlı ticarət məntəqəsi olub|ticarət yolları kəsişirdi]», – deyə "
                "{person:title} {person} bildirib.",
                "{person:short_gen} sözlərinə görə, ekspedisiya işləri [davam etdirmək|"
                "genişləndirmək] üçün [yazda|növbəti mövsümdə] qazıntı sahəsinə qayıdacaq.",
            ),
            (
                "«Hər mövsüm torpaq [bizi təəccübləndirir|bizə yeni nəsə danışır]», – deyə "
                "{person:title} {person} jurnalistlərə bildirib.",
                "{person:short} [ziyarətçiləri|turistləri] icazəsiz qazıntı ərazisinə daxil "
                "olmamağa çağırıb.",
            ),
        ),
    ),
    "film_festival": KindText(
        headlines=(
            (
                "{place:loc} kinofestival açılıb: {m} ölkədən {n} film",
                "{org} {place:dat} {n} film gətirib",
            ),
            (
                "{place} kinofestivalı {m} ölkənin yeni kinosunu təqdim edir",
                "{n} film, {m} ölkə: {place:loc} kinofestival start götürüb",
            ),
        ),
        leads=(
            (
                "{org:gen} təşkil etdiyi kinofestival {date} {place:loc} açılıb; proqramda {m} "
                "ölkədən {n} film var.",
                "{org} {date} {place:loc} [illik|növbəti] festivalını açıb: bir həftə ərzində "
                "tamaşaçılara {n} film göstəriləcək.",
            ),
            (
                "{place:gen} kinoteatrları [bu həftə|yaxın günlərdə] {m} ölkədən {n} film "
                "nümayiş etdirəcək: {weekday} {org:gen} festivalı start götürüb.",
                "{m} ölkədən [rejissorlar|kinematoqrafçılar] {date} {org:gen} festivalı üçün "
                "{place:dat} gəliblər; festivalın proqramına {n} film daxildir.",
            ),
        ),
        details=(
            (
                "Proqramda [bədii filmlər|tammetrajlı filmlər], sənədli filmlər və "
                "[qısametrajlı filmlər|animasiya] yer alıb.",
                "Nümayişlər {k} kinoteatrda və [açıq səma altında|bərpa olunmuş teatr binasında] "
                "keçirilir.",
            ),
            (
                "[Beynəlxalq münsiflər heyəti|Tənqidçilərdən ibarət münsiflər heyəti] qalibləri "
                "bağlanış mərasimində elan edəcək.",
                "Bir neçə film [regionda|öz ölkələrindən kənarda] ilk dəfə nümayiş olunacaq.",
            ),
        ),
        quotes=(
            (
                "«Kino [ölkələr arasında dialoqdur|qonşunu anlamağın ən sürətli yoludur]», – "
                "deyə {person:title} {person} bildirib.",
                "{person:short_gen} sözlərinə görə, [müraciətlərin sayı|kinematoqrafçıların "
                "marağı] [bu il|ötən illə müqayisədə] artıb.",
            ),
            (
                "«İstədik ki, {place} tamaşaçıları başqa heç yerdə görə bilməyəcəkləri "
                "filmlərə baxsınlar», – deyə {person:title} {person} deyib.",
                "{person:short} əlavə edib ki, biletlər [adi kino seansından ucuzdur|simvolik "
                "qiymətə satılır].",
            ),
        ),
    ),
    "exhibition": KindText(
        headlines=(
            (
                "{place:loc} {artist:gen} {n} əsərindən ibarət sərgi açılıb",
                "{org} {place:loc} {artist:gen} retrospektiv sərgisini açıb",
            ),
            (
                "{artist:gen} əsərləri {place:dat} gətirilib",
                "{place:loc} {artist:gen} {n} əsəri nümayiş olunur",
            ),
        ),
        leads=(
            (
                "{artist:title} {artist:gen} {n} əsərindən ibarət sərgi {date} {place:loc} "
                "açılıb; sərgini {org} hazırlayıb.",
                "{org} {date} {place:loc} {artist:gen} [böyük|geniş] sərgisini açıb, sərgidə "
                "{n} əsər təqdim olunub.",
            ),
            (
                "{place} sakinləri artıq {artist:gen} {n} əsərini görə bilərlər: {weekday} "
                "{org} sərgi açıb.",
                "{artist:title} {artist} {date} {place:loc} açılan yeni sərginin "
                "qəhrəmanıdır; ekspozisiyada {n} əsər var, bu barədə {org:abl} bildirilib.",
            ),
        ),
        details=(
            (
                "Əsərlər müəllifin [yaradıcılığının|sənət yolunun] {k} onilliyini əhatə edir.",
                "[Bir neçə əsər|Bəzi əsərlər] ictimaiyyətə ilk dəfə təqdim olunur.",
            ),
            (
                "Sərgi [gələn ayın|mövsümün] sonunadək davam edəcək.",
                "[Tələbələr|16 yaşınadək uşaqlar] üçün giriş pulsuzdur.",
            ),
        ),
        quotes=(
            (
                "«Rəssamın bütün [yolunu|təkamülünü] göstərmək istədik», – deyə {person:title} "
                "{person} bildirib.",
                "{person:short_gen} sözlərinə görə, əsərlərin {place:dat} gətirilməsi ilə bağlı "
                "danışıqlar {k} ay çəkib.",
            ),
            (
                "«Ziyarətçilər bu [əsərlərdə|fotoşəkillərdə] [tanış|doğma] küçələri "
                "tanıyacaqlar», – deyə {person:title} {person} deyib.",
                "{person:short} sərgi üçün əsərlərini təqdim edən şəxsi kolleksiyaçılara "
                "təşəkkür edib.",
            ),
        ),
    ),
}

CONTEXT = {
    "politics": (
        "Yerli özünüidarəetmə islahatı {place:loc} {year:abl} bəri gündəmdədir; həmin il [ilk "
        "ictimai dinləmələr keçirilib|ictimai məsləhətləşmələrə start verilib].",
        "[Tənqidçilər|Müxalifət deputatları] hesab edir ki, belə qərarlar qəbul edilməzdən "
        "əvvəl açıq dinləmələrdə müzakirə olunmalıdır.",
        "{expert:title} {expert} hesab edir ki, qərar [regional prioritetlərə|kiçik yerli "
        "layihələrə] doğru daha geniş dönüşü əks etdirir.",
        "{expert:short_gen} hesablamalarına görə, {year:abl} bəri təsdiqlənən oxşar "
        "təşəbbüslərin təxminən {pct} faizi vaxtında həyata keçirilib.",
        "{place:loc} son bələdiyyə seçkilərində seçici fəallığı {pct2} faiz olub; [hakimiyyət "
        "bu göstəricini artırmağı vəd edir|bu, regionda ən aşağı göstəricilərdən biridir].",
        "Növbəti iclasın [ayın sonunda|gələn ayın əvvəlində] keçirilməsi planlaşdırılır; orada "
        "[büdcə|bir sıra əlaqəli təkliflər] müzakirə olunacaq.",
        "[Müşahidəçilər|Analitiklər] qeyd edir ki, {place} və {place2} illərdir regional "
        "maliyyələşmə uğrunda rəqabət aparır.",
        "Qərarı [dəstəkləyən|tənqid edən] petisiya [internetdə|son bir ayda] {big} imza toplayıb.",
        "{expert:short_gen} istinad etdiyi sorğuya görə, ötən il yerli qurumlara etimad {pct} "
        "faiz artıb.",
        "Bir neçə deputat {k} ay ərzində ətraflı hesabat təqdim olunmasını [xahiş|tələb] edib.",
        "{expert:short} xəbərdarlıq edib ki, [müntəzəm ictimai hesabatlılıq|müstəqil nəzarət] "
        "olmadan kağız üzərindəki [planlar|vədlər] az şey ifadə edir.",
        "{place2:loc} {year:loc} qəbul edilən oxşar qərar [sakinlərin şikayətlərindən|"
        "auditorların yoxlamasından] sonra [yenidən nəzərdən keçirilib|qismən ləğv edilib].",
    ),
    "economy": (
        "[Regional statistikaya|Rəsmi məlumatlara] görə, {place:loc} sənaye istehsalı "
        "{year:loc} {pct} faiz artıb.",
        "{expert:title} {expert} hesab edir ki, regionun [əmək bazarı|iqtisadiyyatı] hələ də "
        "[bir neçə iri işəgötürəndən|dövlət xərclərindən] həddindən artıq asılıdır.",
        "Son {k} ildə regionda orta əmək haqqı {pct} faiz artıb, [lakin|amma] hələ də ölkə "
        "üzrə orta göstəricidən aşağıdır.",
        "Ötən il {place2:abl} ixrac {pct2} faiz artıb; buna [ərzaq məhsullarına|tikinti "
        "materiallarına|toxuculuq məhsullarına] olan tələbat təkan verib.",
        "[Analitiklərin hesablamalarına|Yerli biznes birliklərinin məlumatına] görə, "
        "{place:loc} iş yerlərinin təxminən {pct} faizi kiçik biznesin payına düşür.",
        "{expert:short} xəbərdarlıq edib ki, [enerji|nəqliyyat] xərclərinin artması bu artımı "
        "[ləngidə|zəiflədə] bilər.",
        "Regionun bankları istehsalçılara kreditləşməni artırıb: {year:abl} bəri kredit "
        "portfeli {pct2} faiz böyüyüb.",
        "{place} [investorları|sahibkarları] çoxdan [icazələrin gec verilməsindən|şəbəkələrə "
        "qoşulmanın bahalığından] şikayətlənir.",
        "Ötən rübün yekunlarına görə rayonda işsizlik {pct2} faiz təşkil edib.",
        "{expert:short_gen} fikrincə, yaxın {k} il belə layihələrin [özünü doğruldub-"
        "doğrultmayacağını|davamlı iş yerləri yaradıb-yaratmayacağını] göstərəcək.",
        "{year:abl} bəri {place} ətrafında [torpaq|icarə] qiymətləri {pct} faiz artıb ki, bu "
        "da [şirkətlərin|investorların] artan marağının göstəricisidir.",
        "{expert:short} xatırladıb ki, [{place2:loc} oxşar canlanma olmuşdu|{place2:loc} oxşar "
        "canlanma tez sönmüşdü] [on il əvvəl|2010-cu illərin əvvəlində].",
    ),
    "society": (
        "{year:abl} bəri {place:gen} əhalisi {pct} faiz artıb, bu da məktəblərə, yollara və "
        "poliklinikalara düşən yükü [artırıb|xeyli çoxaldıb].",
        "{place} sakini, {resident:occ} {resident} deyir ki, dəyişiklik [çoxdan "
        "gözlənilirdi|gündəlik həyatı asanlaşdıracaq]. «Biz bunu illərlə gözləmişik», – deyə "
        "{resident:short} əlavə edib.",
        "Bir neçə məhəllənin sakinləri {year:abl} bəri [sıxlıq|işə uzun yol] səbəbindən "
        "[hakimiyyətə müraciət edirlər|icra hakimiyyətinə məktub yazırlar].",
        "{expert:title} {expert} qeyd edir ki, yerli infrastruktur yeni məhəllələrin artımı "
        "ilə ayaqlaşa bilmir.",
        "Ötən il [dərc olunan|keçirilən] sorğuya görə, sakinlərin {pct} faizi [ictimai "
        "nəqliyyatdan|yerli xidmətlərin işindən] narazıdır.",
        "Oxşar layihələr {year:loc} {place2:loc} həyata keçirilib – [fərqli nəticələrlə|və "
        "orada onları uğurlu sayırlar].",
        "[Könüllülər|Yerli fəallar] işlərin gedişinə nəzarət etməyə və problemlər barədə "
        "məlumat verməyə hazır olduqlarını bildiriblər.",
        "Hamı razı deyil. Məsələn, {resident:occ} {resident} hesab edir ki, bu pulu [mənzil "
        "tikintisinə|səhiyyəyə] xərcləmək daha yaxşı olardı.",
        "Hakimiyyət {k} aydan sonra [istifadə|nəticələr] barədə məlumatları açıqlayacağını "
        "vəd edir.",
        "Son siyahıyaalmanın məlumatlarına görə, {place:loc} ailələrin təxminən {pct2} "
        "faizində ən azı bir məktəbyaşlı uşaq var.",
        "{expert:short} hesab edir ki, belə [dəyişikliklər|yeniliklər] ən çox [yaşlı "
        "insanlar|uşaqlı ailələr] üçün vacibdir.",
        "{place:gen} [ictimai təşkilatları|yerli icmaları] [növbəti addımları|daha nələrin "
        "dəyişməli olduğunu] müzakirə etmək üçün toplantı keçirməyi planlaşdırır.",
    ),
    "world": (
        "{expert:short_gen} gətirdiyi gömrük məlumatlarına görə, {year:abl} bəri Xəzəryanı "
        "ölkələrlə Avropa arasında ticarət {pct} faiz artıb.",
        "{expert:title} {expert} hesab edir ki, region Asiya ilə Avropa arasında daşınan "
        "yüklər üçün tranzit mərkəzinə çevrilir.",
        "Diplomatlar qeyd edir ki, belə görüşlər nadir hallarda dərhal nəticə verir, lakin "
        "etimadın möhkəmlənməsinə kömək edir.",
        "{place2:loc} oxşar görüş {year:loc} keçirilib və [birgə bəyanatla|bir neçə çərçivə "
        "sazişinin imzalanması ilə] yekunlaşıb.",
        "Ötən il yeni tutumların istifadəyə verilməsi sayəsində marşrut üzrə fraxt dərəcələri "
        "{pct2} faiz [azalıb|düşüb].",
        "{expert:short} xəbərdarlıq edib ki, [sərhədlərdəki gecikmələr|vaqon çatışmazlığı] "
        "hələ də əsas maneə olaraq qalır.",
        "[Gəmiçilik|Logistika] şirkətləri son bir ildə Xəzər xətlərinə {k} yeni gəmi əlavə "
        "ediblər.",
        "{expert:short} qeyd edir ki, bu marşrutla daşınan yüklərin əksəriyyəti üçün əsas "
        "bazar Avropa olaraq qalır.",
        "[Müşahidəçilər|Analitiklər] gözləyir ki, [növbəti danışıqlar raundu|növbəti görüş] "
        "[bir il ərzində|yazda] baş tutacaq.",
        "{expert:short_gen} fikrincə, [rəqəmsal gömrük sistemləri|vahid qatar cədvəlləri] "
        "tranzit müddətini {pct2} faiz qısalda bilər.",
        "{expert:short} deyir ki, {place2} şirkətləri [yeni qaydaları|sadələşdirilmiş "
        "prosedurları] [ilk sınaqdan keçirənlər arasında olub|tez mənimsəyib].",
        "{year:abl} bəri regionda [birgə müəssisələrin|transsərhəd tərəfdaşlıqların] sayı "
        "{pct} faiz artıb.",
    ),
    "sport": (
        "Təşkilatçıların məlumatına görə, bu mövsüm [daxili yarışlara|yerli çempionatın "
        "oyunlarına] tamaşaçı marağı {pct} faiz artıb.",
        "{expert:title} {expert} hesab edir ki, [nəticə|bu gün] göstərdi: [hazırlıq|fiziki "
        "forma] [nüfuzdan|büdcədən] daha vacibdir.",
        "{place:gen} [yerli|uşaq] idman klubları {year:abl} bəri qeydiyyatdan keçənlərin "
        "sayında [kəskin artım|canlanma] müşahidə edir.",
        "{place:gen} əsas [stadionu|idman kompleksi] {year:loc} yenidən qurulub və indi "
        "beynəlxalq standartlara cavab verir.",
        "Təşkilatçıların sözlərinə görə, biletlər {k} gün ərzində satılıb qurtarıb.",
        "{expert:short} hesab edir ki, [mövsüm|komandanın iddiaları] üçün yaxın {k} həftə "
        "həlledici olacaq.",
        "[Azarkeşlər|Tamaşaçılar] [yarışları izləmək|öz komandalarını dəstəkləmək] üçün "
        "{place2:abl} və digər şəhərlərdən gəliblər.",
        "[Yerli sorğuya|Sorğulara] görə, son {k} ildə regionda müntəzəm idmanla məşğul olan "
        "yeniyetmələrin payı {pct2} faiz artıb.",
        "Yerli hakimiyyət gələn ilin sonunadək {place:loc} {k} idman meydançası [tikməyi|"
        "yeniləməyi] vəd edib.",
        "[Yayımın|Teleyayımın] auditoriyasının {big} tamaşaçı olduğu təxmin edilir.",
        "{expert:short} xatırladıb ki, bugünkü [liderlərin|ən yaxşı idmançıların] [çoxu|"
        "bəziləri] {place2:gen} [məktəb komandalarında|yerli klublarında] başlayıb.",
        "Ötən mövsüm yerli idmanda [sponsorluq|kommersiya] gəlirləri {pct} faiz artıb, [lakin|"
        "amma] onun [böyük hissəsi|əsas payı] [bir neçə kluba|ən iri yarışlara] düşüb.",
    ),
    "tech": (
        "{year:abl} bəri {place:loc} qeydiyyatdan keçən [texnoloji startapların|gənc "
        "texnologiya şirkətlərinin] sayı {pct} faiz artıb.",
        "{expert:title} {expert} hesab edir ki, regionda gənc [mühəndislər|mütəxəssislər] "
        "kifayət qədərdir, lakin ilkin mərhələ üçün [maliyyə çatışmır|vəsait azdır].",
        "Son bir ildə {place2:gen} [universitetləri|elmi institutları] {k} yeni laboratoriya açıb.",
        "Büdcə sənədlərinə görə, ötən il elmə dövlət xərcləri {pct2} faiz [artıb|çoxalıb].",
        "{expert:short} vurğulayıb ki, [beynəlxalq tərəfdaşlıqlar|məlumat mübadiləsi] "
        "[nəticələrin məhsula çevrilməsi|növbəti mərhələ] üçün həlledici olacaq.",
        "[Son tədqiqata görə|Yaxınlarda aparılan araşdırmaya əsasən], proqramçı məzunların "
        "təxminən {pct} faizi regionda işləməyə qalır.",
        "[Tənqidçilər|Skeptiklər] hesab edir ki, [belə bəyanatlar|böyük rəqəmlər] vədlərlə "
        "deyil, nəticələrlə qiymətləndirilməlidir.",
        "[Nəticələr|Tapıntılar] [bu ilin sonunda|gələn yaz] {place2:loc} keçiriləcək "
        "konfransda təqdim olunacaq.",
        "{year:abl} bəri kənd yerlərində internetdən istifadə [iki dəfə|kəskin] artıb və bu, "
        "rəqəmsal xidmətlər üçün yeni bazarlar açıb.",
        "[Mütəxəssislər|Tədqiqatçılar] {k} ay ərzində [məlumatları|tam nəticələri] dərc etməyi "
        "[planlaşdırır|ümid edir].",
        "{expert:short_gen} sözlərinə görə, [ucuz bulud hesablamaları|açıq məlumatlar] "
        "[təcrübələrin|şirkət yaratmağın] xərcini {pct2} faiz azaldıb.",
        "{expert:short} qeyd edir ki, [laboratoriya sahələrinin|təcrübəli menecerlərin] "
        "çatışmazlığı əsas [problemlərdən|çətinliklərdən] biri olaraq qalır.",
    ),
    "culture": (
        "Yerli turizm rəsmilərinin məlumatına görə, {year:abl} bəri {place:loc} mədəni turizm "
        "{pct} faiz artıb.",
        "{expert:title} {expert} hesab edir ki, [proqram|seçim] yerli incəsənət mühitinin son "
        "illərdə nə qədər [inkişaf etdiyini|dəyişdiyini] göstərir.",
        "[İlk günlər|Açılış] üçün biletlər {k} gün ərzində satılıb.",
        "{place2:gen} [muzeyləri|teatrları] bu il ziyarətçilərin sayında {pct2} faiz artım "
        "olduğunu bildirir.",
        "{expert:short} [gənc müəlliflərin|yeni başlayan rəssamların] əsərlərini tanınmış "
        "ustaların əsərləri ilə yanaşı göstərmək qərarını [alqışlayıb|müsbət "
        "qiymətləndirib].",
        "Təşkilatçılar bildirib ki, məktəblilər üçün [həftəsonları|iş günlərində səhərlər] "
        "[ekskursiyalar|ustad dərsləri] təşkil olunacaq.",
        "Əsas proqramı [mühazirələr|ustad dərsləri] və [ekskursiyalar|nümayişlər] müşayiət edəcək.",
        "{year:loc} [yerli|regional] mədəniyyətin maliyyələşdirilməsi {pct} faiz artırılıb, "
        "lakin tənqidçilər bunun hələ də az olduğunu düşünür.",
        "İştirakçıların [çoxu|bəziləri] ilk dəfə {year:loc} {place2:loc} keçirilən kiçik bir "
        "tədbirdə [əsərlərini göstərib|çıxış edib].",
        "Təşkilatçılar [yaxın həftələrdə|bağlanışa qədər] təxminən {big} ziyarətçi gözləyir.",
        "{expert:short} qeyd edib ki, indi {place:gen} [sənət bazarını|bədii həyatını] "
        "əsasən [şəxsi kolleksiyaçılar|müstəqil qalereyalar] müəyyən edir.",
        "Gənc auditoriyanı [cəlb etmək|saxlamaq] üçün bilet qiymətləri {year:gen} "
        "səviyyəsində saxlanılıb, [təşkilatçılar bildirib|bu barədə təşkilatçılar məlumat "
        "verib].",
    ),
}

OPINIONS = {
    "politics": (
        "Belə qərarlar hamımıza aiddir, ona görə də sözümüz olmalıdır.",
        "Ümid edirəm ki, bu dəfə vədlər yerinə yetiriləcək.",
        "Heç olmasa indi hər şey açıq müzakirə olunur.",
        "Dəyişiklikləri çoxdan gözləyirdik, bu, bir başlanğıca oxşayır.",
        "Bizdən soruşan olmadı, amma ideyanın özü yaxşıdır.",
        "Sözlə yox, işlə qiymət verəcəyik.",
    ),
    "economy": (
        "Bəlkə oğlum nəhayət burada iş tapar və köçüb getməz.",
        "Qiymətlər artır, ona görə hər yeni iş yeri yaxşıdır.",
        "Mənim kimi kiçik mağazalar insanların maaş almasından asılıdır.",
        "Yeni şirkətlər yerli fermerlərdən alış etsə, hamı qazanar.",
        "Yaxşı səslənir, amma əvvəlcə maaşları görmək istəyirəm.",
        "On il əvvəl bura heç kim pul qoymurdu. Hər şey dəyişib.",
    ),
    "society": (
        "Uşaqlar üçün indi hər şey xeyli asan olacaq.",
        "Əvvəllər hara getsək, bir saat vaxt aparırdı.",
        "Məhəllə böyüyüb, xidmətlər isə elə əvvəlki kimi qalıb.",
        "Bu, hamıdan çox yaşlılara lazımdır.",
        "Məmurlarla hər görüşdə bunu xahiş edirdik.",
        "Əsas odur ki, baxımı düzgün olsun və bir ildən sonra dağılmasın.",
    ),
    "world": (
        "Regionumuz dalan yox, körpü olmalıdır.",
        "Ticarət çoxaldıqca limanda iş də çoxalır.",
        "Hər il yollarda daha çox xarici yük maşını görürəm.",
        "Qonşularla yaxşı münasibət istənilən müqavilədən qiymətlidir.",
        "Yaxşıdır ki, insanlar mübahisə etmir, danışır.",
        "Biznesim ixracla bağlıdır, bu, məni birbaşa maraqlandırır.",
    ),
    "sport": (
        "Neçə ildir belə tədbirləri qaçırmıram.",
        "Atmosfer möhtəşəm idi, hələ də səsim batıb.",
        "Qızım indi həftədə üç dəfə məşq edir.",
        "İdman yeniyetmələri küçədən uzaqlaşdırır.",
        "Belə tədbirlər ildə bir dəfə yox, daha tez-tez olmalıdır.",
        "Belə günlərdə bütün şəhər küçəyə çıxır.",
    ),
    "tech": (
        "Bizim gənclər heç kimdən geri qalmır.",
        "Ümid edirəm ki, nəticələr ölkədə qalacaq.",
        "Elmə səbir və pul lazımdır, adətən isə heç biri olmur.",
        "Tələbələrim belə xəbərləri diqqətlə izləyir.",
        "Xaricdə yox, burada edilən kəşflər barədə eşitmək xoşdur.",
        "Hər şey sürətlə dəyişir, geri qalmağa haqqımız yoxdur.",
    ),
    "culture": (
        "Şəhərimizdə belə bir şeyin olması əladır.",
        "Nəvələrimlə gəlmişdim, getmək istəmirdilər.",
        "Belə tədbirlər bizdə açıq-aydın çatışmır.",
        "Şəhəri yaşamaq üçün gözəl edən məhz mədəniyyətdir.",
        "Artıq ikinci dəfədir gəlirik, yenə gələcəyik.",
        "Biletlər ucuz idi, ona görə bütöv ailələrlə gəlmişdilər.",
    ),
}

VOX_FRAMES = (
    "«{opinion_bare}», – deyə {place} sakini {resident} bildirir.",
    "{resident:occ} {resident} fikrini açıq deyir: «{opinion_bare}».",
    "«{opinion_bare}», – {place:loc} yaşayan {resident} deyir.",
    "{resident:occ} {resident} üçün bu məsələ şəxsidir: «{opinion_bare}».",
)

PROFILE = (
    "Bir çox qonaq üçün {place} ilk növbədə [bazarları|köhnə küçələri] və [mətbəxi|"
    "sakinlərinin qonaqpərvərliyi] ilə tanınır.",
    "{place} ilə {place2} arasındakı [yol|dəmir yolu xətti] {year:loc} [yenilənib|"
    "modernləşdirilib] və yol vaxtı təxminən {pct} faiz qısalıb.",
    "Yerli tarixçilər [deyir|xatırladır] ki, {place} [qədim karvan yolları|yolları və çayı] "
    "sayəsində əsrlər boyu ticarət və sənətkarlıqla yaşayıb.",
    "{place:loc} mənzillər [hələ də|indi də] {place2:abl} ucuzdur və bu, bölgəyə gənc "
    "ailələri cəlb edir.",
    "{year:abl} bəri yerli hakimiyyət [parklara və küçə işıqlandırmasına|səkilərə və "
    "ictimai meydanlara] xeyli vəsait yatırıb.",
    "[Yaxınlarda aparılan araşdırmaya görə|Son araşdırmanın nəticələrinə görə], işləyən "
    "sakinlərin təxminən {pct2} faizi hər gün qonşu şəhərlərə işə gedir.",
    "Ötən il {place:loc} turist axını {pct} faiz artıb; buna [yeni otellər|ucuz aviabiletlər|"
    "yaxşı yollar] kömək edib.",
    "Yerli məktəb məzunlarının [çoxu|əksəriyyəti] hələ də oxumaq üçün başqa şəhərlərə "
    "gedir, [onlardan yalnız bəziləri geri qayıdır|amma qayıdanların sayı artır].",
    "{place:loc} hər il [yarmarkalar və festivallar|şəhər bayramları] keçirilir, onların "
    "[çoxu|əksəriyyəti] ilin isti aylarına düşür.",
    "Sakinlər [tez-tez|çox vaxt] deyirlər ki, {year:abl} bəri mərkəzdə [park yeri tapmaq|"
    "hərəkət etmək] [xeyli çətinləşib|əsl problemə çevrilib].",
    "Yerli iqtisadiyyat [əsasən|böyük ölçüdə] [xidmət sahəsinə, ticarətə və kiçik "
    "emalatxanalara|kənd təsərrüfatına, ticarətə və büdcə təşkilatlarına] söykənir.",
    "[Havanın keyfiyyəti|Yerli yolların vəziyyəti] {place:loc} keçirilən ictimai "
    "toplantılarda [tez-tez|daim] müzakirə olunan mövzu olaraq qalır.",
    "{place:gen} tarixi mərkəzini gəzmək üçün ən yaxşı yol piyada gəzintidir: görməli "
    "yerlərin çoxu bir-birinə yaxındır.",
    "{place:loc} yeni [körpünün|tramvay xəttinin|yolun] tikintisi {year:abl} bəri müzakirə "
    "olunur, lakin [iş hələ başlamayıb|layihə üçün vəsait hələ də axtarılır].",
    "Regionun bir çox şəhərində olduğu kimi, {place:loc} 2010-cu illərdə tikinti bumu yaşanıb.",
    "{place:gen} mərkəzi küçələrində [supermarketlərin|ticarət mərkəzlərinin] rəqabətinə "
    "baxmayaraq, [kiçik kafe və çörəkxanalar|ailə mağazaları] hələ də fəaliyyət göstərir.",
    "Ərazidə ev təsərrüfatlarının təxminən {pct} faizi artıq sürətli internetə qoşulub, "
    "{year:loc} isə bu göstərici {pct2} faiz idi.",
    "{place:gen} şəhər kitabxanası və [mədəniyyət mərkəzi|diyarşünaslıq muzeyi] uzun sürən "
    "təmirdən sonra {year:loc} yenidən açılıb.",
    "[{place:loc} qışlar sərt keçir|{place:loc} yay çox isti olur] və sakinlərin sözlərinə "
    "görə, bu, [memarlıqdan|gündəlik iş rejimindən] tutmuş [bayramlara|nəqliyyatın işinə] "
    "qədər hər şeyə təsir edir.",
    "{place:gen} ictimai nəqliyyatı [tədricən|yavaş-yavaş] yenilənir, lakin [bəzi|bir çox] "
    "marşrutlarda hələ də köhnə [avtobuslar|mikroavtobuslar] işləyir.",
)

HISTORY_INTROS = (
    "Bu, ilk belə hadisə deyil.",
    "Bu ilin əvvəlində də oxşar hadisələr baş verib.",
    "Oxşar planlar barədə əvvəllər də məlumat verilmişdi.",
)

GENERIC = (
    "Ətraflı məlumatın [yaxın günlərdə|bu həftə] açıqlanması gözlənilir.",
    "Xəbər sosial şəbəkələrdə [geniş|qarışıq] reaksiyaya səbəb olub: {place} sakinləri "
    "[fotolar və şərhlər paylaşıblar|bunun şəhər üçün nə demək olduğunu müzakirə ediblər].",
    "{org} ətraflı [bəyanatı|məlumatı] öz saytında dərc edəcəyini bildirib.",
    "Oxşar tədbirlər {year:loc} {place2:loc} keçirilib.",
    "Suallarınızı {org:dat} [sayt vasitəsilə|elektron poçtla] göndərə bilərsiniz.",
    "{place2} mediası da bu [hadisə|xəbər] barədə məlumat yayıb.",
    "Yeni məlumatlar daxil olduqca xəbər [yenilənəcək|yenilənə bilər].",
    "Təşkilatçılar hələlik [ətraflı məlumat vermir|təfərrüatları açıqlamır].",
    "Redaksiya hadisələrin gedişini izləməyə davam edəcək.",
    "Tədbirdən [fotolar|görüntülər] sosial şəbəkələrdə sürətlə yayılıb.",
    "Digər [qurumların|yerli rəsmilərin] [reaksiyası|şərhləri] [bir qədər sonra|yaxın "
    "günlərdə] gözlənilir.",
    "Xəbərin dərc olunduğu vaxt [növbəti addımlar|nəticələr] barədə rəsmi məlumat yox idi.",
)

COMMENTS = (
    "Nəhayət, {place} üçün yaxşı xəbər.",
    "Öz gözümlə görəndə inanaram.",
    "Əhsən, belə davam edin!",
    "Bütün bunların pulunu kim ödəyir? Heç kim bunu yazmır.",
    "Qardaşım orada yaşayır, deyir ki, camaat razıdır.",
    "Yaxşı məqalədir, təfərrüatlar üçün təşəkkürlər.",
    "Bunu on il əvvəl etmək lazım idi.",
    "Maraqlıdır. Rəqəmlər barədə daha ətraflı oxumaq istərdim.",
    "Bir il gözləyək, görək nə alınacaq.",
    "Bunu edən hər kəsə təşəkkürlər.",
    "Əmin deyiləm ki, indi əsas məsələ budur.",
    "Kimsə izah edə bilər ki, bu, adi insanlar üçün nə deməkdir?",
    "Bölgəmizlə fəxr edirəm.",
    "Hər il eyni şey, sadəcə adlar dəyişir.",
    "Bu barədə yazdığınız üçün sağ olun, başqa heç kim yazmadı.",
    "Keçən həftə orada idim, hər şey yazıldığı kimidir.",
)

COMMENTERS = (
    "Elvin_88",
    "Aygün",
    "Bakılı",
    "Rəşad M.",
    "nigar.a",
    "Oxucu",
    "Səməd müəllim",
    "Leyla_H",
    "Ferid",
    "K. Həsənov",
    "gəncəli",
    "Ülviyyə",
)


def _labels(**overrides: str) -> dict[str, str]:
    labels = {
        "home": "Ana səhifə",
        "latest": "Son xəbərlər",
        "more_news": "Digər xəbərlər",
        "read_also": "Oxu həmçinin",
        "comments": "Şərhlər",
        "comment_prompt": "Şərhinizi yazın…",
        "comment_name": "Adınız",
        "send": "Göndər",
        "cookie": "Saytımız daha yaxşı işləməsi üçün kukilərdən (cookie) istifadə edir.",
        "accept": "Qəbul edirəm",
        "settings": "Parametrlər",
        "about": "Haqqımızda",
        "contact": "Əlaqə",
        "privacy": "Məxfilik siyasəti",
        "rights": "Bütün hüquqlar qorunur.",
        "by": "Müəllif:",
        "search": "Axtarış",
        "subscribe": "Abunə ol",
        "not_found_title": "Səhifə tapılmadı",
        "not_found_text": "Axtardığınız səhifə mövcud deyil və ya köçürülüb.",
    }
    labels.update(overrides)
    return labels


OUTLETS = (
    OutletSpec(
        slug="seher-bulleteni",
        name="Səhər Bülleteni",
        tagline="Günün əsas xəbərləri səhər tezdən",
        style="seher",
        feed_format="rss",
        feed_path="/rss.xml",
        authors=("Aynur Qasımova", "Elnur Bağırov", "Günel Məmmədova", "Tərlan Əliyev"),
        desk="Səhər Bülleteni xəbər xidməti",
        attribution="Bu xəbəri ilk olaraq «{name}» yayıb.",
        attribution_first=False,
        rewrite_attribution="Bu barədə ilk olaraq «{name}» məlumat verib.",
        boilerplate="«Səhər Bülleteni» hər səhər paytaxtdan və regionlardan gələn xəbərləri "
        "bir yerə toplayır. Redaksiyamız hər məlumatı ən azı iki mənbə ilə yoxlayır, rəsmi "
        "açıqlamaları isə dəyişmədən dərc edir. Xəbərdə səhv görsəniz, bizə yazın: "
        "düzəlişlər həmin gün məqalənin sonunda qeyd olunur. Bölgənizdə baş verən hadisələr "
        "barədə məlumatlarınızı da gözləyirik.",
        labels=_labels(
            more_news="Günün xəbərləri",
            comments="Oxucu şərhləri",
        ),
    ),
    OutletSpec(
        slug="cinar-media",
        name="Çinar Media",
        tagline="Müstəqil xəbər portalı",
        style="cinar",
        feed_format="atom",
        feed_path="/feed/atom.xml",
        authors=("Orxan Səlimov", "Nərmin Quliyeva", "Kənan Rzayev", "Səbinə Hüseynova"),
        desk="Çinar Media",
        attribution="Xəbər «{name}» saytından götürülüb.",
        attribution_first=True,
        rewrite_attribution="Bu barədə daha əvvəl «{name}» xəbər verib.",
        boilerplate="«Çinar Media» müstəqil onlayn nəşrdir və heç bir siyasi partiyaya və ya "
        "şirkətə bağlı deyil. Materiallarımızı redaksiyanın öz müxbirləri hazırlayır, reklam "
        "və tərəfdaş yazıları isə ayrıca işarələnir. Oxucularımız hər xəbərə şərh yaza, "
        "suallarını isə redaksiyanın elektron poçtuna göndərə bilərlər. Materiallardan "
        "istifadə edərkən mənbəni göstərməyi xahiş edirik.",
        labels=_labels(
            home="Xəbərlər",
            latest="Ən son",
            more_news="Ən çox oxunanlar",
            read_also="Mövzu ilə bağlı",
            comments="Müzakirə",
            cookie="Bu sayt statistika və rahatlıq üçün kukilərdən istifadə edir.",
            accept="Razıyam",
        ),
    ),
)

PACK = LanguagePack(
    code="az",
    outlets=OUTLETS,
    categories={
        "politics": "Siyasət",
        "economy": "İqtisadiyyat",
        "society": "Cəmiyyət",
        "world": "Dünya",
        "sport": "İdman",
        "tech": "Texnologiya və elm",
        "culture": "Mədəniyyət",
    },
    category_slugs={
        "politics": "siyaset",
        "economy": "iqtisadiyyat",
        "society": "cemiyyet",
        "world": "dunya",
        "sport": "idman",
        "tech": "texnologiya",
        "culture": "medeniyyet",
    },
    places=PLACES,
    orgs=ORGS,
    people=PEOPLE_FORMS,
    artists=ARTIST_FORMS,
    facilities=FACILITIES,
    experts=EXPERTS,
    residents=RESIDENTS,
    kinds=KINDS,
    context=CONTEXT,
    opinions=OPINIONS,
    vox_frames=VOX_FRAMES,
    generic=GENERIC,
    profile=PROFILE,
    history_intros=HISTORY_INTROS,
    comments=COMMENTS,
    commenters=COMMENTERS,
    date_adverb=date_adverb,
    weekday_adverb=weekday_adverb,
    long_date=long_date,
    money=money,
    score=score,
    year=year,
)
