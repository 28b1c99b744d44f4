"""Demo texts of the eight market profiles (ee, fi, lv, se; e-health and e-learning).

Every text exists in English, Estonian, Finnish, Latvian and Swedish. Facts are
public statistics with their year and source; editors should re-check them at
each review. Figures are the best values known when the demo was written.
"""

import datetime


def L(en: str, et: str, fi: str, lv: str, sv: str) -> dict[str, str]:
    """One text in the five languages, English first."""
    return {"en": en, "et": et, "fi": fi, "lv": lv, "sv": sv}


def join(*parts: dict[str, str]) -> dict[str, str]:
    """Paragraphs of several texts, language by language."""
    return {code: "\n\n".join(part[code] for part in parts) for code in parts[0]}


OWNERS = {"ee": "ibs", "fi": "laurea", "lv": "taf", "se": "sics"}

# --- Key facts ---------------------------------------------------------------------------

EUROSTAT = "Eurostat"
FACT_LABELS = {
    "population": L("Population", "Rahvaarv", "Väkiluku", "Iedzīvotāju skaits", "Folkmängd"),
    "internet-users": L(
        "People aged 16–74 who used the internet in the last 3 months",
        "Internetti viimase 3 kuu jooksul kasutanud 16–74-aastased",
        "Internetiä viimeisten 3 kuukauden aikana käyttäneet 16–74-vuotiaat",
        "16–74 gadus veci iedzīvotāji, kas pēdējos 3 mēnešos lietojuši internetu",
        "Andel 16–74-åringar som använt internet de senaste 3 månaderna",
    ),
    "e-government": L(
        "People aged 16–74 who interacted with public authorities online in the last 12 months",
        "Viimase 12 kuu jooksul ametiasutustega veebis suhelnud 16–74-aastased",
        "Viranomaisten kanssa verkossa viimeisten 12 kuukauden aikana asioineet 16–74-vuotiaat",
        "16–74 gadus veci iedzīvotāji, kas pēdējos 12 mēnešos tiešsaistē sazinājušies ar valsts iestādēm",
        "Andel 16–74-åringar som haft digital kontakt med myndigheter de senaste 12 månaderna",
    ),
    "health-expenditure": L(
        "Current health expenditure, share of GDP",
        "Jooksvad tervishoiukulud, osakaal SKPst",
        "Terveydenhuollon menot, osuus BKT:sta",
        "Kārtējie veselības aprūpes izdevumi, daļa no IKP",
        "Löpande hälso- och sjukvårdsutgifter, andel av BNP",
    ),
    "schools": L(
        "General-education schools",
        "Üldhariduskoolid",
        "Yleissivistävät koulut (perusopetus)",
        "Vispārizglītojošās skolas",
        "Grundskolor",
    ),
    "official-languages": L(
        "Official languages",
        "Ametlikud keeled",
        "Viralliset kielet",
        "Oficiālās valodas",
        "Officiella språk",
    ),
}
MILLION = L("million", "mln", "miljoonaa", "milj.", "miljoner")
PERCENT = L("%", "%", "%", "%", "%")

POPULATION = {"ee": "1.37", "fi": "5.60", "lv": "1.87", "se": "10.55"}  # 1 January 2024
INTERNET_USERS = {"ee": "92", "fi": "98", "lv": "92", "se": "98"}  # 2023
E_GOVERNMENT = {"ee": "87", "fi": "92", "lv": "80", "se": "89"}  # 2023
HEALTH_EXPENDITURE = {"ee": "6.9", "fi": "10.0", "lv": "6.6", "se": "10.7"}  # 2022
SCHOOLS = {
    "ee": (
        "510",
        2023,
        "Statistics Estonia",
        "https://www.stat.ee/en/find-statistics/statistics-theme/education",
    ),
    "fi": ("2070", 2023, "Statistics Finland", "https://stat.fi/en/statistics/kjarj"),
    "lv": (
        "550",
        2023,
        "Official Statistics Portal of Latvia",
        "https://stat.gov.lv/en/statistics-themes/education",
    ),
    "se": (
        "4750",
        2023,
        "Skolverket (Swedish National Agency for Education)",
        "https://www.skolverket.se/skolutveckling/statistik",
    ),
}
OFFICIAL_LANGUAGES = {
    "ee": (
        L("Estonian", "eesti keel", "viro", "igauņu valoda", "estniska"),
        "Language Act (Riigi Teataja)",
        "https://www.riigiteataja.ee/en/eli/506112013016/consolide",
    ),
    "fi": (
        L(
            "Finnish and Swedish",
            "soome ja rootsi keel",
            "suomi ja ruotsi",
            "somu un zviedru valoda",
            "finska och svenska",
        ),
        "Language Act 423/2003 (Finlex)",
        "https://www.finlex.fi/en/laki/kaannokset/2003/en20030423",
    ),
    "lv": (
        L("Latvian", "läti keel", "latvia", "latviešu valoda", "lettiska"),
        "State Language Law (Likumi.lv)",
        "https://likumi.lv/ta/en/en/id/14740",
    ),
    "se": (
        L(
            "Swedish (plus five national minority languages)",
            "rootsi keel (ja viis rahvusvähemuste keelt)",
            "ruotsi (sekä viisi kansallista vähemmistökieltä)",
            "zviedru valoda (un piecas nacionālo minoritāšu valodas)",
            "svenska (och fem nationella minoritetsspråk)",
        ),
        "Language Act 2009:600 (Riksdagen)",
        "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/spraklag-2009600_sfs-2009-600/",
    ),
}


def key_facts(code: str, sector: str) -> list[dict]:
    """The key facts of one profile, in display order."""
    facts = [
        {
            "key": "population",
            "label": FACT_LABELS["population"],
            "value": POPULATION[code],
            "unit": MILLION,
            "year": 2024,
            "source_name": EUROSTAT,
            "source_url": "https://ec.europa.eu/eurostat/databrowser/view/tps00001/default/table",
        },
        {
            "key": "internet-users",
            "label": FACT_LABELS["internet-users"],
            "value": INTERNET_USERS[code],
            "unit": PERCENT,
            "year": 2023,
            "source_name": EUROSTAT,
            "source_url": "https://ec.europa.eu/eurostat/databrowser/view/isoc_ci_ifp_iu/default/table",
        },
        {
            "key": "e-government",
            "label": FACT_LABELS["e-government"],
            "value": E_GOVERNMENT[code],
            "unit": PERCENT,
            "year": 2023,
            "source_name": EUROSTAT,
            "source_url": "https://ec.europa.eu/eurostat/databrowser/view/isoc_ciegi_ac/default/table",
        },
    ]
    if sector == "e-health":
        facts.append(
            {
                "key": "health-expenditure",
                "label": FACT_LABELS["health-expenditure"],
                "value": HEALTH_EXPENDITURE[code],
                "unit": PERCENT,
                "year": 2022,
                "source_name": EUROSTAT,
                "source_url": "https://ec.europa.eu/eurostat/databrowser/view/hlth_sha11_hf/default/table",
            }
        )
    else:
        value, year, source, url = SCHOOLS[code]
        facts.append(
            {
                "key": "schools",
                "label": FACT_LABELS["schools"],
                "value": value,
                "year": year,
                "source_name": source,
                "source_url": url,
            }
        )
    text, source, url = OFFICIAL_LANGUAGES[code]
    facts.append(
        {
            "key": "official-languages",
            "label": FACT_LABELS["official-languages"],
            "text": text,
            "year": 2024,
            "source_name": source,
            "source_url": url,
        }
    )
    return facts


# --- Resource links ------------------------------------------------------------------------


def _resource(kind: str, url: str, title: dict, description: dict) -> dict:
    return {"kind": kind, "url": url, "title": title, "description": description}


RESOURCES = {
    ("ee", "e-health"): [
        _resource(
            "authority",
            "https://www.tehik.ee/en",
            L(
                "TEHIK – Health and Welfare Information Systems Centre",
                "TEHIK – Tervise ja Heaolu Infosüsteemide Keskus",
                "TEHIK – Viron terveys- ja hyvinvointitietojärjestelmien keskus",
                "TEHIK – Igaunijas Veselības un labklājības informācijas sistēmu centrs",
                "TEHIK – Estlands center för hälso- och välfärdsinformationssystem",
            ),
            L(
                "Runs the national health information system and its X-tee interfaces.",
                "Haldab tervise infosüsteemi ja selle X-tee liideseid.",
                "Ylläpitää kansallista terveystietojärjestelmää ja sen X-tee-rajapintoja.",
                "Uztur valsts veselības informācijas sistēmu un tās X-tee saskarnes.",
                "Driver det nationella hälsoinformationssystemet och dess X-tee-gränssnitt.",
            ),
        ),
        _resource(
            "authority",
            "https://www.terviseamet.ee/en",
            L(
                "Health Board (Terviseamet)",
                "Terviseamet",
                "Terveysvirasto (Terviseamet)",
                "Veselības pārvalde (Terviseamet)",
                "Hälsomyndigheten (Terviseamet)",
            ),
            L(
                "Market surveillance of medical devices and health service licences.",
                "Meditsiiniseadmete järelevalve ja tervishoiuteenuste tegevusload.",
                "Lääkinnällisten laitteiden markkinavalvonta ja terveyspalvelujen luvat.",
                "Medicīnisko ierīču tirgus uzraudzība un veselības pakalpojumu licences.",
                "Marknadskontroll av medicintekniska produkter och tillstånd för vårdtjänster.",
            ),
        ),
        _resource(
            "association",
            "https://www.healthtech.ee/",
            L(
                "Estonian Connected Health Cluster",
                "Eesti tervisetehnoloogia klaster",
                "Viron terveysteknologiaklusteri",
                "Igaunijas veselības tehnoloģiju klasteris",
                "Estlands kluster för uppkopplad hälsa",
            ),
            L(
                "Meets hospitals, insurers and start-ups; a good first contact.",
                "Toob kokku haiglad, haigekassa ja idufirmad – hea esimene kontakt.",
                "Kokoaa sairaalat, vakuuttajan ja startupit – hyvä ensimmäinen yhteys.",
                "Satiek slimnīcas, apdrošinātāju un jaunuzņēmumus – labs pirmais kontakts.",
                "Samlar sjukhus, försäkringskassa och startups – en bra första kontakt.",
            ),
        ),
    ],
    ("ee", "e-learning"): [
        _resource(
            "authority",
            "https://www.hm.ee/en",
            L(
                "Ministry of Education and Research",
                "Haridus- ja Teadusministeerium",
                "Viron opetus- ja tutkimusministeriö",
                "Izglītības un pētniecības ministrija (Igaunija)",
                "Estlands utbildnings- och forskningsministerium",
            ),
            L(
                "Sets the curricula and the digital learning strategy.",
                "Kehtestab õppekavad ja digiõppe strateegia.",
                "Vahvistaa opetussuunnitelmat ja digitaalisen oppimisen strategian.",
                "Nosaka mācību programmas un digitālās mācīšanās stratēģiju.",
                "Fastställer läroplaner och strategin för digitalt lärande.",
            ),
        ),
        _resource(
            "authority",
            "https://harno.ee/en",
            L(
                "Education and Youth Board (Harno)",
                "Haridus- ja Noorteamet (Harno)",
                "Viron opetus- ja nuorisovirasto (Harno)",
                "Izglītības un jaunatnes pārvalde (Harno)",
                "Utbildnings- och ungdomsstyrelsen (Harno)",
            ),
            L(
                "Runs the e-Koolikott material repository and digital exams.",
                "Haldab e-Koolikotti ja e-eksameid.",
                "Ylläpitää e-Koolikott-materiaalipankkia ja sähköisiä kokeita.",
                "Uztur e-Koolikott materiālu krātuvi un e-eksāmenus.",
                "Driver materialbanken e-Koolikott och de digitala proven.",
            ),
        ),
        _resource(
            "law",
            "https://www.riigiteataja.ee/en/eli/509012025006/consolide",
            L(
                "Basic Schools and Upper Secondary Schools Act",
                "Põhikooli- ja gümnaasiumiseadus",
                "Viron perus- ja lukiokoululaki",
                "Igaunijas Pamatskolu un vidusskolu likums",
                "Estlands lag om grundskolor och gymnasieskolor",
            ),
            L(
                "Who decides what in a school, including study materials.",
                "Kes koolis mida otsustab, sh õppevarast.",
                "Kuka koulussa päättää mistäkin, myös oppimateriaaleista.",
                "Kurš skolā ko nosaka, arī par mācību līdzekļiem.",
                "Vem som beslutar om vad i skolan, också om läromedel.",
            ),
        ),
    ],
    ("fi", "e-health"): [
        _resource(
            "authority",
            "https://www.kanta.fi/en/",
            L(
                "Kanta services",
                "Kanta teenused",
                "Kanta-palvelut",
                "Kanta pakalpojumi",
                "Kanta-tjänsterna",
            ),
            L(
                "The national patient data repository, e-prescriptions and My Kanta.",
                "Riiklik patsiendiandmete hoidla, e-retseptid ja OmaKanta.",
                "Valtakunnallinen potilastiedon arkisto, sähköinen resepti ja OmaKanta.",
                "Valsts pacientu datu krātuve, e-receptes un OmaKanta.",
                "Det nationella patientdataarkivet, e-recept och Mina Kanta-sidor.",
            ),
        ),
        _resource(
            "law",
            "https://findata.fi/en/",
            L(
                "Findata and the Act on the Secondary Use of Health and Social Data",
                "Findata ja tervise- ja sotsiaalandmete teisese kasutuse seadus",
                "Findata ja toisiolaki",
                "Findata un Veselības un sociālo datu sekundārās izmantošanas likums",
                "Findata och lagen om sekundär användning av personuppgifter inom social- och hälsovården",
            ),
            L(
                "How to apply for permits to use health data for development.",
                "Kuidas taotleda luba terviseandmete kasutamiseks arenduses.",
                "Miten haetaan lupaa käyttää sote-tietoja kehittämiseen.",
                "Kā pieprasīt atļauju izmantot veselības datus izstrādē.",
                "Hur man söker tillstånd att använda hälsodata för utveckling.",
            ),
        ),
        _resource(
            "authority",
            "https://fimea.fi/en/medical_devices",
            L(
                "Fimea – medical devices",
                "Fimea – meditsiiniseadmed",
                "Fimea – lääkinnälliset laitteet",
                "Fimea – medicīniskās ierīces",
                "Fimea – medicintekniska produkter",
            ),
            L(
                "Competent authority for the MDR and software as a medical device.",
                "MDR-i ja meditsiiniseadmena käsitletava tarkvara pädev asutus.",
                "MDR:n ja lääkinnällisenä laitteena pidettävän ohjelmiston toimivaltainen viranomainen.",
                "Kompetentā iestāde MDR un programmatūrai kā medicīniskajai ierīcei.",
                "Behörig myndighet för MDR och programvara som medicinteknisk produkt.",
            ),
        ),
        _resource(
            "funding",
            "https://www.businessfinland.fi/en/for-finnish-customers/services/funding",
            L(
                "Business Finland funding",
                "Business Finlandi rahastus",
                "Business Finlandin rahoitus",
                "Business Finland finansējums",
                "Business Finlands finansiering",
            ),
            L(
                "Grants and loans for R&D and for internationalisation.",
                "Toetused ja laenud arendustööks ja rahvusvahelistumiseks.",
                "Avustuksia ja lainoja tutkimukseen, kehitykseen ja kansainvälistymiseen.",
                "Granti un aizdevumi pētniecībai un internacionalizācijai.",
                "Bidrag och lån för FoU och internationalisering.",
            ),
        ),
    ],
    ("fi", "e-learning"): [
        _resource(
            "authority",
            "https://www.oph.fi/en",
            L(
                "Finnish National Agency for Education (EDUFI)",
                "Soome Riiklik Haridusamet (EDUFI)",
                "Opetushallitus",
                "Somijas Nacionālā izglītības aģentūra (EDUFI)",
                "Utbildningsstyrelsen",
            ),
            L(
                "National core curricula and the digital learning ecosystem.",
                "Riiklikud õppekavad ja digiõppe ökosüsteem.",
                "Opetussuunnitelmien perusteet ja digitaalisen oppimisen ekosysteemi.",
                "Valsts mācību programmas un digitālās mācīšanās ekosistēma.",
                "Grunderna för läroplanerna och ekosystemet för digitalt lärande.",
            ),
        ),
        _resource(
            "association",
            "https://educationfinland.fi/",
            L(
                "Education Finland",
                "Education Finland",
                "Education Finland -kasvuohjelma",
                "Education Finland",
                "Education Finland",
            ),
            L(
                "Export programme of Finnish EdTech companies.",
                "Soome haridustehnoloogia ettevõtete ekspordiprogramm.",
                "Suomalaisten oppimisteknologiayritysten vientiohjelma.",
                "Somijas izglītības tehnoloģiju uzņēmumu eksporta programma.",
                "Exportprogram för finländska edtech-företag.",
            ),
        ),
        _resource(
            "law",
            "https://www.hankinnat.fi/en",
            L(
                "Public procurement advisory unit (Hankinta-Suomi)",
                "Riigihangete nõustamine (Hankinta-Suomi)",
                "Julkisten hankintojen neuvontayksikkö (Hankinta-Suomi)",
                "Publisko iepirkumu konsultācijas (Hankinta-Suomi)",
                "Rådgivning om offentlig upphandling (Hankinta-Suomi)",
            ),
            L(
                "Guidance on the Procurement Act that municipalities follow.",
                "Juhised hankeseaduse kohta, mida omavalitsused järgivad.",
                "Ohjeita hankintalaista, jota kunnat noudattavat.",
                "Norādījumi par iepirkumu likumu, ko ievēro pašvaldības.",
                "Vägledning om upphandlingslagen som kommunerna följer.",
            ),
        ),
    ],
    ("lv", "e-health"): [
        _resource(
            "authority",
            "https://www.eveseliba.gov.lv/",
            L(
                "E-veselība portal",
                "E-veselība portaal",
                "E-veselība-portaali",
                "E-veselības portāls",
                "Portalen E-veselība",
            ),
            L(
                "National e-health system: e-prescriptions, sick leave, referrals.",
                "Riiklik e-tervise süsteem: e-retseptid, töövõimetuslehed, saatekirjad.",
                "Kansallinen e-terveysjärjestelmä: reseptit, sairauslomat, lähetteet.",
                "Valsts e-veselības sistēma: e-receptes, darbnespējas lapas, nosūtījumi.",
                "Det nationella e-hälsosystemet: e-recept, sjukintyg och remisser.",
            ),
        ),
        _resource(
            "authority",
            "https://www.vmnvd.gov.lv/en",
            L(
                "National Health Service (NVD)",
                "Läti Riiklik Tervishoiuteenistus (NVD)",
                "Latvian kansallinen terveyspalvelu (NVD)",
                "Nacionālais veselības dienests (NVD)",
                "Lettlands nationella hälsotjänst (NVD)",
            ),
            L(
                "Pays for state-funded care and runs E-veselība.",
                "Rahastab riiklikku arstiabi ja haldab E-veselībat.",
                "Rahoittaa julkisen hoidon ja ylläpitää E-veselībaa.",
                "Apmaksā valsts apmaksātos pakalpojumus un uztur E-veselību.",
                "Betalar den offentligt finansierade vården och driver E-veselība.",
            ),
        ),
        _resource(
            "law",
            "https://likumi.lv/ta/en/en/id/14740",
            L(
                "State Language Law",
                "Riigikeele seadus",
                "Valtionkielilaki",
                "Valsts valodas likums",
                "Lagen om statsspråket",
            ),
            L(
                "Information for patients must be available in Latvian.",
                "Patsiendiinfo peab olema läti keeles.",
                "Potilaille annettavan tiedon on oltava saatavilla latviaksi.",
                "Informācijai pacientiem jābūt pieejamai latviešu valodā.",
                "Information till patienter ska finnas på lettiska.",
            ),
        ),
    ],
    ("lv", "e-learning"): [
        _resource(
            "authority",
            "https://www.izm.gov.lv/en",
            L(
                "Ministry of Education and Science",
                "Läti Haridus- ja Teadusministeerium",
                "Latvian opetus- ja tiedeministeriö",
                "Izglītības un zinātnes ministrija",
                "Lettlands utbildnings- och vetenskapsministerium",
            ),
            L(
                "Sets curricula, including the competence-based Skola2030.",
                "Kehtestab õppekavad, sh pädevuspõhise Skola2030.",
                "Vahvistaa opetussuunnitelmat, myös osaamisperustaisen Skola2030:n.",
                "Nosaka mācību saturu, arī kompetenču pieeju Skola2030.",
                "Fastställer läroplanerna, bland annat den kompetensbaserade Skola2030.",
            ),
        ),
        _resource(
            "association",
            "https://www.liaa.gov.lv/en",
            L(
                "Investment and Development Agency of Latvia (LIAA)",
                "Läti Investeeringute ja Arengu Agentuur (LIAA)",
                "Latvian investointi- ja kehitysvirasto (LIAA)",
                "Latvijas Investīciju un attīstības aģentūra (LIAA)",
                "Lettlands investerings- och utvecklingsbyrå (LIAA)",
            ),
            L(
                "Export support, trade missions and business incubators.",
                "Ekspordi tugi, ärimissioonid ja inkubaatorid.",
                "Vientitukea, yritysvaltuuskuntia ja hautomoita.",
                "Eksporta atbalsts, tirdzniecības misijas un biznesa inkubatori.",
                "Exportstöd, handelsdelegationer och företagsinkubatorer.",
            ),
        ),
        _resource(
            "authority",
            "https://www.iub.gov.lv/en",
            L(
                "Procurement Monitoring Bureau (IUB)",
                "Läti Hangete Järelevalve Büroo (IUB)",
                "Latvian hankintojen valvontavirasto (IUB)",
                "Iepirkumu uzraudzības birojs (IUB)",
                "Lettlands upphandlingsmyndighet (IUB)",
            ),
            L(
                "Publishes tenders and guidance on public procurement.",
                "Avaldab hankeid ja juhiseid riigihangete kohta.",
                "Julkaisee tarjouspyyntöjä ja hankintaohjeita.",
                "Publicē iepirkumus un norādījumus par publiskajiem iepirkumiem.",
                "Publicerar upphandlingar och vägledning om offentlig upphandling.",
            ),
        ),
    ],
    ("se", "e-health"): [
        _resource(
            "authority",
            "https://www.inera.se/",
            L(
                "Inera – digital services of the regions (1177)",
                "Inera – regioonide digiteenused (1177)",
                "Inera – alueiden digipalvelut (1177)",
                "Inera – reģionu digitālie pakalpojumi (1177)",
                "Inera – regionernas digitala tjänster (1177)",
            ),
            L(
                "Owned by regions and municipalities; runs 1177 and the national e-health infrastructure.",
                "Regioonide ja omavalitsuste oma; haldab 1177 ja riiklikku e-tervise taristut.",
                "Alueiden ja kuntien omistama; ylläpitää 1177:ää ja kansallista infrastruktuuria.",
                "Pieder reģioniem un pašvaldībām; uztur 1177 un valsts e-veselības infrastruktūru.",
                "Ägs av regioner och kommuner; driver 1177 och den nationella e-hälsoinfrastrukturen.",
            ),
        ),
        _resource(
            "authority",
            "https://www.lakemedelsverket.se/en/medical-devices",
            L(
                "Swedish Medical Products Agency – medical devices",
                "Rootsi Ravimiamet – meditsiiniseadmed",
                "Ruotsin lääkevirasto – lääkinnälliset laitteet",
                "Zviedrijas Medicīnas produktu aģentūra – medicīniskās ierīces",
                "Läkemedelsverket – medicintekniska produkter",
            ),
            L(
                "Competent authority for the MDR in Sweden.",
                "MDR-i pädev asutus Rootsis.",
                "MDR:n toimivaltainen viranomainen Ruotsissa.",
                "Kompetentā MDR iestāde Zviedrijā.",
                "Behörig myndighet för MDR i Sverige.",
            ),
        ),
        _resource(
            "law",
            "https://www.upphandlingsmyndigheten.se/",
            L(
                "National Agency for Public Procurement (LOU guidance)",
                "Rootsi Riigihangete Amet (LOU juhised)",
                "Ruotsin hankintavirasto (LOU-ohjeet)",
                "Zviedrijas Publisko iepirkumu aģentūra (LOU vadlīnijas)",
                "Upphandlingsmyndigheten (vägledning om LOU)",
            ),
            L(
                "How the regions buy under the Public Procurement Act (LOU).",
                "Kuidas regioonid hankeseaduse (LOU) alusel ostavad.",
                "Miten alueet hankkivat hankintalain (LOU) mukaan.",
                "Kā reģioni iepērk saskaņā ar iepirkumu likumu (LOU).",
                "Hur regionerna köper enligt lagen om offentlig upphandling (LOU).",
            ),
        ),
        _resource(
            "funding",
            "https://www.vinnova.se/en/",
            L(
                "Vinnova – Sweden's innovation agency",
                "Vinnova – Rootsi innovatsiooniagentuur",
                "Vinnova – Ruotsin innovaatiovirasto",
                "Vinnova – Zviedrijas inovāciju aģentūra",
                "Vinnova – Sveriges innovationsmyndighet",
            ),
            L(
                "Calls for health innovation and testbeds.",
                "Taotlusvoorud terviseinnovatsioonile ja testkeskkondadele.",
                "Hakuja terveysinnovaatioille ja testiympäristöille.",
                "Konkursi veselības inovācijām un testa vidēm.",
                "Utlysningar för hälsoinnovation och testbäddar.",
            ),
        ),
    ],
    ("se", "e-learning"): [
        _resource(
            "authority",
            "https://www.skolverket.se/",
            L(
                "Skolverket – Swedish National Agency for Education",
                "Skolverket – Rootsi Riiklik Haridusamet",
                "Skolverket – Ruotsin opetushallitus",
                "Skolverket – Zviedrijas Nacionālā izglītības aģentūra",
                "Skolverket",
            ),
            L(
                "Curricula, the national digitalisation strategy and school statistics.",
                "Õppekavad, digistrateegia ja koolistatistika.",
                "Opetussuunnitelmat, digitalisaatiostrategia ja koulutilastot.",
                "Mācību programmas, digitalizācijas stratēģija un skolu statistika.",
                "Läroplaner, den nationella digitaliseringsstrategin och skolstatistik.",
            ),
        ),
        _resource(
            "association",
            "https://www.swedishedtechindustry.se/",
            L(
                "Swedish Edtech Industry",
                "Rootsi haridustehnoloogia liit",
                "Ruotsin oppimisteknologiateollisuus",
                "Zviedrijas izglītības tehnoloģiju nozare",
                "Swedish Edtech Industry",
            ),
            L(
                "Trade association of learning-technology suppliers.",
                "Õppetehnoloogia tarnijate liit.",
                "Oppimisteknologian toimittajien toimialajärjestö.",
                "Mācību tehnoloģiju piegādātāju nozares asociācija.",
                "Branschorganisation för leverantörer av lärteknik.",
            ),
        ),
        _resource(
            "law",
            "https://www.upphandlingsmyndigheten.se/",
            L(
                "National Agency for Public Procurement (LOU guidance)",
                "Rootsi Riigihangete Amet (LOU juhised)",
                "Ruotsin hankintavirasto (LOU-ohjeet)",
                "Zviedrijas Publisko iepirkumu aģentūra (LOU vadlīnijas)",
                "Upphandlingsmyndigheten (vägledning om LOU)",
            ),
            L(
                "Municipal schools buy digital learning tools under LOU.",
                "Munitsipaalkoolid ostavad digiõppevahendeid LOU alusel.",
                "Kuntien koulut hankkivat digitaaliset oppimisvälineet LOU:n mukaan.",
                "Pašvaldību skolas iepērk digitālos mācību līdzekļus saskaņā ar LOU.",
                "Kommunala skolor köper digitala lärverktyg enligt LOU.",
            ),
        ),
    ],
}


