"""English for the sample newsroom: two outlets, names for the cast, sentence templates.

Templates follow sentences.py: `{slot}` or `{slot:form}`, `{n:one|other}` for counts,
`{person:he|she}` for agreement, `[a|b]` for alternative wordings.
"""

from datetime import date, datetime

from kiosk.newsroom.cast import ARTISTS, PEOPLE
from kiosk.newsroom.language_pack import KindText, LanguagePack, OutletSpec
from kiosk.newsroom.sentences import Forms, format_number

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def date_adverb(day: date) -> str:
    return f"on {day.day} {MONTHS[day.month - 1]}"


def weekday_adverb(day: date) -> str:
    return f"on {WEEKDAYS[day.weekday()]}"


def long_date(moment: datetime) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def money(millions: float, currency: str) -> Forms:
    """ "12.5 million manats", and before a noun "12.5-million-manat" ("a … project")."""
    amount = format_number(round(millions, 1), "en")
    if currency == "usd":
        return Forms("n", nom=f"${amount} million", adj=f"${amount} million")
    unit = {"azn": "manat", "rub": "rouble"}[currency]
    return Forms("n", nom=f"{amount} million {unit}s", adj=f"{amount}-million-{unit}")


def year(number: int) -> Forms:
    return Forms("m", nom=str(number))


def score(home: int, away: int) -> str:
    return f"{home}-{away}"


PLACES = {
    key: Forms("n", nom=name)
    for key, name in {
        "baku": "Baku",
        "ganja": "Ganja",
        "sumgait": "Sumgait",
        "mingachevir": "Mingachevir",
        "lankaran": "Lankaran",
        "shaki": "Shaki",
        "guba": "Guba",
        "shamakhi": "Shamakhi",
        "gabala": "Gabala",
        "nakhchivan": "Nakhchivan",
        "moscow": "Moscow",
        "saint_petersburg": "St Petersburg",
        "kazan": "Kazan",
        "yekaterinburg": "Yekaterinburg",
        "astrakhan": "Astrakhan",
        "nizhny_novgorod": "Nizhny Novgorod",
        "london": "London",
        "istanbul": "Istanbul",
        "tbilisi": "Tbilisi",
        "berlin": "Berlin",
        "vienna": "Vienna",
        "astana": "Astana",
        "tashkent": "Tashkent",
        "rotterdam": "Rotterdam",
    }.items()
}

ORGS = {
    key: Forms("n", nom=name)
    for key, name in {
        "kur_logistics": "Kur Logistics",
        "samur_agro": "Samur Agro",
        "alov_energy": "Alov Energy",
        "goygol_textile": "Goygol Textiles",
        "regional_council": "the Regional Development Council",
        "business_chamber": "the Chamber of Business Cooperation",
        "bilik_fund": "the Bilik Education Foundation",
        "transport_agency": "the Urban Transport Agency",
        "silk_council": "the Silk Road Business Council",
        "cargo_consortium": "the Trans-Caspian Cargo Consortium",
        "club_qarasu": "FC Qarasu",
        "club_damirchi": "FC Damirchi",
        "club_sahil": "FC Sahil",
        "club_ulduz": "FC Ulduz",
        "runners_association": "the Runners' Association",
        "dalga_labs": "Dalga Labs",
        "bulud_ai": "Bulud AI",
        "archaeology_centre": "the Centre for Archaeological Research",
        "film_fund": "the New Frame Film Fund",
        "katan_gallery": "the Katan Gallery",
    }.items()
}

ROLES = {
    "ceo": "chief executive",
    "executive_director": "executive director",
    "founder": "founder",
    "chair": "chair",
    "director": "director",
    "spokesperson": "spokesperson",
    "coach": "head coach",
    "expedition_head": "head of the field expedition",
    "curator": "chief curator",
}

NAMES = {
    "safarli": ("Rauf Safarli", "Safarli"),
    "jafarova": ("Leyla Jafarova", "Jafarova"),
    "nagiyev": ("Orkhan Nagiyev", "Nagiyev"),
    "rzayeva": ("Gunay Rzayeva", "Rzayeva"),
    "asgarov": ("Kamran Asgarov", "Asgarov"),
    "mirzayeva": ("Sabina Mirzayeva", "Mirzayeva"),
    "hasanli": ("Fuad Hasanli", "Hasanli"),
    "gurbanova": ("Aysel Gurbanova", "Gurbanova"),
    "holloway": ("Margaret Holloway", "Holloway"),
    "shirinov": ("Vugar Shirinov", "Shirinov"),
    "karimov": ("Ramil Karimov", "Karimov"),
    "beletsky": ("Igor Beletsky", "Beletsky"),
    "heydarov": ("Zaur Heydarov", "Heydarov"),
    "trofimov": ("Pavel Trofimov", "Trofimov"),
    "abbasova": ("Lala Abbasova", "Abbasova"),
    "talibli": ("Emin Talibli", "Talibli"),
    "salmanova": ("Nigar Salmanova", "Salmanova"),
    "novruzova": ("Khadija Novruzova", "Novruzova"),
    "ahmadov": ("Ilkin Ahmadov", "Ahmadov"),
    "huseynzade": ("Narmin Huseynzade", "Huseynzade"),
}

PEOPLE_FORMS = {
    person.id: Forms(
        person.gender,
        nom=NAMES[person.id][0],
        short=NAMES[person.id][1],
        title=f"{ROLES[person.role]} of {ORGS[person.org]}",
    )
    for person in PEOPLE
}

ARTIST_FORMS = {
    "lindqvist": Forms(
        ARTISTS["lindqvist"],
        nom="Tobias Lindqvist",
        short="Lindqvist",
        title="Swedish painter",
        a_title="a Swedish painter",
    ),
    "aydemir": Forms(
        ARTISTS["aydemir"],
        nom="Selin Aydemir",
        short="Aydemir",
        title="Turkish photographer",
        a_title="a Turkish photographer",
    ),
    "gasimli": Forms(
        ARTISTS["gasimli"],
        nom="Tahir Gasimli",
        short="Gasimli",
        title="Azerbaijani painter",
        a_title="an Azerbaijani painter",
    ),
}

FACILITIES = {
    "kur_logistics": Forms("n", nom="logistics hub"),
    "samur_agro": Forms("n", nom="fruit processing plant"),
    "alov_energy": Forms("n", nom="solar power station"),
    "goygol_textile": Forms("n", nom="garment factory"),
}


def _expert(gender: str, name: str, title: str) -> Forms:
    return Forms(gender, nom=name, short=name.split()[-1], title=title)


EXPERTS = {
    "politics": (
        _expert(
            "m", "Daniel Whitcombe", "a political analyst at the Centre for Governance Studies"
        ),
        _expert("f", "Nadia Rahimova", "a lecturer in public administration"),
    ),
    "economy": (
        _expert("f", "Elena Marsh", "an economist at the Institute for Regional Studies"),
        _expert("m", "Javid Aslanov", "a senior analyst at Northgate Capital"),
    ),
    "society": (
        _expert("f", "Sophie Grant", "a sociologist at the Caspian Open University"),
        _expert("m", "Tamerlan Guliyev", "an urban planner and author of two books on city life"),
    ),
    "world": (
        _expert("m", "Marcus Feld", "a senior fellow at the Eurasia Trade Forum"),
        _expert("f", "Irina Sokolova", "a transport economist based in Tbilisi"),
    ),
    "sport": (
        _expert("m", "Tom Avery", "a football commentator and former player"),
        _expert("f", "Kamala Ibrahimova", "a sports physician who works with young athletes"),
    ),
    "tech": (
        _expert("f", "Priya Nandakumar", "a venture investor focused on Central Asia"),
        _expert("m", "Elvin Mammadli", "a data scientist at the Caspian Open University"),
    ),
    "culture": (
        _expert("f", "Helen Ashby", "an art critic and independent curator"),
        _expert("m", "Rustam Velizade", "a film historian"),
    ),
}

