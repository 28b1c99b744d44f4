"""Demo content of the portal app: the taxonomy and the partner network (idempotent)."""

from portal.demo_utils import translated_fields
from portal.models import Barrier, Country, PartnerOrganisation, Sector

COUNTRIES = [
    ("ee", {"en": "Estonia", "et": "Eesti", "fi": "Viro", "lv": "Igaunija", "sv": "Estland"}),
    ("fi", {"en": "Finland", "et": "Soome", "fi": "Suomi", "lv": "Somija", "sv": "Finland"}),
    ("lv", {"en": "Latvia", "et": "Läti", "fi": "Latvia", "lv": "Latvija", "sv": "Lettland"}),
    ("se", {"en": "Sweden", "et": "Rootsi", "fi": "Ruotsi", "lv": "Zviedrija", "sv": "Sverige"}),
]

SECTORS = [
    (
        "e-health",
        {
            "en": "E-health and well-being",
            "et": "E-tervis ja heaolu",
            "fi": "Digitaaliset terveys- ja hyvinvointipalvelut",
            "lv": "E-veselība un labklājība",
            "sv": "E-hälsa och välbefinnande",
        },
        {
            "en": "Digital services for health care, care of older people, self-care and well-being.",
            "et": "Digiteenused tervishoiule, eakate hooldusele, enesehooldusele ja heaolule.",
            "fi": "Digitaaliset palvelut terveydenhuoltoon, vanhustenhoivaan, omahoitoon ja hyvinvointiin.",
            "lv": "Digitālie pakalpojumi veselības aprūpei, senioru aprūpei, pašaprūpei un labsajūtai.",
            "sv": "Digitala tjänster för hälso- och sjukvård, äldreomsorg, egenvård och välbefinnande.",
        },
    ),
    (
        "e-learning",
        {
            "en": "E-education and lifelong learning",
            "et": "E-õpe ja elukestev õpe",
            "fi": "Digitaalinen oppiminen ja elinikäinen oppiminen",
            "lv": "E-izglītība un mūžizglītība",
            "sv": "E-lärande och livslångt lärande",
        },
        {
            "en": "Digital services for schools, universities, vocational training and adult learners.",
            "et": "Digiteenused koolidele, ülikoolidele, kutseõppele ja täiskasvanud õppijatele.",
            "fi": "Digitaaliset palvelut kouluille, korkeakouluille, ammatilliseen koulutukseen ja aikuisopiskelijoille.",
            "lv": "Digitālie pakalpojumi skolām, augstskolām, profesionālajai izglītībai un pieaugušajiem.",
            "sv": "Digitala tjänster för skolor, högskolor, yrkesutbildning och vuxnas lärande.",
        },
    ),
]