def resources(code: str, sector: str) -> list[dict]:
    return RESOURCES[(code, sector)]


# --- Country-wide texts that every sector's profile of the country shares -----------------

BUSINESS_CULTURE = {
    "ee": L(
        "Estonian business culture is direct, informal and fast. Meetings are short and to the point, first names are used from the start, and decisions are often taken by a small team without long rounds of consensus. Digital signatures with the ID card or Smart-ID are the norm, so expect contracts to be signed online within days. Estonians value reliability over salesmanship: deliver what you promise on time, and a reference from one Estonian customer opens doors to others in a small, well-connected community.",
        "Eesti ärikultuur on otsekohene, vähese formaalsusega ja kiire. Kohtumised on lühikesed ja asjalikud, eesnimedega pöördumine on tavaline ning otsuseid teeb sageli väike meeskond. Lepingud allkirjastatakse digitaalselt ID-kaardi või Smart-ID-ga. Lubadustest kinnipidamine loeb rohkem kui müügijutt, ja väikeses kogukonnas avab üks rahulolev klient ukse järgmistele.",
        "Virolainen liiketoimintakulttuuri on suora, epämuodollinen ja nopea. Tapaamiset ovat lyhyitä, etunimet ovat käytössä alusta asti, ja päätökset tekee usein pieni tiimi. Sopimukset allekirjoitetaan sähköisesti henkilökortilla tai Smart-ID:llä. Luotettavuus painaa enemmän kuin myyntipuhe, ja pienessä yhteisössä yksi tyytyväinen asiakas avaa ovia seuraaville.",
        "Igaunijas biznesa kultūra ir tieša, neformāla un ātra. Tikšanās ir īsas un lietišķas, uzrunā pēc vārda, un lēmumus bieži pieņem neliela komanda. Līgumus paraksta digitāli ar ID karti vai Smart-ID. Uzticamība sver vairāk nekā pārdošanas runas, un mazā kopienā viens apmierināts klients atver durvis pie nākamajiem.",
        "Estnisk affärskultur är rak, informell och snabb. Möten är korta och sakliga, man använder förnamn från början och beslut fattas ofta av ett litet team. Avtal skrivs under digitalt med id-kort eller Smart-ID. Pålitlighet väger tyngre än säljprat, och i en liten krets öppnar en nöjd kund dörrar till nästa.",
    ),
    "fi": L(
        "Finnish business culture rests on trust and on keeping your word. Finns prepare carefully, come to the point quickly and expect written follow-up of what was agreed; small talk is short and silence in a meeting is not a problem. Hierarchies are flat, but decisions in public organisations take time because many stakeholders are consulted. Punctuality matters, and an overly enthusiastic sales pitch can reduce credibility: concrete evidence, references and a realistic plan work better.",
        "Soome ärikultuur põhineb usaldusel ja sõnapidamisel. Soomlased valmistuvad hoolikalt, lähevad kiiresti asja juurde ja ootavad kokkulepete kirjalikku kinnitust. Hierarhia on madal, kuid avalikus sektoris võtavad otsused aega. Täpsus on oluline ning liiga pealetükkiv müügijutt vähendab usaldust – konkreetsed tõendid ja referentsid toimivad paremini.",
        "Suomalainen liiketoimintakulttuuri perustuu luottamukseen ja sanansa pitämiseen. Tapaamisiin valmistaudutaan huolella, asiaan mennään nopeasti ja sovitut asiat vahvistetaan kirjallisesti. Hierarkiat ovat matalia, mutta julkisella sektorilla päätökset vievät aikaa, koska monia osapuolia kuullaan. Täsmällisyys on tärkeää, ja liian innokas myyntipuhe voi heikentää uskottavuutta – näytöt, referenssit ja realistinen suunnitelma toimivat paremmin.",
        "Somijas biznesa kultūra balstās uzticēšanās un dotā vārda turēšanā. Somi rūpīgi gatavojas, ātri pāriet pie lietas un sagaida rakstisku vienošanos apstiprinājumu. Hierarhija ir zema, taču publiskajā sektorā lēmumi prasa laiku. Punktualitāte ir svarīga, un pārāk uzstājīga pārdošana mazina uzticamību – konkrēti pierādījumi un atsauksmes darbojas labāk.",
        "Finländsk affärskultur vilar på förtroende och på att man håller vad man lovar. Finländare förbereder sig noga, kommer snabbt till saken och vill ha det överenskomna skriftligt. Hierarkierna är platta, men i offentlig sektor tar besluten tid. Punktlighet är viktigt, och ett alltför ivrigt säljsnack kan minska trovärdigheten – konkreta belägg och referenser fungerar bättre.",
    ),
    "lv": L(
        "Latvian business culture is more formal and hierarchical than in the Nordic countries. Titles and surnames are used at first, and decisions are usually taken at the top of an organisation, so find out early who signs. Personal relationships matter: expect several meetings before a deal, and invest in face-to-face contact in Riga. Latvian partners appreciate thorough documentation and a clear price; payment terms and guarantees are discussed openly.",
        "Läti ärikultuur on Põhjamaadest formaalsem ja hierarhilisem. Alguses kasutatakse tiitleid ja perekonnanimesid ning otsused tehakse tavaliselt organisatsiooni tipus, seega selgitage varakult välja, kes allkirjastab. Isiklikud suhted on olulised: arvestage mitme kohtumisega Riias enne tehingut.",
        "Latvialainen liiketoimintakulttuuri on muodollisempi ja hierarkkisempi kuin Pohjoismaissa. Aluksi käytetään titteleitä ja sukunimiä, ja päätökset tehdään yleensä organisaation huipulla, joten selvitä ajoissa, kuka allekirjoittaa. Henkilökohtaiset suhteet ovat tärkeitä: varaudu useaan tapaamiseen Riiassa ennen kauppaa.",
        "Latvijas biznesa kultūra ir formālāka un hierarhiskāka nekā Ziemeļvalstīs. Sākumā lieto amatu nosaukumus un uzvārdus, bet lēmumus parasti pieņem organizācijas augšgalā, tāpēc laikus noskaidrojiet, kurš paraksta. Personiskās attiecības ir svarīgas: pirms darījuma rēķinieties ar vairākām tikšanās reizēm Rīgā, un novērtēta tiek rūpīga dokumentācija un skaidra cena.",
        "Lettisk affärskultur är mer formell och hierarkisk än i Norden. Till en början används titlar och efternamn, och beslut fattas oftast högst upp i organisationen, så ta reda på tidigt vem som skriver under. Personliga relationer är viktiga: räkna med flera möten i Riga innan en affär blir av.",
    ),
    "se": L(
        "Swedish business culture is consensus-driven. Meetings are informal in tone but well prepared, and everyone in the room is expected to have a say, so decisions take longer than in Estonia or Latvia and are rarely reversed once made. Boasting is frowned upon; a modest, fact-based presentation with evidence from users works best. Sustainability, equality and data protection are taken seriously by buyers and are often asked about explicitly.",
        "Rootsi ärikultuur on konsensuslik. Kohtumised on vaba õhkkonnaga, kuid hästi ette valmistatud, ja kõigil lastakse kaasa rääkida, mistõttu otsused võtavad aega, kuid neid ei muudeta hiljem. Kiitlemist ei hinnata; tagasihoidlik ja faktipõhine esitlus toimib kõige paremini.",
        "Ruotsalainen liiketoimintakulttuuri on konsensushakuinen. Kokoukset ovat sävyltään rentoja mutta hyvin valmisteltuja, ja kaikki saavat sanoa sanansa, joten päätöksiin menee aikaa – mutta niistä myös pidetään kiinni. Kehuskelua ei arvosteta; vaatimaton ja tosiasioihin nojaava esitys toimii parhaiten. Kestävyys, tasa-arvo ja tietosuoja ovat ostajille tärkeitä.",
        "Zviedrijas biznesa kultūra balstās vienprātībā. Sanāksmes ir neformālas, bet labi sagatavotas, un ikvienam ļauj izteikties, tāpēc lēmumi prasa laiku, taču vēlāk tos reti maina. Lielīšanās netiek novērtēta; vislabāk darbojas pieticīga, uz faktiem balstīta prezentācija.",
        "Svensk affärskultur bygger på samförstånd. Mötena är avslappnade i tonen men väl förberedda, och alla förväntas få komma till tals, så besluten tar tid – men står sig sedan. Skryt uppskattas inte; en saklig presentation med belägg från användare fungerar bäst. Hållbarhet, jämställdhet och dataskydd är frågor som köpare ofta ställer.",
    ),
}

LANGUAGE = {
    "ee": L(
        "Estonian is the only official language, and the Language Act requires public services and consumer information to be available in Estonian. Around a quarter of the population speaks Russian as their first language, so many services are also offered in Russian; English is widely spoken in business and among younger people, but not by all older users.",
        "Ainus ametlik keel on eesti keel ning keeleseadus nõuab, et avalikud teenused ja tarbijainfo oleksid eesti keeles. Umbes veerand elanikest räägib emakeelena vene keelt, seega pakutakse paljusid teenuseid ka vene keeles. Inglise keel on ärisuhtluses levinud, kuid mitte kõigi eakate kasutajate seas.",
        "Viron ainoa virallinen kieli on viro, ja kielilaki edellyttää julkisten palvelujen ja kuluttajatiedon olevan saatavilla viroksi. Noin neljännes väestöstä puhuu äidinkielenään venäjää, joten moni palvelu tarjotaan myös venäjäksi. Englantia puhutaan liike-elämässä laajasti, mutta ei kaikkien iäkkäiden käyttäjien keskuudessa.",
        "Vienīgā oficiālā valoda ir igauņu valoda, un valodas likums prasa, lai publiskie pakalpojumi un informācija patērētājiem būtu igauniski. Apmēram ceturtā daļa iedzīvotāju dzimtā valoda ir krievu, tāpēc daudzus pakalpojumus piedāvā arī krieviski. Angļu valoda biznesā ir izplatīta, bet ne visiem vecākajiem lietotājiem.",
        "Estniska är det enda officiella språket, och språklagen kräver att offentliga tjänster och konsumentinformation finns på estniska. Omkring en fjärdedel av befolkningen har ryska som modersmål, så många tjänster erbjuds också på ryska. Engelska är vanligt i affärslivet men inte bland alla äldre användare.",
    ),
    "fi": L(
        "Finland has two national languages, Finnish and Swedish, and public bodies in bilingual municipalities must serve people in both. A service sold to the public sector therefore usually needs a Finnish and often a Swedish user interface; the Sámi languages have a protected status in the north. English is widely understood in business, but tender documents are in Finnish (or Swedish) and bids in English are often not accepted.",
        "Soomes on kaks riigikeelt, soome ja rootsi, ning kakskeelsetes omavalitsustes peavad asutused teenindama mõlemas. Avalikule sektorile müüdav teenus vajab seega soomekeelset ja sageli ka rootsikeelset kasutajaliidest. Hankedokumendid on soome keeles ja ingliskeelseid pakkumisi sageli ei aktsepteerita.",
        "Suomessa on kaksi kansalliskieltä, suomi ja ruotsi, ja kaksikielisten kuntien viranomaisten on palveltava molemmilla. Julkiselle sektorille myytävä palvelu tarvitsee siksi suomenkielisen ja usein myös ruotsinkielisen käyttöliittymän; saamen kielillä on erityisasema pohjoisessa. Englantia ymmärretään liike-elämässä hyvin, mutta tarjouspyynnöt ovat suomeksi, eikä englanninkielisiä tarjouksia aina hyväksytä.",
        "Somijā ir divas valsts valodas – somu un zviedru –, un divvalodu pašvaldībās iestādēm jāapkalpo abās. Publiskajam sektoram pārdodamam pakalpojumam tāpēc vajadzīga somu un bieži arī zviedru saskarne. Iepirkumu dokumenti ir somu valodā, un piedāvājumus angliski bieži nepieņem.",
        "Finland har två nationalspråk, finska och svenska, och myndigheter i tvåspråkiga kommuner ska betjäna invånarna på båda. En tjänst som säljs till offentlig sektor behöver därför ett finskt och ofta ett svenskt gränssnitt. Upphandlingsunderlagen är på finska (eller svenska) och anbud på engelska godtas ofta inte.",
    ),
    "lv": L(
        "Latvian is the only state language, and the State Language Law requires that information for the public, labels and user documentation be in Latvian; authorities may refuse documents in other languages. Russian is still widely understood, especially in Riga and Latgale, but since 2022 its use in public services has been reduced sharply. English is common among younger professionals and in the IT sector.",
        "Ainus riigikeel on läti keel ning riigikeele seadus nõuab, et avalik teave, märgistused ja kasutusjuhendid oleksid läti keeles. Vene keelt mõistetakse veel laialdaselt, eriti Riias ja Latgales, kuid avalikes teenustes on selle kasutamine alates 2022. aastast järsult vähenenud.",
        "Latvian ainoa valtionkieli on latvia, ja valtionkielilaki edellyttää, että yleisölle suunnattu tieto, merkinnät ja käyttöohjeet ovat latviaksi. Venäjää ymmärretään yhä laajasti, etenkin Riiassa ja Latgalessa, mutta julkisissa palveluissa sen käyttö on vähentynyt jyrkästi vuodesta 2022.",
        "Vienīgā valsts valoda ir latviešu valoda, un Valsts valodas likums nosaka, ka sabiedrībai paredzētai informācijai, marķējumam un lietotāja dokumentācijai jābūt latviski; iestādes var nepieņemt dokumentus citās valodās. Krievu valodu joprojām plaši saprot, īpaši Rīgā un Latgalē, taču kopš 2022. gada tās lietojums publiskajos pakalpojumos ir krasi samazinājies. Angļu valoda ir ierasta jauno speciālistu un IT nozares vidū.",
        "Lettiska är det enda statsspråket, och lagen om statsspråket kräver att information till allmänheten, märkning och användardokumentation finns på lettiska. Ryska förstås fortfarande av många, särskilt i Riga och Latgale, men sedan 2022 används det betydligt mindre i offentliga tjänster.",
    ),
    "se": L(
        "Swedish is the main language under the Language Act 2009:600, and public bodies must use it; Finnish, Meänkieli, Sámi, Romani Chib and Yiddish are national minority languages with rights in some municipalities. English is spoken fluently by most Swedes, but users, and procurement documents, expect Swedish. Plain language (klarspråk) is a requirement for public information.",
        "Peamine keel on keeleseaduse 2009:600 järgi rootsi keel ja avalik sektor peab seda kasutama; soome, meänkieli, saami, romani ja jidiši keel on rahvusvähemuste keeled. Enamik rootslasi räägib soravalt inglise keelt, kuid kasutajad ja hankedokumendid eeldavad rootsi keelt.",
        "Ruotsin pääkieli on kielilain 2009:600 mukaan ruotsi, ja julkisen sektorin on käytettävä sitä; suomella, meänkielellä, saamella, romanikielellä ja jiddišillä on kansallisten vähemmistökielten asema. Useimmat ruotsalaiset puhuvat sujuvaa englantia, mutta käyttäjät ja hankinta-asiakirjat edellyttävät ruotsia. Selkokielisyys (klarspråk) on julkisen tiedon vaatimus.",
        "Galvenā valoda saskaņā ar Valodas likumu 2009:600 ir zviedru valoda, un publiskajam sektoram tā jālieto; somu, meänkieli, sāmu, romu un jidiša ir nacionālo minoritāšu valodas. Vairums zviedru brīvi runā angliski, taču lietotāji un iepirkumu dokumenti sagaida zviedru valodu.",
        "Svenska är huvudspråk enligt språklagen (2009:600) och det allmänna ska använda det; finska, meänkieli, samiska, romani chib och jiddisch är nationella minoritetsspråk med rättigheter i vissa kommuner. De flesta svenskar talar god engelska, men användare – och upphandlingsunderlag – förutsätter svenska. Klarspråk är ett krav i offentlig information.",
    ),
}

FUNDING = {
    "ee": L(
        "Enterprise Estonia (EIS) supports exporters with grants for market entry, trade missions and fairs, and the Estonian Research Council funds applied research with companies. Start-ups benefit from an active angel and venture capital scene around Tallinn and Tartu. EU programmes – Interreg Central Baltic, Horizon Europe and Digital Europe – are widely used by Estonian partners.",
        "Ettevõtluse ja Innovatsiooni Sihtasutus (EIS) toetab eksportijaid turule sisenemise, ärimissioonide ja messide toetustega. Tallinnas ja Tartus on aktiivne ingli- ja riskikapitali kogukond ning Eesti partnerid kasutavad laialt ELi programme, nagu Interreg Central Baltic ja Horizon Europe.",
        "Viron yritys- ja innovaatiosäätiö EIS tukee viejiä markkinoilletulon, yritysvaltuuskuntien ja messujen avustuksilla. Tallinnassa ja Tartossa on aktiivinen enkeli- ja pääomasijoittajayhteisö, ja virolaiset kumppanit hyödyntävät laajasti EU-ohjelmia, kuten Interreg Central Balticia ja Horisontti Eurooppaa.",
        "Igaunijas Uzņēmējdarbības un inovāciju fonds (EIS) atbalsta eksportētājus ar grantiem ienākšanai tirgū, tirdzniecības misijām un izstādēm. Tallinā un Tartu ir aktīva eņģeļinvestoru un riska kapitāla kopiena, un Igaunijas partneri plaši izmanto ES programmas, piemēram, Interreg Central Baltic un Horizon Europe.",
        "Enterprise Estonia (EIS) stöder exportörer med bidrag för marknadsinträde, handelsresor och mässor. I Tallinn och Tartu finns en aktiv krets av änglainvesterare och riskkapital, och estniska partner använder ofta EU-program som Interreg Central Baltic och Horisont Europa.",
    ),
    "fi": L(
        "Business Finland is the main public funder: it grants and lends money for research, development and piloting, and its Explorer and Market Explorer services support first steps abroad. The ELY Centres fund development projects of small firms, and Finnvera provides loans and export guarantees. Foreign companies with a Finnish subsidiary can apply on the same terms as domestic ones.",
        "Peamine avalik rahastaja on Business Finland, mis annab toetusi ja laene arenduseks ja pilootprojektideks. ELY-keskused rahastavad väikeettevõtete arendusprojekte ja Finnvera pakub laene ning ekspordigarantiisid. Soome tütarettevõttega välisfirmad saavad taotleda samadel tingimustel.",
        "Tärkein julkinen rahoittaja on Business Finland, joka myöntää avustuksia ja lainoja tutkimukseen, kehitykseen ja pilotointiin. ELY-keskukset rahoittavat pienyritysten kehittämishankkeita, ja Finnvera tarjoaa lainoja ja vientitakuita. Ulkomainen yritys, jolla on suomalainen tytäryhtiö, voi hakea rahoitusta samoin ehdoin kuin kotimaiset.",
        "Galvenais publiskais finansētājs ir Business Finland, kas piešķir grantus un aizdevumus izstrādei un pilotprojektiem. ELY centri finansē mazo uzņēmumu attīstības projektus, bet Finnvera piedāvā aizdevumus un eksporta garantijas. Ārvalstu uzņēmumi ar meitasuzņēmumu Somijā var pieteikties ar tādiem pašiem nosacījumiem.",
        "Den viktigaste offentliga finansiären är Business Finland, som ger bidrag och lån för forskning, utveckling och pilotprojekt. NTM-centralerna finansierar småföretags utvecklingsprojekt och Finnvera erbjuder lån och exportgarantier. Utländska företag med ett finländskt dotterbolag kan söka på samma villkor.",
    ),
    "lv": L(
        "The Investment and Development Agency of Latvia (LIAA) supports exporters with trade missions, fairs and business incubators, and ALTUM offers loans, guarantees and venture capital funds. Much public innovation money comes from EU cohesion funds, so calls follow EU programming periods. Grants usually require co-financing and careful reporting in Latvian.",
        "Läti Investeeringute ja Arengu Agentuur (LIAA) toetab eksportijaid ärimissioonide, messide ja inkubaatoritega ning ALTUM pakub laene, garantiisid ja riskikapitali. Suur osa innovatsioonirahast tuleb ELi ühtekuuluvusfondidest ja toetused nõuavad omaosalust.",
        "Latvian investointi- ja kehitysvirasto LIAA tukee viejiä yritysvaltuuskunnilla, messuilla ja hautomoilla, ja ALTUM tarjoaa lainoja, takauksia ja pääomarahastoja. Suuri osa innovaatiorahoituksesta tulee EU:n koheesiorahastoista, ja avustukset edellyttävät omarahoitusta.",
        "Latvijas Investīciju un attīstības aģentūra (LIAA) atbalsta eksportētājus ar tirdzniecības misijām, izstādēm un biznesa inkubatoriem, bet ALTUM piedāvā aizdevumus, garantijas un riska kapitāla fondus. Liela daļa inovāciju finansējuma nāk no ES kohēzijas fondiem, tāpēc konkursi seko ES plānošanas periodiem; granti parasti prasa līdzfinansējumu un rūpīgas atskaites latviski.",
        "Lettlands investerings- och utvecklingsbyrå (LIAA) stöder exportörer med handelsresor, mässor och inkubatorer, och ALTUM erbjuder lån, garantier och riskkapital. Mycket av innovationspengarna kommer från EU:s sammanhållningsfonder och bidragen kräver medfinansiering.",
    ),
    "se": L(
        "Vinnova, Sweden's innovation agency, funds innovation projects and testbeds, often in calls where companies work with regions or universities. Almi offers loans and advice to small firms, Business Sweden supports foreign market entry, and the regions run their own innovation programmes. Swedish funding usually favours collaboration projects over single-company grants.",
        "Rootsi innovatsiooniagentuur Vinnova rahastab innovatsiooniprojekte ja testkeskkondi, sageli koostöös regioonide või ülikoolidega. Almi pakub väikeettevõtetele laene ja nõu ning regioonidel on oma innovatsiooniprogrammid. Rootsis eelistatakse koostööprojekte ühe ettevõtte toetustele.",
        "Ruotsin innovaatiovirasto Vinnova rahoittaa innovaatiohankkeita ja testiympäristöjä, usein hauissa, joissa yritykset tekevät yhteistyötä alueiden tai yliopistojen kanssa. Almi tarjoaa pienyrityksille lainoja ja neuvontaa, ja alueilla on omia innovaatio-ohjelmiaan. Ruotsissa suositaan yhteishankkeita yksittäisen yrityksen avustusten sijaan.",
        "Zviedrijas inovāciju aģentūra Vinnova finansē inovāciju projektus un testa vides, bieži sadarbībā ar reģioniem vai universitātēm. Almi piedāvā aizdevumus un konsultācijas maziem uzņēmumiem, un reģioniem ir savas inovāciju programmas. Zviedrijā priekšroka tiek dota sadarbības projektiem.",
        "Vinnova, Sveriges innovationsmyndighet, finansierar innovationsprojekt och testbäddar, ofta i utlysningar där företag samarbetar med regioner eller lärosäten. Almi erbjuder lån och rådgivning till småföretag, Business Sweden stöder etablering utomlands och regionerna har egna innovationsprogram. Svensk finansiering gynnar samverkansprojekt framför bidrag till enskilda företag.",
    ),
}

PROFILES: dict[tuple[str, str], dict] = {}
BARRIERS: dict[tuple[str, str], dict[str, tuple[int, dict[str, str]]]] = {}


# --- Finland ----------------------------------------------------------------------------------