RESIDENTS = (
    Forms("f", nom="Ayten Musayeva", short="Musayeva", occ="a schoolteacher"),
    Forms("m", nom="Farid Aliyev", short="Aliyev", occ="a taxi driver"),
    Forms("f", nom="Gulnar Hasanova", short="Hasanova", occ="a retired nurse"),
    Forms("m", nom="Tural Ismayilov", short="Ismayilov", occ="a university student"),
    Forms("f", nom="Sevda Karimli", short="Karimli", occ="a shop owner"),
    Forms("m", nom="Anar Mustafayev", short="Mustafayev", occ="a civil engineer"),
    Forms("f", nom="Nina Petrova", short="Petrova", occ="a pharmacist"),
    Forms("m", nom="James Kerr", short="Kerr", occ="a retired surveyor"),
)

KINDS = {
    "planning_council": KindText(
        headlines=(
            (
                "{place} old quarter to get {money} makeover as council backs restoration",
                "Council approves restoration of {n:historic building|historic buildings} "
                "in {place}",
            ),
            (
                "{n} buildings in {place}'s historic centre to be restored",
                "Council signs off on {money:adj} plan for {place}'s old town",
            ),
        ),
        leads=(
            (
                "{org} [approved|endorsed|gave its backing to] a plan {date} to restore "
                "{n:building|buildings} in the historic quarter of {place}, at a cost of "
                "{money}.",
                "A {money:adj} programme to restore {n:historic building|historic buildings} in "
                "{place} [won the approval of|was approved by] {org} {date}.",
            ),
            (
                "{place} will restore {n:building|buildings} in its old quarter after {org} "
                "[voted through|approved] a {money:adj} plan {weekday}.",
                "[Members of|Officials at] {org} [agreed|decided] {date} to fund the repair of "
                "{n:old building|old buildings} in central {place}, committing {money} to "
                "the work.",
            ),
        ),
        details=(
            (
                "The programme covers facades, roofs and courtyards, and work on the first "
                "[streets|blocks] is expected to begin [next spring|early next year].",
                "Under the plan, owners of listed houses will be able to apply for grants "
                "covering up to half the cost of [repairs|the repairs].",
            ),
            (
                "According to the council's documents, [the oldest|the most fragile] of the "
                "buildings date back to the nineteenth century.",
                "Contractors will be chosen through an open tender, and the full list of "
                "addresses is to be published on the council's website.",
            ),
        ),
        quotes=(
            (
                "“We want people to live in these houses, not just photograph them,” said "
                "{person}, {person:title}.",
                "{person:short} said the council would [publish|report on] its progress every "
                "quarter. “Every [penny|payment] has to be visible,” {person:he|she} said.",
            ),
            (
                "“The old quarter is the face of {place},” {person}, {person:title}, told "
                "reporters. “[Leaving it to crumble|Doing nothing] would cost far more.”",
                "{person:short} [stressed|underlined] that residents would not be moved out "
                "while the work [is|was] under way.",
            ),
        ),
    ),
    "delegation_visit": KindText(
        headlines=(
            (
                "Business delegation signs {n:memorandum|memorandums} in {place}",
                "{org} delegation [heads to|visits] {place} in search of partners",
            ),
            (
                "{n} agreements signed as {m:company|companies} visit {place}",
                "Caspian exporters [seek|look for] partners in {place}",
            ),
        ),
        leads=(
            (
                "A delegation from {org} led by {person}, {person:title}, signed "
                "{n:memorandum|memorandums} of cooperation in {place} {date}.",
                "[Representatives of|Executives from] {m:company|companies} travelled to "
                "{place} {date} with a delegation [led|headed] by {person}, {person:title}, "
                "and signed {n:agreement|agreements}.",
            ),
            (
                "{n:cooperation agreement|cooperation agreements} [were signed|have been "
                "signed] in {place} during a visit by a business delegation from {org}, "
                "which arrived {weekday}.",
                "A delegation of {m:company|companies} from {org} [held talks|met partners] "
                "in {place} {date} and [signed|concluded] {n:memorandum|memorandums}.",
            ),
        ),
        details=(
            (
                "The documents [cover|concern] [logistics|agriculture], [construction|tourism] "
                "and [information technology|renewable energy].",
                "[Meetings|Talks] were also held with [local authorities|the city's chamber of "
                "commerce] and [investors|several banks].",
            ),
            (
                "The [visit|trip] is part of a [programme|series of visits] [meant|designed] to "
                "help [smaller firms|small and medium-sized companies] find [partners|markets] "
                "abroad.",
                "A [return visit|reciprocal visit] by companies from {place} is [planned|"
                "expected] [next year|in the spring].",
            ),
        ),
        quotes=(
            (
                "“[Trust|Personal contact] is where every contract begins,” said {person}, "
                "{person:title}.",
                "{person:short} said several companies had already [agreed on|begun] [pilot "
                "deliveries|test orders].",
            ),
            (
                "“Our exporters [are ready|want] to [grow|compete] beyond the home market,” "
                "{person}, {person:title}, said in {place}.",
                "{person:short} [noted|pointed out] that [paperwork|visa rules] [remained|were "
                "still] the main obstacle for smaller firms.",
            ),
        ),
    ),
    "plant_opening": KindText(
        headlines=(
            (
                "{org} opens {facility} in {place}, creating {n:job|jobs}",
                "New {facility} in {place} to employ {n:person|people}",
            ),
            (
                "{place} gets a {money:adj} {facility} from {org}",
                "{org} [launches|starts] production at new {place} site",
            ),
        ),
        leads=(
            (
                "{org} [opened|inaugurated] a {facility} in {place} {date}, a {money:adj} project "
                "that will [employ|provide work for] {n:person|people}.",
                "A new {facility} built by {org} [began operating|started work] in {place} "
                "{date}, creating {n:job|jobs}.",
            ),
            (
                "Some {n:new job|new jobs} have been created in {place}, where {org} "
                "[opened|launched] its {facility} {weekday}.",
                "{org} has [opened|launched] a {money:adj} {facility} in {place} [employing|with a "
                "workforce of] {n:person|people}, the company said {date}.",
            ),
        ),
        details=(
            (
                "The {facility} [stands|sits] on the edge of {place} and [uses|relies on] "
                "equipment imported from [Germany|Italy|Japan].",
                "Most of the staff [have been hired|were recruited] locally, and their training "
                "lasted {k:month|months}.",
            ),
            (
                "[About|Roughly] {pct} percent of the output [is destined for|will go to] export "
                "markets, [the company said|according to the company].",
                "The project was [financed|funded] partly through [bank loans|a regional "
                "development programme].",
            ),
        ),
        quotes=(
            (
                "“[This is|We see this as] an investment in people as much as in machines,” "
                "{person}, {person:title}, said at the opening ceremony.",
                "“We chose {place} because [the skills are here|of its workforce and "
                "location],” said {person:short}.",
            ),
            (
                "{person}, {person:title}, said the company [planned|intended] to [expand|"
                "double] capacity within {k:year|years}.",
                "“[Demand is growing|Our order book is full], and we need to be closer to our "
                "suppliers,” {person:short} [told reporters|said].",
            ),
        ),
    ),
    "investment": KindText(
        headlines=(
            (
                "{org} to invest {money} in {place}",
                "{money:adj} {facility} planned for {place}",
            ),
            (
                "{place} to get new {facility} worth {money}",
                "{org} unveils {money:adj} plan, promises {n:job|jobs}",
            ),
        ),
        leads=(
            (
                "{org} [will invest|plans to invest] {money} in a new {facility} in {place}, "
                "the company [announced|said] {date}.",
                "{org} [announced|unveiled] a {money:adj} [investment|project] in {place} {date}: "
                "a {facility} to be completed by {done_year}.",
            ),
            (
                "A {facility} [worth|costing] {money} [will be built|is to be built] in "
                "{place} by {done_year}, {org} said {weekday}.",
                "{place} [is set to|will] [gain|get] {n:new job|new jobs} after {org} "
                "[committed|pledged] {money} to building a {facility} there, the company "
                "announced {date}.",
            ),
        ),
        details=(
            (
                "Construction is [expected|due] to [begin|start] [next year|within months] "
                "[once|after] [permits are issued|the design is approved].",
                "Land for the project has already been [allocated|set aside] [on the outskirts|"
                "near the ring road] of {place}.",
            ),
            (
                "[Part|Some] of the [financing|money] [will come|is to come] from a [long-term|"
                "syndicated] bank loan, the company said.",
                "[Local suppliers|Contractors from the region] [will be given|are to get] "
                "priority when contracts are awarded.",
            ),
        ),
        quotes=(
            (
                "“We are [here|investing here] for the long term,” said {person}, {person:title}.",
                "{person:short} said the {facility} would [create|provide] {n:permanent job|"
                "permanent jobs} [once it is running|when fully operational].",
            ),
            (
                "“{place} [has|offers] [the people|the workforce], [the land|the location] and "
                "[the roads|the infrastructure] we need,” {person}, {person:title}, said.",
                "{person:short} [did not rule out|said the company was considering] [further "
                "investment|a second phase] after {done_year}.",
            ),
        ),
    ),
    "school_opening": KindText(
        headlines=(
            (
                "New school for {n:pupil|pupils} opens in {place}",
                "{org} opens school with {m:classroom|classrooms} in {place}",
            ),
            (
                "{place} children get a new school",
                "{n} pupils start lessons in new {place} school",
            ),
        ),
        leads=(
            (
                "A new school for {n:pupil|pupils} [opened|opened its doors] in {place} "
                "{date}, built with [funding|support] from {org}.",
                "{org} [handed over|opened] a school with {m:classroom|classrooms} in {place} "
                "{date}, [enough|with room] for {n:pupil|pupils}.",
            ),
            (
                "Some {n:pupil|pupils} in {place} [began|started] lessons in a new building "
                "{weekday}, after {org} completed [the school|its school project] there.",
                "[Pupils and teachers|Children] in {place} [moved into|received] a new school "
                "{date}: the building, [financed|paid for] by {org}, has "
                "{m:classroom|classrooms}.",
            ),
        ),
        details=(
            (
                "The building [has|includes] [science laboratories|a science laboratory], a "
                "library and a sports hall.",
                "[Classes|Lessons] [will run|are held] in a single shift, [ending|putting an "
                "end to] [years of overcrowding|double shifts].",
            ),
            (
                "The school also has [ramps and a lift|step-free access] for [children with "
                "disabilities|pupils with limited mobility].",
                "[Teachers|Staff] were [recruited|hired] through an open competition [over the "
                "summer|earlier this year].",
            ),
        ),
        quotes=(
            (
                "“A [good|modern] school [changes|shapes] the whole neighbourhood,” said "
                "{person}, {person:title}.",
                "{person:short} said the foundation [planned|hoped] to [open|build] [more "
                "schools|another school] [next year|in the region].",
            ),
            (
                "“Children [deserve|should have] [bright classrooms|the best conditions],” "
                "{person}, {person:title}, [said at the opening|told parents at the opening].",
                "{person:short} [added|said] that the building would be open to [community "
                "groups|local clubs] in the evenings.",
            ),
        ),
    ),
    "bus_routes": KindText(
        headlines=(
            (
                "{n} new bus routes launched in {place}",
                "{org} adds {m:bus|buses} to {place} network",
            ),
            (
                "{place} commuters get {n:new route|new routes}",
                "New routes, {m} extra buses: {place} revamps public transport",
            ),
        ),
        leads=(
            (
                "{org} [launched|introduced] {n:new bus route|new bus routes} in {place} "
                "{date}, putting {m:bus|buses} [into service|on the roads].",
                "[Passengers|Commuters] in {place} [can now use|have] {n:new bus route|new bus "
                "routes}, {org} said {date}.",
            ),
            (
                "In all, {m:bus|buses} [went into service|joined the fleet] in {place} {weekday} "
                "as {org} [opened|introduced] {n:route|routes} [linking|connecting] new districts "
                "[with|to] the centre.",
                "{place} now has {n:additional bus route|additional bus routes} after {org} "
                "[reorganised|redesigned] [part of the network|the town's network] {date}.",
            ),
        ),
        details=(
            (
                "The new lines [connect|link] [residential districts|suburbs] with [the railway "
                "station|the city centre] and the main hospital.",
                "Buses will run every [ten|twelve|fifteen] minutes [at peak times|during rush "
                "hours].",
            ),
            (
                "Fares [remain|stay] unchanged, and travel cards [are valid|can be used] on all "
                "routes.",
                "[All|Most] of the buses on the new routes are low-floor and air-conditioned.",
            ),
        ),
        quotes=(
            (
                "“We listened to passengers who were spending an hour [getting to work|on the "
                "road],” said {person}, {person:title}.",
                "{person:short} said the timetable would be [reviewed|adjusted] after the first "
                "month [based on|using] [passenger numbers|ridership data].",
            ),
            (
                "“A bus [has to be|must be] [faster than a car|a real alternative to the car],” "
                "{person}, {person:title}, [said|told reporters].",
                "{person:short} [asked|urged] [passengers|residents] to report [problems|"
                "complaints] [through the agency's app|via the hotline].",
            ),
        ),
    ),
    "forum": KindText(
        headlines=(
            (
                "Trade forum in {place} gathers delegates from {n:country|countries}",
                "{org} forum opens in {place}",
            ),
            (
                "{place} hosts {m} business leaders for trade talks",
                "Delegates from {n:country|countries} meet in {place} to talk trade",
            ),
        ),
        leads=(
            (
                "[Business leaders|Delegates] from {n:country|countries} [gathered|met] in "
                "{place} {date} for a forum [organised|hosted] by {org}.",
                "{org} [opened|convened] its [annual|yearly] forum in {place} {date}, bringing "
                "together {m:participant|participants} from {n:country|countries}.",
            ),
            (
                "[About|Some] {m:participant|participants} [took part in|attended] a trade forum "
                "in {place} {weekday}, [where|at which] {n:country|countries} were represented.",
                "{place} [became|was] a meeting point for businesses from "
                "{n:country|countries} {date} as {org} [held|staged] its forum there.",
            ),
        ),
        details=(
            (
                "[Transport links|Logistics], [energy|digital trade] and [customs procedures|"
                "common standards] [dominated|topped] the agenda.",
                "[Several|A number of] agreements between companies were [expected|due] to be "
                "signed on the sidelines.",
            ),
            (
                "[Panel discussions|Sessions] [ran|continued] [late into the evening|throughout "
                "the day].",
                "[Young entrepreneurs|Start-ups] [were given|had] a separate [stage|session] to "
                "[pitch|present] their projects to investors.",
            ),
        ),
        quotes=(
            (
                "“[Trade routes|Supply chains] are [being redrawn|changing], and our region "
                "[must|has to] be on the map,” said {person}, {person:title}.",
                "{person:short} said the next forum would be held in [a different city|another "
                "country] [next year|in a year's time].",
            ),
            (
                "“What we need is [fewer barriers|less paperwork] and more [trust|contact],” "
                "{person}, {person:title}, told the [opening session|delegates].",
                "{person:short} [called for|urged] [simpler|faster] customs [procedures|checks] "
                "along the route.",
            ),
        ),
    ),
    "cargo_corridor": KindText(
        headlines=(
            (
                "Cargo through {place} up {n} percent, consortium says",
                "{org} reports {n} percent rise in freight via {place}",
            ),
            (
                "{place} handles {m} thousand tonnes as corridor traffic grows",
                "Freight on Trans-Caspian route through {place} grows by {n} percent",
            ),
        ),
        leads=(
            (
                "Cargo [shipped|moving] through {place} along the Trans-Caspian route [rose|"
                "grew] by {n} percent [this year|over the past twelve months], {org} said "
                "{date}.",
                "{org} [reported|announced] {date} that the volume of freight [handled in|"
                "passing through] {place} had [risen|increased] by {n} percent to {m} thousand "
                "tonnes.",
            ),
            (
                "[Freight traffic|Cargo volumes] through {place} [reached|hit] {m} thousand "
                "tonnes [this year|so far this year], up {n} percent, according to figures "
                "[released|published] by {org} {weekday}.",
                "Some {m} thousand tonnes of cargo [passed|moved] through {place} [this year|in "
                "the past year], {org} said {date}, [a rise|an increase] of {n} percent.",
            ),
        ),
        details=(
            (
                "[Containers|Container traffic] [accounted for|made up] [most|the bulk] of the "
                "growth, [followed by|ahead of] [grain|fertilisers] and [metals|building "
                "materials].",
                "[Waiting times|Transit times] at the terminals [fell|were cut] [by several "
                "days|noticeably] after [new cranes|digital paperwork] [arrived|were "
                "introduced].",
            ),
            (
                "The consortium [brings together|unites] [rail operators|railway companies], "
                "port operators and [shipping lines|freight forwarders] [from several "
                "countries|along the route].",
                "The consortium's forecasts [suggest|point to] [further|continued] growth next "
                "year.",
            ),
        ),
        quotes=(
            (
                "“Every [container|train] that [goes|travels] through {place} is [proof|"
                "evidence] that the route works,” said {person}, {person:title}.",
                "{person:short} said [bottlenecks|weak points] [remained|still existed] [at "
                "border crossings|on some rail sections].",
            ),
            (
                "“[Speed|Reliability] is what [clients|shippers] [pay for|value most],” "
                "{person}, {person:title}, [told reporters|said].",
                "{person:short} [expects|predicts] volumes to [keep growing|grow further] as "
                "long as [tariffs|rates] [stay|remain] [competitive|stable].",
            ),
        ),
    ),
    "football_match": KindText(
        headlines=(
            (
                "{org} beat {org2} {score} in front of home crowd",
                "{score} win for {org} against {org2} in {place}",
            ),
            (
                "{org2} fall to {org} in {place}",
                "{org} see off {org2} {score}",
            ),
        ),
        leads=(
            (
                "{org} [beat|defeated] {org2} {score} at home in {place} {date}, in front of "
                "{n:spectator|spectators}.",
                "A crowd of {n} [watched|saw] {org} [beat|overcome] {org2} {score} in {place} "
                "{weekday}.",
            ),
            (
                "{org2} [left|returned from] {place} empty-handed {date} after a {score} defeat "
                "to {org}, [watched by|before] {n:fan|fans}.",
                "{org} [secured|claimed] a {score} [victory|win] over {org2} {date}, to the "
                "delight of {n:supporter|supporters} in {place}.",
            ),
        ),
        details=(
            (
                "The [decisive|winning] goal came [in the second half|after the break|late in "
                "the game].",
                "[Both sides|The two teams] created chances early on, but the first half "
                "[ended|finished] [goalless|without a goal].",
            ),
            (
                "The result lifts {org} [up the table|closer to the top of the table].",
                "{org2} [finished|ended] the game [strongly but without reward|with ten men].",
            ),
        ),
        quotes=(
            (
                "“[The players gave everything|I am proud of the team] today,” said {person}, "
                "{person:title}.",
                "{person:short} [praised|thanked] the [supporters|fans] for [their backing|"
                "creating a great atmosphere].",
            ),
            (
                "“We knew {org2} would be [difficult opponents|tough to break down],” "
                "{person:short} said after the match.",
                "{person}, {person:title}, [said|admitted] there was still work to do [in "
                "defence|before the next round].",
            ),
        ),
    ),
    "marathon": KindText(
        headlines=(
            (
                "{n:runner|runners} take part in {place} marathon",
                "{place} marathon [draws|attracts] {n:runner|runners} from {m:country|countries}",
            ),
            (
                "Runners from {m:country|countries} race through {place}",
                "{org} marathon [fills|takes over] the streets of {place}",
            ),
        ),
        leads=(
            (
                "Some {n:runner|runners} from {m:country|countries} took part in the {place} "
                "marathon {date}, organised by {org}.",
                "{org} [held|staged] its [annual|traditional] marathon in {place} {date}, with "
                "{n:participant|participants} on the start line.",
            ),
            (
                "Streets in central {place} were closed {weekday} as {n:runner|runners} "
                "[took part in|ran] a marathon organised by {org}.",
                "Runners from {m:country|countries} [gathered|lined up] in {place} {date} for a "
                "marathon that [attracted|drew] {n:participant|participants}.",
            ),
        ),
        details=(
            (
                "The route [passed|ran] [along the waterfront|through the old town] and "
                "[past|by] several [landmarks|historic buildings].",
                "Besides the full distance, [amateurs|beginners] could [choose|opt for] a "
                "10-kilometre [race|run].",
            ),
            (
                "Medical teams and [hundreds of|dozens of] volunteers [worked|were stationed] "
                "along the course.",
                "Public transport [was diverted|ran on altered routes] [until the afternoon|for "
                "most of the day].",
            ),
        ),
        quotes=(
            (
                "“Each year more [people|families] join us, and that is the best result,” said "
                "{person}, {person:title}.",
                "{person:short} said entries for next year would open [in the spring|early next "
                "year].",
            ),
            (
                "“[Running|Sport] [brings|should bring] the city together,” {person}, "
                "{person:title}, [told reporters|said at the finish line].",
                "{person:short} [thanked|praised] the volunteers, saying the event would have "
                "been impossible without them.",
            ),
        ),
    ),
    "startup_funding": KindText(
        headlines=(
            (
                "{org} raises {money} [to expand|for expansion] [abroad|into new markets]",
                "Start-up {org} secures {money} and plans office in {place}",
            ),
            (
                "Investors back {org} with {money}",
                "{org}, with {n:user|users}, [heads for|eyes] {place} after funding round",
            ),
        ),
        leads=(
            (
                "{org}, a [technology|software] start-up, said {date} it had raised {money} "
                "from investors and would open an office in {place}.",
                "Start-up {org} has [closed|completed] a {money:adj} funding round, the company "
                "announced {date}, and [plans|intends] to [expand|grow] into {place}.",
            ),
            (
                "{org}, whose [app|service] [has|already counts] {n:user|users}, [secured|"
                "raised] {money} in a new funding round {weekday}.",
                "Investors have [put|invested] {money} into {org}, [the company said|its "
                "founders said] {date}, money that will pay for an office in {place}.",
            ),
        ),
        details=(
            (
                "The round was led by [a group of|several] [regional|international] investment "
                "funds.",
                "The company [plans to|will] [hire|recruit] [engineers|developers] in both cities.",
            ),
            (
                "Founded {k:year|years} ago, the company [started out|began] with [a team of "
                "five|a handful of employees].",
                "[Most|Much] of the money will [go to|be spent on] [product development|"
                "research and hiring].",
            ),
        ),
        quotes=(
            (
                "“We [build|are building] for users who [expect|want] [things to just work|"
                "speed and simplicity],” said {person}, {person:title}.",
                "{person:short} said the {place} office would [open|start work] [next year|"
                "within months].",
            ),
            (
                "“This [round|money] [gives|buys] us time to [focus on the product|grow "
                "properly],” {person}, {person:title}, told reporters.",
                "{person:short} [declined|refused] to [disclose|name] the company's valuation.",
            ),
        ),
    ),
    "archaeology_find": KindText(
        headlines=(
            (
                "Archaeologists uncover {n:artefact|artefacts} near {place}",
                "{m}-year-old finds [unearthed|discovered] near {place}",
            ),
            (
                "Finds near {place} [shed|cast] new light on [ancient trade|the region's past]",
                "Dig near {place} yields {n} objects up to {m} years old",
            ),
        ),
        leads=(
            (
                "Archaeologists from {org} have [uncovered|found] {n:artefact|artefacts} near "
                "{place}, [some|many] of them about {m} years old, [the centre said|it was "
                "announced] {date}.",
                "A [team|field team] led by {person}, {person:title}, [reported|announced] "
                "{date} the discovery of {n:object|objects} at [a site|an excavation] near "
                "{place}.",
            ),
            (
                "[Excavations near {place} have|A dig near {place} has] yielded "
                "{n:find|finds} dating back [roughly|about] {m} years, {org} said {weekday}.",
                "{org} [announced|said] {date} that its [archaeologists|researchers] had "
                "[found|unearthed] {n:object|objects} near {place}, [the oldest|some] of them "
                "[about|roughly] {m} years old.",
            ),
        ),
        details=(
            (
                "The finds include [pottery|ceramic vessels], [coins|bronze ornaments] and "
                "[tools|fragments of glass].",
                "The site was [first identified|discovered] [by local farmers|during road "
                "works] {k:year|years} ago.",
            ),
            (
                "[Laboratory|Radiocarbon] tests will [date the objects more precisely|confirm "
                "the age of the finds].",
                "[Some|Several] of the objects will [go on display|be shown] at the regional "
                "museum next year.",
            ),
        ),
        quotes=(
            (
                "“[The site was|This was] [a busy trading post|a crossroads of trade routes],” "
                "said {person}, {person:title}.",
                "{person:short} said the team would return [in the spring|next season] to "
                "[continue|extend] the excavation.",
            ),
            (
                "“Each season the ground [surprises us|tells us something new],” {person}, "
                "{person:title}, [told reporters|said].",
                "{person:short} [urged|asked] visitors not to [enter|approach] the [site|"
                "excavation area] without permission.",
            ),
        ),
    ),
    "film_festival": KindText(
        headlines=(
            (
                "{place} film festival opens with {n:film|films} from {m:country|countries}",
                "{org} brings {n:film|films} to {place}",
            ),
            (
                "Festival in {place} [shines a light on|showcases] new cinema from "
                "{m:country|countries}",
                "{n} films, {m} countries: festival opens in {place}",
            ),
        ),
        leads=(
            (
                "A film festival [organised|run] by {org} opened in {place} {date}, with "
                "{n:film|films} from {m:country|countries} [on the programme|in its line-up].",
                "{org} [opened|launched] its [annual|latest] festival in {place} {date}, "
                "[screening|showing] {n:film|films} over the coming week.",
            ),
            (
                "Cinemas in {place} [will show|are showing] {n:film|films} from "
                "{m:country|countries} [this week|over the next days] after {org}'s festival "
                "[got under way|opened] {weekday}.",
                "[Film-makers|Directors] from {m:country|countries} [gathered|arrived] in "
                "{place} {date} for a festival [organised|run] by {org}, which [features|"
                "includes] {n:film|films}.",
            ),
        ),
        details=(
            (
                "The programme includes [feature films|fiction], documentaries and [short "
                "films|animation].",
                "[Screenings|Most screenings] [take place|are held] in {k:cinema|cinemas} and "
                "[an open-air venue|a restored theatre].",
            ),
            (
                "[An international jury|A jury of critics] will [announce|name] the winners on "
                "the closing night.",
                "[Several|A number of] films [will be shown|are being screened] for the first "
                "time [outside their home countries|in the region].",
            ),
        ),
        quotes=(
            (
                "“[Cinema|Film] is [a conversation between countries|the quickest way to "
                "understand a neighbour],” said {person}, {person:title}.",
                "{person:short} said [the number of submissions|interest from film-makers] had "
                "[grown|doubled] [this year|compared with last year].",
            ),
            (
                "“We wanted [audiences|viewers] in {place} to see films they would not [find|"
                "see] anywhere else,” {person}, {person:title}, said.",
                "{person:short} [added|noted] that most tickets [cost less than a cinema "
                "ticket|were sold at a symbolic price].",
            ),
        ),
    ),
    "exhibition": KindText(
        headlines=(
            (
                "{place} exhibition shows {n:work|works} by {artist}",
                "{org} opens {artist} retrospective in {place}",
            ),
            (
                "{artist}'s work comes to {place}",
                "{n} works by {artist} go on show in {place}",
            ),
        ),
        leads=(
            (
                "An exhibition of {n:work|works} by the {artist:title} {artist} opened in "
                "{place} {date}, organised by {org}.",
                "{org} [has opened|opened] a [major|large] exhibition of {artist}'s work in "
                "{place} {date}, [featuring|bringing together] {n:piece|pieces}.",
            ),
            (
                "Visitors in {place} can now see {n:work|works} by {artist}, after {org} "
                "[opened|launched] an exhibition {weekday}.",
                "{artist}, {artist:a_title}, is the subject of a new exhibition in {place} that "
                "opened {date} [with|featuring] {n:work|works}, {org} said.",
            ),
        ),
        details=(
            (
                "The works [span|cover] [more than|nearly] {k:decade|decades} of the artist's "
                "career.",
                "[Several|Some] pieces [are being shown|are on show] in public for the first time.",
            ),
            (
                "The exhibition [will run|runs] until the end of [next month|the season].",
                "[Admission|Entry] is free for [students|children under 16].",
            ),
        ),
        quotes=(
            (
                "“[We wanted|The idea was] to show the [whole|full] [path|journey] of an "
                "artist,” said {person}, {person:title}.",
                "{person:short} said talks to bring the works to {place} [took|lasted] "
                "{k:month|months}.",
            ),
            (
                "“Visitors will [recognise|find] [familiar|their own] streets in these "
                "[works|images],” {person}, {person:title}, said.",
                "{person:short} [thanked|acknowledged] the private collectors who [agreed to "
                "lend|lent] [works|pieces] for the show.",
            ),
        ),
    ),
}

