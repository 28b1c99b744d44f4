"""Demo content of the network: languages, Living Lab vocabulary, organisation descriptions,
support services, contacts, Living Labs and publications, in five languages.

Organisations, labs and facts are real or real-ish; contacts are fictional people with
``example.org`` addresses and phone numbers from fictional ranges.
"""

# --- Languages spoken or tested in ----------------------------------------------------------

LANGUAGES = [
    ("en", {"en": "English", "et": "inglise", "fi": "englanti", "lv": "angļu", "sv": "engelska"}),
    ("et", {"en": "Estonian", "et": "eesti", "fi": "viro", "lv": "igauņu", "sv": "estniska"}),
    ("fi", {"en": "Finnish", "et": "soome", "fi": "suomi", "lv": "somu", "sv": "finska"}),
    ("lv", {"en": "Latvian", "et": "läti", "fi": "latvia", "lv": "latviešu", "sv": "lettiska"}),
    ("sv", {"en": "Swedish", "et": "rootsi", "fi": "ruotsi", "lv": "zviedru", "sv": "svenska"}),
    ("ru", {"en": "Russian", "et": "vene", "fi": "venäjä", "lv": "krievu", "sv": "ryska"}),
    ("de", {"en": "German", "et": "saksa", "fi": "saksa", "lv": "vācu", "sv": "tyska"}),
]

LAB_METHODS = [
    (
        "co-creation",
        {
            "en": "Co-creation workshops",
            "et": "Koosloome töötoad",
            "fi": "Yhteiskehittämisen työpajat",
            "lv": "Koprades darbnīcas",
            "sv": "Workshoppar för samskapande",
        },
    ),
    (
        "usability-testing",
        {
            "en": "Usability testing",
            "et": "Kasutatavuse testimine",
            "fi": "Käytettävyystestaus",
            "lv": "Lietojamības testēšana",
            "sv": "Användbarhetstester",
        },
    ),
    (
        "field-trials",
        {
            "en": "Field trials in everyday use",
            "et": "Välikatsetused igapäevases kasutuses",
            "fi": "Kenttäkokeilut arjen käytössä",
            "lv": "Lauka izmēģinājumi ikdienas lietošanā",
            "sv": "Fältförsök i vardaglig användning",
        },
    ),
    (
        "interviews-surveys",
        {
            "en": "Interviews and surveys",
            "et": "Intervjuud ja küsitlused",
            "fi": "Haastattelut ja kyselyt",
            "lv": "Intervijas un aptaujas",
            "sv": "Intervjuer och enkäter",
        },
    ),
    (
        "simulation",
        {
            "en": "Simulation environment",
            "et": "Simulatsioonikeskkond",
            "fi": "Simulaatioympäristö",
            "lv": "Simulācijas vide",
            "sv": "Simuleringsmiljö",
        },
    ),
]

USER_GROUPS = [
    (
        "patients",
        {
            "en": "Patients",
            "et": "Patsiendid",
            "fi": "Potilaat",
            "lv": "Pacienti",
            "sv": "Patienter",
        },
    ),
    (
        "older-people",
        {
            "en": "Older people",
            "et": "Eakad",
            "fi": "Ikääntyneet",
            "lv": "Seniori",
            "sv": "Äldre personer",
        },
    ),
    (
        "care-staff",
        {
            "en": "Health and care staff",
            "et": "Tervishoiu- ja hoolekandetöötajad",
            "fi": "Sosiaali- ja terveysalan henkilöstö",
            "lv": "Veselības aprūpes un sociālās aprūpes darbinieki",
            "sv": "Vård- och omsorgspersonal",
        },
    ),
    (
        "pupils",
        {"en": "Pupils", "et": "Õpilased", "fi": "Koululaiset", "lv": "Skolēni", "sv": "Elever"},
    ),
    (
        "teachers",
        {"en": "Teachers", "et": "Õpetajad", "fi": "Opettajat", "lv": "Skolotāji", "sv": "Lärare"},
    ),
    (
        "students",
        {
            "en": "University students",
            "et": "Üliõpilased",
            "fi": "Korkeakouluopiskelijat",
            "lv": "Studenti",
            "sv": "Högskolestudenter",
        },
    ),
    (
        "adult-learners",
        {
            "en": "Adult learners",
            "et": "Täiskasvanud õppijad",
            "fi": "Aikuisopiskelijat",
            "lv": "Pieaugušie izglītojamie",
            "sv": "Vuxenstuderande",
        },
    ),
    (
        "residents",
        {
            "en": "Residents and families",
            "et": "Elanikud ja pered",
            "fi": "Asukkaat ja perheet",
            "lv": "Iedzīvotāji un ģimenes",
            "sv": "Invånare och familjer",
        },
    ),
]

# --- The four partner organisations: descriptions and public e-mail --------------------------

ORGANISATION_DETAILS = {
    "laurea": (
        "laurea@ballad.example.org",
        {
            "en": "Laurea's user-driven innovation unit runs Laurea Living Labs in Espoo and Vantaa. It brings companies together with older people, patients, care staff and students to co-create and test services, and it advises companies that want to enter the Finnish market.",
            "et": "Laurea kasutajakeskse innovatsiooni üksus juhib Espoos ja Vantaas tegutsevaid Laurea Living Labs'e. Üksus viib ettevõtted kokku eakate, patsientide, hooldustöötajate ja üliõpilastega, et teenuseid koos luua ja katsetada, ning nõustab ettevõtteid, kes soovivad siseneda Soome turule.",
            "fi": "Laurean käyttäjälähtöisen innovoinnin yksikkö ylläpitää Laurea Living Labs -ympäristöjä Espoossa ja Vantaalla. Yksikkö tuo yritykset yhteen ikääntyneiden, potilaiden, hoitohenkilöstön ja opiskelijoiden kanssa palvelujen yhteiskehittämiseksi ja testaamiseksi sekä neuvoo yrityksiä, jotka haluavat Suomen markkinoille.",
            "lv": "Laurea lietotājvirzītu inovāciju nodaļa vada Laurea Living Labs Espo un Vantā. Tā satiek uzņēmumus ar senioriem, pacientiem, aprūpes darbiniekiem un studentiem, lai kopā radītu un testētu pakalpojumus, un konsultē uzņēmumus, kas vēlas ienākt Somijas tirgū.",
            "sv": "Laureas enhet för användardriven innovation driver Laurea Living Labs i Esbo och Vanda. Enheten för samman företag med äldre, patienter, vårdpersonal och studerande för att samskapa och testa tjänster, och ger råd till företag som vill in på den finländska marknaden.",
        },
    ),
    "ibs": (
        "ibs@ballad.example.org",
        {
            "en": "An independent research institute in Tartu that studies innovation, education and health policy in the Baltic states. It knows Estonian public procurement and the national e-health and e-school systems, and answers questions about entering Estonia.",
            "et": "Sõltumatu uurimisinstituut Tartus, mis uurib innovatsiooni-, haridus- ja tervisepoliitikat Balti riikides. Instituut tunneb Eesti riigihankeid ning riiklikke e-tervise ja e-kooli süsteeme ning vastab küsimustele Eesti turule sisenemise kohta.",
            "fi": "Tartossa toimiva riippumaton tutkimuslaitos, joka tutkii Baltian maiden innovaatio-, koulutus- ja terveyspolitiikkaa. Se tuntee Viron julkiset hankinnat sekä kansalliset sähköisen terveydenhuollon ja e-koulun järjestelmät ja vastaa kysymyksiin Viron markkinoille menosta.",
            "lv": "Neatkarīgs pētniecības institūts Tartu, kas pēta inovāciju, izglītības un veselības politiku Baltijas valstīs. Tas pārzina Igaunijas publiskos iepirkumus un valsts e-veselības un e-skolas sistēmas un atbild uz jautājumiem par ienākšanu Igaunijas tirgū.",
            "sv": "Ett oberoende forskningsinstitut i Tartu som studerar innovations-, utbildnings- och hälsopolitik i de baltiska länderna. Institutet känner den estniska offentliga upphandlingen och de nationella systemen för e-hälsa och e-skola, och svarar på frågor om att etablera sig i Estland.",
        },
    ),
    "taf": (
        "taf@ballad.example.org",
        {
            "en": "A Riga-based association that connects researchers, companies and the public sector in technology development. It organises partner search and brokerage events and advises companies on the Latvian market.",
            "et": "Riias tegutsev ühendus, mis viib tehnoloogiaarenduses kokku teadlased, ettevõtted ja avaliku sektori. Ühendus korraldab partnerotsingut ja kontaktüritusi ning nõustab ettevõtteid Läti turul.",
            "fi": "Riikassa toimiva yhdistys, joka yhdistää tutkijat, yritykset ja julkisen sektorin teknologian kehittämisessä. Se järjestää kumppanihakuja ja yhteistyötapahtumia sekä neuvoo yrityksiä Latvian markkinoilla.",
            "lv": "Rīgā bāzēta biedrība, kas tehnoloģiju attīstībā savieno pētniekus, uzņēmumus un publisko sektoru. Tā rīko partneru meklēšanu un kontaktbiržas un konsultē uzņēmumus par Latvijas tirgu.",
            "sv": "En förening i Riga som för samman forskare, företag och offentlig sektor inom teknikutveckling. Föreningen ordnar partnersökning och matchningsträffar och ger företag råd om den lettiska marknaden.",
        },
    ),
    "sics": (
        "sics@ballad.example.org",
        {
            "en": "A Swedish ICT research institute, today part of RISE Research Institutes of Sweden, with test beds for digital health and learning. It answers questions about the Swedish market and helps companies find regions, municipalities and schools as test partners.",
            "et": "Rootsi IKT-uuringute instituut, mis kuulub tänapäeval RISE Research Institutes of Swedeni koosseisu ning millel on katsekeskkonnad digitervise ja -õppe jaoks. Instituut vastab küsimustele Rootsi turu kohta ja aitab ettevõtetel leida katsepartneriteks regioone, omavalitsusi ja koole.",
            "fi": "Ruotsalainen tieto- ja viestintätekniikan tutkimuslaitos, nykyisin osa RISE Research Institutes of Swedeniä, jolla on testiympäristöjä digitaalisille terveys- ja oppimispalveluille. Se vastaa kysymyksiin Ruotsin markkinoista ja auttaa yrityksiä löytämään testikumppaneiksi alueita, kuntia ja kouluja.",
            "lv": "Zviedrijas IKT pētniecības institūts, kas šodien ir daļa no RISE Research Institutes of Sweden, ar testa vidēm digitālajai veselībai un mācībām. Tas atbild uz jautājumiem par Zviedrijas tirgu un palīdz uzņēmumiem atrast reģionus, pašvaldības un skolas kā testēšanas partnerus.",
            "sv": "Ett svenskt IKT-forskningsinstitut, i dag en del av RISE Research Institutes of Sweden, med testbäddar för digital hälsa och digitalt lärande. Institutet svarar på frågor om den svenska marknaden och hjälper företag att hitta regioner, kommuner och skolor som testpartner.",
        },
    ),
}