PROFILES[("fi", "e-health")] = {
    "reviewed_on": datetime.date(2026, 9, 15),
    "summary": L(
        "A mature, highly digital health market where every citizen's records are in the national Kanta services and the Findata permit authority opens health data for development. Buyers are the 21 wellbeing services counties, which procure carefully and expect proof of clinical value.",
        "Küps ja väga digitaalne tervishoiuturg: kõigi kodanike andmed on riiklikes Kanta teenustes ning Findata annab lube terviseandmete kasutamiseks arenduses. Ostjad on 21 heaoluteenuste piirkonda, kes hangivad hoolikalt ja ootavad tõendeid kliinilise kasu kohta.",
        "Kypsä ja pitkälle digitalisoitunut terveysmarkkina: jokaisen potilastiedot ovat valtakunnallisissa Kanta-palveluissa, ja Findata myöntää luvat sote-tietojen toisiokäyttöön. Ostajina ovat 21 hyvinvointialuetta, jotka hankkivat harkiten ja edellyttävät näyttöä kliinisestä hyödystä.",
        "Nobriedis un ļoti digitāls veselības tirgus: visu iedzīvotāju dati ir valsts Kanta pakalpojumos, un Findata izsniedz atļaujas veselības datu izmantošanai izstrādē. Pircēji ir 21 labklājības pakalpojumu apgabals, kas iepērk rūpīgi un sagaida klīniskā ieguvuma pierādījumus.",
        "En mogen och mycket digital hälsomarknad: allas journaler finns i de nationella Kanta-tjänsterna och tillståndsmyndigheten Findata öppnar hälsodata för utveckling. Köparna är de 21 välfärdsområdena, som upphandlar noggrant och kräver belägg för klinisk nytta.",
    ),
    "overview": L(
        "Finland reorganised its public health and social services in 2023: responsibility moved from more than 200 municipalities to **21 wellbeing services counties** plus the City of Helsinki. The counties are large, professional buyers with their own ICT strategies, and most of them are consolidating patient record systems (Apotti in Uusimaa, Lifecare/Oberon elsewhere) and building digital front doors.\n\nAll public and most private providers write patient data to the **Kanta services**, run by Kela: e-prescriptions, the patient data repository and the citizen portal My Kanta (OmaKanta). A new service that touches clinical data must fit this national architecture rather than replace it.",
        "Soome korraldas 2023. aastal ümber avaliku tervishoiu ja sotsiaalhoolekande: vastutus liikus enam kui 200 omavalitsuselt **21 heaoluteenuste piirkonnale** ja Helsingi linnale. Need on suured ja professionaalsed ostjad, kes koondavad patsiendiinfosüsteeme.\n\nKõik avalikud ja enamik erateenuse osutajaid salvestavad andmed Kela hallatavatesse **Kanta teenustesse** (e-retsept, patsiendiandmete arhiiv, OmaKanta). Uus teenus peab sobituma sellesse riiklikku arhitektuuri.",
        "Suomi uudisti sosiaali- ja terveyspalvelunsa vuonna 2023: järjestämisvastuu siirtyi yli 200 kunnalta **21 hyvinvointialueelle** ja Helsingin kaupungille. Alueet ovat suuria ja ammattimaisia ostajia, joilla on omat ICT-strategiansa, ja useimmat yhtenäistävät potilastietojärjestelmiään ja rakentavat digitaalisia palveluovia.\n\nJulkiset ja useimmat yksityiset palveluntuottajat tallentavat potilastiedot Kelan ylläpitämiin **Kanta-palveluihin**: sähköinen resepti, potilastiedon arkisto ja OmaKanta. Uuden palvelun on sovittava tähän kansalliseen arkkitehtuuriin.",
        "Somija 2023. gadā pārkārtoja veselības un sociālos pakalpojumus: atbildība no vairāk nekā 200 pašvaldībām pārgāja **21 labklājības pakalpojumu apgabalam** un Helsinku pilsētai. Tie ir lieli, profesionāli pircēji, kas apvieno pacientu informācijas sistēmas.\n\nVisi publiskie un vairums privāto sniedzēju datus ieraksta Kela uzturētajos **Kanta pakalpojumos** (e-recepte, pacientu datu arhīvs, OmaKanta). Jaunam pakalpojumam jāiekļaujas šajā valsts arhitektūrā.",
        "Finland ordnade om sin social- och hälsovård 2023: ansvaret flyttades från över 200 kommuner till **21 välfärdsområden** och Helsingfors stad. Områdena är stora, professionella köpare med egna IKT-strategier, och de flesta konsoliderar sina journalsystem.\n\nOffentliga och de flesta privata vårdgivare sparar patientdata i de av FPA drivna **Kanta-tjänsterna**: e-recept, patientdataarkivet och Mina Kanta-sidor. En ny tjänst måste passa in i den nationella arkitekturen.",
    ),
    "market_size": L(
        "Finland spends about 10% of its GDP on health, roughly EUR 27 billion a year, and the counties are under strong pressure to cut costs as the population ages: by 2030 more than a quarter of Finns will be over 65. This drives demand for remote monitoring, digital self-care, chat- and video-based first contact and tools that free nurses' time.\n\nThe private market is significant too: occupational health care covers most employees, and providers such as Terveystalo, Mehiläinen and Pihlajalinna run large digital clinics. Finland's health technology exports exceed EUR 2 billion, so competition from local firms is strong.",
        "Soome kulutab tervishoiule umbes 10% SKPst. Rahvastik vananeb kiiresti ja piirkonnad peavad kulusid kärpima, mis suurendab nõudlust kaugseire, digitaalse enesehoolduse ja kaugvastuvõttude järele. Suur on ka erasektor (töötervishoid, Terveystalo, Mehiläinen), ning kohalike tervisetehnoloogia ettevõtete konkurents on tugev.",
        "Suomi käyttää terveyteen noin 10 % BKT:staan, noin 27 miljardia euroa vuodessa, ja väestön ikääntyessä hyvinvointialueilla on kova säästöpaine. Tämä lisää kysyntää etäseurannalle, digitaaliselle omahoidolle, chat- ja videovastaanotoille sekä välineille, jotka vapauttavat hoitajien aikaa.\n\nMyös yksityinen markkina on merkittävä: työterveyshuolto kattaa useimmat työssäkäyvät, ja Terveystalo, Mehiläinen ja Pihlajalinna pyörittävät suuria digiklinikoita. Terveysteknologian vienti ylittää 2 miljardia euroa, joten kotimainen kilpailu on kovaa.",
        "Somija veselībai tērē apmēram 10% no IKP. Iedzīvotāji strauji noveco, un apgabaliem jātaupa, kas palielina pieprasījumu pēc attālinātās uzraudzības, digitālās pašaprūpes un attālinātām konsultācijām. Privātais sektors (darba veselības aprūpe, Terveystalo, Mehiläinen) arī ir liels, un vietējo uzņēmumu konkurence ir spēcīga.",
        "Finland lägger omkring 10 % av BNP på hälsa, och när befolkningen åldras måste välfärdsområdena spara. Det ökar efterfrågan på distansmonitorering, digital egenvård och chatt- och videobesök. Även den privata marknaden är stor (företagshälsovård, Terveystalo, Mehiläinen), och konkurrensen från finländska hälsoteknikföretag är hård.",
    ),
    "regulation": L(
        "Software that diagnoses, monitors or treats is a medical device under the EU **MDR (2017/745)**; Fimea is the competent authority. Class IIa and higher need a notified body, which currently takes 12–18 months, so plan certification early.\n\nThe **Act on the Secondary Use of Health and Social Data (552/2019)** lets companies use pseudonymised data from registers and the Kanta services for development and innovation, but only through a permit from **Findata** and only in a secure processing environment. Connecting to Kanta requires certification of the information system by Kela and compliance with the Client Data Act (703/2023) and the data security requirements of THL.",
        "Diagnoosiv, jälgiv või raviv tarkvara on meditsiiniseade ELi **MDR-i (2017/745)** tähenduses; pädev asutus on Fimea. Alates klassist IIa on vaja teavitatud asutust.\n\n**Sotsiaal- ja terviseandmete teisese kasutuse seadus (552/2019)** lubab kasutada pseudonüümitud andmeid arenduseks vaid **Findata** loa alusel ja turvalises töötluskeskkonnas. Kanta teenustega liitumiseks on vaja Kela sertifitseerimist ja kliendiandmete seaduse (703/2023) täitmist.",
        "Diagnosoiva, seuraava tai hoitava ohjelmisto on EU:n **MDR-asetuksen (2017/745)** mukainen lääkinnällinen laite; toimivaltainen viranomainen on Fimea. Luokasta IIa alkaen tarvitaan ilmoitettu laitos, jonka jonot ovat nyt 12–18 kuukautta.\n\n**Toisiolaki (laki sosiaali- ja terveystietojen toissijaisesta käytöstä 552/2019)** sallii pseudonymisoitujen tietojen käytön kehittämiseen ja innovaatiotoimintaan vain **Findatan** luvalla ja tietoturvallisessa käyttöympäristössä. Kanta-palveluihin liittyminen edellyttää tietojärjestelmän sertifiointia sekä asiakastietolain (703/2023) ja THL:n tietoturvavaatimusten täyttämistä.",
        "Programmatūra, kas diagnosticē, uzrauga vai ārstē, ir medicīniskā ierīce saskaņā ar ES **MDR (2017/745)**; kompetentā iestāde ir Fimea. Sākot ar IIa klasi, vajadzīga paziņotā struktūra.\n\n**Likums par veselības un sociālo datu sekundāro izmantošanu (552/2019)** ļauj izmantot pseidonimizētus datus izstrādei tikai ar **Findata** atļauju un drošā apstrādes vidē. Pieslēgšanai Kanta pakalpojumiem vajadzīga sistēmas sertifikācija un atbilstība klientu datu likumam (703/2023).",
        "Programvara som ställer diagnos, övervakar eller behandlar är en medicinteknisk produkt enligt EU:s **MDR (2017/745)**; behörig myndighet är Fimea. Från klass IIa behövs ett anmält organ.\n\n**Lagen om sekundär användning av personuppgifter inom social- och hälsovården (552/2019)** tillåter att pseudonymiserade data används för utveckling endast med tillstånd av **Findata** och i en säker miljö. Anslutning till Kanta kräver certifiering av informationssystemet och att klientdatalagen (703/2023) följs.",
    ),
    "business_culture": join(
        BUSINESS_CULTURE["fi"],
        L(
            "In health care, clinicians have a strong voice: involve chief physicians and nursing directors early, and show results from a Finnish or Nordic pilot.",
            "Tervishoius on arstidel tugev sõna: kaasake peaarstid ja õendusjuhid varakult ning näidake Põhjamaade piloodi tulemusi.",
            "Terveydenhuollossa kliinikoiden ääni painaa: ota johtajaylilääkärit ja hoitotyön johtajat mukaan varhain ja näytä tuloksia suomalaisesta tai pohjoismaisesta pilotista.",
            "Veselības aprūpē ārstiem ir liela ietekme: iesaistiet galvenos ārstus un māsu vadītājus agri un parādiet Ziemeļvalstu pilotprojekta rezultātus.",
            "Inom vården har klinikerna stor tyngd: involvera överläkare och vårdchefer tidigt och visa resultat från en nordisk pilot.",
        ),
    ),
    "language_requirements": join(
        LANGUAGE["fi"],
        L(
            "Patient-facing content must be in Finnish and, in the bilingual counties (e.g. Ostrobothnia, Western and Eastern Uusimaa), also in Swedish; clinical terminology should follow the national code sets maintained by THL.",
            "Patsiendile mõeldud sisu peab olema soome keeles ja kakskeelsetes piirkondades ka rootsi keeles; kliiniline terminoloogia peab järgima THL-i koodistikke.",
            "Potilaille suunnatun sisällön on oltava suomeksi ja kaksikielisillä alueilla (esim. Pohjanmaa, Länsi- ja Itä-Uusimaa) myös ruotsiksi; kliinisen termistön on noudatettava THL:n ylläpitämiä koodistoja.",
            "Pacientiem paredzētajam saturam jābūt somu valodā, bet divvalodu apgabalos arī zviedru valodā; klīniskajai terminoloģijai jāatbilst THL kodu sistēmām.",
            "Innehåll för patienter ska finnas på finska och i de tvåspråkiga områdena (t.ex. Österbotten, Väst- och Östra Nyland) även på svenska; klinisk terminologi ska följa THL:s kodverk.",
        ),
    ),
    "customers": L(
        "The main public buyers are the **wellbeing services counties** and the joint procurement company **Hansel**/Sarastia and regional in-house companies. Procurement follows the Act on Public Procurement (1397/2016); contracts above EUR 60,000 (services) are announced on **Hilma**. Many counties use innovation partnerships or market dialogues before tendering – take part in them.\n\nPrivate buyers include occupational health providers, private clinic chains, insurers and pharmacies. For consumer services, Finns trust brands endorsed by public health care, so a partnership with a county or a patient organisation is valuable.",
        "Peamised avalikud ostjad on **heaoluteenuste piirkonnad** ning ühishankijad Hansel ja Sarastia. Hanked toimuvad riigihangete seaduse (1397/2016) järgi ja avaldatakse **Hilmas**. Paljud piirkonnad korraldavad enne hanget turudialooge – osalege neis. Erasektori ostjad on töötervishoiu pakkujad, erakliinikud ja kindlustusseltsid.",
        "Tärkeimmät julkiset ostajat ovat **hyvinvointialueet** sekä yhteishankintayhtiöt Hansel ja Sarastia. Hankinnat tehdään hankintalain (1397/2016) mukaan, ja yli 60 000 euron palveluhankinnat ilmoitetaan **Hilmassa**. Moni alue järjestää markkinavuoropuheluita tai innovaatiokumppanuuksia ennen tarjouskilpailua – osallistu niihin.\n\nYksityisiä ostajia ovat työterveyspalvelut, lääkäriasemaketjut, vakuutusyhtiöt ja apteekit. Kuluttajat luottavat palveluihin, joita julkinen terveydenhuolto suosittelee.",
        "Galvenie publiskie pircēji ir **labklājības pakalpojumu apgabali** un kopīgā iepirkuma uzņēmumi Hansel un Sarastia. Iepirkumi notiek saskaņā ar iepirkumu likumu (1397/2016) un tiek publicēti **Hilma** sistēmā. Daudzi apgabali pirms konkursa rīko tirgus dialogus. Privātie pircēji ir darba veselības sniedzēji, privātklīnikas un apdrošinātāji.",
        "De viktigaste offentliga köparna är **välfärdsområdena** och de gemensamma upphandlingsbolagen Hansel och Sarastia. Upphandling sker enligt upphandlingslagen (1397/2016) och annonseras i **Hilma**. Många områden ordnar marknadsdialoger före anbudsförfarandet – delta i dem. Privata köpare är företagshälsovård, läkarstationskedjor och försäkringsbolag.",
    ),
    "channels": L(
        "Local partners are almost a must for public deals: system integrators (Tietoevry, CGI, Atostek), the patient record vendors and consultancies that know the counties. **Health Capital Helsinki**, **Oulu Health** and the university hospital test beds (e.g. HUS, Tays) help you pilot with real clinicians. Healthtech Finland, the industry association, runs events where buyers meet suppliers.",
        "Avalikes tehingutes on kohalik partner peaaegu vajalik: süsteemiintegraatorid (Tietoevry, CGI), patsiendiinfosüsteemide tarnijad ja konsultandid. Health Capital Helsinki, Oulu Health ja ülikoolihaiglate testkeskkonnad aitavad pilootida, Healthtech Finland korraldab kohtumisi ostjatega.",
        "Julkisissa kaupoissa paikallinen kumppani on lähes välttämätön: järjestelmäintegraattorit (Tietoevry, CGI, Atostek), potilastietojärjestelmätoimittajat ja alueet tuntevat konsultit. **Health Capital Helsinki**, **Oulu Health** ja yliopistosairaaloiden testiympäristöt auttavat pilotoimaan oikeiden kliinikoiden kanssa. Healthtech Finland järjestää tilaisuuksia, joissa ostajat ja toimittajat kohtaavat.",
        "Publiskajos darījumos vietējais partneris ir gandrīz obligāts: sistēmu integratori (Tietoevry, CGI), pacientu sistēmu piegādātāji un konsultanti. Health Capital Helsinki, Oulu Health un universitāšu slimnīcu testa vides palīdz veikt pilotprojektus, bet Healthtech Finland rīko pircēju un piegādātāju tikšanās.",
        "I offentliga affärer är en lokal partner nästan ett måste: systemintegratörer (Tietoevry, CGI), journalsystemleverantörer och konsulter. Health Capital Helsinki, Oulu Health och universitetssjukhusens testbäddar hjälper dig att pilotera, och Healthtech Finland ordnar träffar mellan köpare och leverantörer.",
    ),
    "funding": join(
        FUNDING["fi"],
        L(
            "For health pilots, Business Finland's co-innovation funding and the counties' own development money (e.g. from the Sustainable Growth Programme) are the most used sources.",
            "Tervisepilootide jaoks kasutatakse enim Business Finlandi koosinnovatsiooni toetust ja piirkondade arendusraha.",
            "Terveyspilotteihin käytetään eniten Business Finlandin yhteisinnovaatiorahoitusta ja alueiden omia kehittämisrahoja.",
            "Veselības pilotprojektiem visvairāk izmanto Business Finland kopinovāciju finansējumu un apgabalu attīstības līdzekļus.",
            "För hälsopiloter används oftast Business Finlands finansiering för samskapande innovation och välfärdsområdenas egna utvecklingsmedel.",
        ),
    ),
    "practical_tips": L(
        "- Map the 21 counties: their size, patient record system and digital strategy differ a lot.\n- Get a Finnish-speaking partner for tenders; bids are often evaluated in Finnish only.\n- Apply to Findata early if you need register data – permits take months.\n- Present clinical and economic evidence; Finns distrust marketing claims.\n- Join the market dialogues announced on Hilma.",
        "- Tutvuge 21 piirkonnaga: nende suurus ja infosüsteemid erinevad.\n- Leidke soome keelt oskav partner hangeteks.\n- Taotlege Findata luba varakult.\n- Esitage kliinilised ja majanduslikud tõendid.",
        "- Kartoita 21 hyvinvointialuetta: niiden koko, potilastietojärjestelmä ja digistrategia eroavat paljon.\n- Hanki suomenkielinen kumppani tarjouskilpailuihin.\n- Hae Findatan lupaa ajoissa – käsittely kestää kuukausia.\n- Esitä kliininen ja taloudellinen näyttö; markkinointipuheisiin ei luoteta.\n- Osallistu Hilmassa ilmoitettuihin markkinavuoropuheluihin.",
        "- Izpētiet 21 apgabalu: to lielums un sistēmas ļoti atšķiras.\n- Iepirkumiem atrodiet somu valodā runājošu partneri.\n- Findata atļauju pieprasiet laikus.\n- Uzrādiet klīniskos un ekonomiskos pierādījumus.",
        "- Kartlägg de 21 välfärdsområdena: storlek, journalsystem och digital strategi skiljer sig mycket.\n- Skaffa en finskspråkig partner för anbud.\n- Ansök hos Findata i god tid.\n- Visa kliniska och ekonomiska belägg; finländare litar inte på säljsnack.",
    ),
}

PROFILES[("fi", "e-learning")] = {
    "reviewed_on": datetime.date(2026, 8, 20),
    "summary": L(
        "Finland's schools are run by about 300 municipalities that choose their own learning tools within a national core curriculum. Teachers have wide autonomy, so a product must win teachers first; the domestic EdTech scene is strong and export-oriented.",
        "Soome koole peab umbes 300 omavalitsust, kes valivad riikliku õppekava raames ise õppevahendid. Õpetajatel on suur autonoomia, seega tuleb esmalt võita õpetajad; kohalik haridustehnoloogia on tugev.",
        "Suomen kouluja ylläpitää noin 300 kuntaa, jotka valitsevat oppimisvälineensä opetussuunnitelman perusteiden puitteissa. Opettajilla on laaja autonomia, joten tuotteen on voitettava ensin opettajat; kotimainen EdTech-ala on vahva ja vientisuuntautunut.",
        "Somijas skolas uztur ap 300 pašvaldību, kas valsts mācību programmas ietvaros pašas izvēlas mācību līdzekļus. Skolotājiem ir liela autonomija, tāpēc vispirms jāiegūst skolotāji; vietējā EdTech nozare ir spēcīga.",
        "Finlands skolor drivs av omkring 300 kommuner som själva väljer lärverktyg inom grunderna för läroplanen. Lärarna har stor autonomi, så en produkt måste först vinna lärarna; den inhemska edtech-branschen är stark och exportinriktad.",
    ),
    "overview": L(
        "Finnish education is decentralised: the **Finnish National Agency for Education (EDUFI)** sets the core curricula, while municipalities and private providers run schools and decide what to buy. The 2014 curriculum put transversal competences, including ICT skills and multiliteracy, in every subject, and compulsory education was extended to age 18 in 2021.\n\nNearly every school uses a learning management system or a school administration system – **Wilma** (Visma) dominates communication with parents – and publishers such as Otava, Sanoma Pro and Edita sell digital textbooks. Universities and universities of applied sciences buy platforms and services for continuous learning, a growing policy priority.",
        "Soome haridus on detsentraliseeritud: **Opetushallitus (EDUFI)** kehtestab õppekavad, koolid ja ostuotsused on omavalitsuste käes. Peaaegu kõik koolid kasutavad koolihaldussüsteemi, vanematega suhtlemisel valitseb **Wilma**. Digiõpikuid müüvad kirjastused nagu Otava ja Sanoma Pro. Kõrgkoolid ostavad platvorme elukestvaks õppeks.",
        "Suomen koulutus on hajautettua: **Opetushallitus** vahvistaa opetussuunnitelmien perusteet, ja kunnat sekä yksityiset järjestäjät ylläpitävät kouluja ja päättävät hankinnoista. Vuoden 2014 opetussuunnitelma toi laaja-alaisen osaamisen, kuten tieto- ja viestintäteknologisen osaamisen ja monilukutaidon, kaikkiin oppiaineisiin, ja oppivelvollisuus laajeni 18 ikävuoteen vuonna 2021.\n\nLähes kaikki koulut käyttävät oppimisalustaa tai hallinto-ohjelmaa – kodin ja koulun viestinnässä **Wilma** on ylivoimainen – ja kustantajat kuten Otava, Sanoma Pro ja Edita myyvät digitaalisia oppikirjoja. Korkeakoulut hankkivat alustoja jatkuvaan oppimiseen.",
        "Somijas izglītība ir decentralizēta: **EDUFI** nosaka mācību programmas, bet skolas un iepirkumu lēmumi ir pašvaldību rokās. Gandrīz visas skolas izmanto skolu pārvaldības sistēmu, saziņā ar vecākiem dominē **Wilma**. Digitālās mācību grāmatas pārdod izdevniecības Otava un Sanoma Pro. Augstskolas iepērk platformas mūžizglītībai.",
        "Den finländska utbildningen är decentraliserad: **Utbildningsstyrelsen** fastställer grunderna för läroplanerna, medan kommuner och privata huvudmän driver skolorna och bestämmer vad som köps. Nästan alla skolor använder ett skoladministrativt system – i kontakten med hemmen dominerar **Wilma** – och förlag som Otava och Sanoma Pro säljer digitala läromedel. Högskolorna köper plattformar för kontinuerligt lärande.",
    ),
    "market_size": L(
        "About 560,000 pupils attend some 2,070 comprehensive schools, plus around 110,000 in general upper secondary schools. Spending on learning materials is modest per pupil, and budgets are set municipality by municipality, so growth comes from scaling across many small customers.\n\nThe Finnish EdTech cluster counts several hundred companies and exports strongly, promoted by **Education Finland**. Trends: adaptive learning, learning analytics under strict privacy rules, AI assistants for teachers, and tools for reading skills, which have declined in PISA results.",
        "Umbes 560 000 õpilast käib ligikaudu 2070 põhikoolis. Kulud õppematerjalidele õpilase kohta on tagasihoidlikud ja eelarved on omavalitsuste kaupa. Soome haridustehnoloogia klaster on suur ja ekspordile suunatud; trendid on kohanduv õpe, õpianalüütika ja tehisintellekt õpetajatele.",
        "Perusopetuksessa on noin 560 000 oppilasta noin 2 070 koulussa, lisäksi lukioissa noin 110 000 opiskelijaa. Oppimateriaalimenot oppilasta kohden ovat maltillisia, ja budjetit päätetään kunnittain, joten kasvu syntyy monesta pienestä asiakkaasta.\n\nSuomalainen EdTech-klusteri käsittää satoja yrityksiä, ja **Education Finland** edistää vientiä. Trendejä ovat adaptiivinen oppiminen, oppimisanalytiikka tiukkojen tietosuojasääntöjen puitteissa, tekoälyavustajat opettajille ja lukutaitoa tukevat välineet.",
        "Ap 560 000 skolēnu mācās aptuveni 2070 pamatskolās. Izdevumi mācību materiāliem uz skolēnu ir mēreni, un budžetus nosaka katra pašvaldība. Somijas EdTech klasteris ir liels un orientēts uz eksportu; tendences ir adaptīvā mācīšanās, mācību analītika un mākslīgais intelekts skolotājiem.",
        "Omkring 560 000 elever går i cirka 2 070 grundskolor. Utgifterna för läromedel per elev är måttliga och budgetarna sätts kommun för kommun. Det finländska edtech-klustret är stort och exportinriktat; trender är adaptivt lärande, lärandeanalys och AI-stöd för lärare.",
    ),
    "regulation": L(
        "The **Basic Education Act (628/1998)** and the core curricula define what must be taught; they do not prescribe tools, but materials must support the curriculum's objectives and be accessible under the Act on the Provision of Digital Services (306/2019), which applies WCAG 2.1 AA to public bodies' services.\n\nPupils' data is protected by the GDPR, and the Data Protection Ombudsman has issued guidance on learning analytics; municipalities expect a **data processing agreement**, data stored in the EU and clear rules on profiling. Since 2025 the use of mobile phones during lessons has been restricted by law, which affects app-based products.",
        "**Perusopetuslaki (628/1998)** ja õppekavad määravad õppesisu; digiteenused peavad vastama digiteenuste seadusele (306/2019) ja WCAG 2.1 AA nõuetele. Õpilaste andmeid kaitseb GDPR; omavalitsused ootavad andmetöötluslepingut ja andmete hoidmist ELis.",
        "**Perusopetuslaki (628/1998)** ja opetussuunnitelmien perusteet määrittävät, mitä opetetaan; ne eivät määrää välineitä, mutta materiaalien on tuettava tavoitteita ja oltava saavutettavia digipalvelulain (306/2019) mukaisesti (WCAG 2.1 AA).\n\nOppilaiden tietoja suojaa tietosuoja-asetus, ja tietosuojavaltuutettu on ohjeistanut oppimisanalytiikasta; kunnat edellyttävät **henkilötietojen käsittelysopimusta**, EU:ssa säilytettävää dataa ja selkeitä profilointisääntöjä. Vuodesta 2025 mobiililaitteiden käyttöä oppitunneilla on rajoitettu lailla.",
        "**Pamatizglītības likums (628/1998)** un mācību programmas nosaka mācību saturu; digitālajiem pakalpojumiem jāatbilst digitālo pakalpojumu likumam (306/2019) un WCAG 2.1 AA. Skolēnu datus aizsargā VDAR; pašvaldības sagaida datu apstrādes līgumu un datu glabāšanu ES.",
        "**Lagen om grundläggande utbildning (628/1998)** och läroplansgrunderna anger vad som ska läras ut; digitala tjänster ska vara tillgängliga enligt lagen om tillhandahållande av digitala tjänster (306/2019). Elevernas uppgifter skyddas av GDPR, och kommunerna kräver personuppgiftsbiträdesavtal och lagring inom EU.",
    ),
    "business_culture": join(
        BUSINESS_CULTURE["fi"],
        L(
            "In schools, teachers are trusted professionals who choose their own methods; a teacher network recommending your tool is worth more than a contact at the education office.",
            "Koolides on õpetajad usaldusväärsed professionaalid; õpetajate võrgustiku soovitus on väärtuslikum kui kontakt haridusametis.",
            "Kouluissa opettajat ovat luotettuja ammattilaisia, jotka valitsevat menetelmänsä; opettajaverkoston suositus on arvokkaampi kuin yhteys sivistystoimeen.",
            "Skolās skolotāji ir uzticami profesionāļi; skolotāju tīkla ieteikums ir vērtīgāks par kontaktu izglītības pārvaldē.",
            "I skolan är lärarna betrodda yrkespersoner som väljer egna metoder; en rekommendation från ett lärarnätverk väger tyngre än en kontakt på bildningsförvaltningen.",
        ),
    ),
    "language_requirements": join(
        LANGUAGE["fi"],
        L(
            "Learning content must follow the Finnish curriculum in Finnish, and about 5% of pupils go to Swedish-language schools, which need fully Swedish material.",
            "Õppesisu peab olema soome keeles ja järgima Soome õppekava; umbes 5% õpilastest käib rootsikeelses koolis.",
            "Oppisisältöjen on noudatettava suomalaista opetussuunnitelmaa suomeksi, ja noin 5 % oppilaista käy ruotsinkielistä koulua, joka tarvitsee täysin ruotsinkielisen materiaalin.",
            "Mācību saturam jāatbilst Somijas mācību programmai somu valodā; ap 5% skolēnu mācās zviedru valodas skolās.",
            "Läromedel ska följa den finländska läroplanen på finska, och omkring 5 % av eleverna går i svenskspråkiga skolor som behöver helt svenskt material.",
        ),
    ),
    "customers": L(
        "Buyers are **municipal education departments**, joint municipal authorities for vocational education, private education providers, and higher education institutions. Small purchases are made directly by schools; larger ones follow the Procurement Act and are announced on **Hilma**, often through framework agreements of **Hansel** or the regional procurement units (e.g. KuntaHankinnat).\n\nMany municipalities test products in pilot schools before procuring. Universities buy through their joint company CSC or their own tenders.",
        "Ostjad on **omavalitsuste haridusosakonnad**, kutseõppe kuntayhtymät, eraomanikud ja kõrgkoolid. Suuremad ostud toimuvad hankeseaduse järgi ja avaldatakse **Hilmas**, sageli raamlepingutena. Paljud omavalitsused testivad tooteid pilootkoolides.",
        "Ostajia ovat **kuntien sivistystoimet**, ammatillisen koulutuksen kuntayhtymät, yksityiset koulutuksen järjestäjät ja korkeakoulut. Pienet hankinnat tehdään suoraan kouluissa; suuremmat ilmoitetaan **Hilmassa**, usein **Hanselin** tai KuntaHankintojen puitejärjestelyjen kautta.\n\nMonet kunnat kokeilevat tuotteita pilottikouluissa ennen hankintaa. Korkeakoulut hankkivat CSC:n kautta tai omilla kilpailutuksillaan.",
        "Pircēji ir **pašvaldību izglītības nodaļas**, profesionālās izglītības apvienības, privātie pakalpojumu sniedzēji un augstskolas. Lielāki pirkumi notiek saskaņā ar iepirkumu likumu un tiek publicēti **Hilma**, bieži kā pamatnolīgumi. Daudzas pašvaldības vispirms testē produktus pilotskolās.",
        "Köpare är **kommunernas bildningsförvaltningar**, samkommuner för yrkesutbildning, privata huvudmän och högskolor. Större inköp följer upphandlingslagen och annonseras i **Hilma**, ofta via ramavtal. Många kommuner testar produkter i pilotskolor före upphandling.",
    ),
    "channels": L(
        "Publishers (Sanoma Pro, Otava, Edita) and school system vendors (Visma, Eduix) are the main distribution channels; an integration with Wilma or MPASSid, the national pupil login, lowers the barrier for schools. **Educa**, the largest education fair in Helsinki every January, and the Education Finland events are the places to meet buyers.",
        "Peamised müügikanalid on kirjastused (Sanoma Pro, Otava) ja koolisüsteemide tarnijad (Visma); integratsioon Wilma või MPASSidiga teeb koolidele kasutuselevõtu lihtsamaks. Jaanuaris toimuv Educa mess on parim koht ostjatega kohtumiseks.",
        "Tärkeimmät jakelukanavat ovat kustantajat (Sanoma Pro, Otava, Edita) ja koulujärjestelmätoimittajat (Visma, Eduix); integraatio Wilmaan tai oppilaiden MPASSid-kirjautumiseen madaltaa koulujen kynnystä. **Educa**-messut Helsingissä tammikuussa ja Education Finlandin tapahtumat ovat paikkoja tavata ostajia.",
        "Galvenie kanāli ir izdevniecības (Sanoma Pro, Otava) un skolu sistēmu piegādātāji (Visma); integrācija ar Wilma vai MPASSid atvieglo skolām ieviešanu. Janvārī notiekošā Educa izstāde Helsinkos ir labākā vieta, kur satikt pircējus.",
        "De viktigaste kanalerna är förlagen (Sanoma Pro, Otava) och leverantörerna av skolsystem (Visma); en integration med Wilma eller den nationella elevinloggningen MPASSid sänker tröskeln för skolorna. Mässan Educa i Helsingfors i januari är platsen att träffa köpare.",
    ),
    "funding": join(
        FUNDING["fi"],
        L(
            "Education Finland supports EdTech companies' export, and the EU's Erasmus+ programme funds cooperation projects with Finnish schools and universities.",
            "Education Finland toetab haridustehnoloogia eksporti ja Erasmus+ rahastab koostööprojekte Soome koolidega.",
            "Education Finland tukee EdTech-yritysten vientiä, ja Erasmus+ rahoittaa yhteistyöhankkeita suomalaisten koulujen ja korkeakoulujen kanssa.",
            "Education Finland atbalsta EdTech eksportu, un Erasmus+ finansē sadarbības projektus ar Somijas skolām.",
            "Education Finland stöder edtech-företagens export, och Erasmus+ finansierar samarbetsprojekt med finländska skolor.",
        ),
    ),
    "practical_tips": L(
        "- Align your content explicitly with the Finnish core curriculum and say so in Finnish.\n- Offer MPASSid login and a data processing agreement from day one.\n- Start with a pilot school and let teachers tell others.\n- Exhibit at Educa in January.",
        "- Siduge sisu selgelt Soome õppekavaga.\n- Pakkuge MPASSid sisselogimist ja andmetöötluslepingut.\n- Alustage pilootkoolist.",
        "- Sido sisältösi näkyvästi opetussuunnitelman perusteisiin ja kerro se suomeksi.\n- Tarjoa MPASSid-kirjautuminen ja käsittelysopimus heti alusta.\n- Aloita pilottikoulusta ja anna opettajien kertoa muille.\n- Osallistu Educa-messuille tammikuussa.",
        "- Skaidri sasaistiet saturu ar Somijas mācību programmu.\n- Piedāvājiet MPASSid pieteikšanos un datu apstrādes līgumu.\n- Sāciet ar pilotskolu.",
        "- Koppla innehållet tydligt till läroplansgrunderna och säg det på finska.\n- Erbjud MPASSid-inloggning och personuppgiftsbiträdesavtal från början.\n- Börja med en pilotskola och låt lärarna sprida ordet.",
    ),
}