CONTEXT = {
    "politics": (
        "Local government reform has been [a recurring theme|high on the agenda] in {place} "
        "since {year}, when [the first public hearings|a series of public consultations] "
        "were held.",
        "[Critics|Opposition councillors] have argued that decisions of this kind should be "
        "[put to|discussed at] open hearings before they are adopted.",
        "{expert}, {expert:title}, said the decision reflected a broader shift towards "
        "[regional priorities|smaller, local projects].",
        "According to {expert:short}, [about|roughly] {pct} percent of similar initiatives "
        "approved since {year} have been completed on schedule.",
        "Turnout at the last municipal vote in {place} was {pct2} percent, [a figure "
        "officials have promised to improve|one of the lowest in the region].",
        "The next session is scheduled for [the end of the month|early next month], when "
        "[the budget|several related proposals] will be reviewed.",
        "[Observers|Analysts] note that {place} and {place2} have [competed|vied] for "
        "regional funding for years.",
        "A petition [supporting|questioning] the decision has gathered {big:signature|"
        "signatures} [online|in the past month].",
        "Public trust in local institutions rose by {pct} percent last year, according to a "
        "survey cited by {expert:short}.",
        "Several deputies [asked|requested] that a detailed report be presented within "
        "{k:month|months}.",
        "{expert:short} [warned|cautioned] that [promises|plans] on paper [mean little|are "
        "not enough] without [regular public reporting|independent oversight].",
        "In {place2}, a [comparable|similar] decision taken in {year} was [later revised|"
        "partly reversed] after [complaints from residents|a review by auditors].",
    ),
    "economy": (
        "Industrial output in {place} grew by {pct} percent in {year}, according to "
        "[regional statistics|official figures].",
        "{expert}, {expert:title}, said the region's [labour market|economy] was still too "
        "dependent on [a handful of large employers|public spending].",
        "Average wages in the area have risen by {pct} percent over the past {k:year|years}, "
        "[though|but] they remain below the national average.",
        "Exports from {place2} [rose|increased] by {pct2} percent last year, [driven|helped] "
        "by demand for [food products|building materials|textiles].",
        "Small businesses account for roughly {pct} percent of jobs in {place}, "
        "[analysts estimate|according to local business groups].",
        "{expert:short} [warned|cautioned] that rising [energy|transport] costs could "
        "[slow|eat into] the gains.",
        "Banks in the region have [expanded|increased] lending to manufacturers, with their "
        "loan books growing by {pct2} percent since {year}.",
        "[Investors|Business owners] in {place} have long complained about [slow permits|"
        "the cost of connecting to the grid].",
        "Unemployment in the district stood at {pct2} percent at the end of last quarter.",
        "According to {expert:short}, the next {k:year|years} will show whether projects of "
        "this kind [can pay off|deliver lasting jobs].",
        "[Land prices|Rents] around {place} have [climbed|risen] by {pct} percent since "
        "{year}, [a sign of|reflecting] growing [demand|interest] from [companies|investors].",
        "{expert:short} [noted|pointed out] that [{place2} went through a similar boom|a "
        "similar boom in {place2} faded quickly] [a decade ago|in the early 2010s].",
    ),
    "society": (
        "The population of {place} has grown by {pct} percent since {year}, [putting "
        "pressure on|stretching] schools, roads and clinics.",
        "{resident}, {resident:occ} from {place}, said the change [was long overdue|would "
        "make daily life easier]. “We have waited for this for years,” {resident:he|she} "
        "said.",
        "Residents of several districts have [petitioned|written to] the authorities about "
        "[overcrowding|long commutes] since {year}.",
        "{expert}, {expert:title}, said [public services|local infrastructure] had not kept "
        "pace with the growth of new neighbourhoods.",
        "A survey [published|conducted] last year found that {pct} percent of residents were "
        "[dissatisfied|unhappy] with [public transport|local services].",
        "Similar projects were [launched|completed] in {place2} in {year}, [with mixed "
        "results|and officials there call them a success].",
        "[Volunteers|Local activists] have offered to help [monitor|keep an eye on] the work "
        "and report problems.",
        "Not everyone is convinced. {resident}, {resident:occ}, said the money would have "
        "been better spent on [housing|healthcare].",
        "The authorities have promised to [publish|release] data on [usage|results] after "
        "the first {k:month|months}.",
        "About {pct2} percent of households in {place} have at least one school-age child, "
        "according to the latest census.",
        "{expert:short} [argued|said] that [small improvements|changes like this] [matter|"
        "count] most [for older people|for families with children].",
        "[Local|Community] groups in {place} [plan|intend] to hold a public meeting to "
        "discuss [the next steps|what else needs to change].",
    ),
    "world": (
        "Trade between the Caspian countries and Europe has grown by {pct} percent since "
        "{year}, according to customs data compiled by {expert:short}.",
        "{expert}, {expert:title}, said the region was [becoming|turning into] a transit hub "
        "for goods moving between Asia and Europe.",
        "Diplomats say meetings of this kind [rarely produce|seldom yield] immediate results "
        "but help to build trust.",
        "{place2} [hosted|held] a similar gathering in {year}, which ended with [a joint "
        "statement|several framework agreements].",
        "Freight rates on the route [fell|dropped] by {pct2} percent last year as new "
        "capacity came online.",
        "{expert:short} [cautioned|warned] that [delays at border crossings|a shortage of "
        "rail wagons] remained the main obstacle.",
        "[Shipping companies|Logistics firms] have added {k:new vessel|new vessels} to "
        "Caspian routes over the past year.",
        "Europe remains the main market for most of the goods moving along the route, "
        "[according to|says] {expert:short}.",
        "[Observers|Analysts] expect the [next round of talks|follow-up meeting] to take "
        "place [within a year|next spring].",
        "According to {expert:short}, [digital customs systems|shared rail timetables] could "
        "cut transit times by {pct2} percent.",
        "[Companies|Exporters] from {place2} [were among the first|were quick] to [use|test] "
        "the [new arrangements|simplified procedures], {expert:short} [said|noted].",
        "The number of [joint ventures|cross-border partnerships] in the region has grown by "
        "{pct} percent since {year}.",
    ),
    "sport": (
        "[Attendance at domestic events has|Crowds at domestic events have] risen by {pct} "
        "percent this season, according to the organisers.",
        "{expert}, {expert:title}, said the [result|day] showed that [preparation|fitness] "
        "matters more than [reputation|budget].",
        "[Local|Youth] sports clubs in {place} have reported a surge in registrations since "
        "{year}.",
        "The main [stadium|arena] in {place} was renovated in {year} and now [meets|complies "
        "with] international standards.",
        "[Tickets|Entries] sold out within {k:day|days}, [organisers said|according to the "
        "organisers].",
        "{expert:short} [believes|thinks] the next {k:week|weeks} will be decisive [for the "
        "season|for the team's ambitions].",
        "[Supporters|Fans] travelled from {place2} and other towns to [watch|follow] the event.",
        "Sports participation among teenagers in the region has grown by {pct2} percent in "
        "{k:year|years}, [a local survey found|surveys show].",
        "Local authorities have [pledged|promised] to [build|refurbish] {k:sports ground|"
        "sports grounds} in {place} by the end of next year.",
        "[Television|Online] audiences for the event were [estimated|put] at {big:viewer|viewers}.",
        "{expert:short} [pointed out|noted] that [many|several] of today's [leading|best] "
        "athletes [started|began] in [school teams|local clubs] in {place2}.",
        "[Sponsorship|Commercial] income in domestic sport rose by {pct} percent last "
        "season, [though|but] [most|much] of it went to [a few clubs|the biggest events].",
    ),
    "tech": (
        "The number of [technology start-ups|young technology companies] registered in "
        "{place} has grown by {pct} percent since {year}.",
        "{expert}, {expert:title}, said the region had [a strong pool|plenty] of young "
        "[engineers|specialists] but [too little|not enough] early-stage funding.",
        "[Universities|Research institutes] in {place2} have opened {k:new laboratory|new "
        "laboratories} in the past year.",
        "Public spending on research [rose|increased] by {pct2} percent last year, according "
        "to budget documents.",
        "{expert:short} [noted|pointed out] that [international partnerships|data sharing] "
        "would be [key|essential] to [turning results into products|the next stage].",
        "About {pct} percent of computer science graduates [stay|choose to stay] in the "
        "region, [a recent study suggests|according to a recent study].",
        "[Critics|Sceptics] say [such announcements|headline figures] should be "
        "[judged|measured] by results rather than promises.",
        "The [findings|results] will be [presented|shared] at a conference in {place2} "
        "[later this year|next spring].",
        "Internet use in rural areas has [doubled|grown sharply] since {year}, [opening|"
        "creating] new markets for digital services.",
        "[Specialists|Researchers] [plan|hope] to publish [their data|the full results] "
        "within {k:month|months}.",
        "{expert:short} [said|argued] that [cheap cloud computing|open data] had [lowered|"
        "cut] the cost of [starting|running] [experiments|a company] by {pct2} percent.",
        "A shortage of [laboratory space|experienced managers] [remains|is still] one of the "
        "main [constraints|problems], according to {expert:short}.",
    ),
    "culture": (
        "Cultural tourism in {place} has grown by {pct} percent since {year}, according to "
        "local tourism officials.",
        "{expert}, {expert:title}, said the [programme|selection] showed how much the local "
        "art scene had [matured|changed] in recent years.",
        "[Tickets|Passes] for the opening [weekend|days] sold out within {k:day|days}.",
        "[Museums|Theatres] in {place2} have reported a {pct2} percent rise in visitors this year.",
        "{expert:short} [praised|welcomed] the decision to [include|show] [works by young "
        "artists|lesser-known names] alongside established ones.",
        "[Guided tours|Workshops] for schoolchildren will be held [every weekend|on weekday "
        "mornings], the organisers said.",
        "A programme of [talks|workshops] and [guided tours|screenings] [will accompany|"
        "accompanies] the main event.",
        "[Local|Regional] funding for the arts was increased by {pct} percent in {year}, "
        "[though|but] critics say it is still not enough.",
        "[Many|Several] of the participants first [showed their work|appeared] at a smaller "
        "event in {place2} in {year}.",
        "Organisers expect [about|around] {big:visitor|visitors} [over the coming weeks|by "
        "the closing day].",
        "{expert:short} [noted|remarked] that [private collectors|independent galleries] "
        "now [drive|shape] much of the [market|scene] in {place}.",
        "[Admission|Ticket] prices have been kept at {year} levels, [the organisers said|"
        "according to the organisers], to [attract|keep] younger audiences.",
    ),
}