# --- Support services: (slug, providers, name, what it is, who it is for, how to get it) -------

ALL_PARTNERS = ("laurea", "ibs", "taf", "sics")

SUPPORT_SERVICES = [
    (
        "market-information",
        ALL_PARTNERS,
        {
            "en": "Market information",
            "et": "Turuteave",
            "fi": "Markkinatieto",
            "lv": "Tirgus informācija",
            "sv": "Marknadsinformation",
        },
        {
            "en": "Market profiles for each country and sector, written and reviewed by the partner of that country: regulation, procurement, business culture, funding and key figures.",
            "et": "Iga riigi ja valdkonna turuülevaated, mille koostab ja vaatab üle selle riigi partner: regulatsioonid, hanked, ärikultuur, rahastamine ja põhinäitajad.",
            "fi": "Maa- ja toimialakohtaiset markkinaprofiilit, jotka kyseisen maan kumppani kirjoittaa ja tarkistaa: sääntely, hankinnat, liiketoimintakulttuuri, rahoitus ja keskeiset luvut.",
            "lv": "Tirgus profili katrai valstij un nozarei, kurus sagatavo un pārskata attiecīgās valsts partneris: regulējums, iepirkumi, uzņēmējdarbības kultūra, finansējums un galvenie rādītāji.",
            "sv": "Marknadsprofiler för varje land och sektor, skrivna och granskade av partnern i det landet: regelverk, upphandling, affärskultur, finansiering och nyckeltal.",
        },
        {
            "en": "Companies that are choosing their next market or preparing a business plan for it.",
            "et": "Ettevõtetele, kes valivad oma järgmist sihtturgu või koostavad selle jaoks äriplaani.",
            "fi": "Yrityksille, jotka valitsevat seuraavaa markkina-aluettaan tai valmistelevat sille liiketoimintasuunnitelmaa.",
            "lv": "Uzņēmumiem, kas izvēlas savu nākamo tirgu vai gatavo tam biznesa plānu.",
            "sv": "Företag som väljer sin nästa marknad eller tar fram en affärsplan för den.",
        },
        {
            "en": "Open the market profiles on this portal; they are free and need no account.",
            "et": "Avage selle portaali turuülevaated – need on tasuta ega nõua kasutajakontot.",
            "fi": "Avaa markkinaprofiilit tässä portaalissa; ne ovat maksuttomia eivätkä vaadi käyttäjätiliä.",
            "lv": "Atveriet tirgus profilus šajā portālā – tie ir bez maksas un neprasa lietotāja kontu.",
            "sv": "Öppna marknadsprofilerna på portalen; de är gratis och kräver inget konto.",
        },
    ),
    (
        "counseling",
        ALL_PARTNERS,
        {
            "en": "Counseling",
            "et": "Nõustamine",
            "fi": "Neuvonta",
            "lv": "Konsultācijas",
            "sv": "Rådgivning",
        },
        {
            "en": "Answers to your questions about entering a market, from the partner that knows the country: regulation, customers, partners and funding.",
            "et": "Vastused teie küsimustele turule sisenemise kohta partnerilt, kes riiki tunneb: regulatsioonid, kliendid, partnerid ja rahastamine.",
            "fi": "Vastauksia markkinoille menoa koskeviin kysymyksiisi maan tuntevalta kumppanilta: sääntely, asiakkaat, kumppanit ja rahoitus.",
            "lv": "Atbildes uz Jūsu jautājumiem par ienākšanu tirgū no partnera, kas pazīst valsti: regulējums, klienti, partneri un finansējums.",
            "sv": "Svar på dina frågor om att ta dig in på en marknad, från partnern som känner landet: regelverk, kunder, partner och finansiering.",
        },
        {
            "en": "Small and medium-sized companies with an e-health or e-learning service that is ready to be sold abroad.",
            "et": "Väikestele ja keskmise suurusega ettevõtetele, kelle e-tervise või e-õppe teenus on valmis välismaal müümiseks.",
            "fi": "Pienille ja keskisuurille yrityksille, joiden digitaalinen terveys- tai oppimispalvelu on valmis myytäväksi ulkomaille.",
            "lv": "Maziem un vidējiem uzņēmumiem, kuru e-veselības vai e-izglītības pakalpojums ir gatavs pārdošanai ārvalstīs.",
            "sv": "Små och medelstora företag med en tjänst inom e-hälsa eller e-lärande som är redo att säljas utomlands.",
        },
        {
            "en": "Send a counseling request through the form on this portal; you get an answer by e-mail, in your language.",
            "et": "Saatke nõustamispöördumine selle portaali vormi kaudu; vastuse saate e-postiga ja teie valitud keeles.",
            "fi": "Lähetä neuvontapyyntö tämän portaalin lomakkeella; saat vastauksen sähköpostitse omalla kielelläsi.",
            "lv": "Nosūtiet konsultāciju pieprasījumu, izmantojot šī portāla veidlapu; atbildi saņemsiet e-pastā savā valodā.",
            "sv": "Skicka en rådgivningsförfrågan via formuläret på portalen; du får svar per e-post på ditt språk.",
        },
    ),
    (
        "living-lab-access",
        ALL_PARTNERS,
        {
            "en": "Living Lab access",
            "et": "Juurdepääs elavatele laboritele",
            "fi": "Pääsy Living Lab -ympäristöihin",
            "lv": "Piekļuve dzīvajām laboratorijām",
            "sv": "Tillgång till Living Labs",
        },
        {
            "en": "An introduction to a Living Lab in the target country where you can test your service with real users, with help to plan the test.",
            "et": "Tutvustus sihtriigi elavale laborile, kus saate oma teenust päris kasutajatega katsetada, ning abi testi kavandamisel.",
            "fi": "Esittely kohdemaan Living Lab -ympäristöön, jossa voit testata palveluasi todellisten käyttäjien kanssa, sekä apua testin suunnitteluun.",
            "lv": "Iepazīstināšana ar dzīvo laboratoriju mērķa valstī, kur varat testēt savu pakalpojumu ar īstiem lietotājiem, un palīdzība testa plānošanā.",
            "sv": "En introduktion till ett Living Lab i mållandet där du kan testa din tjänst med riktiga användare, och hjälp att planera testet.",
        },
        {
            "en": "Companies that need evidence that their service works for users in the new market before they sell it there.",
            "et": "Ettevõtetele, kes vajavad enne uuel turul müümist tõendeid, et nende teenus sobib sealsetele kasutajatele.",
            "fi": "Yrityksille, jotka tarvitsevat näyttöä palvelunsa toimivuudesta uuden markkinan käyttäjillä ennen kuin ne myyvät sitä siellä.",
            "lv": "Uzņēmumiem, kuriem pirms pārdošanas jaunajā tirgū nepieciešami pierādījumi, ka to pakalpojums der vietējiem lietotājiem.",
            "sv": "Företag som behöver belägg för att tjänsten fungerar för användarna på den nya marknaden innan de börjar sälja där.",
        },
        {
            "en": "Choose a lab in the Living Lab directory and write to its contact, or ask for an introduction in a counseling request.",
            "et": "Valige labor elavate laborite kataloogist ja kirjutage selle kontaktisikule või paluge tutvustust nõustamispöördumises.",
            "fi": "Valitse ympäristö Living Lab -hakemistosta ja kirjoita sen yhteyshenkilölle, tai pyydä esittelyä neuvontapyynnössä.",
            "lv": "Izvēlieties laboratoriju dzīvo laboratoriju katalogā un rakstiet tās kontaktpersonai vai lūdziet iepazīstināšanu konsultāciju pieprasījumā.",
            "sv": "Välj ett labb i katalogen över Living Labs och skriv till kontaktpersonen, eller be om en introduktion i en rådgivningsförfrågan.",
        },
    ),
    (
        "partner-search",
        ("ibs", "taf", "sics"),
        {
            "en": "Partner search",
            "et": "Partnerite otsing",
            "fi": "Kumppanihaku",
            "lv": "Partneru meklēšana",
            "sv": "Partnersökning",
        },
        {
            "en": "Help to find distributors, integrators, research partners and first customers, including matchmaking at brokerage events.",
            "et": "Abi edasimüüjate, integraatorite, teaduspartnerite ja esimeste klientide leidmisel, sealhulgas kohtumised kontaktüritustel.",
            "fi": "Apua jälleenmyyjien, integraattoreiden, tutkimuskumppaneiden ja ensimmäisten asiakkaiden löytämiseen, myös yhteistyötapahtumien tapaamisissa.",
            "lv": "Palīdzība izplatītāju, integratoru, pētniecības partneru un pirmo klientu atrašanā, arī tikšanās kontaktbiržās.",
            "sv": "Hjälp att hitta återförsäljare, integratörer, forskningspartner och de första kunderna, bland annat genom matchning på partnerträffar.",
        },
        {
            "en": "Companies that have chosen a market and need local partners to sell, integrate or deliver their service.",
            "et": "Ettevõtetele, kes on turu valinud ja vajavad teenuse müümiseks, integreerimiseks või pakkumiseks kohalikke partnereid.",
            "fi": "Yrityksille, jotka ovat valinneet markkinan ja tarvitsevat paikallisia kumppaneita palvelun myyntiin, integrointiin tai toimittamiseen.",
            "lv": "Uzņēmumiem, kas ir izvēlējušies tirgu un kuriem vajadzīgi vietējie partneri pakalpojuma pārdošanai, integrācijai vai sniegšanai.",
            "sv": "Företag som har valt marknad och behöver lokala partner för att sälja, integrera eller leverera tjänsten.",
        },
        {
            "en": "Describe the partner you are looking for in a counseling request or write to a contact in the target country.",
            "et": "Kirjeldage otsitavat partnerit nõustamispöördumises või kirjutage sihtriigi kontaktisikule.",
            "fi": "Kuvaa etsimäsi kumppani neuvontapyynnössä tai kirjoita kohdemaan yhteyshenkilölle.",
            "lv": "Aprakstiet meklēto partneri konsultāciju pieprasījumā vai rakstiet kontaktpersonai mērķa valstī.",
            "sv": "Beskriv vilken partner du söker i en rådgivningsförfrågan eller skriv till en kontaktperson i mållandet.",
        },
    ),
    (
        "pilot-support",
        ("laurea", "sics"),
        {
            "en": "Pilot support",
            "et": "Piloteerimise tugi",
            "fi": "Pilotointituki",
            "lv": "Pilotprojektu atbalsts",
            "sv": "Stöd för pilotprojekt",
        },
        {
            "en": "Guidance through the transfer process model during a pilot: planning, ethics and data protection, running the test and evaluating the results.",
            "et": "Juhendamine siirdeprotsessi mudeli järgi piloodi ajal: kavandamine, eetika ja andmekaitse, testi läbiviimine ja tulemuste hindamine.",
            "fi": "Ohjausta siirtoprosessimallin mukaan pilotin aikana: suunnittelu, etiikka ja tietosuoja, testin toteutus ja tulosten arviointi.",
            "lv": "Vadība pēc pārneses procesa modeļa pilotprojekta laikā: plānošana, ētika un datu aizsardzība, testa norise un rezultātu izvērtēšana.",
            "sv": "Vägledning genom överföringsmodellen under ett pilotprojekt: planering, etik och dataskydd, genomförande av testet och utvärdering av resultaten.",
        },
        {
            "en": "Companies that run a first pilot with a hospital, municipality, school or Living Lab in another country.",
            "et": "Ettevõtetele, kes viivad teises riigis läbi esimese piloodi haigla, omavalitsuse, kooli või elava laboriga.",
            "fi": "Yrityksille, jotka toteuttavat ensimmäisen pilotin sairaalan, kunnan, koulun tai Living Lab -ympäristön kanssa toisessa maassa.",
            "lv": "Uzņēmumiem, kas citā valstī īsteno pirmo pilotprojektu ar slimnīcu, pašvaldību, skolu vai dzīvo laboratoriju.",
            "sv": "Företag som genomför ett första pilotprojekt med ett sjukhus, en kommun, en skola eller ett Living Lab i ett annat land.",
        },
        {
            "en": "Ask for pilot support in a counseling request; the partner agrees the scope with you before the pilot starts.",
            "et": "Küsige piloteerimise tuge nõustamispöördumises; partner lepib teiega ulatuse kokku enne piloodi algust.",
            "fi": "Pyydä pilotointitukea neuvontapyynnössä; kumppani sopii laajuudesta kanssasi ennen pilotin alkua.",
            "lv": "Lūdziet pilotprojekta atbalstu konsultāciju pieprasījumā; partneris pirms pilotprojekta sākuma vienojas ar Jums par apjomu.",
            "sv": "Be om stöd för pilotprojekt i en rådgivningsförfrågan; partnern kommer överens med dig om omfattningen innan piloten börjar.",
        },
    ),
]