BARRIERS = [
    (
        "regulation",
        {
            "en": "Regulation and certification",
            "et": "Regulatsioonid ja sertifitseerimine",
            "fi": "Sääntely ja sertifiointi",
            "lv": "Regulējums un sertifikācija",
            "sv": "Regelverk och certifiering",
        },
        {
            "en": "Laws, medical-device rules, accreditation and standards a service must meet.",
            "et": "Seadused, meditsiiniseadmete nõuded, akrediteerimine ja standardid, millele teenus peab vastama.",
            "fi": "Lait, lääkinnällisten laitteiden säännöt, akkreditointi ja standardit, jotka palvelun on täytettävä.",
            "lv": "Likumi, medicīnisko ierīču prasības, akreditācija un standarti, kuriem pakalpojumam jāatbilst.",
            "sv": "Lagar, regler för medicintekniska produkter, ackreditering och standarder som tjänsten måste uppfylla.",
        },
    ),
    (
        "business-culture",
        {
            "en": "Business environment and culture",
            "et": "Ärikeskkond ja ärikultuur",
            "fi": "Liiketoimintaympäristö ja -kulttuuri",
            "lv": "Uzņēmējdarbības vide un kultūra",
            "sv": "Affärsmiljö och affärskultur",
        },
        {
            "en": "How decisions are made, how trust is built and what customers expect of a supplier.",
            "et": "Kuidas otsuseid tehakse, kuidas usaldus tekib ja mida kliendid tarnijalt ootavad.",
            "fi": "Miten päätöksiä tehdään, miten luottamus syntyy ja mitä asiakkaat toimittajalta odottavat.",
            "lv": "Kā tiek pieņemti lēmumi, kā veidojas uzticēšanās un ko klienti sagaida no piegādātāja.",
            "sv": "Hur beslut fattas, hur förtroende byggs och vad kunderna väntar sig av en leverantör.",
        },
    ),
    (
        "language",
        {"en": "Language", "et": "Keel", "fi": "Kieli", "lv": "Valoda", "sv": "Språk"},
        {
            "en": "Localising the service, its documentation and support into the local languages.",
            "et": "Teenuse, dokumentatsiooni ja kasutajatoe tõlkimine ja kohandamine kohalikesse keeltesse.",
            "fi": "Palvelun, sen ohjeiden ja asiakastuen lokalisointi paikallisille kielille.",
            "lv": "Pakalpojuma, dokumentācijas un atbalsta lokalizācija vietējās valodās.",
            "sv": "Att lokalisera tjänsten, dokumentationen och supporten till de lokala språken.",
        },
    ),
    (
        "reaching-customers",
        {
            "en": "Reaching customers",
            "et": "Klientideni jõudmine",
            "fi": "Asiakkaiden tavoittaminen",
            "lv": "Klientu sasniegšana",
            "sv": "Att nå kunderna",
        },
        {
            "en": "Finding the people who decide and pay, and getting a first reference customer.",
            "et": "Otsustajate ja maksjate leidmine ning esimese referentskliendi saamine.",
            "fi": "Päättäjien ja maksajien löytäminen sekä ensimmäisen referenssiasiakkaan saaminen.",
            "lv": "Lēmumu pieņēmēju un maksātāju atrašana un pirmā atsauces klienta iegūšana.",
            "sv": "Att hitta dem som beslutar och betalar, och att få en första referenskund.",
        },
    ),
    (
        "reaching-partners",
        {
            "en": "Reaching partners",
            "et": "Partnerite leidmine",
            "fi": "Kumppaneiden löytäminen",
            "lv": "Partneru atrašana",
            "sv": "Att hitta partner",
        },
        {
            "en": "Distributors, integrators, research partners and local companies to work with.",
            "et": "Edasimüüjad, integraatorid, teaduspartnerid ja kohalikud ettevõtted koostööks.",
            "fi": "Jälleenmyyjät, integraattorit, tutkimuskumppanit ja paikalliset yhteistyöyritykset.",
            "lv": "Izplatītāji, integratori, pētniecības partneri un vietējie uzņēmumi sadarbībai.",
            "sv": "Återförsäljare, integratörer, forskningspartner och lokala företag att samarbeta med.",
        },
    ),
    (
        "public-procurement",
        {
            "en": "Public procurement",
            "et": "Riigihanked",
            "fi": "Julkiset hankinnat",
            "lv": "Publiskie iepirkumi",
            "sv": "Offentlig upphandling",
        },
        {
            "en": "Tendering rules and practices of hospitals, municipalities and schools.",
            "et": "Haiglate, omavalitsuste ja koolide hankereeglid ja -tavad.",
            "fi": "Sairaaloiden, kuntien ja koulujen kilpailutussäännöt ja -käytännöt.",
            "lv": "Slimnīcu, pašvaldību un skolu iepirkumu noteikumi un prakse.",
            "sv": "Regler och praxis för upphandling hos sjukhus, kommuner och skolor.",
        },
    ),
    (
        "data-protection",
        {
            "en": "Data protection and health data",
            "et": "Andmekaitse ja terviseandmed",
            "fi": "Tietosuoja ja terveystiedot",
            "lv": "Datu aizsardzība un veselības dati",
            "sv": "Dataskydd och hälsodata",
        },
        {
            "en": "Handling personal and health data lawfully: consent, hosting, interoperability.",
            "et": "Isiku- ja terviseandmete seaduslik töötlemine: nõusolek, majutus, koosvõime.",
            "fi": "Henkilö- ja terveystietojen lainmukainen käsittely: suostumus, tallennus, yhteentoimivuus.",
            "lv": "Personas un veselības datu likumīga apstrāde: piekrišana, glabāšana, sadarbspēja.",
            "sv": "Att hantera person- och hälsodata lagligt: samtycke, lagring, interoperabilitet.",
        },
    ),
    (
        "funding",
        {
            "en": "Funding",
            "et": "Rahastamine",
            "fi": "Rahoitus",
            "lv": "Finansējums",
            "sv": "Finansiering",
        },
        {
            "en": "Grants, loans and investors that help pay for entering a new market.",
            "et": "Toetused, laenud ja investorid, kes aitavad uuele turule sisenemist rahastada.",
            "fi": "Avustukset, lainat ja sijoittajat, jotka auttavat rahoittamaan uudelle markkinalle menoa.",
            "lv": "Granti, aizdevumi un investori, kas palīdz finansēt ienākšanu jaunā tirgū.",
            "sv": "Bidrag, lån och investerare som hjälper till att finansiera steget in på en ny marknad.",
        },
    ),
]