OPINIONS = {
    "politics": (
        "Decisions like this affect all of us, so we should have a say.",
        "I hope this time the promises will be kept.",
        "At least now everything is being discussed openly.",
        "I voted for change, and this looks like a start.",
        "Nobody asked us, but the idea itself is good.",
        "We will judge them by what gets done, not by what gets said.",
    ),
    "economy": (
        "My son might finally find work here instead of moving away.",
        "Prices keep going up, so any new jobs are welcome.",
        "Small shops like mine depend on people having wages.",
        "If new companies buy from local farmers, everyone wins.",
        "It sounds good, but I want to see the salaries first.",
        "Ten years ago nobody would invest here. Things have changed.",
    ),
    "society": (
        "My children will have an easier time of it now.",
        "It used to take me an hour to get anywhere.",
        "The neighbourhood has grown, but the services have not.",
        "Older people need this more than anyone.",
        "We asked for this at every meeting with officials.",
        "Let's hope it is looked after properly and does not fall apart in a year.",
    ),
    "world": (
        "Our region should be a bridge, not a dead end.",
        "More trade means more work at the port.",
        "I see more foreign trucks on the road every year.",
        "Good relations with neighbours are worth more than any contract.",
        "It is good that people are talking instead of arguing.",
        "My business sells abroad, so this matters to me directly.",
    ),
    "sport": (
        "I have not missed an event like this for years.",
        "The atmosphere was incredible, I am still hoarse.",
        "My daughter trains three times a week now.",
        "Sport keeps young people off the streets.",
        "We need events like this more often, not just once a year.",
        "Days like this bring the whole town out.",
    ),
    "tech": (
        "Young people here are as talented as anywhere else.",
        "I hope the results stay in the country.",
        "Science needs patience and money, and usually it gets neither.",
        "My students follow news like this closely.",
        "It is good to hear about discoveries made here, not abroad.",
        "Things move fast, and we cannot afford to fall behind.",
    ),
    "culture": (
        "It is wonderful to see something like this in our city.",
        "I brought my grandchildren, and they did not want to leave.",
        "We do not get nearly enough events like this.",
        "Culture is what makes a city worth living in.",
        "I came twice and will come again.",
        "Tickets were cheap, so whole families could come.",
    ),
}