# --- Contacts (fictional people) ---------------------------------------------------------------
# (key, name, organisation, country, sectors, expertise, languages, e-mail, phone, public, role)

CONTACTS = [
    (
        "anna-virtanen",
        "Anna Virtanen",
        "laurea",
        "fi",
        ("e-health",),
        ("reaching-customers", "regulation"),
        ("fi", "en", "sv"),
        "anna.virtanen@example.org",
        "+358 40 555 0101",
        True,
        {
            "en": "Living Lab coordinator, e-health",
            "et": "Elava labori koordinaator, e-tervis",
            "fi": "Living Lab -koordinaattori, digitaaliset terveyspalvelut",
            "lv": "Dzīvās laboratorijas koordinatore, e-veselība",
            "sv": "Samordnare för Living Lab, e-hälsa",
        },
    ),
    (
        "mikko-lehtonen",
        "Mikko Lehtonen",
        "laurea",
        "fi",
        ("e-learning",),
        ("business-culture", "public-procurement"),
        ("fi", "en"),
        "mikko.lehtonen@example.org",
        "+358 40 555 0102",
        True,
        {
            "en": "Senior lecturer, digital learning",
            "et": "Vanemlektor, digitaalne õpe",
            "fi": "Lehtori, digitaalinen oppiminen",
            "lv": "Vadošais lektors, digitālās mācības",
            "sv": "Lektor, digitalt lärande",
        },
    ),
    (
        "sanna-korhonen",
        "Sanna Korhonen",
        "laurea",
        "fi",
        ("e-health", "e-learning"),
        ("funding", "reaching-partners"),
        ("fi", "en", "sv", "de"),
        "sanna.korhonen@example.org",
        "",
        True,
        {
            "en": "Internationalisation adviser",
            "et": "Rahvusvahelistumise nõustaja",
            "fi": "Kansainvälistymisen asiantuntija",
            "lv": "Internacionalizācijas konsultante",
            "sv": "Internationaliseringsrådgivare",
        },
    ),
    (
        "kadri-tamm",
        "Kadri Tamm",
        "ibs",
        "ee",
        ("e-health",),
        ("regulation", "data-protection"),
        ("et", "en", "ru"),
        "kadri.tamm@example.org",
        "+372 555 0201",
        True,
        {
            "en": "Senior analyst, health policy",
            "et": "Vanemanalüütik, tervisepoliitika",
            "fi": "Johtava analyytikko, terveyspolitiikka",
            "lv": "Vecākā analītiķe, veselības politika",
            "sv": "Senior analytiker, hälsopolitik",
        },
    ),
    (
        "martin-kask",
        "Martin Kask",
        "ibs",
        "ee",
        ("e-learning",),
        ("public-procurement", "reaching-customers"),
        ("et", "en", "fi"),
        "martin.kask@example.org",
        "+372 555 0202",
        True,
        {
            "en": "Researcher, education and innovation",
            "et": "Teadur, haridus ja innovatsioon",
            "fi": "Tutkija, koulutus ja innovaatiot",
            "lv": "Pētnieks, izglītība un inovācijas",
            "sv": "Forskare, utbildning och innovation",
        },
    ),
    (
        "liis-saar",
        "Liis Saar",
        "ibs",
        "ee",
        ("e-health", "e-learning"),
        ("funding", "reaching-partners", "language"),
        ("et", "en", "ru", "fi"),
        "liis.saar@example.org",
        "",
        True,
        {
            "en": "Project manager",
            "et": "Projektijuht",
            "fi": "Projektipäällikkö",
            "lv": "Projekta vadītāja",
            "sv": "Projektledare",
        },
    ),
    (
        "janis-berzins",
        "Jānis Bērziņš",
        "taf",
        "lv",
        ("e-health", "e-learning"),
        ("reaching-partners", "business-culture"),
        ("lv", "en", "ru"),
        "janis.berzins@example.org",
        "+371 2555 0301",
        True,
        {
            "en": "Board member, partner search and brokerage",
            "et": "Juhatuse liige, partnerite otsing ja kontaktüritused",
            "fi": "Hallituksen jäsen, kumppanihaku ja yhteistyötapahtumat",
            "lv": "Valdes loceklis, partneru meklēšana un kontaktbiržas",
            "sv": "Styrelseledamot, partnersökning och matchning",
        },
    ),
    (
        "ilze-kalnina",
        "Ilze Kalniņa",
        "taf",
        "lv",
        ("e-health",),
        ("regulation", "reaching-customers"),
        ("lv", "en", "ru", "de"),
        "ilze.kalnina@example.org",
        "+371 2555 0302",
        True,
        {
            "en": "Project coordinator, e-health",
            "et": "Projektikoordinaator, e-tervis",
            "fi": "Projektikoordinaattori, digitaaliset terveyspalvelut",
            "lv": "Projektu koordinatore, e-veselība",
            "sv": "Projektsamordnare, e-hälsa",
        },
    ),
    (
        "arturs-ozols",
        "Artūrs Ozols",
        "taf",
        "lv",
        ("e-learning",),
        ("funding", "public-procurement"),
        ("lv", "en"),
        "arturs.ozols@example.org",
        "",
        True,
        {
            "en": "Technology transfer expert, e-learning",
            "et": "Tehnoloogiasiirde ekspert, e-õpe",
            "fi": "Teknologiansiirron asiantuntija, digitaalinen oppiminen",
            "lv": "Tehnoloģiju pārneses eksperts, e-izglītība",
            "sv": "Expert på tekniköverföring, e-lärande",
        },
    ),
    (
        "karin-lindqvist",
        "Karin Lindqvist",
        "sics",
        "se",
        ("e-health",),
        ("data-protection", "regulation"),
        ("sv", "en"),
        "karin.lindqvist@example.org",
        "+46 70 555 04 01",
        True,
        {
            "en": "Senior researcher, digital health",
            "et": "Vanemteadur, digitervis",
            "fi": "Vanhempi tutkija, digitaalinen terveys",
            "lv": "Vadošā pētniece, digitālā veselība",
            "sv": "Seniorforskare, digital hälsa",
        },
    ),
    (
        "erik-johansson",
        "Erik Johansson",
        "sics",
        "se",
        ("e-learning",),
        ("reaching-customers", "public-procurement"),
        ("sv", "en", "fi"),
        "erik.johansson@example.org",
        "+46 70 555 04 02",
        True,
        {
            "en": "Test bed manager, digital learning",
            "et": "Katsekeskkonna juht, digitaalne õpe",
            "fi": "Testiympäristön päällikkö, digitaalinen oppiminen",
            "lv": "Testa vides vadītājs, digitālās mācības",
            "sv": "Testbäddsansvarig, digitalt lärande",
        },
    ),
    (
        "sofia-berg",
        "Sofia Berg",
        "sics",
        "se",
        ("e-health", "e-learning"),
        ("business-culture", "reaching-partners", "funding"),
        ("sv", "en", "de"),
        "sofia.berg@example.org",
        "",
        True,
        {
            "en": "Business developer",
            "et": "Äriarendaja",
            "fi": "Liiketoiminnan kehittäjä",
            "lv": "Biznesa attīstītāja",
            "sv": "Affärsutvecklare",
        },
    ),
    # Not public: staff see this person in the admin; visitors never do.
    (
        "tonu-mets",
        "Tõnu Mets",
        "ibs",
        "ee",
        ("e-health",),
        ("language",),
        ("et", "en"),
        "tonu.mets@example.org",
        "+372 555 0299",
        False,
        {
            "en": "Research assistant",
            "et": "Uurimisassistent",
            "fi": "Tutkimusavustaja",
            "lv": "Pētniecības asistents",
            "sv": "Forskningsassistent",
        },
    ),
]

# --- Living Labs ---------------------------------------------------------------------------------


def _same(text: str) -> dict[str, str]:
    """A proper name written the same in every language."""
    return {code: text for code in ("en", "et", "fi", "lv", "sv")}