# --- Estonia ----------------------------------------------------------------------------------

PROFILES[("ee", "e-health")] = {
    "reviewed_on": datetime.date(2026, 10, 2),
    "summary": L(
        "A small, fast and thoroughly digital market: every Estonian's health record is in the national Health Information System, exchanged over the X-tee data layer. The Health Insurance Fund (Tervisekassa) pays for most care, and hospitals are open to pilots of well-integrated services.",
        "Väike, kiire ja läbinisti digitaalne turg: kõigi eestlaste terviseandmed on riiklikus tervise infosüsteemis ja liiguvad X-tee kaudu. Tervisekassa maksab enamiku ravi eest ning haiglad on avatud hästi liidestatud teenuste piloteerimisele.",
        "Pieni, nopea ja läpikotaisin digitaalinen markkina: jokaisen virolaisen terveystiedot ovat kansallisessa terveystietojärjestelmässä ja liikkuvat X-tee-tiedonvaihtokerroksen kautta. Tervisekassa maksaa suurimman osan hoidosta, ja sairaalat ovat avoimia hyvin integroitujen palvelujen piloteille.",
        "Maza, ātra un pilnībā digitāla tirgus vide: visu igauņu veselības dati ir valsts veselības informācijas sistēmā un tiek apmainīti caur X-tee. Tervisekassa apmaksā lielāko daļu aprūpes, un slimnīcas ir atvērtas labi integrētu pakalpojumu pilotprojektiem.",
        "En liten, snabb och genomdigitaliserad marknad: varje estländares hälsodata finns i det nationella hälsoinformationssystemet och utbyts via datalagret X-tee. Tervisekassa betalar det mesta av vården, och sjukhusen är öppna för piloter av väl integrerade tjänster.",
    ),
    "overview": L(
        "Estonia built its **e-health record** (Tervise infosüsteem) in 2008, and today practically all prescriptions, referrals, discharge summaries and images are digital. Citizens see their data and who has looked at it in the **patient portal** (terviseportaal), and every exchange between systems goes through **X-tee**, the secure data exchange layer of the state.\n\nCare is organised around about 800 family doctors and a small number of hospitals: two regional hospitals (North Estonia Medical Centre and Tartu University Hospital), central and general hospitals. Because the market is small, a single successful integration can reach a national scale quickly.",
        "Eesti lõi **tervise infosüsteemi** 2008. aastal ja tänaseks on peaaegu kõik retseptid, saatekirjad, epikriisid ja pildid digitaalsed. Inimesed näevad oma andmeid ja nende vaatajaid **terviseportaalis** ning kõik süsteemidevahelised päringud liiguvad **X-tee** kaudu.\n\nTervishoid tugineb umbes 800 perearstile ja väikesele arvule haiglatele, eesotsas Põhja-Eesti Regionaalhaigla ja Tartu Ülikooli Kliinikumiga. Väikesel turul võib üks edukas liidestus kiiresti üleriigiliseks kasvada.",
        "Viro rakensi **terveystietojärjestelmänsä** vuonna 2008, ja nykyään lähes kaikki reseptit, lähetteet, epikriisit ja kuvat ovat digitaalisia. Kansalaiset näkevät tietonsa ja niiden katsojat **potilasportaalissa**, ja kaikki järjestelmien välinen tiedonvaihto kulkee valtion **X-tee**-kerroksen kautta.\n\nHoito perustuu noin 800 perhelääkäriin ja pieneen joukkoon sairaaloita, joista suurimmat ovat Pohjois-Viron aluesairaala ja Tarton yliopistollinen sairaala. Pienellä markkinalla yksi onnistunut integraatio voi nopeasti kattaa koko maan.",
        "Igaunija **veselības informācijas sistēmu** izveidoja 2008. gadā, un šodien gandrīz visas receptes, nosūtījumi, izraksti un attēli ir digitāli. Iedzīvotāji savus datus un to skatītājus redz **pacientu portālā**, un visa sistēmu datu apmaiņa notiek caur **X-tee**.\n\nAprūpe balstās uz aptuveni 800 ģimenes ārstiem un nelielu slimnīcu skaitu, no kurām lielākās ir Ziemeļigaunijas reģionālā slimnīca un Tartu Universitātes klīnika. Mazā tirgū viena veiksmīga integrācija var ātri aptvert visu valsti.",
        "Estland byggde sitt **hälsoinformationssystem** 2008, och i dag är nästan alla recept, remisser, epikriser och bilder digitala. Medborgarna ser sina uppgifter och vem som tittat på dem i **patientportalen**, och allt utbyte mellan system går via statens datalager **X-tee**.\n\nVården vilar på omkring 800 familjeläkare och ett fåtal sjukhus, främst Norra Estlands regionsjukhus och Tartu universitetssjukhus. På en liten marknad kan en lyckad integration snabbt nå hela landet.",
    ),
    "market_size": L(
        "With 1.37 million inhabitants and health spending of about 7% of GDP, Estonia is a small market in money terms, but an excellent reference market: foreign buyers visit to see its e-health solutions. Priorities of the Ministry of Social Affairs include remote care for chronic patients, a personal health account, decision support with genome data from the Estonian Biobank, and easing a shortage of nurses and family doctors.",
        "1,37 miljoni elaniku ja umbes 7% SKPst moodustavate tervishoiukuludega on Eesti rahas väike, kuid suurepärane referentsturg. Sotsiaalministeeriumi prioriteedid on krooniliste haigete kaugravi, isiklik terviseandmete konto, geeniandmetel põhinev otsustustugi ning õdede ja perearstide puuduse leevendamine.",
        "1,37 miljoonan asukkaan ja noin 7 %:n BKT-osuuden terveysmenoillaan Viro on rahassa pieni mutta erinomainen referenssimarkkina. Sosiaaliministeriön painopisteitä ovat kroonisesti sairaiden etähoito, henkilökohtainen terveystili, geenitietoa hyödyntävä päätöksenteon tuki sekä hoitaja- ja lääkäripulan helpottaminen.",
        "Ar 1,37 miljoniem iedzīvotāju un veselības izdevumiem ap 7% no IKP Igaunija naudas izteiksmē ir mazs, bet lielisks atsauces tirgus. Sociālo lietu ministrijas prioritātes ir hronisko pacientu attālinātā aprūpe, personīgais veselības konts, uz genoma datiem balstīts lēmumu atbalsts un māsu un ģimenes ārstu trūkuma mazināšana.",
        "Med 1,37 miljoner invånare och hälsoutgifter på omkring 7 % av BNP är Estland en liten marknad i pengar räknat, men en utmärkt referensmarknad. Socialministeriets prioriteringar är distansvård för kroniskt sjuka, ett personligt hälsokonto, beslutsstöd med genomdata från Estniska biobanken och att lindra bristen på sjuksköterskor och familjeläkare.",
    ),
    "regulation": L(
        "Medical device software falls under the EU **MDR**; the **Health Board (Terviseamet)** supervises the market and licenses health care providers. To exchange data with the Health Information System you must use **X-tee**, follow the data standards of **TEHIK** and pass its interface testing; access is granted only to licensed providers and their processors.\n\nThe **Health Services Organisation Act** and the Personal Data Protection Act govern health data; patients can block access to their records, and every access is logged and visible to them. Secondary use of data for research needs approval of an ethics committee and, for Biobank data, of the Biobank itself.",
        "Meditsiiniseadmena käsitletavat tarkvara reguleerib ELi **MDR**; järelevalvet teeb **Terviseamet**, kes annab ka tegevuslube. Tervise infosüsteemiga andmevahetuseks tuleb kasutada **X-teed**, järgida **TEHIKu** andmestandardeid ja läbida liidestestid.\n\nTerviseandmeid reguleerivad **tervishoiuteenuste korraldamise seadus** ja isikuandmete kaitse seadus. Patsient võib oma andmetele juurdepääsu piirata ja näeb iga päringut. Andmete teiseseks kasutuseks on vaja eetikakomitee luba.",
        "Lääkinnälliseksi laitteeksi luokiteltavaa ohjelmistoa sääntelee EU:n **MDR**; markkinavalvonnasta ja terveydenhuollon toimiluvista vastaa **Terveysvirasto (Terviseamet)**. Tiedonvaihto terveystietojärjestelmän kanssa edellyttää **X-teetä**, **TEHIKin** tietostandardeja ja rajapintatestausta.\n\nTerveystietoja sääntelevät **terveyspalvelujen järjestämislaki** ja henkilötietolaki. Potilas voi rajata pääsyn tietoihinsa ja näkee jokaisen katselun. Tietojen toisiokäyttö tutkimukseen vaatii eettisen toimikunnan luvan.",
        "Programmatūru, kas ir medicīniskā ierīce, regulē ES **MDR**; tirgu uzrauga un licences izsniedz **Veselības pārvalde (Terviseamet)**. Datu apmaiņai ar veselības informācijas sistēmu jāizmanto **X-tee**, jāievēro **TEHIK** datu standarti un jāiziet saskarņu testēšana.\n\nVeselības datus regulē **Veselības pakalpojumu organizācijas likums** un personas datu aizsardzības likums. Pacients var ierobežot piekļuvi saviem datiem un redz katru pieprasījumu. Sekundārai izmantošanai vajadzīga ētikas komitejas atļauja.",
        "Programvara som är en medicinteknisk produkt regleras av EU:s **MDR**; **Hälsomyndigheten (Terviseamet)** utövar marknadskontroll och beviljar tillstånd. För att utbyta data med hälsoinformationssystemet måste man använda **X-tee**, följa **TEHIK**:s datastandarder och klara gränssnittstesterna.\n\nHälsodata regleras av **lagen om organisation av hälso- och sjukvårdstjänster** och dataskyddslagen. Patienten kan spärra åtkomst och ser varje uppslag. Sekundär användning kräver etikkommitténs godkännande.",
    ),
    "business_culture": join(
        BUSINESS_CULTURE["ee"],
        L(
            "Hospital IT departments are small and technically strong; they want to see an API and a security architecture before a slide deck.",
            "Haiglate IT-osakonnad on väikesed ja tehniliselt tugevad – nad tahavad enne esitlust näha API-t ja turvaarhitektuuri.",
            "Sairaaloiden IT-yksiköt ovat pieniä ja teknisesti vahvoja: ne haluavat nähdä rajapinnan ja tietoturva-arkkitehtuurin ennen esitystä.",
            "Slimnīcu IT nodaļas ir mazas un tehniski spēcīgas – pirms prezentācijas tās grib redzēt API un drošības arhitektūru.",
            "Sjukhusens IT-avdelningar är små och tekniskt starka; de vill se ett API och en säkerhetsarkitektur före bildspelet.",
        ),
    ),
    "language_requirements": join(
        LANGUAGE["ee"],
        L(
            "Patient information and the user interface must be in Estonian; a Russian version is strongly recommended for patients in Ida-Virumaa and Tallinn. Clinical documents follow TEHIK's Estonian-language code systems.",
            "Patsienditeave ja kasutajaliides peavad olema eesti keeles; vene keele versioon on Ida-Virumaa ja Tallinna patsientide jaoks soovitatav. Kliinilised dokumendid järgivad TEHIKu klassifikaatoreid.",
            "Potilastiedon ja käyttöliittymän on oltava viroksi; venäjänkielinen versio on suositeltava Ida-Virumaan ja Tallinnan potilaille. Kliiniset asiakirjat noudattavat TEHIKin luokituksia.",
            "Informācijai pacientiem un saskarnei jābūt igauņu valodā; krievu versija ieteicama pacientiem Ida-Virumā un Tallinā. Klīniskie dokumenti seko TEHIK klasifikatoriem.",
            "Patientinformation och gränssnitt ska vara på estniska; en rysk version rekommenderas för patienter i Ida-Virumaa och Tallinn. Kliniska dokument följer TEHIK:s kodverk.",
        ),
    ),
    "customers": L(
        "The **Health Insurance Fund (Tervisekassa)** decides which services are reimbursed and has started to pay for some digital services, such as remote consultations. Hospitals buy their own IT under the **Public Procurement Act**; tenders are published in the **state procurement register (riigihangete register)**, and many start with a market consultation. Family doctors' practices are private businesses and buy small tools directly. Pharmacies, private clinics and employers are growing buyers of well-being services.",
        "**Tervisekassa** otsustab, milliseid teenuseid hüvitatakse, ja on hakanud maksma ka mõnede digiteenuste, näiteks kaugvastuvõttude eest. Haiglad ostavad IT-d **riigihangete seaduse** alusel ja hanked avaldatakse **riigihangete registris**. Perearstikeskused on eraettevõtted ja ostavad väikseid lahendusi otse.",
        "**Tervisekassa** päättää korvattavista palveluista ja on alkanut maksaa myös joistakin digipalveluista, kuten etävastaanotoista. Sairaalat hankkivat IT:nsä **julkisista hankinnoista annetun lain** mukaan, ja hankinnat julkaistaan **valtion hankintarekisterissä**. Perhelääkäriasemat ovat yksityisiä yrityksiä ja ostavat pieniä ratkaisuja suoraan.",
        "**Tervisekassa** lemj, kurus pakalpojumus kompensēt, un sākusi apmaksāt arī dažus digitālos pakalpojumus, piemēram, attālinātās konsultācijas. Slimnīcas iepērk IT saskaņā ar **Publisko iepirkumu likumu**, un iepirkumi tiek publicēti **valsts iepirkumu reģistrā**. Ģimenes ārstu prakses ir privāti uzņēmumi un pērk nelielus risinājumus tieši.",
        "**Tervisekassa** beslutar vilka tjänster som ersätts och har börjat betala för vissa digitala tjänster, som distansbesök. Sjukhusen köper IT enligt **upphandlingslagen** och upphandlingarna publiceras i **statens upphandlingsregister**. Familjeläkarmottagningarna är privata företag och köper mindre lösningar direkt.",
    ),
    "channels": L(
        "The **Estonian Connected Health Cluster** gathers companies, hospitals and Tervisekassa, and runs a test bed programme. Local system integrators (Nortal, Helmes, Cybernetica) build most public health IT and are useful partners for tenders. The Tartu and Tallinn start-up ecosystems (Tehnopol, Sunrise Tartu) offer quick access to clinicians and investors.",
        "**Eesti tervisetehnoloogia klaster** ühendab ettevõtteid, haiglaid ja Tervisekassat ning korraldab testimisprogramme. Kohalikud integraatorid (Nortal, Helmes, Cybernetica) ehitavad suurema osa avaliku sektori tervise-IT-st. Tehnopol ja Tartu idufirmade kogukond aitavad jõuda arstide ja investoriteni.",
        "**Viron terveysteknologiaklusteri** kokoaa yritykset, sairaalat ja Tervisekassan ja järjestää testausohjelmia. Paikalliset integraattorit (Nortal, Helmes, Cybernetica) rakentavat suurimman osan julkisen sektorin terveys-IT:stä. Tehnopol ja Tarton startup-yhteisö tarjoavat nopean pääsyn lääkäreiden ja sijoittajien luo.",
        "**Igaunijas veselības tehnoloģiju klasteris** apvieno uzņēmumus, slimnīcas un Tervisekassa un rīko testēšanas programmas. Vietējie integratori (Nortal, Helmes, Cybernetica) būvē lielāko daļu publiskā sektora veselības IT. Tehnopol un Tartu jaunuzņēmumu kopiena palīdz ātri sasniegt ārstus un investorus.",
        "**Estlands kluster för uppkopplad hälsa** samlar företag, sjukhus och Tervisekassa och driver testbäddsprogram. Lokala integratörer (Nortal, Helmes, Cybernetica) bygger det mesta av den offentliga hälso-IT:n. Tehnopol och start-up-miljön i Tartu ger snabb kontakt med läkare och investerare.",
    ),
    "funding": join(
        FUNDING["ee"],
        L(
            "For health pilots, Tervisekassa's innovation programme and the hospitals' own development funds are worth asking about.",
            "Tervisepilootide jaoks tasub uurida Tervisekassa innovatsiooniprogrammi ja haiglate arendusraha.",
            "Terveyspiloteissa kannattaa kysyä Tervisekassan innovaatio-ohjelmasta ja sairaaloiden kehittämisrahoista.",
            "Veselības pilotprojektiem vērts jautāt par Tervisekassa inovāciju programmu un slimnīcu attīstības līdzekļiem.",
            "För hälsopiloter är Tervisekassas innovationsprogram och sjukhusens utvecklingsmedel värda att fråga om.",
        ),
    ),
    "practical_tips": L(
        "- Design for X-tee and the TEHIK data standards from the start.\n- Offer Estonian and Russian interfaces.\n- Use Smart-ID or the ID card for signing in – users expect it.\n- Talk to the Connected Health Cluster before your first trip.",
        "- Kavandage lahendus algusest peale X-tee ja TEHIKu standardite järgi.\n- Pakkuge eesti- ja venekeelset liidest.\n- Kasutage sisselogimiseks Smart-ID-d või ID-kaarti.\n- Võtke enne esimest reisi ühendust tervisetehnoloogia klastriga.",
        "- Suunnittele ratkaisu alusta asti X-teetä ja TEHIKin standardeja varten.\n- Tarjoa viron- ja venäjänkielinen käyttöliittymä.\n- Käytä kirjautumiseen Smart-ID:tä tai henkilökorttia.\n- Ota yhteyttä terveysteknologiaklusteriin ennen ensimmäistä matkaa.",
        "- Jau no sākuma projektējiet risinājumu X-tee un TEHIK standartiem.\n- Piedāvājiet igauņu un krievu saskarni.\n- Pieteikšanās ar Smart-ID vai ID karti.\n- Pirms pirmā brauciena sazinieties ar veselības tehnoloģiju klasteri.",
        "- Utforma lösningen för X-tee och TEHIK:s standarder från början.\n- Erbjud gränssnitt på estniska och ryska.\n- Använd Smart-ID eller id-kort för inloggning.\n- Kontakta klustret för uppkopplad hälsa före första resan.",
    ),
}