VOX_FRAMES = (
    "“{opinion_comma}” said {resident}, {resident:occ} from {place}.",
    "{resident}, {resident:occ}, [put it simply|did not hesitate]: “{opinion}”",
    "“{opinion_comma}” [added|said] {resident}, who [lives|works] in {place}.",
    "For {resident}, {resident:occ}, the [matter|question] is personal. “{opinion_comma}” "
    "{resident:he|she} said.",
)

PROFILE = (
    "For many visitors, {place} is [best known|known above all] for its [markets|old streets] "
    "and [its cuisine|the hospitality of its residents].",
    "The [road|rail] link between {place} and {place2} was [upgraded|modernised] in {year}, "
    "cutting journey times by about {pct} percent.",
    "Local historians [say|note] that {place} has [always|long] lived from trade and crafts, "
    "[thanks to its position on old caravan routes|thanks to its roads and its river].",
    "[Housing in {place} is|New flats in {place} are] still cheaper than in {place2}, which "
    "[draws|attracts] young families to the area.",
    "The local authorities have [spent|invested] heavily in [parks and street lighting|"
    "pavements and public squares] since {year}.",
    "About {pct2} percent of working residents [commute|travel] to neighbouring towns every "
    "day, [a recent study found|according to a recent study].",
    "Tourist numbers in {place} [rose|climbed] by {pct} percent last year, [helped by|thanks "
    "to] [new hotels|cheaper flights|better roads].",
    "[Many|Most] of the area's school leavers still move away to study, [and only some "
    "return|though more are now coming back].",
    "{place} [hosts|holds] [several|a number of] [fairs and festivals|public events] every "
    "year, [most of them|mainly] in the warmer months.",
    "Residents often [point out|mention] that [parking|traffic in the centre] has become [a "
    "daily headache|much harder] since {year}.",
    "The local economy [relies|depends] [largely|heavily] on [services, trade and small "
    "workshops|farming, trade and public institutions].",
    "[Air quality|The state of local roads] [remains|is still] a [frequent|common] topic at "
    "public meetings in {place}.",
    "The historic centre of {place} is best seen on foot, and most of its sights are "
    "within walking distance of each other.",
    "A new [bridge|tram line|road link] in {place} has been [planned|discussed] since {year}, "
    "but [construction has not started|funding is still being sought].",
    "As in much of the region, {place} saw a [building boom|wave of new construction] in the "
    "[early|late] 2010s.",
    "[Small cafés and bakeries|Family-run shops] still [line|fill] the central streets of "
    "{place}, despite competition from [supermarkets|shopping centres].",
    "Around {pct} percent of households in the area [now|already] have a fast internet "
    "connection, compared with {pct2} percent in {year}.",
    "The [municipal|city] library and [cultural centre|local museum] in {place} [reopened|were "
    "refurbished] in {year} after [lengthy|long] repairs.",
    "[Winters in {place} can be harsh|Summers in {place} are often very hot], which residents "
    "say [shapes|affects] everything from [building styles|working hours] to [festivals|public "
    "transport].",
    "Public transport in {place} is [gradually|slowly] being [renewed|modernised], [though|but] "
    "older [buses|minibuses] are still in service on [some|many] routes.",
)