LIVING_LABS = [
    {
        "slug": "laurea-living-labs",
        "name": _same("Laurea Living Labs"),
        "country": "fi",
        "city": {"en": "Espoo", "et": "Espoo", "fi": "Espoo", "lv": "Espo", "sv": "Esbo"},
        "sectors": ("e-health", "e-learning"),
        "methods": ("co-creation", "usability-testing", "field-trials", "interviews-surveys"),
        "user_groups": ("older-people", "patients", "care-staff", "students"),
        "community_size": 1200,
        "languages": ("fi", "sv", "en"),
        "lead_time_weeks": 4,
        "website": "https://www.laurea.fi/",
        "contact": "anna.virtanen@example.org",
        "summary": {
            "en": "Co-creation and testing with older people, care staff and students on Laurea's campuses and in partner care homes.",
            "et": "Koosloome ja testimine eakate, hooldustöötajate ja üliõpilastega Laurea linnakutes ja partnerhooldekodudes.",
            "fi": "Yhteiskehittämistä ja testausta ikääntyneiden, hoitohenkilöstön ja opiskelijoiden kanssa Laurean kampuksilla ja kumppanihoivakodeissa.",
            "lv": "Koprade un testēšana ar senioriem, aprūpes darbiniekiem un studentiem Laurea pilsētiņās un partneru aprūpes namos.",
            "sv": "Samskapande och tester med äldre, vårdpersonal och studerande på Laureas campus och i samarbetande vårdhem.",
        },
        "description": {
            "en": "Laurea Living Labs connect companies with a standing panel of test users in the Helsinki region. Typical work ranges from a half-day co-creation workshop to a three-month field trial of a home-care service.\n\nStudents of nursing, social services and business take part as facilitators, so a test can run in Finnish, Swedish or English.",
            "et": "Laurea Living Labs viib ettevõtted kokku Helsingi piirkonna püsiva testkasutajate paneeliga. Tüüpiline töö ulatub poolepäevasest koosloome töötoast kuni koduhooldusteenuse kolmekuise välikatsetuseni.\n\nÕenduse, sotsiaaltöö ja ärinduse üliõpilased osalevad läbiviijatena, nii et testi saab teha soome, rootsi või inglise keeles.",
            "fi": "Laurea Living Labs yhdistää yritykset pääkaupunkiseudun pysyvään testikäyttäjäpaneeliin. Tyypillinen työ vaihtelee puolen päivän yhteiskehittämistyöpajasta kotihoidon palvelun kolmen kuukauden kenttäkokeiluun.\n\nHoitotyön, sosiaalialan ja liiketalouden opiskelijat toimivat fasilitaattoreina, joten testi voidaan tehdä suomeksi, ruotsiksi tai englanniksi.",
            "lv": "Laurea Living Labs savieno uzņēmumus ar pastāvīgu testa lietotāju paneli Helsinku reģionā. Tipisks darbs ir no pusdienas koprades darbnīcas līdz trīs mēnešu lauka izmēģinājumam mājas aprūpes pakalpojumam.\n\nMāszinību, sociālā darba un uzņēmējdarbības studenti piedalās kā moderatori, tāpēc testu var veikt somu, zviedru vai angļu valodā.",
            "sv": "Laurea Living Labs för samman företag med en fast panel av testanvändare i huvudstadsregionen. Arbetet sträcker sig från en halvdags workshop för samskapande till ett tre månader långt fältförsök med en hemvårdstjänst.\n\nStuderande inom vård, socialt arbete och ekonomi deltar som handledare, så testet kan göras på finska, svenska eller engelska.",
        },
        "ethics": {
            "en": "Laurea's ethics committee reviews studies with vulnerable users; the lab provides consent forms and a data-protection template in Finnish, Swedish and English.",
            "et": "Laurea eetikakomitee hindab uuringuid, milles osalevad haavatavad kasutajad; labor annab nõusolekuvormid ja andmekaitse põhja soome, rootsi ja inglise keeles.",
            "fi": "Laurean eettinen toimikunta arvioi tutkimukset, joihin osallistuu haavoittuvassa asemassa olevia käyttäjiä; ympäristö tarjoaa suostumuslomakkeet ja tietosuojapohjan suomeksi, ruotsiksi ja englanniksi.",
            "lv": "Laurea ētikas komiteja izvērtē pētījumus ar mazaizsargātiem lietotājiem; laboratorija nodrošina piekrišanas veidlapas un datu aizsardzības paraugu somu, zviedru un angļu valodā.",
            "sv": "Laureas etiska kommitté granskar studier med sårbara användare; labbet tillhandahåller samtyckesblanketter och en mall för dataskydd på finska, svenska och engelska.",
        },
    },
    {
        "slug": "forum-virium-helsinki",
        "name": _same("Forum Virium Helsinki"),
        "country": "fi",
        "city": {
            "en": "Helsinki",
            "et": "Helsingi",
            "fi": "Helsinki",
            "lv": "Helsinki",
            "sv": "Helsingfors",
        },
        "sectors": ("e-health", "e-learning"),
        "methods": ("co-creation", "field-trials", "interviews-surveys"),
        "user_groups": ("residents", "older-people", "pupils", "teachers"),
        "community_size": 3000,
        "languages": ("fi", "sv", "en"),
        "lead_time_weeks": 6,
        "website": "https://forumvirium.fi/",
        "contact": None,
        "summary": {
            "en": "The City of Helsinki's innovation company: tests in real city services, with a panel of resident test users.",
            "et": "Helsingi linna innovatsiooniettevõte: katsetused päris linnateenustes koos elanikest testkasutajate paneeliga.",
            "fi": "Helsingin kaupungin innovaatioyhtiö: kokeiluja todellisissa kaupungin palveluissa kaupunkilaisista koostuvan testikäyttäjäpaneelin kanssa.",
            "lv": "Helsinku pilsētas inovāciju uzņēmums: izmēģinājumi reālos pilsētas pakalpojumos ar iedzīvotāju testa lietotāju paneli.",
            "sv": "Helsingfors stads innovationsbolag: försök i verkliga stadstjänster med en panel av invånare som testanvändare.",
        },
        "description": {
            "en": "Forum Virium Helsinki runs pilots in schools, libraries, health stations and service centres for older people of the City of Helsinki. Companies apply through open calls or agree a pilot directly.",
            "et": "Forum Virium Helsinki korraldab piloote Helsingi linna koolides, raamatukogudes, tervisekeskustes ja eakate teenuskeskustes. Ettevõtted kandideerivad avatud voorudes või lepivad piloodi kokku otse.",
            "fi": "Forum Virium Helsinki toteuttaa pilotteja Helsingin kaupungin kouluissa, kirjastoissa, terveysasemilla ja ikääntyneiden palvelukeskuksissa. Yritykset hakevat mukaan avoimilla hauilla tai sopivat pilotista suoraan.",
            "lv": "Forum Virium Helsinki īsteno pilotprojektus Helsinku pilsētas skolās, bibliotēkās, veselības centros un senioru dienas centros. Uzņēmumi piesakās atklātos konkursos vai vienojas par pilotprojektu tieši.",
            "sv": "Forum Virium Helsinki driver pilotprojekt i Helsingfors stads skolor, bibliotek, hälsostationer och servicecentraler för äldre. Företag söker via öppna utlysningar eller kommer överens om en pilot direkt.",
        },
        "ethics": {
            "en": "Pilots in city services follow the city's data-protection guidelines; the city's data protection officer reviews each pilot plan.",
            "et": "Linnateenustes tehtavad piloodid järgivad linna andmekaitsejuhiseid; linna andmekaitsespetsialist vaatab iga piloodi kava üle.",
            "fi": "Kaupungin palveluissa tehtävät pilotit noudattavat kaupungin tietosuojaohjeita; kaupungin tietosuojavastaava arvioi jokaisen pilottisuunnitelman.",
            "lv": "Pilotprojekti pilsētas pakalpojumos ievēro pilsētas datu aizsardzības vadlīnijas; pilsētas datu aizsardzības speciālists izvērtē katru pilotprojekta plānu.",
            "sv": "Pilotprojekt i stadens tjänster följer stadens riktlinjer för dataskydd; stadens dataskyddsombud granskar varje pilotplan.",
        },
    },
    {
        "slug": "ouluhealth-labs",
        "name": _same("OuluHealth Labs"),
        "country": "fi",
        "city": {"en": "Oulu", "et": "Oulu", "fi": "Oulu", "lv": "Oulu", "sv": "Uleåborg"},
        "sectors": ("e-health",),
        "methods": ("usability-testing", "simulation", "field-trials"),
        "user_groups": ("patients", "care-staff"),
        "community_size": 500,
        "languages": ("fi", "en"),
        "lead_time_weeks": 6,
        "website": "https://ouluhealth.fi/",
        "contact": None,
        "summary": {
            "en": "Test environments of Oulu University Hospital, the university and the university of applied sciences, from simulation rooms to hospital wards.",
            "et": "Oulu ülikoolihaigla, ülikooli ja rakenduskõrgkooli katsekeskkonnad simulatsiooniruumidest haiglaosakondadeni.",
            "fi": "Oulun yliopistollisen sairaalan, yliopiston ja ammattikorkeakoulun testiympäristöt simulaatiotiloista sairaalan osastoille.",
            "lv": "Oulu Universitātes slimnīcas, universitātes un lietišķo zinātņu augstskolas testa vides – no simulācijas telpām līdz slimnīcas nodaļām.",
            "sv": "Testmiljöer vid Uleåborgs universitetssjukhus, universitetet och yrkeshögskolan, från simuleringsrum till sjukhusavdelningar.",
        },
        "description": {
            "en": "OuluHealth Labs offers one entry point to several test beds: a hospital test lab, simulated home and hospital rooms, and clinical field tests with professionals. It suits medical-device and hospital-software companies that need clinical evidence.",
            "et": "OuluHealth Labs pakub ühte sisenemispunkti mitmele katsekeskkonnale: haigla testlabor, simuleeritud kodu- ja haiglaruumid ning kliinilised välikatsetused koos spetsialistidega. See sobib meditsiiniseadmete ja haiglatarkvara ettevõtetele, kes vajavad kliinilist tõendust.",
            "fi": "OuluHealth Labs tarjoaa yhden sisäänkäynnin useaan testiympäristöön: sairaalan testilaboratorio, simuloidut koti- ja sairaalahuoneet sekä kliiniset kenttätestit ammattilaisten kanssa. Se sopii lääkinnällisten laitteiden ja sairaalaohjelmistojen yrityksille, jotka tarvitsevat kliinistä näyttöä.",
            "lv": "OuluHealth Labs piedāvā vienu ieejas punktu vairākām testa vidēm: slimnīcas testa laboratorija, simulētas mājas un slimnīcas telpas un klīniski lauka testi ar speciālistiem. Tā ir piemērota medicīnisko ierīču un slimnīcu programmatūras uzņēmumiem, kuriem vajadzīgi klīniski pierādījumi.",
            "sv": "OuluHealth Labs erbjuder en ingång till flera testbäddar: ett testlabb på sjukhuset, simulerade hem- och sjukhusrum och kliniska fälttester med vårdpersonal. Det passar företag med medicintekniska produkter och sjukhusprogramvara som behöver kliniska belägg.",
        },
        "ethics": {
            "en": "Clinical tests go through the hospital district's ethics committee and research permit; the lab helps prepare the application.",
            "et": "Kliinilised testid läbivad haiglapiirkonna eetikakomitee ja uuringuloa menetluse; labor aitab taotluse ette valmistada.",
            "fi": "Kliiniset testit käsitellään sairaanhoitopiirin eettisessä toimikunnassa ja tutkimuslupamenettelyssä; ympäristö auttaa hakemuksen valmistelussa.",
            "lv": "Klīniskie testi tiek izskatīti slimnīcu apvienības ētikas komitejā un pētījuma atļaujas procedūrā; laboratorija palīdz sagatavot pieteikumu.",
            "sv": "Kliniska tester prövas av sjukvårdsdistriktets etiska kommitté och kräver forskningstillstånd; labbet hjälper till att förbereda ansökan.",
        },
    },
    {
        "slug": "tallinn-university-edulab",
        "name": {
            "en": "Tallinn University Educational Technology Lab",
            "et": "Tallinna Ülikooli haridustehnoloogia labor",
            "fi": "Tallinnan yliopiston opetusteknologian laboratorio",
            "lv": "Tallinas Universitātes izglītības tehnoloģiju laboratorija",
            "sv": "Tallinns universitets labb för utbildningsteknik",
        },
        "country": "ee",
        "city": {
            "en": "Tallinn",
            "et": "Tallinn",
            "fi": "Tallinna",
            "lv": "Tallina",
            "sv": "Tallinn",
        },
        "sectors": ("e-learning",),
        "methods": ("co-creation", "usability-testing", "field-trials"),
        "user_groups": ("pupils", "teachers", "students"),
        "community_size": 800,
        "languages": ("et", "en", "ru"),
        "lead_time_weeks": 4,
        "website": "https://www.tlu.ee/",
        "contact": "martin.kask@example.org",
        "summary": {
            "en": "Classroom tests of learning software with a network of Estonian schools and teacher-training students.",
            "et": "Õpitarkvara katsetamine klassiruumis koos Eesti koolide võrgustiku ja õpetajakoolituse üliõpilastega.",
            "fi": "Oppimisohjelmistojen luokkahuonetestausta virolaisten koulujen verkoston ja opettajaopiskelijoiden kanssa.",
            "lv": "Mācību programmatūras testēšana klasē kopā ar Igaunijas skolu tīklu un skolotāju izglītības studentiem.",
            "sv": "Klassrumstester av lärprogramvara med ett nätverk av estniska skolor och lärarstudenter.",
        },
        "description": {
            "en": "The lab has a classroom with learning analytics equipment and works with about 30 partner schools in Tallinn and Harju County. Tests can run in Estonian- and Russian-language schools.",
            "et": "Laboril on õpianalüütika seadmetega klassiruum ning see teeb koostööd umbes 30 partnerkooliga Tallinnas ja Harjumaal. Teste saab teha nii eesti kui ka vene õppekeelega koolides.",
            "fi": "Laboratoriolla on oppimisanalytiikan laitteilla varustettu luokkahuone, ja se tekee yhteistyötä noin 30 kumppanikoulun kanssa Tallinnassa ja Harjumaalla. Testejä voi tehdä sekä viro- että venäjänkielisissä kouluissa.",
            "lv": "Laboratorijā ir klase ar mācīšanās analītikas aprīkojumu, un tā sadarbojas ar aptuveni 30 partnerskolām Tallinā un Harju apriņķī. Testus var veikt gan igauņu, gan krievu mācībvalodas skolās.",
            "sv": "Labbet har ett klassrum med utrustning för lärandeanalys och samarbetar med ett trettiotal partnerskolor i Tallinn och Harjumaa. Tester kan göras i både estnisk- och ryskspråkiga skolor.",
        },
        "ethics": {
            "en": "Studies with minors need the parents' consent; the lab prepares consent letters in Estonian and Russian and stores research data on university servers.",
            "et": "Alaealistega uuringuteks on vaja vanemate nõusolekut; labor valmistab nõusolekukirjad ette eesti ja vene keeles ning hoiab uurimisandmeid ülikooli serverites.",
            "fi": "Alaikäisiä koskeviin tutkimuksiin tarvitaan huoltajien suostumus; laboratorio laatii suostumuskirjeet viroksi ja venäjäksi ja säilyttää tutkimusaineiston yliopiston palvelimilla.",
            "lv": "Pētījumiem ar nepilngadīgajiem nepieciešama vecāku piekrišana; laboratorija sagatavo piekrišanas vēstules igauņu un krievu valodā un glabā pētījumu datus universitātes serveros.",
            "sv": "Studier med minderåriga kräver vårdnadshavarnas samtycke; labbet tar fram samtyckesbrev på estniska och ryska och lagrar forskningsdata på universitetets servrar.",
        },
    },
    {
        "slug": "tartu-e-health-living-lab",
        "name": {
            "en": "Tartu e-Health Living Lab",
            "et": "Tartu e-tervise elav labor",
            "fi": "Tarton e-terveyden Living Lab",
            "lv": "Tartu e-veselības dzīvā laboratorija",
            "sv": "Tartu Living Lab för e-hälsa",
        },
        "country": "ee",
        "city": {"en": "Tartu", "et": "Tartu", "fi": "Tartto", "lv": "Tartu", "sv": "Tartu"},
        "sectors": ("e-health",),
        "methods": ("usability-testing", "interviews-surveys", "field-trials"),
        "user_groups": ("patients", "older-people", "care-staff"),
        "community_size": 400,
        "languages": ("et", "en", "ru"),
        "lead_time_weeks": 8,
        "website": "",
        "contact": "kadri.tamm@example.org",
        "summary": {
            "en": "Usability tests and home trials with patients, older people and family doctors' practices in South Estonia.",
            "et": "Kasutatavuse testid ja kodused katsetused patsientide, eakate ja perearstikeskustega Lõuna-Eestis.",
            "fi": "Käytettävyystestejä ja kotikokeiluja potilaiden, ikääntyneiden ja perhelääkäriasemien kanssa Etelä-Virossa.",
            "lv": "Lietojamības testi un izmēģinājumi mājās ar pacientiem, senioriem un ģimenes ārstu praksēm Dienvidigaunijā.",
            "sv": "Användbarhetstester och försök i hemmet med patienter, äldre och husläkarmottagningar i södra Estland.",
        },
        "description": {
            "en": "Run with family doctors' practices and a home-care provider in Tartu County, the lab checks how a service fits the Estonian health information system and the patient portal.\n\nIt is a good first step before approaching the Health Insurance Fund or a hospital.",
            "et": "Perearstikeskuste ja Tartumaa koduhoolduse pakkujaga koostöös tegutsev labor kontrollib, kuidas teenus sobitub Eesti tervise infosüsteemi ja patsiendiportaaliga.\n\nSee on hea esimene samm enne Tervisekassa või haigla poole pöördumist.",
            "fi": "Tarton maakunnan perhelääkäriasemien ja kotihoidon palveluntuottajan kanssa toimiva ympäristö selvittää, miten palvelu sopii Viron terveystietojärjestelmään ja potilasportaaliin.\n\nSe on hyvä ensimmäinen askel ennen yhteydenottoa Viron sairauskassaan tai sairaalaan.",
            "lv": "Laboratorija, kas darbojas kopā ar ģimenes ārstu praksēm un mājas aprūpes sniedzēju Tartu apriņķī, pārbauda, kā pakalpojums iederas Igaunijas veselības informācijas sistēmā un pacientu portālā.\n\nTas ir labs pirmais solis pirms vēršanās Veselības apdrošināšanas fondā vai slimnīcā.",
            "sv": "Labbet drivs tillsammans med husläkarmottagningar och en hemvårdsgivare i Tartumaa och prövar hur en tjänst passar det estniska hälsoinformationssystemet och patientportalen.\n\nDet är ett bra första steg innan man vänder sig till sjukkassan eller ett sjukhus.",
        },
        "ethics": {
            "en": "Studies are reviewed by the University of Tartu research ethics committee; health data stay in Estonia and are pseudonymised before analysis.",
            "et": "Uuringud vaatab üle Tartu Ülikooli inimuuringute eetikakomitee; terviseandmed jäävad Eestisse ja pseudonümiseeritakse enne analüüsi.",
            "fi": "Tutkimukset arvioi Tarton yliopiston tutkimuseettinen toimikunta; terveystiedot pysyvät Virossa ja pseudonymisoidaan ennen analyysia.",
            "lv": "Pētījumus izvērtē Tartu Universitātes pētniecības ētikas komiteja; veselības dati paliek Igaunijā un pirms analīzes tiek pseidonimizēti.",
            "sv": "Studierna granskas av Tartu universitets forskningsetiska kommitté; hälsodata stannar i Estland och pseudonymiseras före analys.",
        },
    },
    {
        "slug": "rsu-medical-education-technology-centre",
        "name": {
            "en": "RSU Medical Education Technology Centre",
            "et": "RSU meditsiinihariduse tehnoloogiakeskus",
            "fi": "RSU:n lääketieteellisen koulutuksen teknologiakeskus",
            "lv": "RSU Medicīnas izglītības tehnoloģiju centrs",
            "sv": "RSU:s teknikcentrum för medicinsk utbildning",
        },
        "country": "lv",
        "city": {"en": "Riga", "et": "Riia", "fi": "Riika", "lv": "Rīga", "sv": "Riga"},
        "sectors": ("e-health", "e-learning"),
        "methods": ("simulation", "usability-testing"),
        "user_groups": ("care-staff", "students"),
        "community_size": 600,
        "languages": ("lv", "en", "ru"),
        "lead_time_weeks": 4,
        "website": "https://www.rsu.lv/",
        "contact": "ilze.kalnina@example.org",
        "summary": {
            "en": "Simulation wards of Rīga Stradiņš University where clinical software and training tools are tested with doctors, nurses and medical students.",
            "et": "Rīga Stradiņši ülikooli simulatsiooniosakonnad, kus kliinilist tarkvara ja õppevahendeid testitakse arstide, õdede ja meditsiiniüliõpilastega.",
            "fi": "Rīga Stradiņš -yliopiston simulaatio-osastot, joilla kliinisiä ohjelmistoja ja koulutusvälineitä testataan lääkärien, sairaanhoitajien ja lääketieteen opiskelijoiden kanssa.",
            "lv": "Rīgas Stradiņa universitātes simulācijas nodaļas, kurās klīnisko programmatūru un mācību rīkus testē ar ārstiem, māsām un medicīnas studentiem.",
            "sv": "Simuleringsavdelningar vid Rīga Stradiņš universitet där klinisk programvara och utbildningsverktyg testas med läkare, sjuksköterskor och läkarstudenter.",
        },
        "description": {
            "en": "The centre has simulated hospital rooms, an operating theatre and a skills lab with recording. A company can watch professionals use its software in realistic but safe situations, without patients at risk.",
            "et": "Keskuses on simuleeritud haiglapalatid, operatsioonisaal ja salvestusvõimalusega oskuste labor. Ettevõte saab jälgida, kuidas spetsialistid tema tarkvara realistlikes, kuid ohututes olukordades kasutavad, ilma et patsiendid oleksid ohus.",
            "fi": "Keskuksessa on simuloituja sairaalahuoneita, leikkaussali ja tallennusmahdollisuudella varustettu taitolaboratorio. Yritys voi seurata, miten ammattilaiset käyttävät sen ohjelmistoa realistisissa mutta turvallisissa tilanteissa ilman riskiä potilaille.",
            "lv": "Centrā ir simulētas slimnīcas palātas, operāciju zāle un prasmju laboratorija ar ierakstīšanas iespējām. Uzņēmums var vērot, kā speciālisti lieto tā programmatūru reālistiskās, taču drošās situācijās, neradot risku pacientiem.",
            "sv": "Centret har simulerade sjukhusrum, en operationssal och ett färdighetslabb med inspelning. Ett företag kan se hur vårdpersonal använder dess programvara i realistiska men säkra situationer, utan risk för patienter.",
        },
        "ethics": {
            "en": "Simulation tests involve no patient data; sessions with staff follow the university's ethics committee rules and recordings are deleted after analysis.",
            "et": "Simulatsioonitestides ei kasutata patsiendiandmeid; töötajatega sessioonid järgivad ülikooli eetikakomitee reegleid ja salvestised kustutatakse pärast analüüsi.",
            "fi": "Simulaatiotesteissä ei käsitellä potilastietoja; henkilöstön kanssa pidettävät sessiot noudattavat yliopiston eettisen toimikunnan sääntöjä, ja tallenteet poistetaan analyysin jälkeen.",
            "lv": "Simulācijas testos netiek izmantoti pacientu dati; sesijas ar personālu notiek saskaņā ar universitātes ētikas komitejas noteikumiem, un ieraksti pēc analīzes tiek dzēsti.",
            "sv": "Simuleringstester omfattar inga patientdata; sessioner med personal följer universitetets etikkommittés regler och inspelningarna raderas efter analysen.",
        },
    },
    {
        "slug": "rtu-design-factory",
        "name": {
            "en": "RTU Design Factory",
            "et": "RTU Design Factory",
            "fi": "RTU Design Factory",
            "lv": "RTU Dizaina fabrika",
            "sv": "RTU Design Factory",
        },
        "country": "lv",
        "city": {"en": "Riga", "et": "Riia", "fi": "Riika", "lv": "Rīga", "sv": "Riga"},
        "sectors": ("e-learning", "e-health"),
        "methods": ("co-creation", "usability-testing"),
        "user_groups": ("students", "teachers"),
        "community_size": 900,
        "languages": ("lv", "en"),
        "lead_time_weeks": 3,
        "website": "https://designfactory.rtu.lv/",
        "contact": "arturs.ozols@example.org",
        "summary": {
            "en": "Riga Technical University's interdisciplinary space where student teams prototype and test products with companies.",
            "et": "Riia Tehnikaülikooli interdistsiplinaarne keskkond, kus üliõpilasmeeskonnad loovad ja testivad koos ettevõtetega tooteprototüüpe.",
            "fi": "Riian teknillisen yliopiston monialainen tila, jossa opiskelijatiimit prototypoivat ja testaavat tuotteita yritysten kanssa.",
            "lv": "Rīgas Tehniskās universitātes starpdisciplināra vide, kur studentu komandas kopā ar uzņēmumiem veido un testē produktu prototipus.",
            "sv": "Rigas tekniska universitets tvärvetenskapliga miljö där studentteam tar fram och testar prototyper tillsammans med företag.",
        },
        "description": {
            "en": "Companies bring a challenge for a semester-long student project or a short design sprint. It is a quick and low-cost way to test how Latvian students and teachers react to a learning service.",
            "et": "Ettevõtted toovad väljakutse semestripikkuseks üliõpilasprojektiks või lühikeseks disainisprindiks. See on kiire ja odav viis kontrollida, kuidas Läti üliõpilased ja õpetajad õpiteenusele reageerivad.",
            "fi": "Yritykset tuovat haasteen lukukauden mittaiseen opiskelijaprojektiin tai lyhyeen muotoilusprinttiin. Se on nopea ja edullinen tapa testata, miten latvialaiset opiskelijat ja opettajat suhtautuvat oppimispalveluun.",
            "lv": "Uzņēmumi piedāvā izaicinājumu semestra garam studentu projektam vai īsam dizaina sprintam. Tas ir ātrs un lēts veids, kā pārbaudīt, kā Latvijas studenti un skolotāji uztver mācību pakalpojumu.",
            "sv": "Företag tar med en utmaning till ett studentprojekt under en termin eller en kort designsprint. Det är ett snabbt och billigt sätt att pröva hur lettiska studenter och lärare tar emot en lärtjänst.",
        },
        "ethics": {
            "en": "Participants are adult students and staff who sign a consent form; no sensitive data are collected.",
            "et": "Osalejad on täiskasvanud üliõpilased ja töötajad, kes allkirjastavad nõusolekuvormi; tundlikke andmeid ei koguta.",
            "fi": "Osallistujat ovat täysi-ikäisiä opiskelijoita ja henkilökuntaa, jotka allekirjoittavat suostumuslomakkeen; arkaluonteisia tietoja ei kerätä.",
            "lv": "Dalībnieki ir pieauguši studenti un darbinieki, kas paraksta piekrišanas veidlapu; sensitīvi dati netiek vākti.",
            "sv": "Deltagarna är vuxna studenter och anställda som skriver under en samtyckesblankett; inga känsliga uppgifter samlas in.",
        },
    },
    {
        "slug": "vidzeme-living-lab",
        "name": {
            "en": "Vidzeme Living Lab",
            "et": "Vidzeme Living Lab",
            "fi": "Vidzeme Living Lab",
            "lv": "Vidzemes dzīvā laboratorija",
            "sv": "Vidzeme Living Lab",
        },
        "country": "lv",
        "city": {
            "en": "Valmiera",
            "et": "Valmiera",
            "fi": "Valmiera",
            "lv": "Valmiera",
            "sv": "Valmiera",
        },
        "sectors": ("e-learning", "e-health"),
        "methods": ("field-trials", "interviews-surveys", "co-creation"),
        "user_groups": ("older-people", "residents", "adult-learners"),
        "community_size": 350,
        "languages": ("lv", "en"),
        "lead_time_weeks": 6,
        "website": "https://va.lv/",
        "contact": "janis.berzins@example.org",
        "summary": {
            "en": "Field trials in rural Vidzeme with older residents, adult learners and municipal services, run with Vidzeme University of Applied Sciences.",
            "et": "Välikatsetused Vidzeme maapiirkondades eakate elanike, täiskasvanud õppijate ja omavalitsuse teenustega koostöös Vidzeme rakenduskõrgkooliga.",
            "fi": "Kenttäkokeiluja Vidzemen maaseudulla ikääntyneiden asukkaiden, aikuisopiskelijoiden ja kunnallisten palvelujen kanssa yhdessä Vidzemen ammattikorkeakoulun kanssa.",
            "lv": "Lauka izmēģinājumi Vidzemes laukos ar gados vecākiem iedzīvotājiem, pieaugušajiem izglītojamajiem un pašvaldību pakalpojumiem sadarbībā ar Vidzemes Augstskolu.",
            "sv": "Fältförsök på landsbygden i Vidzeme med äldre invånare, vuxenstuderande och kommunal service, tillsammans med Vidzemes yrkeshögskola.",
        },
        "description": {
            "en": "Long distances and an ageing population make Vidzeme a realistic place to test remote care and online learning. The lab works with Valmiera municipality's social services and adult education centre.",
            "et": "Pikad vahemaad ja vananev elanikkond teevad Vidzemest realistliku paiga kaughoolduse ja e-õppe katsetamiseks. Labor teeb koostööd Valmiera omavalitsuse sotsiaalteenuste ja täiskasvanuhariduse keskusega.",
            "fi": "Pitkät etäisyydet ja ikääntyvä väestö tekevät Vidzemestä realistisen paikan etähoivan ja verkko-oppimisen testaamiseen. Ympäristö tekee yhteistyötä Valmieran kunnan sosiaalipalvelujen ja aikuiskoulutuskeskuksen kanssa.",
            "lv": "Lielie attālumi un novecojošā sabiedrība padara Vidzemi par reālistisku vietu attālinātās aprūpes un tiešsaistes mācību testēšanai. Laboratorija sadarbojas ar Valmieras novada sociālo dienestu un pieaugušo izglītības centru.",
            "sv": "Långa avstånd och en åldrande befolkning gör Vidzeme till en realistisk plats för att testa distansomsorg och nätbaserat lärande. Labbet samarbetar med Valmiera kommuns socialtjänst och vuxenutbildningscentrum.",
        },
        "ethics": {
            "en": "Home visits follow a written protocol agreed with the municipality; participants can withdraw at any time and their data are deleted.",
            "et": "Kodukülastused järgivad omavalitsusega kokku lepitud kirjalikku protokolli; osalejad võivad igal ajal loobuda ja nende andmed kustutatakse.",
            "fi": "Kotikäynnit noudattavat kunnan kanssa sovittua kirjallista protokollaa; osallistujat voivat keskeyttää milloin tahansa, ja heidän tietonsa poistetaan.",
            "lv": "Mājas vizītes notiek pēc rakstiska protokola, par ko panākta vienošanās ar pašvaldību; dalībnieki var jebkurā brīdī izstāties, un viņu dati tiek dzēsti.",
            "sv": "Hembesök följer ett skriftligt protokoll som har avtalats med kommunen; deltagarna kan när som helst avbryta och deras uppgifter raderas då.",
        },
    },
    {
        "slug": "botnia-living-lab",
        "name": _same("Botnia Living Lab"),
        "country": "se",
        "city": {"en": "Luleå", "et": "Luleå", "fi": "Luulaja", "lv": "Luleo", "sv": "Luleå"},
        "sectors": ("e-health", "e-learning"),
        "methods": ("co-creation", "usability-testing", "field-trials", "interviews-surveys"),
        "user_groups": ("residents", "older-people", "students"),
        "community_size": 6000,
        "languages": ("sv", "en", "fi"),
        "lead_time_weeks": 6,
        "website": "https://www.ltu.se/",
        "contact": None,
        "summary": {
            "en": "One of Europe's first Living Labs, at Luleå University of Technology, with a large panel of test users in northern Sweden.",
            "et": "Üks Euroopa esimesi elavaid laboreid Luleå Tehnikaülikoolis, suure testkasutajate paneeliga Põhja-Rootsis.",
            "fi": "Yksi Euroopan ensimmäisistä Living Lab -ympäristöistä Luulajan teknillisessä yliopistossa, ja sillä on laaja testikäyttäjäpaneeli Pohjois-Ruotsissa.",
            "lv": "Viena no pirmajām dzīvajām laboratorijām Eiropā, Luleo Tehnoloģiju universitātē, ar lielu testa lietotāju paneli Zviedrijas ziemeļos.",
            "sv": "Ett av Europas första Living Labs, vid Luleå tekniska universitet, med en stor panel av testanvändare i Norrbotten.",
        },
        "description": {
            "en": "Botnia Living Lab has run user studies since 2000 and helped found the European Network of Living Labs. Its panel includes people of all ages, which makes it strong for services used at home and on the move.",
            "et": "Botnia Living Lab on teinud kasutajauuringuid alates 2000. aastast ja aitas asutada Euroopa elavate laborite võrgustikku ENoLL. Selle paneelis on igas vanuses inimesi, mistõttu sobib see hästi kodus ja liikvel olles kasutatavate teenuste jaoks.",
            "fi": "Botnia Living Lab on tehnyt käyttäjätutkimuksia vuodesta 2000 ja oli perustamassa eurooppalaista Living Lab -verkostoa ENoLLia. Sen paneelissa on kaikenikäisiä ihmisiä, joten se sopii hyvin kotona ja liikkeellä käytettävien palvelujen testaukseen.",
            "lv": "Botnia Living Lab veic lietotāju pētījumus kopš 2000. gada un palīdzēja dibināt Eiropas dzīvo laboratoriju tīklu ENoLL. Tās panelī ir dažāda vecuma cilvēki, tāpēc tā ir piemērota pakalpojumiem, ko lieto mājās un ceļā.",
            "sv": "Botnia Living Lab har gjort användarstudier sedan 2000 och var med och grundade det europeiska nätverket av Living Labs, ENoLL. Panelen omfattar människor i alla åldrar, vilket gör labbet starkt för tjänster som används hemma och på språng.",
        },
        "ethics": {
            "en": "Studies with sensitive personal data are submitted to the Swedish Ethical Review Authority; the lab advises on the application and on GDPR-compliant consent.",
            "et": "Tundlikke isikuandmeid hõlmavad uuringud esitatakse Rootsi eetikakontrolli ametile; labor nõustab taotluse koostamisel ja isikuandmete kaitse üldmääruse kohase nõusoleku küsimisel.",
            "fi": "Arkaluonteisia henkilötietoja käsittelevät tutkimukset viedään Ruotsin eettisen ennakkoarvioinnin viranomaiselle; ympäristö neuvoo hakemuksessa ja tietosuoja-asetuksen mukaisessa suostumuksessa.",
            "lv": "Pētījumi ar sensitīviem personas datiem tiek iesniegti Zviedrijas Ētikas izvērtēšanas iestādē; laboratorija konsultē par pieteikumu un VDAR atbilstošu piekrišanu.",
            "sv": "Studier med känsliga personuppgifter prövas av Etikprövningsmyndigheten; labbet ger råd om ansökan och om samtycke enligt dataskyddsförordningen.",
        },
    },
    {
        "slug": "health-technology-centre-halland",
        "name": {
            "en": "Health Technology Centre Halland",
            "et": "Hallandi tervisetehnoloogia keskus",
            "fi": "Hallandin terveysteknologiakeskus",
            "lv": "Hallandes veselības tehnoloģiju centrs",
            "sv": "Centrum för hälsoteknik Halland",
        },
        "country": "se",
        "city": {
            "en": "Halmstad",
            "et": "Halmstad",
            "fi": "Halmstad",
            "lv": "Halmstade",
            "sv": "Halmstad",
        },
        "sectors": ("e-health",),
        "methods": ("co-creation", "usability-testing", "field-trials"),
        "user_groups": ("patients", "older-people", "care-staff"),
        "community_size": 700,
        "languages": ("sv", "en"),
        "lead_time_weeks": 8,
        "website": "https://www.hh.se/",
        "contact": "karin.lindqvist@example.org",
        "summary": {
            "en": "Halmstad University's test bed for health technology, working with Region Halland's hospitals, primary care and municipal home care.",
            "et": "Halmstadi ülikooli tervisetehnoloogia katsekeskkond, mis teeb koostööd Hallandi regiooni haiglate, esmatasandi arstiabi ja omavalitsuste koduhooldusega.",
            "fi": "Halmstadin yliopiston terveysteknologian testiympäristö, joka tekee yhteistyötä Hallandin alueen sairaaloiden, perusterveydenhuollon ja kuntien kotihoidon kanssa.",
            "lv": "Halmstades universitātes veselības tehnoloģiju testa vide, kas sadarbojas ar Hallandes reģiona slimnīcām, primāro aprūpi un pašvaldību mājas aprūpi.",
            "sv": "Högskolan i Halmstads testbädd för hälsoteknik, i samarbete med Region Hallands sjukhus, primärvård och den kommunala hemtjänsten.",
        },
        "description": {
            "en": "The centre helps companies plan a test with Region Halland, one of Sweden's most digitalised health regions, and evaluates the results with researchers. It is a route to a Swedish reference customer in the public sector.",
            "et": "Keskus aitab ettevõtetel kavandada testi Hallandi regiooniga, mis on üks Rootsi kõige digitaliseeritumaid terviseregioone, ning hindab tulemusi koos teadlastega. See on tee Rootsi avaliku sektori referentskliendini.",
            "fi": "Keskus auttaa yrityksiä suunnittelemaan testin Hallandin alueen kanssa, joka on yksi Ruotsin digitalisoituneimmista terveysalueista, ja arvioi tulokset tutkijoiden kanssa. Se on reitti ruotsalaiseen julkisen sektorin referenssiasiakkaaseen.",
            "lv": "Centrs palīdz uzņēmumiem plānot testu ar Hallandes reģionu, kas ir viens no visvairāk digitalizētajiem veselības reģioniem Zviedrijā, un kopā ar pētniekiem izvērtē rezultātus. Tas ir ceļš uz atsauces klientu Zviedrijas publiskajā sektorā.",
            "sv": "Centret hjälper företag att planera ett test med Region Halland, en av Sveriges mest digitaliserade vårdregioner, och utvärderar resultaten tillsammans med forskare. Det är en väg till en svensk referenskund i offentlig sektor.",
        },
        "ethics": {
            "en": "The centre prepares applications to the Swedish Ethical Review Authority and agreements on patient data with the region; allow two to three months for approval.",
            "et": "Keskus valmistab ette taotlused Rootsi eetikakontrolli ametile ja patsiendiandmete lepingud regiooniga; heakskiiduks tuleks arvestada kaks kuni kolm kuud.",
            "fi": "Keskus valmistelee hakemukset Ruotsin eettisen ennakkoarvioinnin viranomaiselle ja potilastietoja koskevat sopimukset alueen kanssa; hyväksyntään kannattaa varata kahdesta kolmeen kuukautta.",
            "lv": "Centrs sagatavo pieteikumus Zviedrijas Ētikas izvērtēšanas iestādei un līgumus par pacientu datiem ar reģionu; apstiprināšanai jārēķinās ar diviem līdz trim mēnešiem.",
            "sv": "Centret förbereder ansökningar till Etikprövningsmyndigheten och avtal om patientdata med regionen; räkna med två till tre månader för godkännande.",
        },
    },
    {
        "slug": "kista-learning-lab",
        "name": _same("Kista Learning Lab"),
        "country": "se",
        "city": {
            "en": "Stockholm",
            "et": "Stockholm",
            "fi": "Tukholma",
            "lv": "Stokholma",
            "sv": "Stockholm",
        },
        "sectors": ("e-learning",),
        "methods": ("usability-testing", "field-trials", "interviews-surveys"),
        "user_groups": ("pupils", "teachers", "adult-learners"),
        "community_size": 1500,
        "languages": ("sv", "en", "fi"),
        "lead_time_weeks": 4,
        "website": "",
        "contact": "erik.johansson@example.org",
        "summary": {
            "en": "Tests of learning services with schools and adult education in the Kista science city, run with the ICT research institute.",
            "et": "Õpiteenuste testimine Kista teaduslinnaku koolide ja täiskasvanuharidusega koostöös IKT-uuringute instituudiga.",
            "fi": "Oppimispalvelujen testausta Kistan tiedekaupungin koulujen ja aikuiskoulutuksen kanssa yhdessä ICT-tutkimuslaitoksen kanssa.",
            "lv": "Mācību pakalpojumu testēšana ar Kistas zinātnes pilsētas skolām un pieaugušo izglītību sadarbībā ar IKT pētniecības institūtu.",
            "sv": "Tester av lärtjänster med skolor och vuxenutbildning i Kista Science City, tillsammans med IKT-forskningsinstitutet.",
        },
        "description": {
            "en": "Schools in Kista and Rinkeby teach pupils with many home languages, so the lab is a good place to test how a learning service works for second-language learners. Adult education centres offer tests with newly arrived adults learning Swedish.",
            "et": "Kista ja Rinkeby koolides õpib palju erineva kodukeelega õpilasi, mistõttu sobib labor hästi katsetama, kuidas õpiteenus toimib teise keele õppijatele. Täiskasvanuhariduse keskused võimaldavad teste äsja saabunud täiskasvanutega, kes õpivad rootsi keelt.",
            "fi": "Kistan ja Rinkebyn kouluissa on paljon eri kotikieliä puhuvia oppilaita, joten ympäristössä on hyvä testata, miten oppimispalvelu toimii toisen kielen oppijoille. Aikuiskoulutuskeskuksissa voi testata äskettäin maahan tulleiden, ruotsia opiskelevien aikuisten kanssa.",
            "lv": "Kistas un Rinkebijas skolās mācās daudz skolēnu ar dažādām dzimtajām valodām, tāpēc laboratorija ir laba vieta, lai pārbaudītu, kā mācību pakalpojums darbojas otrās valodas apguvējiem. Pieaugušo izglītības centri piedāvā testus ar nesen ieceļojušiem pieaugušajiem, kas mācās zviedru valodu.",
            "sv": "Skolorna i Kista och Rinkeby har många elever med olika modersmål, så labbet passar för att testa hur en lärtjänst fungerar för andraspråkselever. Vuxenutbildningen erbjuder tester med nyanlända vuxna som läser svenska.",
        },
        "ethics": {
            "en": "School tests are agreed with the school principal and guardians; the lab provides information letters in Swedish, English and the most common home languages.",
            "et": "Koolides tehtavad testid lepitakse kokku kooli direktori ja vanematega; labor annab teabekirjad rootsi ja inglise keeles ning levinumates kodukeeltes.",
            "fi": "Koulutesteistä sovitaan rehtorin ja huoltajien kanssa; ympäristö tarjoaa tiedotteet ruotsiksi, englanniksi ja yleisimmillä kotikielillä.",
            "lv": "Testi skolās tiek saskaņoti ar skolas direktoru un vecākiem; laboratorija nodrošina informatīvas vēstules zviedru un angļu valodā un biežāk lietotajās dzimtajās valodās.",
            "sv": "Tester i skolan stäms av med rektor och vårdnadshavare; labbet tar fram informationsbrev på svenska, engelska och de vanligaste modersmålen.",
        },
    },
]