PROFILES[("ee", "e-learning")] = {
    "reviewed_on": datetime.date(2026, 10, 2),
    "summary": L(
        "Estonian schools are among the most digital in Europe: every school uses the eKool or Stuudium e-school system, and pupils score at the top of PISA. Schools choose their own tools, and the state promotes AI in learning through the TI-Hüpe programme.",
        "Eesti koolid on Euroopa kõige digitaalsemate seas: kõik koolid kasutavad eKooli või Stuudiumi ning õpilased on PISA tipus. Koolid valivad vahendid ise ja riik edendab tehisintellekti õppes programmiga TI-Hüpe.",
        "Virolaiset koulut ovat Euroopan digitaalisimpia: jokainen koulu käyttää eKool- tai Stuudium-järjestelmää, ja oppilaat ovat PISAn kärjessä. Koulut valitsevat välineensä itse, ja valtio edistää tekoälyä opetuksessa TI-Hüpe-ohjelmalla.",
        "Igaunijas skolas ir vienas no digitālākajām Eiropā: visas skolas izmanto eKool vai Stuudium e-skolas sistēmu, un skolēni ir PISA virsotnē. Skolas pašas izvēlas rīkus, un valsts ar programmu TI-Hüpe veicina mākslīgo intelektu mācībās.",
        "Estniska skolor hör till de mest digitala i Europa: alla skolor använder e-skolsystemet eKool eller Stuudium, och eleverna ligger i PISA-toppen. Skolorna väljer sina verktyg själva, och staten främjar AI i lärandet genom programmet TI-Hüpe.",
    ),
    "overview": L(
        "Estonia has about 510 general-education schools and roughly 160,000 pupils. Since the Tiger Leap programme of the 1990s, computers and the internet have been part of school life, and today every school keeps grades, homework and communication with parents in an **e-school**: **eKool** or **Stuudium**. State digital learning materials are collected in the **e-Koolikott** repository, and national exams are moving online.\n\nThe 2025–2026 **TI-Hüpe** (AI Leap) programme gives secondary-school pupils and teachers access to AI learning tools – a sign that the state is willing to adopt new technology quickly, but also that it sets the agenda.",
        "Eestis on umbes 510 üldhariduskooli ja ligikaudu 160 000 õpilast. Tiigrihüppest alates on arvutid koolielu osa ning täna peavad kõik koolid hindeid, koduseid ülesandeid ja suhtlust vanematega **e-koolis**: **eKoolis** või **Stuudiumis**. Riiklikud digiõppevarad on **e-Koolikotis** ja riigieksamid liiguvad veebi.\n\nProgramm **TI-Hüpe** toob gümnaasiumiõpilastele ja õpetajatele tehisintellekti õppevahendid – riik võtab uut tehnoloogiat kiiresti kasutusele, kuid seab ka ise suuna.",
        "Virossa on noin 510 yleissivistävää koulua ja noin 160 000 oppilasta. 1990-luvun Tiigrihüpe-ohjelmasta lähtien tietokoneet ovat olleet osa koulua, ja nykyään jokainen koulu hoitaa arvosanat, kotitehtävät ja viestinnän vanhempien kanssa **e-koulussa**: **eKoolissa** tai **Stuudiumissa**. Valtion digitaaliset oppimateriaalit ovat **e-Koolikott**-palvelussa, ja ylioppilaskokeet siirtyvät verkkoon.\n\n**TI-Hüpe**-ohjelma tuo lukiolaisille ja opettajille tekoälyyn perustuvia oppimisvälineitä – valtio ottaa uutta teknologiaa nopeasti käyttöön, mutta myös määrittää suunnan.",
        "Igaunijā ir ap 510 vispārizglītojošo skolu un aptuveni 160 000 skolēnu. Kopš Tīģera lēciena programmas datori ir skolas dzīves daļa, un šodien visas skolas atzīmes, mājasdarbus un saziņu ar vecākiem uztur **e-skolā** – **eKool** vai **Stuudium**. Valsts digitālie mācību materiāli ir **e-Koolikott** krātuvē, un eksāmeni pāriet tiešsaistē.\n\nProgramma **TI-Hüpe** vidusskolēniem un skolotājiem dod mākslīgā intelekta mācību rīkus – valsts jaunas tehnoloģijas ievieš ātri, bet arī pati nosaka virzienu.",
        "Estland har omkring 510 allmänbildande skolor och cirka 160 000 elever. Sedan Tigersprånget på 1990-talet är datorer en del av skolan, och i dag sköter alla skolor betyg, läxor och kontakten med föräldrarna i en **e-skola**: **eKool** eller **Stuudium**. Statens digitala läromedel samlas i **e-Koolikott**, och de nationella proven flyttar till nätet.\n\nProgrammet **TI-Hüpe** ger gymnasieelever och lärare AI-baserade lärverktyg – staten inför ny teknik snabbt men sätter också agendan.",
    ),
    "market_size": L(
        "The school market is small in money terms, and schools' budgets for learning materials are tight; many digital materials are financed centrally and offered free of charge. Growth areas are adult and vocational learning (the Unemployment Insurance Fund buys re-skilling courses), teacher-support tools, assessment and learning analytics, and Estonian-language learning for Russian-speaking pupils as schools switch to Estonian-medium teaching by 2030.",
        "Kooliturg on rahaliselt väike ja õppevarade eelarved on piiratud; paljud digimaterjalid rahastatakse tsentraalselt. Kasvuvaldkonnad on täiskasvanute ja kutseõpe (Töötukassa ostab ümberõppekursusi), õpetaja tugivahendid, hindamine ja eesti keele õpe seoses üleminekuga eestikeelsele õppele aastaks 2030.",
        "Koulumarkkina on rahassa pieni ja oppimateriaalibudjetit tiukkoja; moni digimateriaali rahoitetaan keskitetysti. Kasvualueita ovat aikuis- ja ammatillinen koulutus (Töötukassa ostaa uudelleenkoulutusta), opettajan työkalut, arviointi sekä viron kielen opetus, kun koulut siirtyvät vironkieliseen opetukseen vuoteen 2030 mennessä.",
        "Skolu tirgus naudas izteiksmē ir mazs, un mācību līdzekļu budžeti ir ierobežoti; daudzus digitālos materiālus finansē centralizēti. Izaugsmes jomas ir pieaugušo un profesionālā izglītība (Töötukassa pērk pārkvalifikācijas kursus), skolotāju atbalsta rīki, vērtēšana un igauņu valodas apguve, skolām līdz 2030. gadam pārejot uz mācībām igauniski.",
        "Skolmarknaden är liten i pengar räknat och budgetarna för läromedel är snäva; många digitala material finansieras centralt. Tillväxtområden är vuxen- och yrkesutbildning (Töötukassa köper omskolning), verktyg för lärare, bedömning och estniska för rysktalande elever när skolorna går över till undervisning på estniska till 2030.",
    ),
    "regulation": L(
        "The **Basic Schools and Upper Secondary Schools Act** gives school heads the right to choose study materials, within the national curricula. Digital services used by schools must comply with the GDPR and with the **Public Information Act**; pupils' data may only be processed for educational purposes, and the Data Protection Inspectorate has warned against profiling children.\n\nSchools increasingly require single sign-on through **HarID** or the e-school, and integration with the Estonian Education Information System (**EHIS**) is needed for anything that touches official records.",
        "**Põhikooli- ja gümnaasiumiseadus** annab koolijuhile õiguse valida õppevara riikliku õppekava raames. Koolides kasutatavad digiteenused peavad vastama GDPR-ile ja **avaliku teabe seadusele**; Andmekaitse Inspektsioon on hoiatanud laste profileerimise eest.\n\nKoolid nõuavad üha enam ühist sisselogimist **HarID** või e-kooli kaudu ning ametlike andmetega tegelemisel liidestust **EHIS**-ega.",
        "**Perus- ja lukiokoululaki** antaa rehtorille oikeuden valita oppimateriaalit valtakunnallisen opetussuunnitelman puitteissa. Koulujen digipalvelujen on noudatettava tietosuoja-asetusta ja **julkisuuslakia**; tietosuojavirasto on varoittanut lasten profiloinnista.\n\nKoulut edellyttävät yhä useammin kertakirjautumista **HarID**:n tai e-koulun kautta, ja virallisia tietoja käsittelevät palvelut on liitettävä **EHIS**-opetustietojärjestelmään.",
        "**Pamatskolu un vidusskolu likums** dod skolas direktoram tiesības izvēlēties mācību līdzekļus valsts mācību programmas ietvaros. Skolās lietotajiem digitālajiem pakalpojumiem jāatbilst VDAR un **Publiskās informācijas likumam**; Datu aizsardzības inspekcija brīdinājusi par bērnu profilēšanu.\n\nSkolas arvien biežāk prasa vienoto pieteikšanos caur **HarID** vai e-skolu un integrāciju ar **EHIS**, ja tiek skarti oficiālie dati.",
        "**Lagen om grundskolor och gymnasieskolor** ger rektorn rätt att välja läromedel inom de nationella läroplanerna. Digitala tjänster i skolan ska följa GDPR och **lagen om offentlig information**; dataskyddsinspektionen har varnat för profilering av barn.\n\nSkolorna kräver allt oftare enkel inloggning via **HarID** eller e-skolan, och integration med utbildningsregistret **EHIS** när officiella uppgifter berörs.",
    ),
    "business_culture": join(
        BUSINESS_CULTURE["ee"],
        L(
            "School heads and digital learning coordinators (haridustehnoloogid) are the people to convince; they are well networked and share experiences quickly.",
            "Veenda tuleb koolijuhte ja haridustehnolooge – nad on hästi võrgustunud ja jagavad kogemusi kiiresti.",
            "Vakuutettavia ovat rehtorit ja koulujen opetusteknologit (haridustehnoloogid), jotka verkostoituvat hyvin ja jakavat kokemuksia nopeasti.",
            "Jāpārliecina skolu direktori un izglītības tehnologi, kuri ir labi sasaistīti un ātri dalās pieredzē.",
            "Det är rektorer och skolornas utbildningsteknologer (haridustehnoloogid) som ska övertygas; de är väl uppkopplade och delar erfarenheter snabbt.",
        ),
    ),
    "language_requirements": join(
        LANGUAGE["ee"],
        L(
            "From 2024 to 2030 all schools move to Estonian-medium teaching, so learning content must be in Estonian; support material in Russian and Ukrainian helps the transition.",
            "Aastatel 2024–2030 lähevad kõik koolid üle eestikeelsele õppele, seega peab õppesisu olema eesti keeles; vene- ja ukrainakeelne tugimaterjal aitab üleminekul.",
            "Vuosina 2024–2030 kaikki koulut siirtyvät vironkieliseen opetukseen, joten oppisisällön on oltava viroksi; venäjän- ja ukrainankielinen tukimateriaali auttaa siirtymässä.",
            "No 2024. līdz 2030. gadam visas skolas pāriet uz mācībām igauņu valodā, tāpēc saturam jābūt igauniski; atbalsta materiāli krievu un ukraiņu valodā palīdz pārejā.",
            "Åren 2024–2030 övergår alla skolor till undervisning på estniska, så innehållet ska vara på estniska; stödmaterial på ryska och ukrainska underlättar övergången.",
        ),
    ),
    "customers": L(
        "Schools are owned by municipalities (most basic schools) and the state (many upper secondary schools); each decides small purchases itself, while larger contracts go through the municipality's or the **State Shared Service Centre**'s procurements in the **riigihangete register**. The **Education and Youth Board (Harno)** commissions national digital materials and tools, often through open tenders. Vocational schools, universities and the Unemployment Insurance Fund buy adult learning.",
        "Koolid kuuluvad omavalitsustele ja riigile; väiksemad ostud teeb kool ise, suuremad lepingud käivad omavalitsuse või **Riigi Tugiteenuste Keskuse** hangete kaudu **riigihangete registris**. **Harno** tellib riiklikke digiõppevarasid, sageli avatud hangetega.",
        "Koulut ovat kuntien ja valtion omistamia; pienet hankinnat koulu tekee itse, suuremmat sopimukset kulkevat kunnan tai **valtion palvelukeskuksen** hankintojen kautta **hankintarekisterissä**. **Harno** tilaa valtakunnallisia digimateriaaleja usein avoimilla kilpailutuksilla.",
        "Skolas pieder pašvaldībām un valstij; mazus pirkumus skola veic pati, lielāki līgumi notiek caur pašvaldības vai **Valsts atbalsta pakalpojumu centra** iepirkumiem **iepirkumu reģistrā**. **Harno** pasūta valsts digitālos mācību materiālus, bieži atklātos konkursos.",
        "Skolorna ägs av kommuner och staten; mindre inköp gör skolan själv, större avtal går via kommunens eller **statens servicecenter**s upphandlingar i **upphandlingsregistret**. **Harno** beställer nationella digitala läromedel, ofta genom öppna upphandlingar.",
    ),
    "channels": L(
        "Integration with **eKool** or **Stuudium** is the shortest way into classrooms, and both have partner programmes. **EdTech Estonia**, the industry cluster, organises showcases for teachers, and the annual **HITSA/Harno digital learning conferences** attract school leaders. Tallinn University and the University of Tartu run teacher training and are credible pilot partners.",
        "Lühim tee klassiruumi on liidestus **eKooli** või **Stuudiumiga**. **EdTech Estonia** klaster korraldab õpetajatele tutvustusi ja Harno konverentsid toovad kokku koolijuhid. Tallinna Ülikool ja Tartu Ülikool on usaldusväärsed pilootpartnerid.",
        "Lyhin tie luokkahuoneeseen on integraatio **eKooliin** tai **Stuudiumiin**. **EdTech Estonia** -klusteri järjestää esittelyjä opettajille, ja Harnon konferenssit kokoavat rehtoreita. Tallinnan ja Tarton yliopistot ovat uskottavia pilottikumppaneita.",
        "Īsākais ceļš uz klasi ir integrācija ar **eKool** vai **Stuudium**. Klasteris **EdTech Estonia** rīko prezentācijas skolotājiem, un Harno konferences pulcē skolu vadītājus. Tallinas un Tartu universitātes ir uzticami pilotpartneri.",
        "Kortaste vägen in i klassrummet är en integration med **eKool** eller **Stuudium**. Klustret **EdTech Estonia** ordnar visningar för lärare och Harnos konferenser samlar skolledare. Tallinns universitet och Tartu universitet är trovärdiga pilotpartner.",
    ),
    "funding": join(
        FUNDING["ee"],
        L(
            "Harno and EU structural funds finance digital learning materials; Erasmus+ supports cooperation with Estonian schools.",
            "Harno ja ELi struktuurifondid rahastavad digiõppevara; Erasmus+ toetab koostööd Eesti koolidega.",
            "Harno ja EU:n rakennerahastot rahoittavat digitaalisia oppimateriaaleja; Erasmus+ tukee yhteistyötä virolaisten koulujen kanssa.",
            "Harno un ES struktūrfondi finansē digitālos mācību materiālus; Erasmus+ atbalsta sadarbību ar Igaunijas skolām.",
            "Harno och EU:s strukturfonder finansierar digitala läromedel; Erasmus+ stöder samarbete med estniska skolor.",
        ),
    ),
    "practical_tips": L(
        "- Build an eKool/Stuudium integration and HarID login.\n- Provide Estonian content that fits the national curriculum.\n- Expect a free or low-cost entry tier: schools have small budgets.\n- Find a school head who will champion you in the network.",
        "- Looge liidestus eKooli/Stuudiumiga ja HarID sisselogimine.\n- Pakkuge riikliku õppekavaga sobivat eestikeelset sisu.\n- Arvestage tasuta või odava algpaketiga.",
        "- Rakenna integraatio eKooliin/Stuudiumiin ja HarID-kirjautuminen.\n- Tarjoa opetussuunnitelmaan sopivaa vironkielistä sisältöä.\n- Varaudu maksuttomaan tai edulliseen aloitustasoon.",
        "- Izveidojiet integrāciju ar eKool/Stuudium un HarID pieteikšanos.\n- Piedāvājiet mācību programmai atbilstošu saturu igauniski.\n- Rēķinieties ar bezmaksas vai lētu sākuma līmeni.",
        "- Bygg en integration med eKool/Stuudium och HarID-inloggning.\n- Erbjud innehåll på estniska som passar läroplanen.\n- Räkna med en gratis eller billig startnivå.",
    ),
}


# --- Latvia -----------------------------------------------------------------------------------

PROFILES[("lv", "e-health")] = {
    "reviewed_on": datetime.date(2026, 7, 10),
    "summary": L(
        "A price-sensitive market in the middle of catching up: the national E-veselība system is mandatory for prescriptions and sick leave, and the National Health Service is the main payer. Latvian-language documentation, patience with hierarchy and a local partner are essential.",
        "Hinnatundlik ja järelejõudev turg: riiklik E-veselība süsteem on retseptide ja töövõimetuslehtede jaoks kohustuslik ning Riiklik Tervishoiuteenistus on peamine maksja. Vaja on lätikeelset dokumentatsiooni, kannatlikkust ja kohalikku partnerit.",
        "Hintatietoinen ja kiinni kurova markkina: kansallinen E-veselība-järjestelmä on pakollinen resepteissä ja sairauslomissa, ja kansallinen terveyspalvelu NVD on tärkein maksaja. Latviankielinen dokumentaatio, kärsivällisyys ja paikallinen kumppani ovat välttämättömiä.",
        "Cenu jutīgs tirgus, kas strauji attīstās: valsts E-veselības sistēma ir obligāta receptēm un darbnespējas lapām, un Nacionālais veselības dienests ir galvenais maksātājs. Būtiska ir dokumentācija latviešu valodā, pacietība pret hierarhiju un vietējais partneris.",
        "En priskänslig marknad som håller på att komma ikapp: det nationella systemet E-veselība är obligatoriskt för recept och sjukintyg, och den nationella hälsotjänsten NVD är den största betalaren. Dokumentation på lettiska, tålamod med hierarkier och en lokal partner är avgörande.",
    ),
    "overview": L(
        "Latvia's health system is financed mainly by the state budget through the **National Health Service (Nacionālais veselības dienests, NVD)**, which contracts hospitals, family doctors and specialists. The national e-health system **E-veselība**, launched in 2016, is mandatory for e-prescriptions, sick-leave certificates and referrals, and citizens see their data on the portal eveseliba.gov.lv.\n\nAfter a slow start, digitalisation has accelerated with EU Recovery Fund money: a new generation of E-veselība, a shared image archive and telemedicine services are being procured. Riga dominates: Pauls Stradiņš Clinical University Hospital, Riga East University Hospital and the Children's Clinical University Hospital are the key institutions.",
        "Läti tervishoidu rahastatakse peamiselt riigieelarvest **Riikliku Tervishoiuteenistuse (NVD)** kaudu. 2016. aastal käivitatud riiklik e-tervise süsteem **E-veselība** on e-retseptide, töövõimetuslehtede ja saatekirjade jaoks kohustuslik.\n\nELi taasterahastu raha on digitaliseerimist kiirendanud: hangitakse E-veselība uut põlvkonda, ühist pildiarhiivi ja telemeditsiini. Keskne on Riia oma suurte ülikoolihaiglatega.",
        "Latvian terveydenhuoltoa rahoitetaan pääasiassa valtion budjetista **kansallisen terveyspalvelun (NVD)** kautta. Vuonna 2016 käynnistetty kansallinen **E-veselība**-järjestelmä on pakollinen sähköisissä resepteissä, sairauslomatodistuksissa ja lähetteissä.\n\nEU:n elpymisrahoitus on vauhdittanut digitalisaatiota: hankinnassa ovat E-veselīban uusi sukupolvi, yhteinen kuva-arkisto ja etälääketieteen palvelut. Riika on keskiössä suurine yliopistosairaaloineen.",
        "Latvijas veselības aprūpi galvenokārt finansē valsts budžets caur **Nacionālo veselības dienestu (NVD)**, kas slēdz līgumus ar slimnīcām, ģimenes ārstiem un speciālistiem. 2016. gadā ieviestā valsts sistēma **E-veselība** ir obligāta e-receptēm, darbnespējas lapām un nosūtījumiem, un iedzīvotāji savus datus redz portālā eveseliba.gov.lv.\n\nPēc lēna sākuma digitalizācija ar ES Atveseļošanas fonda līdzekļiem ir paātrinājusies: tiek iepirkta jaunās paaudzes E-veselība, kopīgs attēlu arhīvs un telemedicīnas pakalpojumi. Centrā ir Rīga – Paula Stradiņa klīniskā universitātes slimnīca, Rīgas Austrumu klīniskā universitātes slimnīca un Bērnu klīniskā universitātes slimnīca.",
        "Lettlands vård finansieras främst av statsbudgeten via **den nationella hälsotjänsten (NVD)**. Det nationella e-hälsosystemet **E-veselība**, infört 2016, är obligatoriskt för e-recept, sjukintyg och remisser.\n\nMed pengar från EU:s återhämtningsfond har digitaliseringen tagit fart: en ny generation E-veselība, ett gemensamt bildarkiv och telemedicin upphandlas. Riga med sina stora universitetssjukhus står i centrum.",
    ),
    "market_size": L(
        "Latvia spends about 6.6% of GDP on health, one of the lowest shares in the EU, and patients pay a large part of costs out of pocket. The population of 1.87 million is shrinking and ageing, and there are shortages of nurses and doctors outside Riga. Opportunities lie in remote monitoring and consultations for rural patients, tools that reduce administrative work, and private clinics (e.g. ARS, Veselības centrs 4) that compete on convenience.",
        "Läti kulutab tervishoiule umbes 6,6% SKPst, mis on ELi madalamaid, ja patsiendid maksavad suure osa ise. Rahvastik kahaneb ja vananeb ning väljaspool Riiat napib arste ja õdesid. Võimalused on kaugseires ja -konsultatsioonides, halduskoormust vähendavates lahendustes ja erakliinikutes.",
        "Latvia käyttää terveyteen noin 6,6 % BKT:stä, mikä on EU:n pienimpiä osuuksia, ja potilaat maksavat suuren osan itse. Väestö vähenee ja ikääntyy, ja Riian ulkopuolella on pulaa lääkäreistä ja hoitajista. Mahdollisuuksia on etäseurannassa ja -vastaanotoissa, hallinnollista työtä vähentävissä välineissä ja yksityisklinikoissa.",
        "Latvija veselībai tērē ap 6,6% no IKP – vienu no zemākajām daļām ES –, un pacienti lielu daļu izmaksu sedz paši. 1,87 miljonu iedzīvotāju skaits sarūk un noveco, un ārpus Rīgas trūkst māsu un ārstu. Iespējas ir attālinātā uzraudzībā un konsultācijās lauku pacientiem, administratīvo slogu mazinošos rīkos un privātklīnikās (piemēram, ARS, Veselības centrs 4).",
        "Lettland lägger omkring 6,6 % av BNP på hälsa, en av de lägsta andelarna i EU, och patienterna betalar mycket själva. Befolkningen krymper och åldras, och utanför Riga råder brist på läkare och sjuksköterskor. Möjligheterna finns i distansmonitorering och distansbesök, verktyg som minskar administrationen och privata kliniker.",
    ),
    "regulation": L(
        "Medical device software follows the EU **MDR**; the **Health Inspectorate (Veselības inspekcija)** supervises medical devices and care providers, and the **State Agency of Medicines** registers them. Connecting to **E-veselība** requires an agreement with the NVD, use of its integration platform and compliance with Cabinet Regulation No. 134 on the unified e-health system.\n\nPersonal data is supervised by the **Data State Inspectorate**. Under the **State Language Law**, instructions, labelling and patient information for medical devices must be in Latvian – a frequent reason for delays.",
        "Meditsiiniseadmetena käsitletavat tarkvara reguleerib ELi **MDR**; järelevalvet teeb **Veselības inspekcija**. Liitumiseks **E-veselībaga** on vaja lepingut NVD-ga ja ministrite kabineti määruse nr 134 täitmist.\n\nIsikuandmeid kontrollib **Andmeriigi Inspektsioon**. **Riigikeele seaduse** järgi peavad juhendid, märgistus ja patsienditeave olema läti keeles.",
        "Lääkinnällisenä laitteena pidettävää ohjelmistoa sääntelee EU:n **MDR**; valvonnasta vastaa **terveystarkastusvirasto (Veselības inspekcija)**. **E-veselībaan** liittyminen edellyttää sopimusta NVD:n kanssa ja ministerikabinetin asetuksen nro 134 noudattamista.\n\nHenkilötietoja valvoo **Datu valsts inspekcija**. **Valtionkielilain** mukaan käyttöohjeiden, merkintöjen ja potilastiedon on oltava latviaksi – yleinen viivästysten syy.",
        "Programmatūrai, kas ir medicīniskā ierīce, piemēro ES **MDR**; medicīniskās ierīces un ārstniecības iestādes uzrauga **Veselības inspekcija**, bet reģistrē **Zāļu valsts aģentūra**. Pieslēgšanai **E-veselībai** vajadzīgs līgums ar NVD, tā integrācijas platformas izmantošana un atbilstība Ministru kabineta noteikumiem Nr. 134 par vienoto veselības nozares elektronisko informācijas sistēmu.\n\nPersonas datus uzrauga **Datu valsts inspekcija**. Saskaņā ar **Valsts valodas likumu** medicīnisko ierīču lietošanas instrukcijām, marķējumam un informācijai pacientiem jābūt latviešu valodā – bieži kavēšanās iemesls.",
        "Programvara som är medicinteknisk produkt följer EU:s **MDR**; tillsynen sköts av **Hälsoinspektionen (Veselības inspekcija)**. Anslutning till **E-veselība** kräver avtal med NVD och att ministerkabinettets förordning nr 134 följs.\n\nPersonuppgifter övervakas av **Datainspektionen**. Enligt **lagen om statsspråket** ska bruksanvisningar, märkning och patientinformation vara på lettiska.",
    ),
    "business_culture": join(
        BUSINESS_CULTURE["lv"],
        L(
            "In hospitals, the board and heads of departments decide; an endorsement from a respected professor or the Latvian Medical Association carries weight.",
            "Haiglates otsustavad juhatus ja osakonnajuhatajad; lugupeetud professori või Läti Arstide Liidu toetus kaalub palju.",
            "Sairaaloissa päättävät hallitus ja ylilääkärit; arvostetun professorin tai Latvian lääkäriliiton tuki painaa paljon.",
            "Slimnīcās lemj valde un nodaļu vadītāji; cienīta profesora vai Latvijas Ārstu biedrības atbalsts ir nozīmīgs.",
            "På sjukhusen beslutar styrelsen och klinikcheferna; stöd från en ansedd professor eller Lettlands läkarförbund väger tungt.",
        ),
    ),
    "language_requirements": join(
        LANGUAGE["lv"],
        L(
            "Medical documentation and the user interface must be in Latvian; many older patients prefer Russian, which may be offered as an additional language for private services.",
            "Meditsiinidokumendid ja kasutajaliides peavad olema läti keeles; paljud eakad eelistavad vene keelt, mida võib erateenustes pakkuda lisakeelena.",
            "Lääketieteellisen dokumentaation ja käyttöliittymän on oltava latviaksi; monet iäkkäät suosivat venäjää, jota voi tarjota lisäkielenä yksityisissä palveluissa.",
            "Medicīniskajai dokumentācijai un saskarnei jābūt latviešu valodā; daudzi vecāka gadagājuma pacienti dod priekšroku krievu valodai, ko privātajos pakalpojumos var piedāvāt kā papildu valodu.",
            "Medicinsk dokumentation och gränssnitt ska vara på lettiska; många äldre föredrar ryska, som kan erbjudas som extra språk i privata tjänster.",
        ),
    ),
    "customers": L(
        "Public buyers are the NVD, the Ministry of Health and state-owned hospitals, which procure under the **Public Procurement Law**; tenders are published by the **Procurement Monitoring Bureau (IUB)** and on the **EIS** e-procurement system. Price usually weighs heavily in evaluation, though the most economically advantageous tender is now the rule. Private clinics, laboratories (e.g. E. Gulbja laboratorija) and pharmacies buy faster and are good first customers.",
        "Avalikud ostjad on NVD, tervishoiuministeerium ja riigihaiglad, kes hangivad **riigihangete seaduse** alusel; hanked avaldatakse **IUB** kaudu ja **EIS** süsteemis. Hind kaalub hindamisel palju. Erakliinikud, laborid ja apteegid ostavad kiiremini.",
        "Julkisia ostajia ovat NVD, terveysministeriö ja valtion sairaalat, jotka hankkivat **julkisista hankinnoista annetun lain** mukaan; hankinnat julkaistaan **IUB:n** ja **EIS**-järjestelmän kautta. Hinta painaa arvioinnissa paljon. Yksityisklinikat, laboratoriot ja apteekit ostavat nopeammin.",
        "Publiskie pircēji ir NVD, Veselības ministrija un valsts slimnīcas, kas iepērk saskaņā ar **Publisko iepirkumu likumu**; iepirkumus publicē **Iepirkumu uzraudzības birojs (IUB)** un **EIS** e-iepirkumu sistēma. Cenai vērtēšanā parasti ir liels svars, lai gan tagad noteicošais ir saimnieciski izdevīgākais piedāvājums. Privātklīnikas, laboratorijas (piemēram, E. Gulbja laboratorija) un aptiekas pērk ātrāk un ir labi pirmie klienti.",
        "Offentliga köpare är NVD, hälsoministeriet och statliga sjukhus, som upphandlar enligt **lagen om offentlig upphandling**; upphandlingar publiceras via **IUB** och e-upphandlingssystemet **EIS**. Priset väger tungt. Privata kliniker, laboratorier och apotek köper snabbare.",
    ),
    "channels": L(
        "Local IT integrators (Tieto Latvia, Lattelecom/Tet, Datakom) and medical equipment distributors are the usual routes into hospitals. The **Latvian IT Cluster** and the **Riga TechGirls**/start-up community help find partners, and the **Riga Stradiņš University** and University of Latvia run health innovation projects suited for pilots.",
        "Haiglatesse pääseb tavaliselt kohalike IT-integraatorite (Tet, Datakom) ja meditsiiniseadmete edasimüüjate kaudu. **Läti IT-klaster** ja Riia Stradiņši Ülikool aitavad leida partnereid ja piloote.",
        "Tavallinen reitti sairaaloihin kulkee paikallisten IT-integraattorien (Tet, Datakom) ja lääkintälaitteiden jakelijoiden kautta. **Latvian IT-klusteri** ja Riian Stradiņšin yliopisto auttavat löytämään kumppaneita ja pilotteja.",
        "Parastais ceļš uz slimnīcām ir caur vietējiem IT integratoriem (Tet, Datakom) un medicīnas iekārtu izplatītājiem. **Latvijas IT klasteris** un jaunuzņēmumu kopiena palīdz atrast partnerus, bet **Rīgas Stradiņa universitāte** un Latvijas Universitāte īsteno pilotprojektiem piemērotus veselības inovāciju projektus.",
        "Vägen in på sjukhusen går oftast via lokala IT-integratörer (Tet, Datakom) och distributörer av medicinsk utrustning. **Lettlands IT-kluster** och Rīga Stradiņš universitet hjälper till att hitta partner och piloter.",
    ),
    "funding": join(
        FUNDING["lv"],
        L(
            "EU Recovery and Resilience Facility money for e-health is channelled through the Ministry of Health and NVD until 2026.",
            "ELi taaste- ja vastupidavusrahastu e-tervise raha liigub tervishoiuministeeriumi ja NVD kaudu kuni 2026. aastani.",
            "EU:n elpymis- ja palautumistukivälineen e-terveysrahat kanavoidaan terveysministeriön ja NVD:n kautta vuoteen 2026 asti.",
            "ES Atveseļošanas un noturības mehānisma e-veselības līdzekļi līdz 2026. gadam tiek novirzīti caur Veselības ministriju un NVD.",
            "Pengar från EU:s faciliteten för återhämtning och resiliens för e-hälsa kanaliseras via hälsoministeriet och NVD fram till 2026.",
        ),
    ),
    "practical_tips": L(
        "- Translate every user-facing text and manual into Latvian before you approach buyers.\n- Start with private clinics; public tenders take long and favour low prices.\n- Plan the E-veselība integration with the NVD early.\n- Meet people in Riga – video calls do not build trust here.",
        "- Tõlkige kõik kasutajatekstid ja juhendid läti keelde.\n- Alustage erakliinikutest.\n- Planeerige E-veselība liidestus varakult.\n- Kohtuge inimestega Riias.",
        "- Käännä kaikki käyttäjälle näkyvät tekstit ja ohjeet latviaksi ennen ostajien lähestymistä.\n- Aloita yksityisklinikoista.\n- Suunnittele E-veselība-integraatio NVD:n kanssa ajoissa.\n- Tapaa ihmisiä Riiassa.",
        "- Pirms uzrunājat pircējus, iztulkojiet visus lietotāja tekstus un instrukcijas latviski.\n- Sāciet ar privātklīnikām – publiskie iepirkumi ir ilgi un dod priekšroku zemām cenām.\n- E-veselības integrāciju ar NVD plānojiet laikus.\n- Tiecieties klātienē Rīgā – videozvani šeit uzticību neveido.",
        "- Översätt alla användartexter och manualer till lettiska innan du kontaktar köpare.\n- Börja med privata kliniker.\n- Planera integrationen med E-veselība tidigt.\n- Träffa folk i Riga.",
    ),
}