HISTORY_INTROS = (
    "It is not the first development of its kind.",
    "The news follows similar events earlier this year.",
    "Similar announcements have been made before.",
)

GENERIC = (
    "[More|Further] details are expected [in the coming days|later this week].",
    "The news [drew|prompted] [a lively|a mixed] reaction on social media, where users in "
    "{place} [shared photos and comments|debated what it would mean for the city].",
    "{org} is expected to publish a full [statement|report] on its website.",
    "Similar events were held in {place2} in {year}.",
    "[Readers|Residents] can send questions to {org} [through its website|by email].",
    "[Local|Regional] media in {place2} also [covered|reported on] the [event|news].",
    "[This article|This report] [will be updated|may be updated] as more information "
    "becomes available.",
    "[Officials|The organisers] [declined|did not wish] to [give|share] more details [at "
    "this stage|for now].",
    "[We|This newspaper] will [keep following|continue to follow] [the story|developments].",
    "[Photos|Pictures] from the [day|event] [were widely shared|spread quickly] online.",
    "[Reaction from other organisations is|Reactions from local officials are] expected "
    "[later|in the coming days].",
    "[As of|At the time of] [publication|writing], no [official|] figures on [the wider "
    "impact|what comes next] had been released.",
)

COMMENTS = (
    "Finally some good news for {place}.",
    "I will believe it when I see it.",
    "Great work, keep it up!",
    "Who is paying for all this? Nobody ever says.",
    "My brother lives in {place}, he says people are pleased.",
    "Good article, thank you for the details.",
    "This should have happened ten years ago.",
    "Interesting. Would like to read more about the numbers.",
    "Let's wait a year and see how it turns out.",
    "Well done to everyone involved.",
    "Not sure this is the priority right now.",
    "The photos in the other article were better :)",
    "Can someone explain what this means for ordinary people?",
    "Proud of our region.",
    "Same story every year, different names.",
    "Thanks for covering this, nobody else did.",
)