# --- Publications (each with a small generated PDF) ----------------------------------------------

PUBLICATIONS = [
    {
        "slug": "ict-living-labs-analysis",
        "kind": "report",
        "year": 2025,
        "title": {
            "en": "ICT Living Labs in Estonia, Finland, Latvia and Sweden: structures and methods",
            "et": "IKT elavad laborid Eestis, Soomes, Lätis ja Rootsis: struktuurid ja meetodid",
            "fi": "ICT Living Lab -ympäristöt Virossa, Suomessa, Latviassa ja Ruotsissa: rakenteet ja menetelmät",
            "lv": "IKT dzīvās laboratorijas Igaunijā, Somijā, Latvijā un Zviedrijā: struktūras un metodes",
            "sv": "IKT-baserade Living Labs i Estland, Finland, Lettland och Sverige: strukturer och metoder",
        },
        "description": {
            "en": "An analysis of how 24 Living Labs in the four countries are organised and funded, which user groups they reach and which methods they use, with a checklist for choosing a lab.",
            "et": "Analüüs sellest, kuidas neljas riigis tegutsevad 24 elavat laborit on korraldatud ja rahastatud, milliste kasutajarühmadeni nad jõuavad ja milliseid meetodeid kasutavad, koos kontrollnimekirjaga labori valimiseks.",
            "fi": "Analyysi siitä, miten 24 Living Lab -ympäristöä neljässä maassa on organisoitu ja rahoitettu, mitä käyttäjäryhmiä ne tavoittavat ja mitä menetelmiä ne käyttävät, sekä tarkistuslista ympäristön valintaan.",
            "lv": "Analīze par to, kā četrās valstīs ir organizētas un finansētas 24 dzīvās laboratorijas, kādas lietotāju grupas tās sasniedz un kādas metodes izmanto, ar kontrolsarakstu laboratorijas izvēlei.",
            "sv": "En analys av hur 24 Living Labs i de fyra länderna är organiserade och finansierade, vilka användargrupper de når och vilka metoder de använder, med en checklista för att välja labb.",
        },
        "pdf": [
            "This report compares 24 ICT Living Labs in Estonia, Finland, Latvia and Sweden.",
            "Most labs are run by universities or cities; few have long-term funding of their own.",
            "Co-creation workshops and usability tests are offered everywhere; long field trials mainly in Finland and Sweden.",
            "Checklist: user groups, languages, lead time, ethics review, costs, and who owns the results.",
        ],
    },
    {
        "slug": "sme-needs-analysis",
        "kind": "report",
        "year": 2025,
        "title": {
            "en": "Exporting digital services: an SME needs analysis",
            "et": "Digiteenuste eksport: VKEde vajaduste analüüs",
            "fi": "Digitaalisten palvelujen vienti: pk-yritysten tarveanalyysi",
            "lv": "Digitālo pakalpojumu eksports: MVU vajadzību analīze",
            "sv": "Export av digitala tjänster: en behovsanalys för små och medelstora företag",
        },
        "description": {
            "en": "Based on interviews with 60 e-health and e-learning companies, the report shows which barriers hold them back most – regulation, reaching customers and language – and what help they ask for.",
            "et": "60 e-tervise ja e-õppe ettevõtte intervjuudel põhinev aruanne näitab, millised takistused neid kõige rohkem pidurdavad – regulatsioonid, klientideni jõudmine ja keel – ning millist abi nad vajavad.",
            "fi": "60 digitaalisten terveys- ja oppimispalvelujen yrityksen haastatteluihin perustuva raportti näyttää, mitkä esteet jarruttavat niitä eniten – sääntely, asiakkaiden tavoittaminen ja kieli – ja millaista apua ne toivovat.",
            "lv": "Balstoties uz intervijām ar 60 e-veselības un e-izglītības uzņēmumiem, ziņojums parāda, kuri šķēršļi tos kavē visvairāk – regulējums, klientu sasniegšana un valoda – un kādu palīdzību tie lūdz.",
            "sv": "Rapporten bygger på intervjuer med 60 företag inom e-hälsa och e-lärande och visar vilka hinder som bromsar dem mest – regelverk, att nå kunderna och språk – och vilken hjälp de efterfrågar.",
        },
        "pdf": [
            "We interviewed 60 SMEs with e-health or e-learning services in the four countries.",
            "The three barriers named most often: regulation and certification, reaching customers, and language.",
            "Companies ask for a named contact in the target country and a chance to test with local users.",
        ],
    },
    {
        "slug": "future-living-lab-collaboration",
        "kind": "summary",
        "year": 2026,
        "title": {
            "en": "Living Labs across the Baltic Sea: a visionary summary of future collaboration",
            "et": "Elavad laborid üle Läänemere: visioon tulevasest koostööst",
            "fi": "Living Lab -ympäristöt Itämeren yli: visio tulevasta yhteistyöstä",
            "lv": "Dzīvās laboratorijas pāri Baltijas jūrai: nākotnes sadarbības vīzija",
            "sv": "Living Labs över Östersjön: en vision för framtida samarbete",
        },
        "description": {
            "en": "A short summary of how Living Labs in the region could work as one network: shared test protocols, mutual recognition of ethics reviews and one entry point for companies.",
            "et": "Lühikokkuvõte sellest, kuidas piirkonna elavad laborid võiksid toimida ühe võrgustikuna: ühised testiprotokollid, eetikahinnangute vastastikune tunnustamine ja ettevõtetele üks sisenemispunkt.",
            "fi": "Lyhyt tiivistelmä siitä, miten alueen Living Lab -ympäristöt voisivat toimia yhtenä verkostona: yhteiset testiprotokollat, eettisten arviointien vastavuoroinen tunnustaminen ja yksi sisäänkäynti yrityksille.",
            "lv": "Īss kopsavilkums par to, kā reģiona dzīvās laboratorijas varētu darboties kā viens tīkls: kopīgi testēšanas protokoli, ētikas izvērtējumu savstarpēja atzīšana un viens ieejas punkts uzņēmumiem.",
            "sv": "En kort sammanfattning av hur regionens Living Labs skulle kunna arbeta som ett nätverk: gemensamma testprotokoll, ömsesidigt erkännande av etikprövningar och en ingång för företagen.",
        },
        "pdf": [
            "Vision 2030: a company can test its service in any of the four countries through one request.",
            "Shared test protocols and templates for consent and data protection make results comparable.",
            "Ethics reviews of one country should be recognised by labs in the others where the law allows.",
        ],
    },
    {
        "slug": "project-handbook",
        "kind": "handbook",
        "year": 2026,
        "title": {
            "en": "The Ballad handbook: taking a digital service abroad",
            "et": "Balladi käsiraamat: digiteenusega välisturule",
            "fi": "Ballad-käsikirja: digitaalinen palvelu ulkomaille",
            "lv": "Ballad rokasgrāmata: digitālais pakalpojums ārvalstīs",
            "sv": "Ballads handbok: ta en digital tjänst utomlands",
        },
        "description": {
            "en": "The transfer process model step by step, with templates for a market entry plan, a Living Lab test plan and a partner agreement, and lessons from the pilot cases.",
            "et": "Siirdeprotsessi mudel samm-sammult koos turule sisenemise kava, elava labori testikava ja partnerluslepingu mallidega ning pilootjuhtumite õppetundidega.",
            "fi": "Siirtoprosessimalli vaihe vaiheelta, mukana pohjat markkinoille tulon suunnitelmaan, Living Lab -testisuunnitelmaan ja kumppanuussopimukseen sekä pilottitapausten opit.",
            "lv": "Pārneses procesa modelis soli pa solim ar veidnēm tirgus ienākšanas plānam, dzīvās laboratorijas testa plānam un partnerības līgumam, kā arī pilotprojektu mācībām.",
            "sv": "Överföringsmodellen steg för steg, med mallar för en plan för marknadsinträde, en testplan för Living Lab och ett partneravtal, samt lärdomar från pilotfallen.",
        },
        "pdf": [
            "This handbook walks through the transfer process model, from choosing a market to the first sale.",
            "Templates: market entry plan, Living Lab test plan, partner agreement.",
            "Each step ends with lessons learned in the pilot cases of the network.",
        ],
    },
]