PROFILES[("lv", "e-learning")] = {
    # Deliberately older than 12 months in the demo, to show the "out of date" badge.
    "reviewed_on": datetime.date(2025, 6, 12),
    "summary": L(
        "Latvia is reforming its schools: the competence-based Skola2030 curriculum, a network of fewer, larger schools and the move to teaching in Latvian only. The e-klase and Mykoob e-journals are in every school, and municipalities buy carefully with limited budgets.",
        "Läti reformib koole: pädevuspõhine õppekava Skola2030, väiksem ja suurem koolivõrk ning üleminek ainult lätikeelsele õppele. E-klase ja Mykoob on igas koolis ning omavalitsused ostavad ettevaatlikult.",
        "Latvia uudistaa koulujaan: osaamisperustainen Skola2030-opetussuunnitelma, harvempi ja suurempien koulujen verkko sekä siirtyminen pelkästään latviankieliseen opetukseen. E-klase ja Mykoob ovat jokaisessa koulussa, ja kunnat hankkivat harkiten.",
        "Latvija reformē skolas: kompetenču pieeja Skola2030, mazāks, bet lielāku skolu tīkls un pāreja uz mācībām tikai latviešu valodā. E-klase un Mykoob e-žurnāli ir katrā skolā, un pašvaldības iepērk piesardzīgi ar ierobežotu budžetu.",
        "Lettland reformerar skolan: den kompetensbaserade läroplanen Skola2030, färre men större skolor och övergången till undervisning enbart på lettiska. E-journalerna e-klase och Mykoob finns i alla skolor, och kommunerna köper försiktigt.",
    ),
    "overview": L(
        "Latvia has about 550 general-education schools and some 220,000 pupils. Since 2020 schools have followed **Skola2030**, a competence-based curriculum that encourages project work and digital tools. The electronic school journals **e-klase** and **Mykoob** are used everywhere for grades, timetables and messages to parents, and the state portal **Tavaklase.lv** offers video lessons created during the pandemic.\n\nThe government is consolidating the school network, especially in rural areas, and completing the transition to Latvian-medium teaching in all schools by 2025–2026.",
        "Lätis on umbes 550 üldhariduskooli ja ligikaudu 220 000 õpilast. Alates 2020. aastast järgivad koolid pädevuspõhist õppekava **Skola2030**. E-päevikud **e-klase** ja **Mykoob** on kasutusel kõikjal ning riiklik portaal **Tavaklase.lv** pakub videotunde.\n\nValitsus koondab koolivõrku ja viib lõpule ülemineku lätikeelsele õppele.",
        "Latviassa on noin 550 yleissivistävää koulua ja noin 220 000 oppilasta. Vuodesta 2020 koulut ovat noudattaneet osaamisperustaista **Skola2030**-opetussuunnitelmaa. Sähköiset koulupäiväkirjat **e-klase** ja **Mykoob** ovat käytössä kaikkialla, ja valtion **Tavaklase.lv** tarjoaa videotunteja.\n\nHallitus karsii kouluverkkoa ja vie päätökseen siirtymän latviankieliseen opetukseen.",
        "Latvijā ir ap 550 vispārizglītojošo skolu un aptuveni 220 000 skolēnu. Kopš 2020. gada skolas īsteno **Skola2030** kompetenču pieeju, kas rosina projektu darbu un digitālos rīkus. Elektroniskie žurnāli **e-klase** un **Mykoob** tiek izmantoti visur atzīmēm, stundu sarakstiem un ziņām vecākiem, un valsts portāls **Tavaklase.lv** piedāvā pandēmijas laikā veidotas video stundas.\n\nValdība optimizē skolu tīklu, īpaši laukos, un noslēdz pāreju uz mācībām latviešu valodā visās skolās.",
        "Lettland har omkring 550 allmänbildande skolor och cirka 220 000 elever. Sedan 2020 följer skolorna den kompetensbaserade läroplanen **Skola2030**. E-journalerna **e-klase** och **Mykoob** används överallt, och statliga **Tavaklase.lv** erbjuder videolektioner.\n\nRegeringen slår ihop skolor och fullföljer övergången till undervisning på lettiska.",
    ),
    "market_size": L(
        "Spending per pupil is below the EU average and municipalities' budgets are tight, so a low price and a clear link to Skola2030 outcomes matter. Growth is in STEM learning, digital textbooks from publishers such as Zvaigzne ABC and Lielvārds, teacher training, and adult learning financed by EU funds and the State Employment Agency (NVA).",
        "Kulud õpilase kohta on alla ELi keskmise ja eelarved on piiratud, seega on oluline madal hind ja seos Skola2030 eesmärkidega. Kasv on STEM-õppes, digiõpikutes, õpetajate koolituses ja täiskasvanuhariduses.",
        "Menot oppilasta kohden ovat alle EU:n keskiarvon ja budjetit tiukkoja, joten matala hinta ja selvä yhteys Skola2030-tavoitteisiin ovat tärkeitä. Kasvua on STEM-oppimisessa, digioppikirjoissa, opettajien koulutuksessa ja aikuiskoulutuksessa.",
        "Izdevumi uz skolēnu ir zem ES vidējā, un pašvaldību budžeti ir ierobežoti, tāpēc svarīga ir zema cena un skaidra saikne ar Skola2030 rezultātiem. Izaugsme ir STEM mācībās, izdevniecību (Zvaigzne ABC, Lielvārds) digitālajās mācību grāmatās, skolotāju izglītībā un pieaugušo izglītībā, ko finansē ES fondi un Nodarbinātības valsts aģentūra (NVA).",
        "Utgifterna per elev ligger under EU-snittet och budgetarna är snäva, så lågt pris och en tydlig koppling till Skola2030 är viktigt. Tillväxten finns i STEM, digitala läroböcker, lärarfortbildning och vuxenutbildning.",
    ),
    "regulation": L(
        "The **Education Law** and the **General Education Law** set the framework; the **National Centre for Education (VISC)** approves the standards and reviews textbooks, and only approved textbooks can be bought with state money. Since 2023 the **Education Law** amendments require all general education to be in Latvian, with transition completed by 2025–2026.\n\nPupils' data is protected by the GDPR and supervised by the Data State Inspectorate; schools expect data to be stored in the EU.",
        "Raamistiku loovad **haridusseadus** ja **üldhariduse seadus**; **Riiklik Hariduskeskus (VISC)** kinnitab standardid ja vaatab läbi õpikud – riigiraha eest saab osta ainult heakskiidetud õpikuid. Alates 2023. aastast peab kogu üldharidus olema läti keeles.",
        "Puitteet asettavat **koulutuslaki** ja **yleissivistävän koulutuksen laki**; **kansallinen opetuskeskus (VISC)** hyväksyy standardit ja arvioi oppikirjat – valtion rahalla voi ostaa vain hyväksyttyjä kirjoja. Vuodesta 2023 kaiken yleissivistävän opetuksen on oltava latviaksi.",
        "Ietvaru nosaka **Izglītības likums** un **Vispārējās izglītības likums**; **Valsts izglītības satura centrs (VISC)** apstiprina standartus un izvērtē mācību grāmatas, un par valsts līdzekļiem var iegādāties tikai apstiprinātas grāmatas. Kopš 2023. gada grozījumi Izglītības likumā nosaka, ka visai vispārējai izglītībai jānotiek latviešu valodā.\n\nSkolēnu datus aizsargā VDAR, un to uzrauga Datu valsts inspekcija; skolas sagaida, ka dati tiek glabāti ES.",
        "Ramarna sätts av **utbildningslagen** och **lagen om allmän utbildning**; **Nationella utbildningscentret (VISC)** godkänner standarder och granskar läroböcker – statliga pengar får bara användas för godkända böcker. Sedan 2023 ska all allmän utbildning ske på lettiska.",
    ),
    "business_culture": join(
        BUSINESS_CULTURE["lv"],
        L(
            "Municipal education boards and school directors decide; teachers' opinions matter, but purchases need approval from above.",
            "Otsustavad omavalitsuste haridusvalitsused ja koolidirektorid; õpetajate arvamus loeb, kuid ostud vajavad kinnitust ülevalt.",
            "Päätökset tekevät kuntien koulutoimet ja rehtorit; opettajien mielipide painaa, mutta hankinnat tarvitsevat hyväksynnän ylempää.",
            "Lēmumus pieņem pašvaldību izglītības pārvaldes un skolu direktori; skolotāju viedoklis ir svarīgs, bet pirkumiem vajadzīgs apstiprinājums no augšas.",
            "Kommunernas utbildningsnämnder och rektorer beslutar; lärarnas åsikt räknas, men inköp kräver godkännande uppifrån.",
        ),
    ),
    "language_requirements": join(
        LANGUAGE["lv"],
        L(
            "All learning content for general education must be in Latvian; foreign-language teaching materials are the exception.",
            "Kogu üldhariduse õppesisu peab olema läti keeles; erand on võõrkeeleõppe materjalid.",
            "Kaiken yleissivistävän opetuksen sisällön on oltava latviaksi; vieraiden kielten materiaalit ovat poikkeus.",
            "Visam vispārējās izglītības mācību saturam jābūt latviešu valodā; izņēmums ir svešvalodu mācību materiāli.",
            "Allt läromedel för allmän utbildning ska vara på lettiska; material för främmande språk är undantaget.",
        ),
    ),
    "customers": L(
        "Buyers are municipalities (owners of most schools), state gymnasiums, universities and the NVA for adult learning. Purchases above the thresholds of the **Public Procurement Law** are published through the **IUB** and the **EIS** e-procurement system; smaller purchases are made by schools with price quotes. Parents also buy supplementary learning apps directly.",
        "Ostjad on omavalitsused, riigigümnaasiumid, ülikoolid ja NVA täiskasvanuhariduse jaoks. Piirmäärasid ületavad ostud avaldatakse **IUB** ja **EIS** kaudu; väiksemaid oste teevad koolid hinnapakkumiste alusel.",
        "Ostajia ovat kunnat, valtion lukiot, yliopistot ja aikuiskoulutuksessa NVA. Kynnysarvot ylittävät hankinnat julkaistaan **IUB:n** ja **EIS**-järjestelmän kautta; pienemmät koulut tekevät tarjouspyynnöillä.",
        "Pircēji ir pašvaldības (lielākās daļas skolu īpašnieces), valsts ģimnāzijas, augstskolas un NVA pieaugušo izglītībai. Pirkumi virs **Publisko iepirkumu likuma** robežvērtībām tiek publicēti caur **IUB** un **EIS** e-iepirkumu sistēmu; mazākus pirkumus skolas veic, salīdzinot cenu aptaujas. Vecāki arī paši pērk papildu mācību lietotnes.",
        "Köpare är kommuner, statliga gymnasier, universitet och NVA för vuxenutbildning. Inköp över tröskelvärdena i **lagen om offentlig upphandling** publiceras via **IUB** och **EIS**; mindre inköp gör skolorna med prisförfrågningar.",
    ),
    "channels": L(
        "Integration with **e-klase** or **Mykoob** and cooperation with publishers such as **Zvaigzne ABC** or **Lielvārds** give access to schools. The **LIAA** business incubators and the **Latvian IT Cluster** help find partners; teacher associations and the annual **Skola** exhibition in Riga are good for meeting buyers.",
        "Juurdepääsu koolidele annavad liidestus **e-klase** või **Mykoobiga** ning koostöö kirjastustega nagu **Zvaigzne ABC**. Partnereid aitavad leida **LIAA** inkubaatorid ja **Läti IT-klaster**.",
        "Pääsyn kouluihin avaavat integraatio **e-klaseen** tai **Mykoobiin** ja yhteistyö kustantajien, kuten **Zvaigzne ABC:n**, kanssa. Kumppaneita auttavat löytämään **LIAA:n** hautomot ja **Latvian IT-klusteri**.",
        "Piekļuvi skolām dod integrācija ar **e-klase** vai **Mykoob** un sadarbība ar izdevniecībām, piemēram, **Zvaigzne ABC** vai **Lielvārds**. Partnerus palīdz atrast **LIAA** biznesa inkubatori un **Latvijas IT klasteris**, bet pircējus var satikt skolotāju asociācijās un ikgadējā izstādē **Skola** Rīgā.",
        "Tillgång till skolorna får man genom integration med **e-klase** eller **Mykoob** och samarbete med förlag som **Zvaigzne ABC**. **LIAA**:s inkubatorer och **Lettlands IT-kluster** hjälper till att hitta partner.",
    ),
    "funding": join(
        FUNDING["lv"],
        L(
            "EU-funded programmes for digital skills and adult learning are run by the Ministry of Education and Science and the State Education Development Agency (VIAA).",
            "ELi rahastatud digioskuste ja täiskasvanuõppe programme haldavad haridusministeerium ja VIAA.",
            "EU-rahoitteisia digitaitojen ja aikuiskoulutuksen ohjelmia hallinnoivat opetusministeriö ja VIAA.",
            "ES finansētās digitālo prasmju un pieaugušo izglītības programmas īsteno Izglītības un zinātnes ministrija un Valsts izglītības attīstības aģentūra (VIAA).",
            "EU-finansierade program för digital kompetens och vuxenutbildning förvaltas av utbildningsministeriet och VIAA.",
        ),
    ),
    "practical_tips": L(
        "- Show how your product supports Skola2030 learning outcomes.\n- Have all content in Latvian and get textbook approval from VISC if you sell materials.\n- Price for municipal budgets.\n- Partner with a publisher or an e-journal provider.",
        "- Näidake seost Skola2030 õpitulemustega.\n- Kogu sisu läti keeles.\n- Hinnastage omavalitsuste eelarvete järgi.",
        "- Näytä, miten tuote tukee Skola2030-tavoitteita.\n- Kaikki sisältö latviaksi.\n- Hinnoittele kuntabudjettien mukaan.",
        "- Parādiet, kā produkts atbalsta Skola2030 mācību rezultātus.\n- Visu saturu nodrošiniet latviski un, ja pārdodat mācību materiālus, saņemiet VISC apstiprinājumu.\n- Cenu veidojiet atbilstoši pašvaldību budžetiem.\n- Sadarbojieties ar izdevniecību vai e-žurnāla piegādātāju.",
        "- Visa hur produkten stöder Skola2030.\n- Allt innehåll på lettiska.\n- Prissätt för kommunala budgetar.",
    ),
}


# --- Sweden -----------------------------------------------------------------------------------