COMMENTERS = (
    "harbour_cat",
    "T. Mills",
    "oldtowner",
    "Rashad_B",
    "jen.k",
    "northsider",
    "Aynur M.",
    "quietreader",
    "Grey Owl",
    "mk1987",
    "Leyla",
    "Dmitri K.",
)


def _labels(**overrides: str) -> dict[str, str]:
    labels = {
        "home": "Home",
        "latest": "Latest news",
        "more_news": "More news",
        "read_also": "Read also",
        "comments": "Comments",
        "comment_prompt": "Write a comment…",
        "comment_name": "Your name",
        "send": "Post comment",
        "cookie": "We use cookies to understand how our pages are read and to improve them.",
        "accept": "Accept",
        "settings": "Cookie settings",
        "about": "About us",
        "contact": "Contact",
        "privacy": "Privacy policy",
        "rights": "All rights reserved.",
        "by": "By",
        "search": "Search",
        "subscribe": "Subscribe",
        "not_found_title": "Page not found",
        "not_found_text": "The page you asked for does not exist or has moved.",
    }
    labels.update(overrides)
    return labels


OUTLETS = (
    OutletSpec(
        slug="caspian-ledger",
        name="The Caspian Ledger",
        tagline="Business, politics and people around the Caspian",
        style="ledger",
        feed_format="atom",
        feed_path="/feeds/all.atom.xml",
        authors=("Daniel Prescott", "Amira Haddad", "Owen Gallagher", "Lucy Barnes"),
        desk="Ledger staff",
        attribution="This report was first published by {name}.",
        attribution_first=False,
        rewrite_attribution="The news was first reported by {name}.",
        boilerplate="The Caspian Ledger covers business, politics and daily life in the "
        "cities around the Caspian Sea. Our reporters check every figure with at least two "
        "independent sources, and we say so when a number cannot be verified. Corrections "
        "are noted at the foot of the article they concern. Readers can reach the newsroom "
        "through the contact page.",
        premium_section="/premium/",
        labels=_labels(
            latest="Latest from the Ledger",
            more_news="Most recent",
            read_also="Related coverage",
            comments="Reader comments",
            send="Publish",
            cookie="The Caspian Ledger uses cookies to measure readership and remember your "
            "preferences.",
            accept="Accept all",
            settings="Manage preferences",
        ),
    ),
    OutletSpec(
        slug="meridian-wire",
        name="Meridian Wire",
        tagline="Independent news, every hour",
        style="meridian",
        feed_format="rss",
        feed_path="/feed/",
        authors=("Hannah Cole", "Rashid Karimov", "Peter Lang", "Sara Ventura"),
        desk="Meridian Wire desk",
        attribution="Republished with permission from {name}.",
        attribution_first=True,
        rewrite_attribution="Details were first reported by {name}.",
        boilerplate="About this report: Meridian Wire is an independent news service that "
        "publishes around the clock. Every story is read by a second editor before it goes "
        "out, and our reporters accept no gifts or paid travel from the organisations they "
        "cover. If you spot a mistake or have a tip, write to the desk through our contact "
        "page.",
        json_feed_path="/feed.json",
        labels=_labels(
            home="Top stories",
            more_news="Trending now",
            read_also="You may also like",
            comments="Join the conversation",
            comment_prompt="Share your view…",
            send="Send",
            cookie="We and our partners use cookies to personalise content and analyse traffic.",
            accept="OK",
            settings="Options",
            about="Who we are",
        ),
    ),
)

PACK = LanguagePack(
    code="en",
    outlets=OUTLETS,
    categories={
        "politics": "Politics",
        "economy": "Business",
        "society": "Society",
        "world": "World",
        "sport": "Sport",
        "tech": "Tech & Science",
        "culture": "Culture",
    },
    category_slugs={
        "politics": "politics",
        "economy": "business",
        "society": "society",
        "world": "world",
        "sport": "sport",
        "tech": "tech-science",
        "culture": "culture",
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