def load(*, countries: dict, stdout=None) -> None:
    """Create or update the network's demo content (idempotent)."""
    from portal import services
    from portal.demo_utils import translated_fields
    from portal.models import (
        Barrier,
        Contact,
        LabMethod,
        Language,
        LivingLab,
        PartnerOrganisation,
        Publication,
        Sector,
        SupportService,
        UserGroup,
    )
    from portal.pdf import simple_pdf

    languages = {}
    for position, (code, name) in enumerate(LANGUAGES):
        languages[code], _ = Language.objects.update_or_create(
            code=code, defaults={"position": position, **translated_fields(name=name)}
        )
    methods = {}
    for position, (slug, name) in enumerate(LAB_METHODS):
        methods[slug], _ = LabMethod.objects.update_or_create(
            slug=slug, defaults={"position": position, **translated_fields(name=name)}
        )
    groups = {}
    for position, (slug, name) in enumerate(USER_GROUPS):
        groups[slug], _ = UserGroup.objects.update_or_create(
            slug=slug, defaults={"position": position, **translated_fields(name=name)}
        )
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    barriers = {barrier.slug: barrier for barrier in Barrier.objects.all()}
    organisations = {org.slug: org for org in PartnerOrganisation.objects.all()}

    for slug, (email, description) in ORGANISATION_DETAILS.items():
        organisation = organisations[slug]
        organisation.public_email = email
        for field, value in translated_fields(description=description).items():
            setattr(organisation, field, value)
        organisation.save()

    for position, (slug, providers, name, what, audience, how) in enumerate(SUPPORT_SERVICES):
        service, _ = SupportService.objects.update_or_create(
            slug=slug,
            defaults={
                "position": position,
                "is_published": True,
                **translated_fields(name=name, description=what, audience=audience, how_to_get=how),
            },
        )
        service.organisations.set([organisations[key] for key in providers])

    contacts = {}
    for (
        _key,
        name,
        organisation,
        country,
        contact_sectors,
        expertise,
        spoken,
        email,
        phone,
        is_public,
        role,
    ) in CONTACTS:
        contact, _ = Contact.objects.update_or_create(
            email=email,
            defaults={
                "name": name,
                "organisation": organisations[organisation],
                "country": countries[country],
                "phone": phone,
                "is_public": is_public,
                **translated_fields(role=role),
            },
        )
        contact.sectors.set([sectors[slug] for slug in contact_sectors])
        contact.expertise.set([barriers[slug] for slug in expertise])
        contact.languages.set([languages[code] for code in spoken])
        contacts[email] = contact

    for lab_data in LIVING_LABS:
        lab, _ = LivingLab.objects.update_or_create(
            slug=lab_data["slug"],
            defaults={
                "country": countries[lab_data["country"]],
                "community_size": lab_data["community_size"],
                "lead_time_weeks": lab_data["lead_time_weeks"],
                "website": lab_data["website"],
                "contact": contacts.get(lab_data["contact"]),
                "is_published": True,
                **translated_fields(
                    name=lab_data["name"],
                    city=lab_data["city"],
                    summary=lab_data["summary"],
                    description=lab_data["description"],
                    ethics_support=lab_data["ethics"],
                ),
            },
        )
        lab.sectors.set([sectors[slug] for slug in lab_data["sectors"]])
        lab.methods.set([methods[slug] for slug in lab_data["methods"]])
        lab.user_groups.set([groups[slug] for slug in lab_data["user_groups"]])
        lab.test_languages.set([languages[code] for code in lab_data["languages"]])

    for data in PUBLICATIONS:
        publication, _ = Publication.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "kind": data["kind"],
                "year": data["year"],
                "language": languages["en"],
                "is_published": True,
                **translated_fields(title=data["title"], description=data["description"]),
            },
        )
        if not publication.file or not publication.file.storage.exists(publication.file.name):
            content = simple_pdf(
                title=data["title"]["en"],
                subtitle=f"Ballad partner network, {data['year']}",
                paragraphs=data["pdf"],
            )
            services.publication_attach_file(
                publication=publication, name=f"{data['slug']}.pdf", content=content
            )
    if stdout is not None:
        stdout.write(
            f"  network: {len(CONTACTS)} contacts, {len(LIVING_LABS)} Living Labs, "
            f"{len(PUBLICATIONS)} publications"
        )