PROFILES[("se", "e-health")] = {
    "reviewed_on": datetime.date(2026, 9, 30),
    "summary": L(
        "Sweden's health care is run by 21 regions that each buy their own systems under the Public Procurement Act (LOU), while the national 1177 service is every patient's digital front door. A large market that rewards patience, evidence and a Swedish partner.",
        "Rootsi tervishoidu korraldavad 21 regiooni, kes ostavad süsteeme iseseisvalt hankeseaduse (LOU) alusel, ning riiklik teenus 1177 on iga patsiendi digitaalne sissepääs. Suur turg, mis premeerib kannatlikkust, tõendeid ja Rootsi partnerit.",
        "Ruotsin terveydenhuollosta vastaavat 21 aluetta, jotka hankkivat järjestelmänsä itse hankintalain (LOU) mukaan, ja kansallinen 1177-palvelu on jokaisen potilaan digitaalinen etuovi. Suuri markkina, joka palkitsee kärsivällisyyden, näytön ja ruotsalaisen kumppanin.",
        "Zviedrijas veselības aprūpi organizē 21 reģions, kas katrs iepērk sistēmas saskaņā ar Publisko iepirkumu likumu (LOU), bet valsts pakalpojums 1177 ir katra pacienta digitālās durvis. Liels tirgus, kas atalgo pacietību, pierādījumus un zviedru partneri.",
        "Sveriges vård drivs av 21 regioner som var och en köper sina system enligt lagen om offentlig upphandling (LOU), och den nationella tjänsten 1177 är varje patients digitala ingång. En stor marknad som belönar tålamod, evidens och en svensk partner.",
    ),
    "overview": L(
        "Responsibility for health care lies with the **21 regions**, while municipalities run elderly care and home care. National coordination happens through SKR (the Swedish Association of Local Authorities and Regions) and **Inera**, the regions' jointly owned company that runs **1177** – the national health guide, online services and journal access – and the national infrastructure for e-prescriptions and the National Patient Overview (NPÖ).\n\nDigital-first primary care grew fast after 2016 with providers such as Kry and Min Doktor, and the regions now offer their own digital care services. Large regions (Stockholm, Västra Götaland, Skåne) are replacing their electronic health record systems – the Millennium project in Västra Götaland and Cosmic in others.",
        "Tervishoiu eest vastutavad **21 regiooni**, vanurite hoolduse eest omavalitsused. Riiklikku koostööd koordineerivad SKR ja regioonide ühisettevõte **Inera**, mis haldab teenust **1177** ning e-retseptide ja riikliku patsiendiülevaate taristut.\n\nDigitaalne esmatasand kasvas kiiresti pärast 2016. aastat (Kry, Min Doktor) ning suured regioonid vahetavad oma terviseinfosüsteeme.",
        "Terveydenhuollosta vastaavat **21 aluetta**, vanhustenhoidosta kunnat. Kansallista yhteistyötä koordinoivat SKR ja alueiden yhteisyhtiö **Inera**, joka ylläpitää **1177**-palvelua sekä sähköisen reseptin ja kansallisen potilasyhteenvedon (NPÖ) infrastruktuuria.\n\nDigitaalinen perusterveydenhuolto kasvoi nopeasti vuoden 2016 jälkeen (Kry, Min Doktor), ja suuret alueet vaihtavat potilastietojärjestelmiään.",
        "Par veselības aprūpi atbild **21 reģions**, bet par veco ļaužu aprūpi – pašvaldības. Valsts līmeņa sadarbību koordinē SKR un reģionu kopuzņēmums **Inera**, kas uztur **1177** – valsts veselības ceļvedi, e-pakalpojumus un piekļuvi medicīniskajiem ierakstiem – un e-recepšu un nacionālā pacientu pārskata infrastruktūru.\n\nDigitālā primārā aprūpe strauji auga pēc 2016. gada (Kry, Min Doktor), un lielie reģioni nomaina savas elektroniskās veselības kartes sistēmas.",
        "Ansvaret för hälso- och sjukvården ligger hos de **21 regionerna**, medan kommunerna sköter äldreomsorg och hemtjänst. Nationell samordning sker genom SKR och **Inera**, regionernas gemensamt ägda bolag som driver **1177** – den nationella vårdguiden, e-tjänsterna och journalen via nätet – och infrastrukturen för e-recept och Nationell patientöversikt (NPÖ).\n\nDigitala vårdgivare som Kry och Min Doktor växte snabbt efter 2016, och regionerna erbjuder nu egna digitala vårdtjänster. Stora regioner (Stockholm, Västra Götaland, Skåne) byter journalsystem – Millennium i Västra Götaland och Cosmic i flera andra.",
    ),
    "market_size": L(
        "Sweden spends about 10.7% of GDP on health, over EUR 60 billion a year, for 10.5 million inhabitants. The regions face staff shortages and long waiting times, which drives demand for digital triage, remote monitoring (e.g. 'virtual wards'), AI in diagnostics and tools for home care. The Swedish health tech sector is strong and well funded, so a foreign company needs a clear niche.",
        "Rootsi kulutab tervishoiule umbes 10,7% SKPst 10,5 miljoni elaniku kohta. Regioonidel on personalipuudus ja pikad ootejärjekorrad, mis suurendab nõudlust digitaalse triaaži, kaugseire, tehisintellekti ja koduhoolduse lahenduste järele. Kohalik tervisetehnoloogia on tugev, seega on vaja selget nišši.",
        "Ruotsi käyttää terveyteen noin 10,7 % BKT:staan 10,5 miljoonalle asukkaalle. Alueilla on henkilöstöpula ja pitkät jonot, mikä lisää kysyntää digitaaliselle hoidon tarpeen arvioinnille, etäseurannalle, tekoälylle ja kotihoidon välineille. Ruotsin terveysteknologia-ala on vahva, joten ulkomainen yritys tarvitsee selkeän markkinaraon.",
        "Zviedrija veselībai tērē ap 10,7% no IKP 10,5 miljoniem iedzīvotāju. Reģioniem trūkst personāla un ir garas rindas, kas palielina pieprasījumu pēc digitālās šķirošanas, attālinātās uzraudzības, mākslīgā intelekta un mājas aprūpes rīkiem. Vietējā veselības tehnoloģiju nozare ir spēcīga, tāpēc vajadzīga skaidra niša.",
        "Sverige lägger omkring 10,7 % av BNP på hälsa, över 60 miljarder euro om året, för 10,5 miljoner invånare. Regionerna har personalbrist och långa köer, vilket driver efterfrågan på digital triage, distansmonitorering (t.ex. virtuella vårdavdelningar), AI i diagnostik och verktyg för hemsjukvård. Den svenska hälsoteknikbranschen är stark, så ett utländskt företag behöver en tydlig nisch.",
    ),
    "regulation": L(
        "Medical device software follows the EU **MDR**; the **Medical Products Agency (Läkemedelsverket)** is the competent authority and the **Health and Social Care Inspectorate (IVO)** supervises care providers. The **Patient Data Act (Patientdatalagen 2008:355)** governs health records, logging and access control, and the **Public Access to Information and Secrecy Act** makes health data confidential.\n\nA major issue for foreign vendors is **cloud services and third-country access**: regions often require data to be stored and operated in Sweden or the EU, and some have stopped US cloud services after legal opinions on the secrecy act. Connecting to national services requires Inera's technical framework and SITHS e-identification for staff.",
        "Meditsiiniseadmena käsitletavat tarkvara reguleerib ELi **MDR**; pädev asutus on **Läkemedelsverket** ning tervishoiuteenuseid kontrollib **IVO**. Terviseandmeid reguleerib **patsiendiandmete seadus (2008:355)** ja saladuse hoidmist **avaliku teabe ja saladuse seadus**.\n\nVälismaistele tarnijatele on suur küsimus pilveteenused: regioonid nõuavad sageli andmete hoidmist Rootsis või ELis. Riiklike teenustega liitumiseks on vaja Inera tehnilist raamistikku ja töötajate SITHS e-tuvastust.",
        "Lääkinnällisenä laitteena pidettävää ohjelmistoa sääntelee EU:n **MDR**; toimivaltainen viranomainen on **Läkemedelsverket**, ja hoidon tarjoajia valvoo **IVO**. Potilastietoja sääntelee **potilastietolaki (Patientdatalagen 2008:355)** ja salassapitoa **julkisuus- ja salassapitolaki**.\n\nUlkomaisille toimittajille iso kysymys ovat pilvipalvelut: alueet vaativat usein, että tiedot säilytetään ja käsitellään Ruotsissa tai EU:ssa. Kansallisiin palveluihin liittyminen edellyttää Ineran teknistä kehystä ja henkilöstön SITHS-tunnistusta.",
        "Programmatūrai, kas ir medicīniskā ierīce, piemēro ES **MDR**; kompetentā iestāde ir **Läkemedelsverket**, bet aprūpes sniedzējus uzrauga **IVO**. Veselības datus regulē **Pacientu datu likums (2008:355)**, bet konfidencialitāti – **Publiskās piekļuves un slepenības likums**.\n\nĀrvalstu piegādātājiem liels jautājums ir mākoņpakalpojumi: reģioni bieži prasa datus glabāt Zviedrijā vai ES. Pieslēgšanai valsts pakalpojumiem vajadzīgs Inera tehniskais ietvars un darbinieku SITHS e-identifikācija.",
        "Programvara som är en medicinteknisk produkt följer EU:s **MDR**; **Läkemedelsverket** är behörig myndighet och **IVO** utövar tillsyn över vårdgivarna. **Patientdatalagen (2008:355)** styr journalföring, loggning och åtkomst, och **offentlighets- och sekretesslagen** gör hälsodata sekretessbelagda.\n\nEn stor fråga för utländska leverantörer är **molntjänster och åtkomst från tredjeland**: regionerna kräver ofta att data lagras och driftas i Sverige eller EU, och vissa har avvecklat amerikanska molntjänster efter rättsliga utredningar om sekretesslagen. Anslutning till nationella tjänster kräver Ineras tekniska ramverk och SITHS-kort för personalen.",
    ),
    "business_culture": join(
        BUSINESS_CULTURE["se"],
        L(
            "In the regions, decisions involve clinicians, IT, procurement officers and politicians; expect a sales cycle of 18–36 months for a new system.",
            "Regioonides osalevad otsustes arstid, IT, hankespetsialistid ja poliitikud; uue süsteemi müügitsükkel on 18–36 kuud.",
            "Alueilla päätöksiin osallistuvat kliinikot, IT, hankinta-asiantuntijat ja poliitikot; uuden järjestelmän myyntisykli on 18–36 kuukautta.",
            "Reģionos lēmumos piedalās ārsti, IT, iepirkumu speciālisti un politiķi; jaunas sistēmas pārdošanas cikls ir 18–36 mēneši.",
            "I regionerna deltar kliniker, IT, upphandlare och politiker i besluten; räkna med en säljcykel på 18–36 månader för ett nytt system.",
        ),
    ),
    "language_requirements": join(
        LANGUAGE["se"],
        L(
            "Patient-facing services must be in Swedish and follow 1177's plain-language style; in the Finnish and Sámi administrative areas patients may also request those languages.",
            "Patsiendile suunatud teenused peavad olema rootsi keeles ja järgima 1177 lihtsa keele stiili.",
            "Potilaille suunnattujen palvelujen on oltava ruotsiksi ja noudatettava 1177:n selkokielistä tyyliä; suomen ja saamen hallintoalueilla potilaat voivat pyytää myös näitä kieliä.",
            "Pacientiem paredzētajiem pakalpojumiem jābūt zviedru valodā un jāseko 1177 vienkāršās valodas stilam.",
            "Tjänster för patienter ska vara på svenska och följa 1177:s klarspråksstil; i förvaltningsområdena för finska och samiska kan patienter begära även dessa språk.",
        ),
    ),
    "customers": L(
        "The regions are the main buyers, individually or jointly through **Adda** (SKR's central purchasing body) and regional collaborations. Procurement follows the **Public Procurement Act (LOU, 2016:1145)**; tenders are advertised in registered databases such as Visma TendSign, e-Avrop and Mercell, and procurement decisions can be – and often are – challenged in the administrative courts, which adds months.\n\nMunicipalities buy welfare technology for home care and elderly care (digital night supervision, medication dispensers), and private care providers (Capio, Praktikertjänst) buy on their own.",
        "Peamised ostjad on regioonid, iseseisvalt või ühiselt **Adda** kaudu. Hanked toimuvad **hankeseaduse (LOU, 2016:1145)** alusel ja avaldatakse andmebaasides nagu Visma TendSign ja e-Avrop; hankeotsuseid vaidlustatakse sageli halduskohtus. Omavalitsused ostavad heaolutehnoloogiat koduhoolduseks.",
        "Tärkeimmät ostajat ovat alueet, yksin tai yhdessä **Addan** (SKR:n yhteishankintayksikkö) kautta. Hankinnat tehdään **hankintalain (LOU, 2016:1145)** mukaan, ja ne ilmoitetaan tietokannoissa kuten Visma TendSign ja e-Avrop; hankintapäätöksistä valitetaan usein hallinto-oikeuteen, mikä vie kuukausia. Kunnat ostavat hyvinvointiteknologiaa kotihoitoon.",
        "Galvenie pircēji ir reģioni – atsevišķi vai kopā caur **Adda**. Iepirkumi notiek saskaņā ar **Publisko iepirkumu likumu (LOU, 2016:1145)** un tiek izsludināti datubāzēs, piemēram, Visma TendSign un e-Avrop; lēmumus bieži pārsūdz administratīvajās tiesās. Pašvaldības pērk labklājības tehnoloģijas mājas aprūpei.",
        "Regionerna är de viktigaste köparna, var för sig eller gemensamt via **Adda** (SKR:s inköpscentral) och regionala samarbeten. Upphandling sker enligt **lagen om offentlig upphandling (LOU, 2016:1145)**; annonser publiceras i registrerade databaser som Visma TendSign, e-Avrop och Mercell, och tilldelningsbeslut överprövas ofta i förvaltningsrätten, vilket tar månader.\n\nKommunerna köper välfärdsteknik för hemtjänst och äldreomsorg (digital nattillsyn, läkemedelsautomater), och privata vårdgivare (Capio, Praktikertjänst) köper på egen hand.",
    ),
    "channels": L(
        "Swedish resellers and integrators (Cambio, Tietoevry, CGI, Visiba) and the record-system vendors are the usual routes. Test beds at Karolinska University Hospital, Sahlgrenska and Region Skåne, and the **Swedish Medtech** and **Swedish Healthtech** associations help find pilots. **Vitalis** in Gothenburg, the largest e-health event in the Nordics, is where regions and suppliers meet every spring.",
        "Tavalised kanalid on Rootsi edasimüüjad ja integraatorid (Cambio, Tietoevry, Visiba). Testkeskkonnad Karolinska, Sahlgrenska ja Region Skåne juures ning **Swedish Medtech** aitavad piloote leida. Göteborgis toimuv **Vitalis** on Põhjamaade suurim e-tervise sündmus.",
        "Tavalliset reitit kulkevat ruotsalaisten jälleenmyyjien ja integraattorien (Cambio, Tietoevry, Visiba) kautta. Karolinskan, Sahlgrenskan ja Region Skånen testiympäristöt sekä **Swedish Medtech** auttavat pilottien löytämisessä. Göteborgin **Vitalis** on Pohjoismaiden suurin e-terveystapahtuma.",
        "Parastie ceļi ir zviedru tālākpārdevēji un integratori (Cambio, Tietoevry, Visiba). Testa vides Karolinska, Sahlgrenska un Region Skåne, kā arī **Swedish Medtech** palīdz atrast pilotprojektus. Gēteborgas **Vitalis** ir lielākais e-veselības pasākums Ziemeļvalstīs.",
        "De vanliga vägarna går via svenska återförsäljare och integratörer (Cambio, Tietoevry, CGI, Visiba) och journalsystemleverantörerna. Testbäddar vid Karolinska, Sahlgrenska och Region Skåne samt **Swedish Medtech** och **Swedish Healthtech** hjälper till att hitta piloter. **Vitalis** i Göteborg, Nordens största e-hälsomöte, är platsen där regioner och leverantörer möts varje vår.",
    ),
    "funding": join(
        FUNDING["se"],
        L(
            "Vinnova's calls for health innovation and the regions' innovation funds are the usual sources for pilots with Swedish care providers.",
            "Piloodid Rootsi tervishoiuasutustega rahastatakse tavaliselt Vinnova terviseinnovatsiooni voorudest ja regioonide innovatsioonifondidest.",
            "Pilotteja ruotsalaisten hoitolaitosten kanssa rahoitetaan yleensä Vinnovan terveysinnovaatiohauista ja alueiden innovaatiorahastoista.",
            "Pilotprojektus ar zviedru aprūpes sniedzējiem parasti finansē Vinnova veselības inovāciju konkursi un reģionu inovāciju fondi.",
            "Vinnovas utlysningar för hälsoinnovation och regionernas innovationsfonder är de vanliga källorna för piloter med svenska vårdgivare.",
        ),
    ),
    "practical_tips": L(
        "- Pick one or two regions and learn their record system and digital strategy.\n- Offer EU- or Sweden-hosted operation and answer the secrecy-act question up front.\n- Follow the procurement databases and take part in market dialogues.\n- Go to Vitalis in Gothenburg.",
        "- Valige üks-kaks regiooni ja õppige tundma nende süsteeme.\n- Pakkuge ELis või Rootsis majutatud lahendust.\n- Jälgige hankeandmebaase ja osalege turudialoogides.\n- Külastage Vitalist.",
        "- Valitse yksi tai kaksi aluetta ja opettele niiden järjestelmät ja digistrategia.\n- Tarjoa EU:ssa tai Ruotsissa ylläpidettyä ratkaisua ja vastaa salassapitokysymykseen heti.\n- Seuraa hankintatietokantoja ja osallistu markkinavuoropuheluihin.\n- Osallistu Vitalikseen Göteborgissa.",
        "- Izvēlieties vienu vai divus reģionus un iepazīstiet to sistēmas.\n- Piedāvājiet ES vai Zviedrijā mitinātu risinājumu.\n- Sekojiet iepirkumu datubāzēm un piedalieties tirgus dialogos.\n- Apmeklējiet Vitalis.",
        "- Välj en eller två regioner och lär dig deras journalsystem och digitala strategi.\n- Erbjud drift i Sverige eller EU och besvara sekretessfrågan direkt.\n- Bevaka upphandlingsdatabaserna och delta i marknadsdialoger.\n- Åk till Vitalis i Göteborg.",
    ),
}

PROFILES[("se", "e-learning")] = {
    "reviewed_on": datetime.date(2026, 9, 30),
    "summary": L(
        "Sweden's 290 municipalities and many independent school providers buy learning tools for about 4,750 compulsory schools. After a decade of heavy digitalisation, national policy now stresses printed textbooks and evidence, so digital tools must prove their learning value.",
        "Rootsi 290 omavalitsust ja paljud erakoolide pidajad ostavad õppevahendeid umbes 4750 põhikoolile. Pärast kümmet aastat kiiret digitaliseerimist rõhutab riik nüüd paberõpikuid ja tõenduspõhisust, seega peavad digivahendid tõestama oma õppeväärtust.",
        "Ruotsin 290 kuntaa ja monet itsenäiset koulujen ylläpitäjät hankkivat oppimisvälineitä noin 4 750 peruskoululle. Vuosikymmenen voimakkaan digitalisaation jälkeen kansallinen politiikka korostaa nyt painettuja oppikirjoja ja näyttöä, joten digitaalisten välineiden on osoitettava oppimishyötynsä.",
        "Zviedrijas 290 pašvaldības un daudzi neatkarīgo skolu uzturētāji iepērk mācību līdzekļus aptuveni 4750 pamatskolām. Pēc desmit gadu straujas digitalizācijas valsts politika tagad uzsver drukātas mācību grāmatas un pierādījumus, tāpēc digitālajiem rīkiem jāpierāda sava mācību vērtība.",
        "Sveriges 290 kommuner och många fristående huvudmän köper lärverktyg till omkring 4 750 grundskolor. Efter ett decennium av kraftig digitalisering betonar den nationella politiken nu tryckta läroböcker och evidens, så digitala verktyg måste visa sitt värde för lärandet.",
    ),
    "overview": L(
        "Swedish schools are run by municipalities and by independent providers (**friskolor**) financed through school vouchers; about 15% of compulsory-school pupils attend independent schools. **Skolverket** sets curricula (Lgr22) and national tests, which are being digitised. Almost every pupil has a computer or tablet provided by the school, and platforms such as Google Workspace, Microsoft 365, **Unikum**, **SchoolSoft** and **Vklass** are widespread.\n\nSince 2023 the government has shifted emphasis back to printed textbooks and reading, and Skolverket's revised digitalisation strategy asks for evidence that digital tools improve learning.",
        "Rootsi koole peavad omavalitsused ja vautšeriga rahastatavad **friskolor**; umbes 15% põhikooliõpilastest käib erakoolis. **Skolverket** kehtestab õppekavad (Lgr22) ja riiklikud testid. Peaaegu igal õpilasel on kooli arvuti või tahvel ning levinud on Unikum, SchoolSoft ja Vklass.\n\nAlates 2023. aastast on valitsus taas rõhutanud paberõpikuid ja lugemist.",
        "Ruotsin kouluja ylläpitävät kunnat ja koulusetelillä rahoitetut **friskolor**; noin 15 % peruskoululaisista käy itsenäistä koulua. **Skolverket** vahvistaa opetussuunnitelmat (Lgr22) ja kansalliset kokeet. Lähes jokaisella oppilaalla on koulun tietokone tai tabletti, ja alustat kuten Unikum, SchoolSoft ja Vklass ovat yleisiä.\n\nVuodesta 2023 hallitus on painottanut jälleen painettuja oppikirjoja ja lukemista.",
        "Zviedrijas skolas uztur pašvaldības un ar skolu čekiem finansētas **friskolor**; ap 15% pamatskolēnu mācās neatkarīgās skolās. **Skolverket** nosaka mācību programmas (Lgr22) un valsts pārbaudes darbus. Gandrīz katram skolēnam ir skolas dators vai planšete, un plaši izplatītas ir platformas Unikum, SchoolSoft un Vklass.\n\nKopš 2023. gada valdība atkal uzsver drukātas mācību grāmatas un lasīšanu.",
        "Svenska skolor drivs av kommuner och av fristående huvudmän (**friskolor**) som finansieras med skolpeng; omkring 15 % av grundskoleeleverna går i fristående skolor. **Skolverket** fastställer läroplanerna (Lgr22) och de nationella proven, som digitaliseras. Nästan varje elev har en dator eller surfplatta från skolan, och plattformar som Google Workspace, Microsoft 365, **Unikum**, **SchoolSoft** och **Vklass** är vanliga.\n\nSedan 2023 betonar regeringen åter tryckta läroböcker och läsning, och Skolverkets reviderade digitaliseringsstrategi efterfrågar belägg för att digitala verktyg förbättrar lärandet.",
    ),
    "market_size": L(
        "About 1.1 million pupils attend compulsory school. The state has earmarked grants for textbooks and school libraries since 2023, while spending on digital learning tools has flattened. Opportunities remain in adaptive mathematics and reading support with documented effect, special-needs support, Swedish for newly arrived pupils, administration (attendance, timetabling) and adult education (**Komvux**) and vocational training.",
        "Põhikoolis õpib umbes 1,1 miljonit õpilast. Riik on alates 2023. aastast eraldanud sihttoetusi õpikutele, digiõppevahendite kulud on stabiliseerunud. Võimalused on tõendatud mõjuga kohanduvas matemaatikas ja lugemistoes, erivajadustega õpilaste toes, rootsi keeles uusimmigrantidele ja täiskasvanuhariduses (**Komvux**).",
        "Peruskoulussa on noin 1,1 miljoonaa oppilasta. Valtio on vuodesta 2023 myöntänyt korvamerkittyjä avustuksia oppikirjoihin, kun taas digivälineiden menot ovat tasaantuneet. Mahdollisuuksia on näyttöön perustuvassa adaptiivisessa matematiikassa ja lukemisen tuessa, erityisopetuksessa, ruotsin opetuksessa maahan muuttaneille sekä aikuiskoulutuksessa (**Komvux**).",
        "Pamatskolā mācās ap 1,1 miljonu skolēnu. Kopš 2023. gada valsts piešķir mērķdotācijas mācību grāmatām, bet izdevumi digitālajiem rīkiem ir stabilizējušies. Iespējas ir adaptīvajā matemātikā un lasīšanas atbalstā ar pierādītu efektu, speciālo vajadzību atbalstā, zviedru valodā jaunpienācējiem un pieaugušo izglītībā (**Komvux**).",
        "Omkring 1,1 miljoner elever går i grundskolan. Staten har sedan 2023 gett riktade statsbidrag till läroböcker och skolbibliotek, medan utgifterna för digitala lärverktyg har planat ut. Möjligheter finns i adaptiv matematik och lässtöd med dokumenterad effekt, stöd för elever i behov av särskilt stöd, svenska för nyanlända, administration och vuxenutbildning (**Komvux**).",
    ),
    "regulation": L(
        "The **Education Act (Skollagen 2010:800)** and the curricula govern schools; the principal decides on learning materials. Pupils' personal data is subject to the GDPR and to the Swedish Authority for Privacy Protection (**IMY**), which has fined municipalities for unlawful use of cloud services and facial recognition in schools – expect detailed questions about data processing and third-country transfers.\n\nPublic-sector digital services must meet the accessibility law (**DOS-lagen 2018:1937**), i.e. WCAG 2.1 AA.",
        "Koole reguleerivad **haridusseadus (Skollagen 2010:800)** ja õppekavad; õppevara üle otsustab direktor. Õpilaste isikuandmeid kaitseb GDPR ja **IMY**, kes on trahvinud omavalitsusi pilveteenuste ja näotuvastuse ebaseadusliku kasutamise eest. Avaliku sektori digiteenused peavad vastama ligipääsetavuse seadusele (**DOS-lagen**).",
        "Kouluja sääntelevät **koululaki (Skollagen 2010:800)** ja opetussuunnitelmat; rehtori päättää oppimateriaaleista. Oppilaiden henkilötietoja suojaa tietosuoja-asetus, ja tietosuojaviranomainen **IMY** on määrännyt kunnille sakkoja pilvipalvelujen ja kasvojentunnistuksen lainvastaisesta käytöstä. Julkisen sektorin digipalvelujen on täytettävä saavutettavuuslaki (**DOS-lagen**).",
        "Skolas regulē **Izglītības likums (Skollagen 2010:800)** un mācību programmas; par mācību līdzekļiem lemj direktors. Skolēnu personas datus aizsargā VDAR un **IMY**, kas sodījusi pašvaldības par nelikumīgu mākoņpakalpojumu un sejas atpazīšanas izmantošanu. Publiskā sektora digitālajiem pakalpojumiem jāatbilst piekļūstamības likumam (**DOS-lagen**).",
        "Skolan styrs av **skollagen (2010:800)** och läroplanerna; rektor beslutar om läromedel. Elevers personuppgifter omfattas av GDPR och **IMY**, som har bötfällt kommuner för otillåten användning av molntjänster och ansiktsigenkänning i skolan – räkna med detaljerade frågor om personuppgiftsbehandling och överföring till tredjeland. Offentliga digitala tjänster ska uppfylla **DOS-lagen (2018:1937)**, dvs. WCAG 2.1 AA.",
    ),
    "business_culture": join(
        BUSINESS_CULTURE["se"],
        L(
            "Teachers and principals expect to be involved in choosing tools; a reference from a Swedish school and research on learning outcomes carry more weight than features.",
            "Õpetajad ja direktorid ootavad kaasamist; Rootsi kooli referents ja uuringud õpitulemuste kohta kaaluvad rohkem kui funktsioonid.",
            "Opettajat ja rehtorit odottavat pääsevänsä mukaan valintaan; ruotsalaisen koulun referenssi ja oppimistuloksia koskeva tutkimus painavat enemmän kuin ominaisuudet.",
            "Skolotāji un direktori sagaida, ka tiks iesaistīti; zviedru skolas atsauksme un pētījumi par mācību rezultātiem sver vairāk nekā funkcijas.",
            "Lärare och rektorer förväntar sig att vara med och välja; en referens från en svensk skola och forskning om lärandeeffekter väger tyngre än funktioner.",
        ),
    ),
    "language_requirements": join(
        LANGUAGE["se"],
        L(
            "Learning content must be in Swedish and match Lgr22; mother-tongue tuition and Swedish as a second language create demand for multilingual material.",
            "Õppesisu peab olema rootsi keeles ja vastama Lgr22-le; emakeeleõpe ja rootsi keel teise keelena loovad nõudlust mitmekeelse materjali järele.",
            "Oppisisällön on oltava ruotsiksi ja vastattava Lgr22:ta; äidinkielen opetus ja ruotsi toisena kielenä luovat kysyntää monikieliselle materiaalille.",
            "Mācību saturam jābūt zviedru valodā un jāatbilst Lgr22; dzimtās valodas apmācība un zviedru kā otrā valoda rada pieprasījumu pēc daudzvalodu materiāliem.",
            "Innehållet ska vara på svenska och matcha Lgr22; modersmålsundervisning och svenska som andraspråk skapar efterfrågan på flerspråkigt material.",
        ),
    ),
    "customers": L(
        "Municipalities buy under **LOU**, often through framework agreements of **Adda** or regional purchasing centres; independent school groups (AcadeMedia, Internationella Engelska Skolan, Kunskapsskolan) buy centrally and faster. Tenders appear in databases such as e-Avrop and Visma TendSign. Many municipalities require integration with their identity solution (Skolfederation) and the **SS 12000** data-exchange standard for school administration.",
        "Omavalitsused ostavad **LOU** alusel, sageli **Adda** raamlepingute kaudu; erakoolide kontsernid (AcadeMedia, IES) ostavad tsentraalselt ja kiiremini. Paljud nõuavad liidestust Skolfederationi ja **SS 12000** standardiga.",
        "Kunnat hankkivat **LOU:n** mukaan, usein **Addan** puitesopimusten kautta; itsenäiset koulukonsernit (AcadeMedia, IES) ostavat keskitetysti ja nopeammin. Moni kunta edellyttää integraatiota Skolfederationiin ja **SS 12000** -standardiin.",
        "Pašvaldības iepērk saskaņā ar **LOU**, bieži caur **Adda** pamatnolīgumiem; neatkarīgo skolu grupas (AcadeMedia, IES) iepērk centralizēti un ātrāk. Daudzas prasa integrāciju ar Skolfederation un **SS 12000** standartu.",
        "Kommunerna köper enligt **LOU**, ofta via ramavtal från **Adda** eller regionala inköpscentraler; fristående skolkoncerner (AcadeMedia, Internationella Engelska Skolan, Kunskapsskolan) köper centralt och snabbare. Annonser finns i databaser som e-Avrop och Visma TendSign. Många kommuner kräver integration med Skolfederation och dataöverföringsstandarden **SS 12000**.",
    ),
    "channels": L(
        "Textbook publishers (Gleerups, Liber, Natur & Kultur) and learning platform vendors are strong channels. **Swedish Edtech Industry** represents suppliers, and the **SETT** fair in Stockholm and **Skolforum** are the main events to meet municipalities and teachers. Research partners such as Stockholm University and the Swedish Institute for Educational Research (Skolforskningsinstitutet) add credibility.",
        "Tugevad kanalid on õpikukirjastused (Gleerups, Liber, Natur & Kultur) ja õppeplatvormid. Tarnijaid esindab **Swedish Edtech Industry** ning peamised sündmused on **SETT** ja **Skolforum** Stockholmis.",
        "Vahvoja kanavia ovat oppikirjakustantajat (Gleerups, Liber, Natur & Kultur) ja oppimisalustojen toimittajat. Toimittajia edustaa **Swedish Edtech Industry**, ja tärkeimmät tapahtumat ovat **SETT** ja **Skolforum** Tukholmassa.",
        "Spēcīgi kanāli ir mācību grāmatu izdevniecības (Gleerups, Liber, Natur & Kultur) un mācību platformas. Piegādātājus pārstāv **Swedish Edtech Industry**, un galvenie pasākumi ir **SETT** un **Skolforum** Stokholmā.",
        "Läromedelsförlagen (Gleerups, Liber, Natur & Kultur) och plattformsleverantörerna är starka kanaler. **Swedish Edtech Industry** företräder leverantörerna, och mässorna **SETT** och **Skolforum** i Stockholm är de viktigaste mötesplatserna med kommuner och lärare. Forskningspartner som Stockholms universitet och Skolforskningsinstitutet ger trovärdighet.",
    ),
    "funding": join(
        FUNDING["se"],
        L(
            "Research on learning effects can be funded by the Swedish Institute for Educational Research and Vinnova; Erasmus+ supports school partnerships.",
            "Õpimõju uuringuid saab rahastada Skolforskningsinstitutet ja Vinnova kaudu; Erasmus+ toetab koolide koostööd.",
            "Oppimisvaikutusten tutkimusta voivat rahoittaa Skolforskningsinstitutet ja Vinnova; Erasmus+ tukee koulujen yhteistyötä.",
            "Mācību ietekmes pētījumus var finansēt Skolforskningsinstitutet un Vinnova; Erasmus+ atbalsta skolu sadarbību.",
            "Forskning om lärandeeffekter kan finansieras av Skolforskningsinstitutet och Vinnova; Erasmus+ stöder skolsamarbeten.",
        ),
    ),
    "practical_tips": L(
        "- Document learning effects – Swedish buyers now ask for evidence.\n- Support Skolfederation login and SS 12000.\n- Have a clear answer on GDPR and third-country transfers.\n- Exhibit at SETT and approach independent school groups first.",
        "- Dokumenteerige õpimõju.\n- Toetage Skolfederationi ja SS 12000.\n- Olge valmis GDPR-küsimusteks.\n- Osalege SETT-messil.",
        "- Dokumentoi oppimisvaikutukset – ostajat kysyvät näyttöä.\n- Tue Skolfederation-kirjautumista ja SS 12000 -standardia.\n- Vastaa selkeästi tietosuojakysymyksiin.\n- Osallistu SETT-messuille ja lähesty ensin koulukonserneja.",
        "- Dokumentējiet mācību ietekmi.\n- Atbalstiet Skolfederation un SS 12000.\n- Esiet gatavi VDAR jautājumiem.\n- Piedalieties SETT izstādē.",
        "- Dokumentera lärandeeffekter – köparna frågar efter evidens.\n- Stöd inloggning via Skolfederation och SS 12000.\n- Ha ett tydligt svar om GDPR och tredjelandsöverföring.\n- Ställ ut på SETT och vänd dig först till skolkoncernerna.",
    ),
}