# The four partner organisations of the network; demo_network adds their descriptions.
ORGANISATIONS = [
    (
        "laurea",
        "fi",
        "university",
        "Laurea",
        "https://www.laurea.fi/",
        {
            "en": "Laurea University of Applied Sciences – user-driven innovation unit",
            "et": "Laurea rakenduskõrgkool – kasutajakeskse innovatsiooni üksus",
            "fi": "Laurea-ammattikorkeakoulu – käyttäjälähtöisen innovoinnin yksikkö",
            "lv": "Laurea Lietišķo zinātņu universitāte – lietotājvirzītu inovāciju nodaļa",
            "sv": "Laurea yrkeshögskola – enheten för användardriven innovation",
        },
    ),
    (
        "ibs",
        "ee",
        "research",
        "IBS",
        "https://www.ibs.ee/",
        {
            "en": "Institute of Baltic Studies",
            "et": "Balti Uuringute Instituut",
            "fi": "Itämeren tutkimuslaitos IBS",
            "lv": "Baltijas studiju institūts",
            "sv": "Institutet för baltiska studier",
        },
    ),
    (
        "taf",
        "lv",
        "association",
        "TAF",
        "https://www.taf.lv/",
        {
            "en": "Technology Development Forum",
            "et": "Tehnoloogia Arendamise Foorum",
            "fi": "Teknologian kehittämisfoorumi",
            "lv": "Tehnoloģiju attīstības forums",
            "sv": "Forumet för teknikutveckling",
        },
    ),
    (
        "sics",
        "se",
        "research",
        "SICS",
        "https://www.ri.se/",
        {
            "en": "SICS Swedish ICT",
            "et": "SICS Swedish ICT (Rootsi IKT-uuringute instituut)",
            "fi": "SICS Swedish ICT (ruotsalainen tieto- ja viestintätekniikan tutkimuslaitos)",
            "lv": "SICS Swedish ICT (Zviedrijas IKT pētniecības institūts)",
            "sv": "SICS Swedish ICT",
        },
    ),
]


def load(*, stdout) -> None:
    countries = {}
    for position, (code, name) in enumerate(COUNTRIES):
        countries[code], _ = Country.objects.update_or_create(
            code=code, defaults={"position": position, **translated_fields(name=name)}
        )
    for position, (slug, name, description) in enumerate(SECTORS):
        Sector.objects.update_or_create(
            slug=slug,
            defaults={
                "position": position,
                **translated_fields(name=name, description=description),
            },
        )
    for position, (slug, name, description) in enumerate(BARRIERS):
        Barrier.objects.update_or_create(
            slug=slug,
            defaults={
                "position": position,
                **translated_fields(name=name, description=description),
            },
        )
    for slug, code, kind, short_name, website, name in ORGANISATIONS:
        organisation, _ = PartnerOrganisation.objects.update_or_create(
            slug=slug,
            defaults={
                "country": countries[code],
                "kind": kind,
                "short_name": short_name,
                "website": website,
                **translated_fields(name=name),
            },
        )
        organisation.answers_for.set([countries[code]])
    # Support services, contacts, Living Labs and publications come from demo_network.
    from portal import demo_network

    demo_network.load(countries=countries, stdout=stdout)
    # Pages (about, privacy notice, accessibility statement) come from demo_pages.
    from portal.demo_pages import load_pages

    load_pages()