# --- Barrier assessments: severity 1 (very low) … 5 (very high) and a short note ---------------


def B(severity: int, en: str, et: str, fi: str, lv: str, sv: str):
    return severity, L(en, et, fi, lv, sv)


BARRIERS[("ee", "e-health")] = {
    "regulation": B(
        3,
        "MDR plus TEHIK interface tests for X-tee.",
        "MDR ning TEHIKu liidestestid X-tee jaoks.",
        "MDR sekä TEHIKin X-tee-rajapintatestit.",
        "MDR un TEHIK X-tee saskarņu testi.",
        "MDR samt TEHIK:s gränssnittstester för X-tee.",
    ),
    "business-culture": B(
        2,
        "Direct and fast; decisions by small teams.",
        "Otsekohene ja kiire; otsustab väike meeskond.",
        "Suora ja nopea; päätökset pienissä tiimeissä.",
        "Tieša un ātra; lemj nelielas komandas.",
        "Rak och snabb; små team beslutar.",
    ),
    "language": B(
        3,
        "Estonian required; Russian recommended.",
        "Eesti keel kohustuslik, vene keel soovitatav.",
        "Viro pakollinen, venäjä suositeltava.",
        "Nepieciešama igauņu valoda, ieteicama krievu.",
        "Estniska krävs, ryska rekommenderas.",
    ),
    "reaching-customers": B(
        2,
        "Few hospitals; easy to reach the right people.",
        "Vähe haiglaid, õiged inimesed on kergesti leitavad.",
        "Vähän sairaaloita; oikeat ihmiset tavoittaa helposti.",
        "Maz slimnīcu; īstos cilvēkus sasniegt viegli.",
        "Få sjukhus; lätt att nå rätt personer.",
    ),
    "reaching-partners": B(
        2,
        "Active health cluster and integrators.",
        "Aktiivne tervisetehnoloogia klaster ja integraatorid.",
        "Aktiivinen terveysklusteri ja integraattorit.",
        "Aktīvs veselības klasteris un integratori.",
        "Aktivt hälsokluster och integratörer.",
    ),
    "public-procurement": B(
        3,
        "Transparent e-procurement; small contract values.",
        "Läbipaistvad e-hanked, väikesed lepingumahud.",
        "Läpinäkyvät e-hankinnat; pienet sopimusarvot.",
        "Caurspīdīgi e-iepirkumi; nelielas līgumu summas.",
        "Transparent e-upphandling; små kontraktsvärden.",
    ),
    "data-protection": B(
        4,
        "Every access to health data is logged and visible.",
        "Iga terviseandmete vaatamine logitakse ja on nähtav.",
        "Jokainen katselu kirjataan ja näkyy potilaalle.",
        "Katra piekļuve datiem tiek reģistrēta un redzama.",
        "Varje åtkomst loggas och syns för patienten.",
    ),
    "funding": B(
        3,
        "EIS export grants; small public budgets.",
        "EIS-i ekspordi toetused, väikesed avalikud eelarved.",
        "EIS:n vientiavustukset; pienet julkiset budjetit.",
        "EIS eksporta granti; mazi publiskie budžeti.",
        "EIS exportbidrag; små offentliga budgetar.",
    ),
}
BARRIERS[("ee", "e-learning")] = {
    "regulation": B(
        2,
        "Schools choose materials freely within the curriculum.",
        "Koolid valivad õppevara õppekava raames vabalt.",
        "Koulut valitsevat materiaalit vapaasti.",
        "Skolas brīvi izvēlas mācību līdzekļus.",
        "Skolorna väljer läromedel fritt.",
    ),
    "business-culture": B(
        2,
        "Open to new tools; school heads decide.",
        "Avatud uutele vahenditele; otsustab koolijuht.",
        "Avoin uusille välineille; rehtori päättää.",
        "Atvērti jauniem rīkiem; lemj direktors.",
        "Öppen för nya verktyg; rektor beslutar.",
    ),
    "language": B(
        4,
        "All content in Estonian as schools switch to Estonian-medium teaching.",
        "Kogu sisu eesti keeles, sest koolid lähevad üle eestikeelsele õppele.",
        "Kaikki sisältö viroksi vironkieliseen opetukseen siirryttäessä.",
        "Viss saturs igauniski, jo skolas pāriet uz igauņu valodu.",
        "Allt innehåll på estniska när skolorna byter undervisningsspråk.",
    ),
    "reaching-customers": B(
        3,
        "Many small schools with small budgets.",
        "Palju väikeseid koole väikeste eelarvetega.",
        "Paljon pieniä kouluja pienillä budjeteilla.",
        "Daudz mazu skolu ar maziem budžetiem.",
        "Många små skolor med små budgetar.",
    ),
    "reaching-partners": B(
        2,
        "eKool, Stuudium and EdTech Estonia are easy to approach.",
        "eKool, Stuudium ja EdTech Estonia on kergesti ligipääsetavad.",
        "eKool, Stuudium ja EdTech Estonia ovat helposti lähestyttäviä.",
        "eKool, Stuudium un EdTech Estonia ir viegli uzrunājami.",
        "eKool, Stuudium och EdTech Estonia är lätta att nå.",
    ),
    "public-procurement": B(
        3,
        "Central materials often free; tenders by Harno.",
        "Riiklik õppevara sageli tasuta; hanked Harnolt.",
        "Valtion materiaalit usein maksuttomia; Harno kilpailuttaa.",
        "Valsts materiāli bieži bez maksas; iepirkumi caur Harno.",
        "Statligt material ofta gratis; Harno upphandlar.",
    ),
    "data-protection": B(
        3,
        "Strict on profiling children; HarID login expected.",
        "Range laste profileerimise suhtes; oodatakse HarID-d.",
        "Tiukka lasten profiloinnissa; HarID odotetaan.",
        "Stingri pret bērnu profilēšanu; sagaida HarID.",
        "Strikt mot profilering av barn; HarID förväntas.",
    ),
    "funding": B(
        3,
        "Harno, EU funds and Erasmus+.",
        "Harno, ELi fondid ja Erasmus+.",
        "Harno, EU-rahastot ja Erasmus+.",
        "Harno, ES fondi un Erasmus+.",
        "Harno, EU-fonder och Erasmus+.",
    ),
}
BARRIERS[("fi", "e-health")] = {
    "regulation": B(
        4,
        "MDR, Kanta certification and Findata permits.",
        "MDR, Kanta sertifitseerimine ja Findata load.",
        "MDR, Kanta-sertifiointi ja Findatan luvat.",
        "MDR, Kanta sertifikācija un Findata atļaujas.",
        "MDR, Kanta-certifiering och Findata-tillstånd.",
    ),
    "business-culture": B(
        3,
        "Trust builds slowly; evidence over sales talk.",
        "Usaldus tekib aeglaselt; tõendid loevad.",
        "Luottamus syntyy hitaasti; näyttö ratkaisee.",
        "Uzticība veidojas lēni; svarīgi pierādījumi.",
        "Förtroende byggs långsamt; evidens före säljsnack.",
    ),
    "language": B(
        4,
        "Finnish and often Swedish needed; tenders in Finnish.",
        "Vaja soome ja sageli rootsi keelt; hanked soome keeles.",
        "Suomi ja usein ruotsi; tarjouspyynnöt suomeksi.",
        "Vajadzīga somu un bieži zviedru valoda.",
        "Finska och ofta svenska krävs; anbud på finska.",
    ),
    "reaching-customers": B(
        3,
        "21 counties, each with its own strategy.",
        "21 piirkonda, igaühel oma strateegia.",
        "21 hyvinvointialuetta, kullakin oma strategia.",
        "21 apgabals, katram sava stratēģija.",
        "21 välfärdsområden med egna strategier.",
    ),
    "reaching-partners": B(
        2,
        "Strong clusters and test beds (Oulu, Helsinki).",
        "Tugevad klastrid ja testkeskkonnad.",
        "Vahvat klusterit ja testiympäristöt (Oulu, Helsinki).",
        "Spēcīgi klasteri un testa vides.",
        "Starka kluster och testbäddar (Uleåborg, Helsingfors).",
    ),
    "public-procurement": B(
        4,
        "Formal tenders on Hilma; long cycles.",
        "Formaalsed hanked Hilmas, pikad tsüklid.",
        "Muodolliset kilpailutukset Hilmassa; pitkät syklit.",
        "Formāli iepirkumi Hilma sistēmā; ilgi cikli.",
        "Formella upphandlingar i Hilma; långa cykler.",
    ),
    "data-protection": B(
        4,
        "Secure processing environments for secondary use.",
        "Teiseseks kasutuseks turvaline töötluskeskkond.",
        "Toisiokäyttö vain tietoturvallisessa ympäristössä.",
        "Sekundārai izmantošanai droša apstrādes vide.",
        "Säker miljö krävs för sekundär användning.",
    ),
    "funding": B(
        2,
        "Business Finland funding is generous.",
        "Business Finlandi toetused on heldekäelised.",
        "Business Finlandin rahoitus on runsasta.",
        "Business Finland finansējums ir dāsns.",
        "Business Finlands finansiering är generös.",
    ),
}
BARRIERS[("fi", "e-learning")] = {
    "regulation": B(
        2,
        "No approval of materials; accessibility required.",
        "Õppevara kinnitamist pole; ligipääsetavus nõutud.",
        "Materiaaleja ei hyväksytetä; saavutettavuus vaaditaan.",
        "Materiālu apstiprināšanas nav; jābūt piekļūstamiem.",
        "Inget godkännande av läromedel; tillgänglighet krävs.",
    ),
    "business-culture": B(
        3,
        "Teachers are autonomous and sceptical of hype.",
        "Õpetajad on autonoomsed ja skeptilised.",
        "Opettajat ovat autonomisia ja kriittisiä.",
        "Skolotāji ir autonomi un skeptiski.",
        "Lärarna är autonoma och skeptiska till hype.",
    ),
    "language": B(
        4,
        "Finnish content aligned with the curriculum; Swedish schools too.",
        "Soomekeelne, õppekavaga kooskõlas sisu; ka rootsi koolid.",
        "Suomenkielinen, opetussuunnitelmaan sidottu sisältö; myös ruotsiksi.",
        "Saturs somu valodā atbilstoši programmai; arī zviedru skolām.",
        "Finskt innehåll enligt läroplanen; även svenska skolor.",
    ),
    "reaching-customers": B(
        3,
        "About 300 municipalities decide separately.",
        "Umbes 300 omavalitsust otsustavad eraldi.",
        "Noin 300 kuntaa päättää erikseen.",
        "Ap 300 pašvaldību lemj atsevišķi.",
        "Omkring 300 kommuner beslutar var för sig.",
    ),
    "reaching-partners": B(
        2,
        "Publishers and Education Finland are open to partners.",
        "Kirjastused ja Education Finland on partnerlusele avatud.",
        "Kustantajat ja Education Finland ovat avoimia kumppanuuksille.",
        "Izdevniecības un Education Finland ir atvērtas sadarbībai.",
        "Förlag och Education Finland är öppna för partnerskap.",
    ),
    "public-procurement": B(
        3,
        "Framework agreements via Hansel or regional units.",
        "Raamlepingud Hanseli või piirkondlike üksuste kaudu.",
        "Puitesopimukset Hanselin tai alueellisten yksiköiden kautta.",
        "Pamatnolīgumi caur Hansel vai reģionālām vienībām.",
        "Ramavtal via Hansel eller regionala enheter.",
    ),
    "data-protection": B(
        3,
        "Processing agreement and EU data storage expected.",
        "Oodatakse andmetöötluslepingut ja andmeid ELis.",
        "Käsittelysopimus ja EU:ssa säilytys odotetaan.",
        "Sagaida apstrādes līgumu un datus ES.",
        "Biträdesavtal och lagring i EU förväntas.",
    ),
    "funding": B(
        2,
        "Business Finland and Education Finland support.",
        "Business Finlandi ja Education Finlandi tugi.",
        "Business Finlandin ja Education Finlandin tuki.",
        "Business Finland un Education Finland atbalsts.",
        "Stöd från Business Finland och Education Finland.",
    ),
}
BARRIERS[("lv", "e-health")] = {
    "regulation": B(
        4,
        "MDR, E-veselība agreement and Latvian labelling.",
        "MDR, E-veselība leping ja lätikeelne märgistus.",
        "MDR, E-veselība-sopimus ja latviankieliset merkinnät.",
        "MDR, E-veselības līgums un marķējums latviski.",
        "MDR, avtal om E-veselība och märkning på lettiska.",
    ),
    "business-culture": B(
        4,
        "Hierarchical; personal relationships needed.",
        "Hierarhiline; vaja isiklikke suhteid.",
        "Hierarkkinen; henkilökohtaiset suhteet tarpeen.",
        "Hierarhiska; vajadzīgas personiskas attiecības.",
        "Hierarkisk; personliga relationer behövs.",
    ),
    "language": B(
        5,
        "Latvian mandatory for all patient information.",
        "Kogu patsienditeave peab olema läti keeles.",
        "Kaikki potilastieto latviaksi.",
        "Visai informācijai pacientiem jābūt latviski.",
        "All patientinformation måste vara på lettiska.",
    ),
    "reaching-customers": B(
        3,
        "Concentrated in Riga; private clinics accessible.",
        "Koondunud Riiga; erakliinikud ligipääsetavad.",
        "Keskittynyt Riikaan; yksityisklinikat helpommin.",
        "Koncentrēts Rīgā; privātklīnikas pieejamas.",
        "Koncentrerat till Riga; privata kliniker nåbara.",
    ),
    "reaching-partners": B(
        3,
        "Few specialised health IT partners.",
        "Vähe spetsialiseerunud tervise-IT partnereid.",
        "Vähän erikoistuneita terveys-IT-kumppaneita.",
        "Maz specializētu veselības IT partneru.",
        "Få specialiserade hälso-IT-partner.",
    ),
    "public-procurement": B(
        4,
        "Price-driven tenders in the EIS system.",
        "Hinnapõhised hanked EIS süsteemis.",
        "Hintavetoiset kilpailutukset EIS-järjestelmässä.",
        "Uz cenu orientēti iepirkumi EIS.",
        "Prisdrivna upphandlingar i EIS.",
    ),
    "data-protection": B(
        3,
        "GDPR supervised by the Data State Inspectorate.",
        "GDPR-i järgimist kontrollib Andmeriigi Inspektsioon.",
        "GDPR:ää valvoo Datu valsts inspekcija.",
        "VDAR uzrauga Datu valsts inspekcija.",
        "GDPR övervakas av Datainspektionen.",
    ),
    "funding": B(
        3,
        "EU recovery funds until 2026; co-financing needed.",
        "ELi taasterahastu kuni 2026; vaja omaosalust.",
        "EU:n elpymisvarat vuoteen 2026; omarahoitus tarpeen.",
        "ES atveseļošanas fondi līdz 2026; vajag līdzfinansējumu.",
        "EU:s återhämtningsmedel till 2026; medfinansiering krävs.",
    ),
}
BARRIERS[("lv", "e-learning")] = {
    "regulation": B(
        3,
        "VISC approval for textbooks bought with state money.",
        "Riigiraha eest ostetavad õpikud vajavad VISC kinnitust.",
        "Valtion rahalla ostettavat kirjat vaativat VISC:n hyväksynnän.",
        "Par valsts naudu pērkamām grāmatām vajag VISC apstiprinājumu.",
        "Läroböcker som köps med statliga medel kräver VISC:s godkännande.",
    ),
    "business-culture": B(
        4,
        "Approval from municipal boards and directors.",
        "Vaja omavalitsuse ja direktori heakskiitu.",
        "Kunnan ja rehtorin hyväksyntä tarvitaan.",
        "Vajadzīgs pašvaldības un direktora apstiprinājums.",
        "Godkännande från kommun och rektor krävs.",
    ),
    "language": B(
        5,
        "All general education in Latvian only.",
        "Kogu üldharidus ainult läti keeles.",
        "Kaikki yleissivistävä opetus vain latviaksi.",
        "Visa vispārējā izglītība tikai latviešu valodā.",
        "All allmän utbildning enbart på lettiska.",
    ),
    "reaching-customers": B(
        3,
        "Municipalities consolidating schools; budgets tight.",
        "Omavalitsused koondavad koole; eelarved on napid.",
        "Kunnat yhdistävät kouluja; budjetit tiukkoja.",
        "Pašvaldības apvieno skolas; budžeti ierobežoti.",
        "Kommunerna slår ihop skolor; snäva budgetar.",
    ),
    "reaching-partners": B(
        3,
        "Publishers and e-journal providers are the gatekeepers.",
        "Kirjastused ja e-päevikud on väravavahid.",
        "Kustantajat ja e-päiväkirjat ovat portinvartijoita.",
        "Izdevniecības un e-žurnāli ir vārtu sargi.",
        "Förlag och e-journaler är grindvakter.",
    ),
    "public-procurement": B(
        4,
        "Lowest price often decisive.",
        "Sageli otsustab madalaim hind.",
        "Alin hinta usein ratkaisee.",
        "Bieži izšķir zemākā cena.",
        "Lägsta pris avgör ofta.",
    ),
    "data-protection": B(
        3,
        "GDPR and EU data storage expected.",
        "Oodatakse GDPR-i järgimist ja andmeid ELis.",
        "GDPR ja EU:ssa säilytys odotetaan.",
        "Sagaida VDAR ievērošanu un datus ES.",
        "GDPR och lagring i EU förväntas.",
    ),
    "funding": B(
        3,
        "EU programmes via VIAA; co-financing required.",
        "ELi programmid VIAA kaudu; vaja omaosalust.",
        "EU-ohjelmat VIAA:n kautta; omarahoitus vaaditaan.",
        "ES programmas caur VIAA; vajadzīgs līdzfinansējums.",
        "EU-program via VIAA; medfinansiering krävs.",
    ),
}
BARRIERS[("se", "e-health")] = {
    "regulation": B(
        4,
        "MDR, Patient Data Act and secrecy rules.",
        "MDR, patsiendiandmete seadus ja saladusreeglid.",
        "MDR, potilastietolaki ja salassapitosäännöt.",
        "MDR, pacientu datu likums un slepenības noteikumi.",
        "MDR, patientdatalagen och sekretessregler.",
    ),
    "business-culture": B(
        3,
        "Consensus takes time but decisions last.",
        "Konsensus võtab aega, kuid otsused püsivad.",
        "Konsensus vie aikaa, mutta päätökset pitävät.",
        "Vienprātība prasa laiku, bet lēmumi ir noturīgi.",
        "Samförstånd tar tid men besluten står sig.",
    ),
    "language": B(
        3,
        "Swedish and plain language for patients.",
        "Patsientidele rootsi keel ja lihtne keel.",
        "Potilaille ruotsi ja selkokieli.",
        "Pacientiem zviedru un vienkārša valoda.",
        "Svenska och klarspråk för patienter.",
    ),
    "reaching-customers": B(
        4,
        "21 regions with long sales cycles.",
        "21 regiooni pikkade müügitsüklitega.",
        "21 aluetta ja pitkät myyntisyklit.",
        "21 reģions ar gariem pārdošanas cikliem.",
        "21 regioner med långa säljcykler.",
    ),
    "reaching-partners": B(
        2,
        "Many integrators and test beds.",
        "Palju integraatoreid ja testkeskkondi.",
        "Paljon integraattoreita ja testiympäristöjä.",
        "Daudz integratoru un testa vidžu.",
        "Många integratörer och testbäddar.",
    ),
    "public-procurement": B(
        5,
        "LOU tenders, frequent appeals in court.",
        "LOU hanked, sagedased vaidlustused kohtus.",
        "LOU-kilpailutukset, usein valituksia oikeuteen.",
        "LOU iepirkumi, bieži pārsūdzējumi tiesā.",
        "LOU-upphandlingar, ofta överprövade i domstol.",
    ),
    "data-protection": B(
        5,
        "Regions restrict cloud services and third-country access.",
        "Regioonid piiravad pilveteenuseid ja kolmandate riikide juurdepääsu.",
        "Alueet rajoittavat pilvipalveluja ja kolmasmaiden pääsyä.",
        "Reģioni ierobežo mākoņpakalpojumus un trešo valstu piekļuvi.",
        "Regionerna begränsar molntjänster och tredjelandsåtkomst.",
    ),
    "funding": B(
        2,
        "Vinnova and regional innovation funds.",
        "Vinnova ja regioonide innovatsioonifondid.",
        "Vinnova ja alueiden innovaatiorahastot.",
        "Vinnova un reģionu inovāciju fondi.",
        "Vinnova och regionala innovationsfonder.",
    ),
}
BARRIERS[("se", "e-learning")] = {
    "regulation": B(
        2,
        "Principals choose materials; accessibility law applies.",
        "Õppevara valib direktor; kehtib ligipääsetavuse seadus.",
        "Rehtori valitsee materiaalit; saavutettavuuslaki pätee.",
        "Materiālus izvēlas direktors; jāievēro piekļūstamības likums.",
        "Rektor väljer läromedel; DOS-lagen gäller.",
    ),
    "business-culture": B(
        3,
        "Teachers expect involvement and evidence.",
        "Õpetajad ootavad kaasamist ja tõendeid.",
        "Opettajat odottavat osallisuutta ja näyttöä.",
        "Skolotāji sagaida iesaisti un pierādījumus.",
        "Lärare förväntar sig delaktighet och evidens.",
    ),
    "language": B(
        3,
        "Swedish content matched to Lgr22.",
        "Rootsikeelne, Lgr22-ga kooskõlas sisu.",
        "Ruotsinkielinen, Lgr22:n mukainen sisältö.",
        "Saturs zviedru valodā atbilstoši Lgr22.",
        "Svenskt innehåll enligt Lgr22.",
    ),
    "reaching-customers": B(
        3,
        "290 municipalities plus independent school groups.",
        "290 omavalitsust ja erakoolide kontsernid.",
        "290 kuntaa ja itsenäiset koulukonsernit.",
        "290 pašvaldības un neatkarīgo skolu grupas.",
        "290 kommuner plus fristående skolkoncerner.",
    ),
    "reaching-partners": B(
        2,
        "Publishers and Swedish Edtech Industry.",
        "Kirjastused ja Swedish Edtech Industry.",
        "Kustantajat ja Swedish Edtech Industry.",
        "Izdevniecības un Swedish Edtech Industry.",
        "Förlag och Swedish Edtech Industry.",
    ),
    "public-procurement": B(
        4,
        "LOU and Adda framework agreements.",
        "LOU ja Adda raamlepingud.",
        "LOU ja Addan puitesopimukset.",
        "LOU un Adda pamatnolīgumi.",
        "LOU och Addas ramavtal.",
    ),
    "data-protection": B(
        4,
        "IMY has fined schools; cloud questions are detailed.",
        "IMY on koole trahvinud; pilveküsimused on põhjalikud.",
        "IMY on sakottanut kouluja; pilvikysymykset ovat tarkkoja.",
        "IMY ir sodījusi skolas; jautājumi par mākoni ir detalizēti.",
        "IMY har bötfällt skolor; molnfrågorna är detaljerade.",
    ),
    "funding": B(
        3,
        "Research funding rather than product grants.",
        "Pigem uurimistoetused kui tootetoetused.",
        "Tutkimusrahoitusta pikemmin kuin tuotetukea.",
        "Drīzāk pētniecības nekā produktu finansējums.",
        "Forskningsmedel snarare än produktbidrag.",
    ),
}
