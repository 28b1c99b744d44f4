"""Demo texts of the transfer process model and its eleven pilot cases.

Every text exists in English, Estonian, Finnish, Latvian and Swedish. The pilot
companies are fictional; their stories are modelled on the kind of e-health and
e-learning services small companies took abroad in 2010 to 2012, and each pilot's
page says that it is fictional.
"""

import datetime


def L(en: str, et: str, fi: str, lv: str, sv: str) -> dict[str, str]:
    """One text in the five languages, English first."""
    return {"en": en, "et": et, "fi": fi, "lv": lv, "sv": sv}


def S(weeks: int, usefulness: int | None, done: dict[str, str], outcome: dict[str, str]) -> dict:
    """One step a pilot took: how long, how useful (1 to 5), what was done, what came of it."""
    return {"weeks": weeks, "usefulness": usefulness, "done": done, "outcome": outcome}


def d(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, 1)


FICTIONAL = L(
    "*This company is fictional: the case is demo content of the portal, modelled on typical pilots of 2010–2012.*",
    "*Ettevõte on väljamõeldud: juhtum on portaali näidissisu, mis põhineb 2010.–2012. aasta tüüpilistel pilootprojektidel.*",
    "*Yritys on kuvitteellinen: tapaus on portaalin esimerkkisisältöä, joka perustuu vuosien 2010–2012 tyypillisiin pilotteihin.*",
    "*Uzņēmums ir izdomāts: šis gadījums ir portāla demonstrācijas saturs, kas veidots pēc 2010.–2012. gada tipiskiem pilotprojektiem.*",
    "*Företaget är påhittat: fallet är demoinnehåll i portalen, byggt på typiska pilotprojekt från 2010–2012.*",
)

# --- The seven steps of the model ----------------------------------------------------------

STEPS = [
    {
        "number": 1,
        "resources": ("counseling",),
        "barriers": ("funding",),
        "title": L(
            "Readiness assessment",
            "Valmisoleku hindamine",
            "Valmiuksien arviointi",
            "Gatavības novērtējums",
            "Bedömning av beredskapen",
        ),
        "summary": L(
            "Find out honestly whether the company, its service and its team are ready to go abroad now, and what must be fixed first.",
            "Selgitage ausalt välja, kas ettevõte, teenus ja meeskond on praegu välismaale minekuks valmis ning mida tuleb enne korda teha.",
            "Selvitä rehellisesti, ovatko yritys, palvelu ja tiimi valmiita lähtemään ulkomaille nyt ja mitä on korjattava ensin.",
            "Godīgi noskaidrojiet, vai uzņēmums, pakalpojums un komanda ir gatavi doties uz ārvalstīm jau tagad un kas vispirms jāsakārto.",
            "Ta ärligt reda på om företaget, tjänsten och teamet är redo att gå utomlands nu, och vad som måste ordnas först.",
        ),
        "what_to_do": L(
            "- Check that the service works reliably at home and has at least one satisfied reference customer.\n"
            "- Count the time and money you can spend abroad over the next 12–18 months.\n"
            "- Name one person who owns the internationalisation work.\n"
            "- Go through the readiness checklist with a counselor of the network.",
            "- Veenduge, et teenus töötab kodumaal tõrgeteta ja sellel on vähemalt üks rahulolev referentsklient.\n"
            "- Arvestage, kui palju aega ja raha saate järgmise 12–18 kuu jooksul välisturule panustada.\n"
            "- Määrake üks inimene, kes vastutab rahvusvahelistumise eest.\n"
            "- Käige valmisoleku kontrollnimekiri läbi koos võrgustiku nõustajaga.",
            "- Varmista, että palvelu toimii kotimaassa luotettavasti ja sillä on ainakin yksi tyytyväinen referenssiasiakas.\n"
            "- Laske, paljonko aikaa ja rahaa voitte käyttää uuteen markkinaan seuraavien 12–18 kuukauden aikana.\n"
            "- Nimeä yksi henkilö, joka vastaa kansainvälistymisestä.\n"
            "- Käy valmiuksien tarkistuslista läpi verkoston neuvojan kanssa.",
            "- Pārliecinieties, ka pakalpojums mājās darbojas droši un tam ir vismaz viens apmierināts atsauces klients.\n"
            "- Aprēķiniet, cik daudz laika un naudas varat veltīt jaunam tirgum nākamajos 12–18 mēnešos.\n"
            "- Norīkojiet vienu cilvēku, kas atbild par internacionalizāciju.\n"
            "- Izejiet cauri gatavības kontrolsarakstam kopā ar tīkla konsultantu.",
            "- Kontrollera att tjänsten fungerar stabilt på hemmamarknaden och har minst en nöjd referenskund.\n"
            "- Räkna ut hur mycket tid och pengar ni kan lägga på en ny marknad de kommande 12–18 månaderna.\n"
            "- Utse en person som äger internationaliseringsarbetet.\n"
            "- Gå igenom checklistan för beredskap tillsammans med en rådgivare i nätverket.",
        ),
        "typical_duration": L(
            "2–4 weeks", "2–4 nädalat", "2–4 viikkoa", "2–4 nedēļas", "2–4 veckor"
        ),
    },
    {
        "number": 2,
        "resources": ("market_profiles", "counseling"),
        "barriers": ("business-culture", "reaching-customers"),
        "title": L(
            "Market selection",
            "Sihtturu valik",
            "Kohdemarkkinan valinta",
            "Mērķa tirgus izvēle",
            "Val av marknad",
        ),
        "summary": L(
            "Compare the candidate countries and choose one target market, or two at most, for the first move.",
            "Võrrelge kandidaatriike ja valige esimeseks sammuks üks sihtturg, maksimaalselt kaks.",
            "Vertaile ehdokasmaita ja valitse ensimmäiseksi askeleeksi yksi kohdemarkkina, enintään kaksi.",
            "Salīdziniet iespējamās valstis un pirmajam solim izvēlieties vienu mērķa tirgu, ne vairāk kā divus.",
            "Jämför de tänkbara länderna och välj en målmarknad, högst två, för det första steget.",
        ),
        "what_to_do": L(
            "- Read the market profiles of your sector and compare the candidates side by side.\n"
            "- Weigh the size of the market against the barriers: regulation, language, procurement.\n"
            "- Find out who pays for a service like yours in each country: the public sector, employers or consumers.\n"
            "- Write down why you chose the market; you will need the reasons when you talk to partners.",
            "- Lugege oma valdkonna turuprofiile ja võrrelge kandidaate kõrvuti.\n"
            "- Kaaluge turu suurust takistuste vastu: regulatsioonid, keel, riigihanked.\n"
            "- Uurige, kes teie omasuguse teenuse eest igas riigis maksab: avalik sektor, tööandjad või tarbijad.\n"
            "- Pange kirja, miks valisite just selle turu; põhjendusi läheb vaja partneritega rääkides.",
            "- Lue toimialasi markkinaprofiilit ja vertaile ehdokkaita rinnakkain.\n"
            "- Punnitse markkinan kokoa esteitä vasten: sääntely, kieli, julkiset hankinnat.\n"
            "- Selvitä, kuka kussakin maassa maksaa kaltaisestasi palvelusta: julkinen sektori, työnantajat vai kuluttajat.\n"
            "- Kirjaa, miksi valitsit juuri tämän markkinan; perusteluja tarvitaan kumppaneiden kanssa.",
            "- Izlasiet savas nozares tirgus profilus un salīdziniet kandidātus blakus.\n"
            "- Nosveriet tirgus lielumu pret šķēršļiem: regulējumu, valodu, iepirkumiem.\n"
            "- Noskaidrojiet, kurš katrā valstī maksā par tādu pakalpojumu kā jūsējais: valsts sektors, darba devēji vai patērētāji.\n"
            "- Pierakstiet, kāpēc izvēlējāties šo tirgu; pamatojums noderēs sarunās ar partneriem.",
            "- Läs marknadsprofilerna för er sektor och jämför kandidaterna sida vid sida.\n"
            "- Väg marknadens storlek mot hindren: regelverk, språk, upphandling.\n"
            "- Ta reda på vem som betalar för en tjänst som er i varje land: det offentliga, arbetsgivare eller konsumenter.\n"
            "- Skriv ner varför ni valde marknaden; skälen behövs när ni talar med partner.",
        ),
        "typical_duration": L(
            "2–6 weeks", "2–6 nädalat", "2–6 viikkoa", "2–6 nedēļas", "2–6 veckor"
        ),
    },
    {
        "number": 3,
        "resources": ("market_profiles", "counseling"),
        "barriers": ("regulation", "data-protection", "public-procurement"),
        "title": L(
            "Market and regulation analysis",
            "Turu- ja regulatsioonianalüüs",
            "Markkina- ja sääntelyanalyysi",
            "Tirgus un regulējuma analīze",
            "Marknads- och regelanalys",
        ),
        "summary": L(
            "Learn the rules, the customers and the competitors of the chosen market before you change a line of code.",
            "Tundke valitud turu reeglid, kliendid ja konkurendid põhjalikult ära, enne kui muudate ühtki koodirida.",
            "Opettele valitun markkinan säännöt, asiakkaat ja kilpailijat ennen kuin muutat riviäkään koodia.",
            "Iepazīstiet izvēlētā tirgus noteikumus, klientus un konkurentus, pirms maināt kaut vienu koda rindiņu.",
            "Lär känna den valda marknadens regler, kunder och konkurrenter innan ni ändrar en enda kodrad.",
        ),
        "what_to_do": L(
            "- Check which laws apply: medical-device rules, data protection, school curricula, accessibility.\n"
            "- Find out how hospitals, municipalities or schools buy, and when their budget year starts.\n"
            "- Map the competitors and what customers pay them.\n"
            "- Ask a counselor in the target country to review your findings.",
            "- Selgitage välja, millised seadused kehtivad: meditsiiniseadmete nõuded, andmekaitse, õppekavad, ligipääsetavus.\n"
            "- Uurige, kuidas haiglad, omavalitsused või koolid ostavad ja millal algab nende eelarveaasta.\n"
            "- Kaardistage konkurendid ja see, kui palju kliendid neile maksavad.\n"
            "- Paluge sihtriigi nõustajal oma järeldused üle vaadata.",
            "- Selvitä, mitkä lait koskevat palvelua: lääkinnällisten laitteiden säännöt, tietosuoja, opetussuunnitelmat, saavutettavuus.\n"
            "- Ota selvää, miten sairaalat, kunnat tai koulut hankkivat ja milloin niiden budjettivuosi alkaa.\n"
            "- Kartoita kilpailijat ja se, mitä asiakkaat niille maksavat.\n"
            "- Pyydä kohdemaan neuvojaa käymään havaintosi läpi.",
            "- Noskaidrojiet, kuri likumi ir piemērojami: medicīnisko ierīču prasības, datu aizsardzība, mācību programmas, piekļūstamība.\n"
            "- Uzziniet, kā iepērk slimnīcas, pašvaldības vai skolas un kad sākas to budžeta gads.\n"
            "- Apzinieties konkurentus un to, cik klienti viņiem maksā.\n"
            "- Palūdziet mērķa valsts konsultantam pārskatīt jūsu secinājumus.",
            "- Ta reda på vilka lagar som gäller: regler för medicintekniska produkter, dataskydd, läroplaner, tillgänglighet.\n"
            "- Ta reda på hur sjukhus, kommuner eller skolor köper in och när deras budgetår börjar.\n"
            "- Kartlägg konkurrenterna och vad kunderna betalar dem.\n"
            "- Be en rådgivare i mållandet granska era slutsatser.",
        ),
        "typical_duration": L(
            "4–8 weeks", "4–8 nädalat", "4–8 viikkoa", "4–8 nedēļas", "4–8 veckor"
        ),
    },
    {
        "number": 4,
        "resources": ("counseling",),
        "barriers": ("language", "regulation", "data-protection"),
        "title": L(
            "Localisation and adaptation",
            "Lokaliseerimine ja kohandamine",
            "Lokalisointi ja mukauttaminen",
            "Lokalizācija un pielāgošana",
            "Lokalisering och anpassning",
        ),
        "summary": L(
            "Adapt the service to the language, the rules and the habits of the new market, not only its words.",
            "Kohandage teenus uue turu keele, reeglite ja harjumustega – mitte ainult selle sõnu.",
            "Mukauta palvelu uuden markkinan kieleen, sääntöihin ja tapoihin – ei pelkkiä sanoja.",
            "Pielāgojiet pakalpojumu jaunā tirgus valodai, noteikumiem un paradumiem, ne tikai tā vārdus.",
            "Anpassa tjänsten till den nya marknadens språk, regler och vanor – inte bara orden.",
        ),
        "what_to_do": L(
            "- Translate the interface, help texts and contracts with native speakers who know the field.\n"
            "- Adapt to local systems: national e-ID, patient records, school information systems, payment habits.\n"
            "- Change what the analysis showed must change, and nothing more yet.\n"
            "- Plan support in the local language from the first user on.",
            "- Tõlkige kasutajaliides, abitekstid ja lepingud koos valdkonda tundvate emakeelsete kõnelejatega.\n"
            "- Kohanduge kohalike süsteemidega: riiklik e-identiteet, patsiendiandmed, koolide infosüsteemid, maksmisharjumused.\n"
            "- Muutke seda, mida analüüs näitas vajalikuks, ja esialgu mitte rohkem.\n"
            "- Planeerige kohalikus keeles kasutajatugi juba esimesest kasutajast alates.",
            "- Käännä käyttöliittymä, ohjetekstit ja sopimukset alaa tuntevien natiivipuhujien kanssa.\n"
            "- Sopeuta palvelu paikallisiin järjestelmiin: kansallinen sähköinen tunnistautuminen, potilastiedot, koulujen tietojärjestelmät, maksutottumukset.\n"
            "- Muuta se, minkä analyysi osoitti tarpeelliseksi, mutta ei vielä muuta.\n"
            "- Suunnittele asiakastuki paikallisella kielellä ensimmäisestä käyttäjästä alkaen.",
            "- Tulkojiet saskarni, palīdzības tekstus un līgumus kopā ar dzimtās valodas runātājiem, kas pārzina nozari.\n"
            "- Pielāgojieties vietējām sistēmām: valsts e-identitātei, pacientu datiem, skolu informācijas sistēmām, maksāšanas paradumiem.\n"
            "- Mainiet to, ko analīze parādīja kā nepieciešamu, un pagaidām neko vairāk.\n"
            "- Plānojiet atbalstu vietējā valodā jau no pirmā lietotāja.",
            "- Översätt gränssnittet, hjälptexterna och avtalen tillsammans med modersmålstalare som kan området.\n"
            "- Anpassa tjänsten till lokala system: nationell e-legitimation, patientjournaler, skolornas informationssystem, betalvanor.\n"
            "- Ändra det som analysen visade måste ändras, och inget mer ännu.\n"
            "- Planera support på det lokala språket redan från första användaren.",
        ),
        "typical_duration": L(
            "6–12 weeks", "6–12 nädalat", "6–12 viikkoa", "6–12 nedēļas", "6–12 veckor"
        ),
    },
    {
        "number": 5,
        "resources": ("living_labs", "counseling"),
        "barriers": ("reaching-customers", "language", "data-protection"),
        "title": L(
            "User testing in a Living Lab of the target country",
            "Kasutajatestid sihtriigi elavas laboris",
            "Käyttäjätestaus kohdemaan Living Labissa",
            "Lietotāju testēšana mērķa valsts dzīvajā laboratorijā",
            "Användartester i ett Living Lab i mållandet",
        ),
        "summary": L(
            "Let real users of the target country try the service in their own setting, and watch what they actually do.",
            "Laske sihtriigi päris kasutajatel teenust oma tavapärases keskkonnas proovida ja jälgige, mida nad tegelikult teevad.",
            "Anna kohdemaan oikeiden käyttäjien kokeilla palvelua omassa ympäristössään ja seuraa, mitä he todella tekevät.",
            "Ļaujiet īstiem mērķa valsts lietotājiem izmēģināt pakalpojumu savā ierastajā vidē un vērojiet, ko viņi patiesībā dara.",
            "Låt riktiga användare i mållandet prova tjänsten i sin egen miljö och se vad de faktiskt gör.",
        ),
        "what_to_do": L(
            "- Choose a Living Lab of the target country that works with your users: patients, carers, teachers or pupils.\n"
            "- Agree on the test plan, consent and data handling with the lab before recruiting anyone.\n"
            "- Test with at least 15–30 users for several weeks, not one afternoon.\n"
            "- Turn the findings into a short list of changes and a reference you can show buyers.",
            "- Valige sihtriigi elav labor, mis töötab teie kasutajatega: patsientide, hooldajate, õpetajate või õpilastega.\n"
            "- Leppige laboriga testiplaan, nõusolekud ja andmete käsitlemine kokku enne, kui kedagi värbate.\n"
            "- Testige vähemalt 15–30 kasutajaga mitu nädalat, mitte üht pärastlõunat.\n"
            "- Tehke tulemustest lühike muudatuste nimekiri ja referents, mida ostjatele näidata.",
            "- Valitse kohdemaan Living Lab, joka toimii käyttäjiesi kanssa: potilaat, omaishoitajat, opettajat tai oppilaat.\n"
            "- Sovi testisuunnitelmasta, suostumuksista ja tietojen käsittelystä Living Labin kanssa ennen kuin rekrytoit ketään.\n"
            "- Testaa vähintään 15–30 käyttäjän kanssa useita viikkoja, ei yhtä iltapäivää.\n"
            "- Tee tuloksista lyhyt muutoslista ja referenssi, jonka voit näyttää ostajille.",
            "- Izvēlieties mērķa valsts dzīvo laboratoriju, kas strādā ar jūsu lietotājiem: pacientiem, aprūpētājiem, skolotājiem vai skolēniem.\n"
            "- Pirms kāda piesaistīšanas vienojieties ar laboratoriju par testēšanas plānu, piekrišanu un datu apstrādi.\n"
            "- Testējiet ar vismaz 15–30 lietotājiem vairākas nedēļas, nevis vienu pēcpusdienu.\n"
            "- Pārvērtiet atziņas īsā izmaiņu sarakstā un atsauksmē, ko varat rādīt pircējiem.",
            "- Välj ett Living Lab i mållandet som arbetar med era användare: patienter, anhöriga, lärare eller elever.\n"
            "- Kom överens med labbet om testplan, samtycke och datahantering innan ni rekryterar någon.\n"
            "- Testa med minst 15–30 användare under flera veckor, inte en eftermiddag.\n"
            "- Gör om resultaten till en kort lista med ändringar och en referens som ni kan visa köpare.",
        ),
        "typical_duration": L(
            "6–10 weeks", "6–10 nädalat", "6–10 viikkoa", "6–10 nedēļas", "6–10 veckor"
        ),
    },
    {
        "number": 6,
        "resources": ("counseling",),
        "barriers": ("reaching-partners", "reaching-customers", "business-culture"),
        "title": L(
            "Partner and customer matchmaking",
            "Partnerite ja klientide leidmine",
            "Kumppaneiden ja asiakkaiden etsintä",
            "Partneru un klientu meklēšana",
            "Matchning med partner och kunder",
        ),
        "summary": L(
            "Meet the distributors, integrators and first customers the network introduces you to, with your test results in hand.",
            "Kohtuge võrgustiku tutvustatud edasimüüjate, integraatorite ja esimeste klientidega – testitulemused käes.",
            "Tapaa verkoston esittelemiä jälleenmyyjiä, integraattoreita ja ensimmäisiä asiakkaita testitulokset mukanasi.",
            "Tiecieties ar tīkla ieteiktajiem izplatītājiem, integratoriem un pirmajiem klientiem, ņemot līdzi testēšanas rezultātus.",
            "Träffa de återförsäljare, integratörer och första kunder som nätverket introducerar er för, med testresultaten i handen.",
        ),
        "what_to_do": L(
            "- Ask the network's contacts in the target country for introductions; a warm introduction beats a cold e-mail.\n"
            "- Prepare a one-page offer in the local language with the Living Lab results.\n"
            "- Meet buyers in person: in all four countries trust is built face to face.\n"
            "- Agree on a small paid pilot or a letter of intent rather than a vague promise.",
            "- Paluge võrgustiku kontaktidel sihtriigis teid tutvustada; soe tutvustus on parem kui külm e-kiri.\n"
            "- Valmistage ette üheleheküljeline pakkumine kohalikus keeles koos elava labori tulemustega.\n"
            "- Kohtuge ostjatega isiklikult: kõigis neljas riigis tekib usaldus silmast silma.\n"
            "- Leppige kokku väike tasuline pilootprojekt või kavatsuste protokoll, mitte ebamäärane lubadus.",
            "- Pyydä verkoston yhteyshenkilöitä kohdemaassa esittelemään sinut; lämmin esittely voittaa kylmän sähköpostin.\n"
            "- Valmistele yhden sivun tarjous paikallisella kielellä ja liitä mukaan Living Lab -testin tulokset.\n"
            "- Tapaa ostajat henkilökohtaisesti: kaikissa neljässä maassa luottamus rakennetaan kasvokkain.\n"
            "- Sovi pienestä maksullisesta pilotista tai aiesopimuksesta epämääräisen lupauksen sijaan.",
            "- Palūdziet tīkla kontaktpersonām mērķa valstī jūs iepazīstināt; personisks ieteikums ir labāks par aukstu e-pastu.\n"
            "- Sagatavojiet vienas lapas piedāvājumu vietējā valodā ar dzīvās laboratorijas rezultātiem.\n"
            "- Tiecieties ar pircējiem klātienē: visās četrās valstīs uzticēšanās veidojas aci pret aci.\n"
            "- Vienojieties par nelielu maksas pilotprojektu vai nodomu protokolu, nevis neskaidru solījumu.",
            "- Be nätverkets kontakter i mållandet om introduktioner; en varm introduktion slår ett kallt mejl.\n"
            "- Förbered ett erbjudande på en sida på det lokala språket, med resultaten från Living Lab-testet.\n"
            "- Träffa köparna personligen: i alla fyra länderna byggs förtroende ansikte mot ansikte.\n"
            "- Kom överens om ett litet betalt pilotprojekt eller en avsiktsförklaring i stället för ett vagt löfte.",
        ),
        "typical_duration": L(
            "4–12 weeks", "4–12 nädalat", "4–12 viikkoa", "4–12 nedēļas", "4–12 veckor"
        ),
    },
    {
        "number": 7,
        "resources": ("market_profiles", "counseling"),
        "barriers": ("funding", "reaching-customers", "public-procurement"),
        "title": L(
            "Market entry and follow-up",
            "Turule sisenemine ja järeltegevused",
            "Markkinoille tulo ja seuranta",
            "Ienākšana tirgū un turpmākā uzraudzība",
            "Marknadsinträde och uppföljning",
        ),
        "summary": L(
            "Sign the first contracts, deliver well, and check after six and twelve months whether the market pays off.",
            "Sõlmige esimesed lepingud, tarnige hästi ning kontrollige kuue ja kaheteistkümne kuu pärast, kas turg end ära tasub.",
            "Allekirjoita ensimmäiset sopimukset, toimita hyvin ja tarkista kuuden ja kahdentoista kuukauden kuluttua, kannattaako markkina.",
            "Parakstiet pirmos līgumus, piegādājiet kvalitatīvi un pēc sešiem un divpadsmit mēnešiem pārbaudiet, vai tirgus atmaksājas.",
            "Skriv de första avtalen, leverera väl och stäm av efter sex och tolv månader om marknaden lönar sig.",
        ),
        "what_to_do": L(
            "- Decide how you are present: a local partner, a sales person on the ground, or a subsidiary.\n"
            "- Look after the first customers closely; they are your references in the whole country.\n"
            "- Compare the results with the goals you set in the readiness assessment.\n"
            "- Share what you learned with the network, so that the next company goes faster.",
            "- Otsustage, kuidas olete turul kohal: kohalik partner, müügiinimene kohapeal või tütarettevõte.\n"
            "- Hoolitsege esimeste klientide eest eriti hästi – nemad on teie referentsid kogu riigis.\n"
            "- Võrrelge tulemusi eesmärkidega, mille seadsite valmisoleku hindamisel.\n"
            "- Jagage õpitut võrgustikuga, et järgmine ettevõte liiguks kiiremini.",
            "- Päätä, miten olet markkinalla läsnä: paikallinen kumppani, myyjä paikan päällä vai tytäryhtiö.\n"
            "- Pidä ensimmäisistä asiakkaista erityisen hyvää huolta; he ovat referenssisi koko maassa.\n"
            "- Vertaa tuloksia tavoitteisiin, jotka asetit valmiuksien arvioinnissa.\n"
            "- Jaa oppimasi verkostolle, jotta seuraava yritys pääsee nopeammin eteenpäin.",
            "- Izlemiet, kā būsiet klātesoši: ar vietējo partneri, pārdevēju uz vietas vai meitasuzņēmumu.\n"
            "- Īpaši rūpējieties par pirmajiem klientiem – viņi ir jūsu atsauces visā valstī.\n"
            "- Salīdziniet rezultātus ar mērķiem, ko izvirzījāt gatavības novērtējumā.\n"
            "- Dalieties pieredzē ar tīklu, lai nākamais uzņēmums virzītos ātrāk.",
            "- Bestäm hur ni ska finnas på plats: en lokal partner, en säljare på marknaden eller ett dotterbolag.\n"
            "- Ta särskilt väl hand om de första kunderna; de är era referenser i hela landet.\n"
            "- Jämför resultaten med de mål ni satte i beredskapsbedömningen.\n"
            "- Dela det ni lärt er med nätverket, så att nästa företag kommer fram snabbare.",
        ),
        "typical_duration": L(
            "6–12 months", "6–12 kuud", "6–12 kuukautta", "6–12 mēneši", "6–12 månader"
        ),
    },
]

# --- The eleven pilot cases ----------------------------------------------------------------
# Each pilot: its facts, its texts, and the steps it took ({step number: S(...)}).

PILOTS = [
    {
        "slug": "medication-reminder-swedish-home-care",
        "company_name": "MuistaNyt Oy",
        "origin": "fi",
        "targets": ("se",),
        "sector": "e-health",
        "started_on": d(2010, 9),
        "ended_on": d(2012, 3),
        "status": "completed",
        "result": "success",
        "figures": {"test_users": 42, "partners_found": 2, "contracts_signed": 3},
        "title": L(
            "A Finnish medication reminder finds its way into Swedish home care",
            "Soome ravimimeeldetuletus jõuab Rootsi koduhooldusesse",
            "Suomalainen lääkemuistutin löytää tiensä ruotsalaiseen kotihoitoon",
            "Somu medikamentu atgādinātājs iekļūst Zviedrijas mājas aprūpē",
            "En finländsk läkemedelspåminnare hittar in i svensk hemtjänst",
        ),
        "company_description": L(
            "A software company of eight people from Turku, founded in 2007 by two nurses and a programmer.",
            "Kaheksa töötajaga tarkvaraettevõte Turust, mille asutasid 2007. aastal kaks õde ja programmeerija.",
            "Kahdeksan hengen ohjelmistoyritys Turusta, jonka perustivat vuonna 2007 kaksi sairaanhoitajaa ja ohjelmoija.",
            "Astoņu cilvēku programmatūras uzņēmums no Turku, ko 2007. gadā dibināja divas medmāsas un programmētājs.",
            "Ett programvaruföretag med åtta anställda i Åbo, grundat 2007 av två sjuksköterskor och en programmerare.",
        ),
        "summary": L(
            "A medication reminder for older people living at home was tested with home-care clients in a Stockholm-area Living Lab and sold to three Swedish municipalities.",
            "Kodus elavatele eakatele mõeldud ravimimeeldetuletust testiti Stockholmi piirkonna elavas laboris koduhoolduse klientidega ja see müüdi kolmele Rootsi omavalitsusele.",
            "Kotona asuvien ikäihmisten lääkemuistutinta testattiin kotihoidon asiakkailla Tukholman seudun Living Labissa, ja se myytiin kolmelle ruotsalaiselle kunnalle.",
            "Mājās dzīvojošiem senioriem paredzētu medikamentu atgādinātāju testēja ar mājas aprūpes klientiem Stokholmas apkaimes dzīvajā laboratorijā un pārdeva trim Zviedrijas pašvaldībām.",
            "En läkemedelspåminnare för äldre som bor hemma testades med hemtjänstens brukare i ett Living Lab i Stockholmsområdet och såldes till tre svenska kommuner.",
        ),
        "service": L(
            "A small touch-screen device on the kitchen table that reminds the user to take medicines and tells the home-care nurse when a dose is missed.",
            "Köögilauale paigutatav väike puuteekraaniga seade, mis tuletab kasutajale meelde ravimite võtmist ja annab koduõele teada, kui annus jääb võtmata.",
            "Pieni kosketusnäytöllinen laite keittiön pöydällä: se muistuttaa käyttäjää lääkkeistä ja ilmoittaa kotihoidon hoitajalle, jos annos jää ottamatta.",
            "Neliela skārienekrāna ierīce uz virtuves galda, kas atgādina lietotājam par zālēm un paziņo mājas aprūpes māsai, ja deva izlaista.",
            "En liten pekskärmsenhet på köksbordet som påminner användaren om att ta sina läkemedel och meddelar hemtjänstens sjuksköterska när en dos missas.",
        ),
        "outcome": L(
            "Three municipalities north of Stockholm bought the service after the Living Lab test, through the framework agreement of a home-care provider. By the end of 2012 some 300 clients used it in Sweden.",
            "Kolm Stockholmist põhja pool asuvat omavalitsust ostsid teenuse pärast elava labori testi ühe koduhooldusteenuse osutaja raamlepingu kaudu. 2012. aasta lõpuks kasutas seda Rootsis umbes 300 klienti.",
            "Kolme Tukholman pohjoispuolella sijaitsevaa kuntaa hankki palvelun Living Lab -testin jälkeen erään kotihoitoyrityksen puitesopimuksen kautta. Vuoden 2012 lopussa sitä käytti Ruotsissa noin 300 asiakasta.",
            "Trīs pašvaldības uz ziemeļiem no Stokholmas iegādājās pakalpojumu pēc testa dzīvajā laboratorijā, izmantojot kāda mājas aprūpes sniedzēja pamatlīgumu. Līdz 2012. gada beigām Zviedrijā to lietoja aptuveni 300 klientu.",
            "Tre kommuner norr om Stockholm köpte tjänsten efter testet i Living Lab, via en hemtjänstleverantörs ramavtal. I slutet av 2012 använde omkring 300 brukare den i Sverige.",
        ),
        "lessons": L(
            "- Swedish home care is run by the municipalities: the buyer is the social services committee, not health care.\n"
            "- The Living Lab's report in Swedish opened more doors than any sales presentation.\n"
            "- Going through an existing framework agreement saved a year of public procurement.",
            "- Rootsi koduhooldust korraldavad omavalitsused: ostja on sotsiaalhoolekande komisjon, mitte tervishoid.\n"
            "- Elava labori rootsikeelne aruanne avas rohkem uksi kui ükski müügiesitlus.\n"
            "- Olemasoleva raamlepingu kasutamine säästis aasta, mis oleks kulunud riigihankele.",
            "- Ruotsin kotihoito on kuntien vastuulla: ostaja on sosiaalilautakunta, ei terveydenhuolto.\n"
            "- Living Labin ruotsinkielinen raportti avasi enemmän ovia kuin yksikään myyntiesitys.\n"
            "- Olemassa olevan puitesopimuksen kautta meneminen säästi vuoden julkisista hankinnoista.",
            "- Zviedrijā mājas aprūpi organizē pašvaldības: pircējs ir sociālo lietu komiteja, nevis veselības aprūpe.\n"
            "- Dzīvās laboratorijas ziņojums zviedru valodā atvēra vairāk durvju nekā jebkura pārdošanas prezentācija.\n"
            "- Esoša pamatlīguma izmantošana ietaupīja gadu, ko būtu prasījis publiskais iepirkums.",
            "- Hemtjänsten i Sverige sköts av kommunerna: köparen är socialnämnden, inte sjukvården.\n"
            "- Living Lab-rapporten på svenska öppnade fler dörrar än någon säljpresentation.\n"
            "- Att gå via ett befintligt ramavtal sparade ett år av offentlig upphandling.",
        ),
        "steps": {
            1: S(
                3,
                4,
                L(
                    "The team went through the readiness checklist with a counselor and set a budget for 18 months.",
                    "Meeskond käis nõustajaga valmisoleku kontrollnimekirja läbi ja pani paika 18 kuu eelarve.",
                    "Tiimi kävi valmiuksien tarkistuslistan läpi neuvojan kanssa ja laati budjetin 18 kuukaudeksi.",
                    "Komanda kopā ar konsultantu izgāja cauri gatavības kontrolsarakstam un noteica budžetu 18 mēnešiem.",
                    "Teamet gick igenom checklistan för beredskap med en rådgivare och satte en budget för 18 månader.",
                ),
                L(
                    "Nobody on the team spoke Swedish well enough for sales, so the company hired a Finland-Swedish sales person.",
                    "Keegi meeskonnast ei rääkinud müügiks piisavalt hästi rootsi keelt, seega palkas ettevõte soomerootsi müügiinimese.",
                    "Kukaan tiimistä ei puhunut ruotsia myyntiin riittävän hyvin, joten yritys palkkasi suomenruotsalaisen myyjän.",
                    "Neviens komandā nerunāja zviedriski pietiekami labi pārdošanai, tāpēc uzņēmums pieņēma darbā pārdevēju – somu zviedru.",
                    "Ingen i teamet talade tillräckligt bra svenska för försäljning, så företaget anställde en finlandssvensk säljare.",
                ),
            ),
            3: S(
                6,
                4,
                L(
                    "A counselor in Stockholm explained how municipalities buy technology for home care.",
                    "Stockholmi nõustaja selgitas, kuidas omavalitsused koduhoolduse tehnoloogiat ostavad.",
                    "Tukholmalainen neuvoja selitti, miten kunnat hankkivat kotihoidon teknologiaa.",
                    "Konsultants Stokholmā paskaidroja, kā pašvaldības iepērk mājas aprūpes tehnoloģijas.",
                    "En rådgivare i Stockholm förklarade hur kommunerna köper välfärdsteknik för hemtjänsten.",
                ),
                L(
                    "The buyer turned out to be the municipal social services, and as a plain reminder the device needed no medical-device certification.",
                    "Selgus, et ostja on omavalitsuse sotsiaalteenistus ja pelgalt meeldetuletusena ei vaja seade meditsiiniseadme sertifikaati.",
                    "Ostajaksi osoittautuivat kunnan sosiaalipalvelut, eikä pelkkänä muistuttimena laite tarvinnut lääkinnällisen laitteen sertifiointia.",
                    "Izrādījās, ka pircējs ir pašvaldības sociālais dienests un, būdama tikai atgādinātājs, ierīce neprasa medicīniskās ierīces sertifikāciju.",
                    "Köparen visade sig vara kommunens socialtjänst, och som ren påminnare behövde enheten ingen certifiering som medicinteknisk produkt.",
                ),
            ),
            5: S(
                10,
                5,
                L(
                    "42 home-care clients and their nurses used the device for ten weeks with a Living Lab in the Stockholm region.",
                    "42 koduhoolduse klienti ja nende õed kasutasid seadet kümme nädalat koos Stockholmi piirkonna elava laboriga.",
                    "42 kotihoidon asiakasta hoitajineen käytti laitetta kymmenen viikkoa Tukholman seudun Living Labin kanssa.",
                    "42 mājas aprūpes klienti un viņu medmāsas desmit nedēļas lietoja ierīci kopā ar Stokholmas reģiona dzīvo laboratoriju.",
                    "42 brukare i hemtjänsten och deras sjuksköterskor använde enheten i tio veckor tillsammans med ett Living Lab i Stockholmsregionen.",
                ),
                L(
                    "Users wanted a louder alarm and a Swedish voice; nurses asked for a weekly summary instead of single alerts.",
                    "Kasutajad soovisid valjemat häiret ja rootsikeelset häält; õed palusid üksikute teadete asemel iganädalast kokkuvõtet.",
                    "Käyttäjät toivoivat kovempaa hälytystä ja ruotsinkielistä puhetta; hoitajat pyysivät yksittäisten hälytysten sijaan viikkoyhteenvetoa.",
                    "Lietotāji vēlējās skaļāku signālu un balsi zviedru valodā; medmāsas lūdza atsevišķu brīdinājumu vietā iknedēļas kopsavilkumu.",
                    "Brukarna ville ha ett starkare larm och en svensk röst; sjuksköterskorna bad om en veckosammanfattning i stället för enstaka larm.",
                ),
            ),
            6: S(
                8,
                4,
                L(
                    "The network introduced the company to a private home-care provider with a municipal framework agreement.",
                    "Võrgustik tutvustas ettevõtet erakoduhoolduse pakkujale, kellel oli omavalitsustega raamleping.",
                    "Verkosto esitteli yrityksen yksityiselle kotihoitoyritykselle, jolla oli kuntien kanssa puitesopimus.",
                    "Tīkls iepazīstināja uzņēmumu ar privātu mājas aprūpes sniedzēju, kuram bija pamatlīgums ar pašvaldībām.",
                    "Nätverket introducerade företaget för en privat hemtjänstleverantör med ett kommunalt ramavtal.",
                ),
                L(
                    "The provider agreed to offer the device to its municipal customers as part of its service.",
                    "Teenusepakkuja nõustus pakkuma seadet oma omavalitsustest klientidele osana oma teenusest.",
                    "Kotihoitoyritys suostui tarjoamaan laitetta kunta-asiakkailleen osana palveluaan.",
                    "Pakalpojumu sniedzējs piekrita piedāvāt ierīci saviem pašvaldību klientiem kā daļu no sava pakalpojuma.",
                    "Leverantören gick med på att erbjuda enheten till sina kommunala kunder som en del av tjänsten.",
                ),
            ),
            7: S(
                26,
                5,
                L(
                    "The company signed contracts with three municipalities and trained their home-care staff.",
                    "Ettevõte sõlmis lepingud kolme omavalitsusega ja koolitas nende koduhoolduse töötajaid.",
                    "Yritys teki sopimukset kolmen kunnan kanssa ja koulutti niiden kotihoidon henkilöstön.",
                    "Uzņēmums noslēdza līgumus ar trim pašvaldībām un apmācīja to mājas aprūpes darbiniekus.",
                    "Företaget skrev avtal med tre kommuner och utbildade deras hemtjänstpersonal.",
                ),
                L(
                    "About 300 clients used the device by the end of 2012; a Swedish-speaking support line was set up in Turku.",
                    "2012. aasta lõpuks kasutas seadet umbes 300 klienti; Turus loodi rootsikeelne tugiliin.",
                    "Vuoden 2012 lopussa laitetta käytti noin 300 asiakasta; Turkuun perustettiin ruotsinkielinen tukipuhelin.",
                    "Līdz 2012. gada beigām ierīci lietoja aptuveni 300 klientu; Turku tika izveidots atbalsta tālrunis zviedru valodā.",
                    "I slutet av 2012 använde omkring 300 brukare enheten; en svenskspråkig supportlinje inrättades i Åbo.",
                ),
            ),
        },
    },
    {
        "slug": "heart-monitor-finnish-hospitals",
        "company_name": "Pulsiline OÜ",
        "origin": "ee",
        "targets": ("fi",),
        "sector": "e-health",
        "started_on": d(2010, 3),
        "ended_on": d(2011, 6),
        "status": "completed",
        "result": "stopped",
        "figures": {"test_users": 18, "partners_found": 1, "contracts_signed": 0},
        "title": L(
            "An Estonian heart monitor meets Finnish certification and procurement",
            "Eesti südamemonitor Soome sertifitseerimise ja riigihangete ees",
            "Virolainen sydänmonitori törmää suomalaiseen sertifiointiin ja hankintoihin",
            "Igaunijas sirds monitors saskaras ar Somijas sertifikācijas un iepirkumu prasībām",
            "En estnisk hjärtmonitor möter finländsk certifiering och upphandling",
        ),
        "company_description": L(
            "A Tartu start-up of five people, spun out of university research on heart rhythm analysis in 2009.",
            "Viieliikmeline Tartu idufirma, mis sündis 2009. aastal ülikooli südamerütmi analüüsi uuringutest.",
            "Viiden hengen tarttolainen startup, joka syntyi vuonna 2009 yliopiston sydämen rytmianalyysin tutkimuksesta.",
            "Piecu cilvēku jaunuzņēmums no Tartu, kas 2009. gadā izauga no universitātes sirds ritma analīzes pētījumiem.",
            "Ett uppstartsföretag med fem personer i Tartu, avknoppat 2009 från universitetets forskning om analys av hjärtrytm.",
        ),
        "summary": L(
            "A home ECG monitor with a web view for cardiologists worked well with Finnish patients, but the pilot was stopped when certification and integration costs outgrew the company.",
            "Kodune EKG-monitor koos kardioloogide veebivaatega toimis Soome patsientidega hästi, kuid pilootprojekt peatati, kui sertifitseerimise ja liidestamise kulud kasvasid ettevõttele üle pea.",
            "Kotona käytettävä EKG-monitori ja kardiologien verkkonäkymä toimivat hyvin suomalaispotilailla, mutta pilotti keskeytettiin, kun sertifioinnin ja integraation kustannukset kasvoivat yritykselle liian suuriksi.",
            "Mājas EKG monitors ar tīmekļa skatu kardiologiem labi darbojās ar Somijas pacientiem, taču pilotprojektu apturēja, kad sertifikācijas un integrācijas izmaksas kļuva uzņēmumam par lielām.",
            "En EKG-monitor för hemmabruk med en webbvy för kardiologer fungerade väl med finländska patienter, men piloten avbröts när kostnaderna för certifiering och integration växte företaget över huvudet.",
        ),
        "service": L(
            "A chest-worn ECG recorder for patients with suspected rhythm disorders; the recordings are analysed automatically and shown to the cardiologist in a web view.",
            "Rinnale kinnitatav EKG-salvesti rütmihäire kahtlusega patsientidele; salvestusi analüüsitakse automaatselt ja kardioloog näeb neid veebivaates.",
            "Rintakehälle kiinnitettävä EKG-tallennin potilaille, joilla epäillään rytmihäiriötä; tallenteet analysoidaan automaattisesti ja näytetään kardiologille verkkonäkymässä.",
            "Uz krūtīm valkājams EKG reģistrators pacientiem ar aizdomām par ritma traucējumiem; ierakstus analizē automātiski, un kardiologs tos redz tīmekļa skatā.",
            "En EKG-registrator som bärs på bröstet, för patienter med misstänkt rytmrubbning; inspelningarna analyseras automatiskt och visas för kardiologen i en webbvy.",
        ),
        "outcome": L(
            "Doctors in the test liked the analysis, but a hospital district would buy only a device certified as a class IIa medical device and connected to its patient record system. The company could not finance both in time and stopped the pilot in June 2011; it went on to certify the device at home first.",
            "Testis osalenud arstidele analüüs meeldis, kuid haiglapiirkond oleks ostnud ainult IIa klassi meditsiiniseadmena sertifitseeritud ja oma patsiendiinfosüsteemiga liidestatud seadme. Ettevõte ei suutnud mõlemat õigel ajal rahastada ja peatas pilootprojekti 2011. aasta juunis; edasi keskenduti seadme sertifitseerimisele koduturul.",
            "Testiin osallistuneet lääkärit pitivät analyysista, mutta sairaanhoitopiiri olisi hankkinut vain IIa-luokan lääkinnälliseksi laitteeksi sertifioidun ja potilastietojärjestelmäänsä liitetyn laitteen. Yritys ei pystynyt rahoittamaan kumpaakaan ajoissa ja keskeytti pilotin kesäkuussa 2011; se keskittyi ensin sertifiointiin kotimaassa.",
            "Testā iesaistītajiem ārstiem analīze patika, taču slimnīcu apvienība būtu iegādājusies tikai ierīci, kas sertificēta kā IIa klases medicīniskā ierīce un savienota ar tās pacientu datu sistēmu. Uzņēmums nespēja laikus finansēt abus un 2011. gada jūnijā apturēja pilotprojektu; tas vispirms pievērsās ierīces sertifikācijai mājās.",
            "Läkarna i testet tyckte om analysen, men ett sjukvårdsdistrikt skulle bara köpa en enhet som certifierats som medicinteknisk produkt i klass IIa och kopplats till dess journalsystem. Företaget kunde inte finansiera båda i tid och avbröt piloten i juni 2011; i stället certifierades enheten först på hemmaplan.",
        ),
        "lessons": L(
            "- Do the regulation analysis thoroughly and early: the certification class decides the budget.\n"
            "- A satisfied doctor is not a buyer; in Finland the hospital district's procurement unit is.\n"
            "- Stopping in time is also a result: the company kept its money for the certification.",
            "- Tehke regulatsioonianalüüs põhjalikult ja varakult: sertifitseerimisklass määrab eelarve.\n"
            "- Rahulolev arst ei ole ostja; Soomes on selleks haiglapiirkonna hankeüksus.\n"
            "- Õigel ajal peatumine on samuti tulemus: ettevõte hoidis raha sertifitseerimiseks alles.",
            "- Tee sääntelyanalyysi perusteellisesti ja ajoissa: sertifiointiluokka ratkaisee budjetin.\n"
            "- Tyytyväinen lääkäri ei ole ostaja; Suomessa ostaja on sairaanhoitopiirin hankintayksikkö.\n"
            "- Ajoissa lopettaminen on myös tulos: yritys säästi rahansa sertifiointiin.",
            "- Veiciet regulējuma analīzi rūpīgi un laikus: sertifikācijas klase nosaka budžetu.\n"
            "- Apmierināts ārsts nav pircējs; Somijā pircējs ir slimnīcu apvienības iepirkumu nodaļa.\n"
            "- Laicīga apstāšanās arī ir rezultāts: uzņēmums saglabāja naudu sertifikācijai.",
            "- Gör regelanalysen grundligt och tidigt: certifieringsklassen avgör budgeten.\n"
            "- En nöjd läkare är inte en köpare; i Finland är det sjukvårdsdistriktets upphandlingsenhet.\n"
            "- Att sluta i tid är också ett resultat: företaget sparade pengarna till certifieringen.",
        ),
        "steps": {
            1: S(
                2,
                3,
                L(
                    "The founders assessed their readiness mostly on their own and skipped the budget discussion.",
                    "Asutajad hindasid valmisolekut peamiselt omal käel ja jätsid eelarvearutelu vahele.",
                    "Perustajat arvioivat valmiutensa enimmäkseen itse ja ohittivat budjettikeskustelun.",
                    "Dibinātāji gatavību vērtēja galvenokārt paši un izlaida sarunu par budžetu.",
                    "Grundarna bedömde beredskapen mest på egen hand och hoppade över budgetsamtalet.",
                ),
                L(
                    "They underestimated the cost of entering a regulated market; the counselor's warning was noted but not acted on.",
                    "Reguleeritud turule sisenemise kulu jäi alahinnatuks; nõustaja hoiatus pandi kirja, kuid selle järgi ei tegutsetud.",
                    "Säännellylle markkinalle tulon kustannukset aliarvioitiin; neuvojan varoitus kirjattiin, mutta sen mukaan ei toimittu.",
                    "Ienākšanas izmaksas regulētā tirgū netika pienācīgi novērtētas; konsultanta brīdinājumu pierakstīja, bet pēc tā nerīkojās.",
                    "Kostnaden för att gå in på en reglerad marknad underskattades; rådgivarens varning antecknades men ledde inte till något.",
                ),
            ),
            3: S(
                3,
                3,
                L(
                    "The team read the market profile and spoke to one Finnish cardiologist, but did not check the certification class of the device.",
                    "Meeskond luges turuprofiili ja rääkis ühe Soome kardioloogiga, kuid ei kontrollinud seadme sertifitseerimisklassi.",
                    "Tiimi luki markkinaprofiilin ja keskusteli yhden suomalaisen kardiologin kanssa, mutta ei tarkistanut laitteen sertifiointiluokkaa.",
                    "Komanda izlasīja tirgus profilu un runāja ar vienu Somijas kardiologu, taču nepārbaudīja ierīces sertifikācijas klasi.",
                    "Teamet läste marknadsprofilen och talade med en finländsk kardiolog, men kontrollerade inte enhetens certifieringsklass.",
                ),
                L(
                    "The analysis stayed on the surface; the need for a class IIa certificate came up only in the sales meetings.",
                    "Analüüs jäi pinnapealseks; IIa klassi sertifikaadi vajadus tuli välja alles müügikohtumistel.",
                    "Analyysi jäi pintapuoliseksi; IIa-luokan sertifikaatin tarve selvisi vasta myyntitapaamisissa.",
                    "Analīze palika virspusēja; vajadzība pēc IIa klases sertifikāta atklājās tikai pārdošanas sanāksmēs.",
                    "Analysen blev ytlig; behovet av ett certifikat i klass IIa kom fram först på säljmötena.",
                ),
            ),
            5: S(
                8,
                4,
                L(
                    "18 heart patients in Oulu wore the recorder at home for two weeks each, with the help of a Finnish Living Lab.",
                    "18 Oulu südamehaiget kandsid Soome elava labori abiga salvestit kodus kaks nädalat.",
                    "18 oululaista sydänpotilasta käytti tallenninta kotona kaksi viikkoa kukin suomalaisen Living Labin avulla.",
                    "18 sirds pacienti Oulu ar Somijas dzīvās laboratorijas palīdzību katrs divas nedēļas valkāja reģistratoru mājās.",
                    "18 hjärtpatienter i Uleåborg bar registratorn hemma i två veckor var, med hjälp av ett finländskt Living Lab.",
                ),
                L(
                    "The patients found it easy; the cardiologists trusted the analysis but wanted the data in their own patient record system.",
                    "Patsientide jaoks oli seade lihtne; kardioloogid usaldasid analüüsi, kuid soovisid andmeid oma patsiendiinfosüsteemi.",
                    "Potilaiden mielestä laite oli helppo; kardiologit luottivat analyysiin, mutta halusivat tiedot omaan potilastietojärjestelmäänsä.",
                    "Pacientiem ierīce šķita vienkārša; kardiologi uzticējās analīzei, bet vēlējās datus savā pacientu datu sistēmā.",
                    "Patienterna tyckte att den var lätt att använda; kardiologerna litade på analysen men ville ha data i sitt eget journalsystem.",
                ),
            ),
            6: S(
                10,
                3,
                L(
                    "The network arranged meetings with two hospital districts and a Finnish distributor of medical devices.",
                    "Võrgustik korraldas kohtumised kahe haiglapiirkonna ja ühe Soome meditsiiniseadmete edasimüüjaga.",
                    "Verkosto järjesti tapaamiset kahden sairaanhoitopiirin ja suomalaisen lääkintälaitteiden jälleenmyyjän kanssa.",
                    "Tīkls noorganizēja tikšanās ar divām slimnīcu apvienībām un Somijas medicīnisko ierīču izplatītāju.",
                    "Nätverket ordnade möten med två sjukvårdsdistrikt och en finländsk återförsäljare av medicinteknik.",
                ),
                L(
                    "Both hospital districts required a class IIa certificate and a link to their patient records; the distributor would wait for the certificate.",
                    "Mõlemad haiglapiirkonnad nõudsid IIa klassi sertifikaati ja liidestust oma patsiendiandmetega; edasimüüja jäi sertifikaati ootama.",
                    "Kumpikin sairaanhoitopiiri vaati IIa-luokan sertifikaatin ja liitännän potilastietoihinsa; jälleenmyyjä jäi odottamaan sertifikaattia.",
                    "Abas slimnīcu apvienības pieprasīja IIa klases sertifikātu un savienojumu ar to pacientu datiem; izplatītājs nolēma gaidīt sertifikātu.",
                    "Båda sjukvårdsdistrikten krävde ett certifikat i klass IIa och en koppling till sina journaler; återförsäljaren ville vänta på certifikatet.",
                ),
            ),
        },
    },
    {
        "slug": "maths-platform-estonian-schools",
        "company_name": "Zinību Koks SIA",
        "origin": "lv",
        "targets": ("ee",),
        "sector": "e-learning",
        "started_on": d(2011, 1),
        "ended_on": d(2012, 6),
        "status": "completed",
        "result": "partial",
        "figures": {"test_users": 160, "partners_found": 1, "contracts_signed": 9},
        "title": L(
            "A Latvian maths platform in Estonian schools, in two languages",
            "Läti matemaatikaplatvorm Eesti koolides kahes keeles",
            "Latvialainen matematiikka-alusta virolaisissa kouluissa kahdella kielellä",
            "Latvijas matemātikas platforma Igaunijas skolās divās valodās",
            "En lettisk matteplattform i estniska skolor, på två språk",
        ),
        "company_description": L(
            "A Riga company of eleven people: teachers and developers who built an exercise platform for Latvian schools in 2008.",
            "Üheteistkümne töötajaga Riia ettevõte: õpetajad ja arendajad, kes ehitasid 2008. aastal Läti koolidele harjutusplatvormi.",
            "Yhdentoista hengen riikalainen yritys: opettajia ja kehittäjiä, jotka rakensivat vuonna 2008 harjoitusalustan latvialaisille kouluille.",
            "Vienpadsmit cilvēku uzņēmums no Rīgas: skolotāji un izstrādātāji, kas 2008. gadā izveidoja uzdevumu platformu Latvijas skolām.",
            "Ett företag i Riga med elva anställda: lärare och utvecklare som 2008 byggde en övningsplattform för lettiska skolor.",
        ),
        "summary": L(
            "An online maths exercise platform for grades 5–9 was adapted to the Estonian curriculum in Estonian and Russian. Russian-language schools took it up quickly; Estonian-language schools mostly did not.",
            "5.–9. klassi veebipõhine matemaatikaharjutuste platvorm kohandati Eesti õppekavaga eesti ja vene keeles. Vene õppekeelega koolid võtsid selle kiiresti kasutusele, eesti õppekeelega koolid enamasti mitte.",
            "Luokille 5–9 tarkoitettu matematiikan harjoitusalusta sovitettiin Viron opetussuunnitelmaan viroksi ja venäjäksi. Venäjänkieliset koulut ottivat sen nopeasti käyttöön, vironkieliset koulut enimmäkseen eivät.",
            "Tiešsaistes matemātikas uzdevumu platformu 5.–9. klasei pielāgoja Igaunijas mācību programmai igauņu un krievu valodā. Krievu mācībvalodas skolas to ātri sāka lietot, igauņu mācībvalodas skolas pārsvarā ne.",
            "En webbplattform med matteövningar för årskurs 5–9 anpassades till den estniska läroplanen på estniska och ryska. Ryskspråkiga skolor tog snabbt till sig den; estniskspråkiga skolor gjorde det oftast inte.",
        ),
        "service": L(
            "About 4,000 maths exercises with automatic feedback, and a teacher view that shows which topics a class struggles with.",
            "Umbes 4000 automaatse tagasisidega matemaatikaülesannet ja õpetajavaade, mis näitab, millised teemad klassile raskusi valmistavad.",
            "Noin 4 000 matematiikan tehtävää automaattisella palautteella sekä opettajan näkymä, josta näkee, mitkä aiheet tuottavat luokalle vaikeuksia.",
            "Aptuveni 4000 matemātikas uzdevumu ar automātisku atgriezenisko saiti un skolotāja skats, kas rāda, kuras tēmas klasei sagādā grūtības.",
            "Omkring 4 000 matteuppgifter med automatisk återkoppling och en lärarvy som visar vilka områden en klass har svårt med.",
        ),
        "outcome": L(
            "Nine schools in Tallinn and Ida-Viru County bought a yearly licence, eight of them Russian-language schools. Estonian-language schools already used a free national exercise collection and saw little reason to pay.",
            "Üheksa kooli Tallinnas ja Ida-Virumaal ostsid aastalitsentsi, neist kaheksa vene õppekeelega. Eesti õppekeelega koolid kasutasid juba tasuta riiklikku ülesandekogu ega näinud põhjust maksta.",
            "Yhdeksän koulua Tallinnassa ja Itä-Virumaalla osti vuosilisenssin, niistä kahdeksan venäjänkielisiä. Vironkieliset koulut käyttivät jo maksutonta kansallista tehtäväkokoelmaa eivätkä nähneet syytä maksaa.",
            "Deviņas skolas Tallinā un Austrumvirumā iegādājās gada licenci, no tām astoņas bija krievu mācībvalodas skolas. Igauņu mācībvalodas skolas jau lietoja bezmaksas valsts uzdevumu krājumu un neredzēja iemeslu maksāt.",
            "Nio skolor i Tallinn och Ida-Virumaa köpte en årslicens, åtta av dem ryskspråkiga. De estniskspråkiga skolorna använde redan en kostnadsfri nationell uppgiftssamling och såg ingen anledning att betala.",
        ),
        "lessons": L(
            "- Check what the state already gives schools for free before you set a price.\n"
            "- A language minority can be a market of its own: the Russian version was the real advantage.\n"
            "- Estonian schools decide for themselves; reach the head teachers, not the ministry.",
            "- Enne hinna määramist uurige, mida riik koolidele juba tasuta pakub.\n"
            "- Keelevähemus võib olla omaette turg: tegelik eelis oli venekeelne versioon.\n"
            "- Eesti koolid otsustavad ise; pöörduge koolijuhtide, mitte ministeeriumi poole.",
            "- Selvitä ennen hinnoittelua, mitä valtio jo antaa kouluille maksutta.\n"
            "- Kielivähemmistö voi olla oma markkinansa: venäjänkielinen versio oli todellinen etu.\n"
            "- Virolaiset koulut päättävät itse; tavoita rehtorit, ei ministeriötä.",
            "- Pirms cenas noteikšanas noskaidrojiet, ko valsts skolām jau dod bez maksas.\n"
            "- Valodas minoritāte var būt atsevišķs tirgus: īstā priekšrocība bija krievu valodas versija.\n"
            "- Igaunijas skolas lemj pašas; uzrunājiet direktorus, nevis ministriju.",
            "- Ta reda på vad staten redan ger skolorna gratis innan ni sätter ett pris.\n"
            "- En språklig minoritet kan vara en egen marknad: den ryska versionen var den verkliga fördelen.\n"
            "- Estniska skolor bestämmer själva; vänd er till rektorerna, inte till ministeriet.",
        ),
        "steps": {
            2: S(
                3,
                4,
                L(
                    "The company compared Estonia and Finland with the market profiles and chose Estonia for its similar school system and its Russian-language schools.",
                    "Ettevõte võrdles turuprofiilide abil Eestit ja Soomet ning valis Eesti sarnase koolisüsteemi ja vene õppekeelega koolide tõttu.",
                    "Yritys vertasi markkinaprofiilien avulla Viroa ja Suomea ja valitsi Viron samankaltaisen koulujärjestelmän ja venäjänkielisten koulujen vuoksi.",
                    "Uzņēmums ar tirgus profilu palīdzību salīdzināja Igauniju un Somiju un izvēlējās Igauniju līdzīgās skolu sistēmas un krievu mācībvalodas skolu dēļ.",
                    "Företaget jämförde Estland och Finland med hjälp av marknadsprofilerna och valde Estland för det liknande skolsystemet och de ryskspråkiga skolorna.",
                ),
                L(
                    "The choice held: the Russian-language schools became the first customers.",
                    "Valik pidas: esimesteks klientideks said just vene õppekeelega koolid.",
                    "Valinta osoittautui oikeaksi: venäjänkielisistä kouluista tuli ensimmäiset asiakkaat.",
                    "Izvēle attaisnojās: pirmie klienti kļuva tieši krievu mācībvalodas skolas.",
                    "Valet höll: de ryskspråkiga skolorna blev de första kunderna.",
                ),
            ),
            3: S(
                4,
                3,
                L(
                    "The team mapped the Estonian curriculum but did not look closely at the free national exercise collection.",
                    "Meeskond kaardistas Eesti õppekava, kuid ei uurinud lähemalt tasuta riiklikku ülesandekogu.",
                    "Tiimi kävi läpi Viron opetussuunnitelman, mutta ei perehtynyt maksuttomaan kansalliseen tehtäväkokoelmaan.",
                    "Komanda apzināja Igaunijas mācību programmu, bet rūpīgāk neizpētīja bezmaksas valsts uzdevumu krājumu.",
                    "Teamet kartlade den estniska läroplanen men tittade inte närmare på den kostnadsfria nationella uppgiftssamlingen.",
                ),
                L(
                    "The price was set too high for Estonian-language schools; the free alternative became the main obstacle.",
                    "Hind pandi eesti õppekeelega koolide jaoks liiga kõrge; tasuta alternatiiv sai peamiseks takistuseks.",
                    "Hinta asetettiin vironkielisille kouluille liian korkeaksi; maksuton vaihtoehto osoittautui suurimmaksi esteeksi.",
                    "Cena igauņu mācībvalodas skolām tika noteikta pārāk augsta; bezmaksas alternatīva kļuva par galveno šķērsli.",
                    "Priset sattes för högt för de estniskspråkiga skolorna; det kostnadsfria alternativet blev det största hindret.",
                ),
            ),
            4: S(
                12,
                4,
                L(
                    "Estonian teachers translated and adapted 4,000 exercises; the Russian version was reworked to follow the Estonian curriculum.",
                    "Eesti õpetajad tõlkisid ja kohandasid 4000 ülesannet; venekeelne versioon viidi vastavusse Eesti õppekavaga.",
                    "Virolaiset opettajat käänsivät ja mukauttivat 4 000 tehtävää; venäjänkielinen versio muokattiin Viron opetussuunnitelman mukaiseksi.",
                    "Igaunijas skolotāji pārtulkoja un pielāgoja 4000 uzdevumu; krievu valodas versiju pārstrādāja atbilstoši Igaunijas mācību programmai.",
                    "Estniska lärare översatte och anpassade 4 000 uppgifter; den ryska versionen arbetades om efter den estniska läroplanen.",
                ),
                L(
                    "Localisation took twice as long as planned, but teachers praised the quality of the Estonian tasks.",
                    "Lokaliseerimine võttis kaks korda rohkem aega kui plaanitud, kuid õpetajad kiitsid eestikeelsete ülesannete kvaliteeti.",
                    "Lokalisointi kesti kaksi kertaa suunniteltua kauemmin, mutta opettajat kiittelivät vironkielisten tehtävien laatua.",
                    "Lokalizācija prasīja divreiz vairāk laika, nekā plānots, taču skolotāji slavēja igauņu uzdevumu kvalitāti.",
                    "Lokaliseringen tog dubbelt så lång tid som planerat, men lärarna berömde kvaliteten på de estniska uppgifterna.",
                ),
            ),
            5: S(
                9,
                5,
                L(
                    "160 pupils and 7 teachers in four Tallinn schools used the platform for a school term with an Estonian Living Lab.",
                    "160 õpilast ja 7 õpetajat neljast Tallinna koolist kasutasid platvormi terve veerandi koos Eesti elava laboriga.",
                    "160 oppilasta ja 7 opettajaa neljästä tallinnalaisesta koulusta käytti alustaa kokonaisen jakson ajan virolaisen Living Labin kanssa.",
                    "160 skolēni un 7 skolotāji no četrām Tallinas skolām vienu mācību periodu lietoja platformu kopā ar Igaunijas dzīvo laboratoriju.",
                    "160 elever och 7 lärare i fyra skolor i Tallinn använde plattformen under en termin tillsammans med ett estniskt Living Lab.",
                ),
                L(
                    "Teachers used the class view every week; pupils asked for shorter tasks that work on a phone.",
                    "Õpetajad kasutasid klassivaadet iga nädal; õpilased soovisid lühemaid ülesandeid, mis töötaksid ka telefonis.",
                    "Opettajat käyttivät luokkanäkymää viikoittain; oppilaat toivoivat lyhyempiä tehtäviä, jotka toimivat puhelimessa.",
                    "Skolotāji katru nedēļu izmantoja klases skatu; skolēni vēlējās īsākus uzdevumus, kas darbojas telefonā.",
                    "Lärarna använde klassvyn varje vecka; eleverna ville ha kortare uppgifter som fungerar i mobilen.",
                ),
            ),
            7: S(
                20,
                3,
                L(
                    "The company sold yearly licences directly to head teachers and hired a part-time sales person in Narva.",
                    "Ettevõte müüs aastalitsentse otse koolijuhtidele ja palkas Narva osalise tööajaga müügiinimese.",
                    "Yritys myi vuosilisenssejä suoraan rehtoreille ja palkkasi Narvaan osa-aikaisen myyjän.",
                    "Uzņēmums pārdeva gada licences tieši skolu direktoriem un pieņēma darbā nepilna laika pārdevēju Narvā.",
                    "Företaget sålde årslicenser direkt till rektorerna och anställde en säljare på deltid i Narva.",
                ),
                L(
                    "Nine schools signed, eight of them Russian-language schools; sales to Estonian-language schools stalled.",
                    "Lepingu sõlmis üheksa kooli, neist kaheksa vene õppekeelega; müük eesti õppekeelega koolidele takerdus.",
                    "Sopimuksen teki yhdeksän koulua, niistä kahdeksan venäjänkielisiä; myynti vironkielisiin kouluihin pysähtyi.",
                    "Līgumus parakstīja deviņas skolas, no tām astoņas krievu mācībvalodas; pārdošana igauņu mācībvalodas skolām apstājās.",
                    "Nio skolor skrev på, åtta av dem ryskspråkiga; försäljningen till estniskspråkiga skolor stannade av.",
                ),
            ),
        },
    },
    {
        "slug": "online-booking-riga-clinics",
        "company_name": "Vårdkompassen AB",
        "origin": "se",
        "targets": ("lv",),
        "sector": "e-health",
        "started_on": d(2010, 5),
        "ended_on": d(2011, 12),
        "status": "completed",
        "result": "success",
        "figures": {"test_users": 35, "partners_found": 1, "contracts_signed": 14},
        "title": L(
            "Swedish online booking for private clinics in Riga",
            "Rootsi veebipõhine aja broneerimine Riia erakliinikutes",
            "Ruotsalainen verkkoajanvaraus riikalaisille yksityisklinikoille",
            "Zviedru tiešsaistes pierakstu sistēma Rīgas privātklīnikās",
            "Svensk webbokning för privatkliniker i Riga",
        ),
        "company_description": L(
            "An Uppsala company of fourteen people that runs online booking for dentists and physiotherapists in Sweden.",
            "Neljateistkümne töötajaga Uppsala ettevõte, mis haldab Rootsis hambaarstide ja füsioterapeutide veebibroneeringuid.",
            "Neljäntoista hengen uppsalalainen yritys, joka ylläpitää hammaslääkäreiden ja fysioterapeuttien verkkoajanvarausta Ruotsissa.",
            "Četrpadsmit cilvēku uzņēmums no Upsālas, kas Zviedrijā uztur tiešsaistes pierakstu sistēmu zobārstiem un fizioterapeitiem.",
            "Ett företag i Uppsala med fjorton anställda som driver webbokning för tandläkare och fysioterapeuter i Sverige.",
        ),
        "summary": L(
            "An online booking service for private clinics was adapted to Latvian habits – text-message reminders and payment at the clinic – and 14 clinics in Riga signed up within a year.",
            "Erakliinikute veebipõhine broneerimisteenus kohandati Läti harjumustega – SMS-meeldetuletused ja tasumine kliinikus – ning aasta jooksul liitus 14 Riia kliinikut.",
            "Yksityisklinikoiden verkkoajanvaraus mukautettiin latvialaisiin tapoihin – tekstiviestimuistutukset ja maksu klinikalla – ja vuodessa mukaan tuli 14 riikalaista klinikkaa.",
            "Privātklīniku tiešsaistes pierakstu pakalpojumu pielāgoja Latvijas paradumiem – atgādinājumi īsziņās un samaksa klīnikā –, un gada laikā tam pievienojās 14 Rīgas klīnikas.",
            "En webbokningstjänst för privatkliniker anpassades till lettiska vanor – sms-påminnelser och betalning på kliniken – och 14 kliniker i Riga anslöt sig inom ett år.",
        ),
        "service": L(
            "Patients book, move and cancel appointments on the web; the clinic sees its calendar and sends reminders automatically.",
            "Patsiendid broneerivad, muudavad ja tühistavad vastuvõtuaegu veebis; kliinik näeb oma kalendrit ja saadab meeldetuletused automaatselt.",
            "Potilaat varaavat, siirtävät ja peruvat aikoja verkossa; klinikka näkee kalenterinsa ja lähettää muistutukset automaattisesti.",
            "Pacienti tīmeklī piesakās, pārceļ un atceļ vizītes; klīnika redz savu kalendāru un automātiski nosūta atgādinājumus.",
            "Patienterna bokar, flyttar och avbokar tider på webben; kliniken ser sin kalender och skickar påminnelser automatiskt.",
        ),
        "outcome": L(
            "Fourteen private clinics in Riga – dentists, physiotherapists and two gynaecology practices – used the service by the end of 2011. Missed appointments fell by about a third in the clinics that measured them.",
            "2011. aasta lõpuks kasutas teenust neliteist Riia erakliinikut – hambaarstid, füsioterapeudid ja kaks günekoloogiapraksist. Kliinikutes, kes seda mõõtsid, vähenes vastuvõtult puudumiste arv umbes kolmandiku võrra.",
            "Vuoden 2011 lopussa palvelua käytti neljätoista riikalaista yksityisklinikkaa – hammaslääkäreitä, fysioterapeutteja ja kaksi gynekologista vastaanottoa. Käyttämättä jääneet ajat vähenivät noin kolmanneksella niillä klinikoilla, jotka niitä mittasivat.",
            "Līdz 2011. gada beigām pakalpojumu lietoja četrpadsmit Rīgas privātklīnikas – zobārsti, fizioterapeiti un divas ginekoloģijas prakses. Klīnikās, kas to mērīja, neapmeklēto vizīšu skaits samazinājās aptuveni par trešdaļu.",
            "I slutet av 2011 använde fjorton privatkliniker i Riga tjänsten – tandläkare, fysioterapeuter och två gynekologmottagningar. Uteblivna besök minskade med ungefär en tredjedel på de kliniker som mätte dem.",
        ),
        "lessons": L(
            "- Start with the private sector: a clinic owner decides in a week, a public hospital in a year.\n"
            "- Text-message reminders mattered more to Latvian patients than e-mail or an app.\n"
            "- A local partner for support and invoicing made the service feel Latvian.",
            "- Alustage erasektorist: kliiniku omanik otsustab nädalaga, avalik haigla aastaga.\n"
            "- Läti patsientidele olid SMS-meeldetuletused tähtsamad kui e-kiri või äpp.\n"
            "- Kohalik partner kasutajatoe ja arvelduse jaoks muutis teenuse lätipäraseks.",
            "- Aloita yksityiseltä sektorilta: klinikan omistaja päättää viikossa, julkinen sairaala vuodessa.\n"
            "- Latvialaisille potilaille tekstiviestimuistutukset olivat tärkeämpiä kuin sähköposti tai sovellus.\n"
            "- Paikallinen kumppani tuen ja laskutuksen hoitajana teki palvelusta latvialaisen.",
            "- Sāciet ar privāto sektoru: klīnikas īpašnieks izlemj nedēļas laikā, valsts slimnīca – gada laikā.\n"
            "- Latvijas pacientiem atgādinājumi īsziņās bija svarīgāki par e-pastu vai lietotni.\n"
            "- Vietējais partneris atbalstam un rēķiniem padarīja pakalpojumu latvisku.",
            "- Börja med den privata sektorn: en klinikägare bestämmer sig på en vecka, ett offentligt sjukhus på ett år.\n"
            "- Sms-påminnelser betydde mer för lettiska patienter än mejl eller en app.\n"
            "- En lokal partner för support och fakturering gjorde att tjänsten kändes lettisk.",
        ),
        "steps": {
            1: S(
                2,
                3,
                L(
                    "The company already sold in Sweden and Norway and used the assessment mainly to set a budget for Latvia.",
                    "Ettevõte müüs juba Rootsis ja Norras ning kasutas hindamist peamiselt Läti eelarve paikapanemiseks.",
                    "Yritys myi jo Ruotsissa ja Norjassa ja käytti arviointia lähinnä Latvian budjetin laatimiseen.",
                    "Uzņēmums jau pārdeva Zviedrijā un Norvēģijā un novērtējumu izmantoja galvenokārt, lai noteiktu budžetu Latvijai.",
                    "Företaget sålde redan i Sverige och Norge och använde bedömningen främst för att sätta en budget för Lettland.",
                ),
                L(
                    "The counselor pointed out that nobody in the team knew Latvian or Russian; a local partner became a must.",
                    "Nõustaja juhtis tähelepanu, et meeskonnas ei oska keegi läti ega vene keelt; kohalik partner muutus hädavajalikuks.",
                    "Neuvoja huomautti, ettei tiimissä osannut kukaan latviaa tai venäjää; paikallisesta kumppanista tuli välttämätön.",
                    "Konsultants norādīja, ka komandā neviens neprot latviešu vai krievu valodu; vietējais partneris kļuva neaizstājams.",
                    "Rådgivaren påpekade att ingen i teamet kunde lettiska eller ryska; en lokal partner blev ett måste.",
                ),
            ),
            2: S(
                2,
                4,
                L(
                    "The team compared the Baltic markets and chose Latvia because Riga has many small private clinics and few booking systems.",
                    "Meeskond võrdles Balti turge ja valis Läti, sest Riias on palju väikesi erakliinikuid ja vähe broneerimissüsteeme.",
                    "Tiimi vertaili Baltian markkinoita ja valitsi Latvian, koska Riiassa on paljon pieniä yksityisklinikoita ja vähän ajanvarausjärjestelmiä.",
                    "Komanda salīdzināja Baltijas tirgus un izvēlējās Latviju, jo Rīgā ir daudz mazu privātklīniku un maz pierakstu sistēmu.",
                    "Teamet jämförde de baltiska marknaderna och valde Lettland eftersom Riga har många små privatkliniker och få bokningssystem.",
                ),
                L(
                    "The choice gave a clear first customer group: private clinics in Riga.",
                    "Valik andis selge esimese kliendirühma: Riia erakliinikud.",
                    "Valinta antoi selvän ensimmäisen asiakasryhmän: Riian yksityisklinikat.",
                    "Izvēle deva skaidru pirmo klientu grupu: Rīgas privātklīnikas.",
                    "Valet gav en tydlig första kundgrupp: privatklinikerna i Riga.",
                ),
            ),
            4: S(
                8,
                4,
                L(
                    "The interface was translated into Latvian and Russian, and reminders were moved from e-mail to text messages.",
                    "Kasutajaliides tõlgiti läti ja vene keelde ning meeldetuletused viidi e-kirjadelt üle SMS-idele.",
                    "Käyttöliittymä käännettiin latviaksi ja venäjäksi, ja muistutukset siirrettiin sähköpostista tekstiviesteihin.",
                    "Saskarni pārtulkoja latviešu un krievu valodā, un atgādinājumus no e-pasta pārcēla uz īsziņām.",
                    "Gränssnittet översattes till lettiska och ryska, och påminnelserna flyttades från mejl till sms.",
                ),
                L(
                    "Patients could book in their own language; the text messages needed a contract with a Latvian operator.",
                    "Patsiendid said broneerida oma emakeeles; SMS-ide jaoks oli vaja lepingut Läti operaatoriga.",
                    "Potilaat pystyivät varaamaan omalla kielellään; tekstiviestejä varten tarvittiin sopimus latvialaisen operaattorin kanssa.",
                    "Pacienti varēja pieteikties savā valodā; īsziņām bija vajadzīgs līgums ar Latvijas operatoru.",
                    "Patienterna kunde boka på sitt eget språk; sms:en krävde ett avtal med en lettisk operatör.",
                ),
            ),
            5: S(
                6,
                4,
                L(
                    "Three Riga clinics and 35 of their staff and patients tested the service with a Latvian Living Lab.",
                    "Kolm Riia kliinikut ning 35 nende töötajat ja patsienti testisid teenust koos Läti elava laboriga.",
                    "Kolme riikalaista klinikkaa ja 35 niiden työntekijää ja potilasta testasi palvelua latvialaisen Living Labin kanssa.",
                    "Trīs Rīgas klīnikas un 35 to darbinieki un pacienti testēja pakalpojumu kopā ar Latvijas dzīvo laboratoriju.",
                    "Tre kliniker i Riga och 35 av deras anställda och patienter testade tjänsten tillsammans med ett lettiskt Living Lab.",
                ),
                L(
                    "Receptionists wanted phone bookings in the same calendar; this became the most important change.",
                    "Registratuuritöötajad soovisid telefonibroneeringuid samasse kalendrisse; sellest sai kõige olulisem muudatus.",
                    "Vastaanottovirkailijat halusivat puhelinvaraukset samaan kalenteriin; siitä tuli tärkein muutos.",
                    "Reģistratori vēlējās telefoniskos pierakstus tajā pašā kalendārā; tā kļuva par svarīgāko izmaiņu.",
                    "Receptionisterna ville ha telefonbokningarna i samma kalender; det blev den viktigaste ändringen.",
                ),
            ),
            6: S(
                6,
                5,
                L(
                    "The network introduced the company to a Riga IT firm that sells software to clinics.",
                    "Võrgustik tutvustas ettevõtet Riia IT-firmale, mis müüb kliinikutele tarkvara.",
                    "Verkosto esitteli yrityksen riikalaiselle IT-yritykselle, joka myy ohjelmistoja klinikoille.",
                    "Tīkls iepazīstināja uzņēmumu ar Rīgas IT firmu, kas pārdod programmatūru klīnikām.",
                    "Nätverket introducerade företaget för ett IT-företag i Riga som säljer programvara till kliniker.",
                ),
                L(
                    "The firm became the reseller and support partner, with staff who speak Latvian and Russian.",
                    "Firmast sai edasimüüja ja tugipartner, kelle töötajad räägivad läti ja vene keelt.",
                    "Siitä tuli jälleenmyyjä ja tukikumppani, jonka henkilöstö puhuu latviaa ja venäjää.",
                    "Firma kļuva par izplatītāju un atbalsta partneri, un tās darbinieki runā latviski un krieviski.",
                    "IT-företaget blev återförsäljare och supportpartner, med personal som talar lettiska och ryska.",
                ),
            ),
            7: S(
                30,
                4,
                L(
                    "The partner sold the service to private clinics in Riga; the Swedish team visited every quarter.",
                    "Partner müüs teenust Riia erakliinikutele; Rootsi meeskond käis kohal igas kvartalis.",
                    "Kumppani myi palvelua riikalaisille yksityisklinikoille; ruotsalainen tiimi kävi paikan päällä joka neljännes.",
                    "Partneris pārdeva pakalpojumu Rīgas privātklīnikām; zviedru komanda ieradās katru ceturksni.",
                    "Partnern sålde tjänsten till privatkliniker i Riga; det svenska teamet kom på besök varje kvartal.",
                ),
                L(
                    "Fourteen clinics signed within a year; public hospitals were left for later.",
                    "Aasta jooksul sõlmis lepingu neliteist kliinikut; avalikud haiglad jäeti hilisemaks.",
                    "Vuodessa sopimuksen teki neljätoista klinikkaa; julkiset sairaalat jätettiin myöhemmäksi.",
                    "Gada laikā līgumus parakstīja četrpadsmit klīnikas; valsts slimnīcas atstāja vēlākam laikam.",
                    "Fjorton kliniker skrev på inom ett år; de offentliga sjukhusen fick vänta.",
                ),
            ),
        },
    },
    {
        "slug": "learning-analytics-estonian-vocational-schools",
        "company_name": "Oppimispolku Oy",
        "origin": "fi",
        "targets": ("ee",),
        "sector": "e-learning",
        "started_on": d(2012, 2),
        "ended_on": None,
        "status": "ongoing",
        "result": "",
        "figures": {"test_users": 85, "partners_found": 1, "contracts_signed": None},
        "title": L(
            "Learning analytics for Estonian vocational schools",
            "Õppeanalüütika Eesti kutsekoolidele",
            "Oppimisanalytiikkaa virolaisille ammattikouluille",
            "Mācību analītika Igaunijas profesionālajām skolām",
            "Lärandeanalys för estniska yrkesskolor",
        ),
        "company_description": L(
            "A Tampere company of six people that grew out of a vocational teacher-training project in 2009.",
            "Kuueliikmeline Tampere ettevõte, mis kasvas 2009. aastal välja kutseõpetajate koolitusprojektist.",
            "Kuuden hengen tamperelainen yritys, joka syntyi vuonna 2009 ammatillisen opettajankoulutuksen hankkeesta.",
            "Sešu cilvēku uzņēmums no Tamperes, kas 2009. gadā izauga no profesionālo skolotāju izglītības projekta.",
            "Ett företag i Tammerfors med sex anställda, som växte fram ur ett projekt för yrkeslärarutbildning 2009.",
        ),
        "summary": L(
            "A tool that shows vocational teachers which students are falling behind is being tested in two Estonian vocational schools. The first results are promising; nobody has bought it yet.",
            "Tööriista, mis näitab kutseõpetajatele, millised õpilased hakkavad maha jääma, testitakse kahes Eesti kutsekoolis. Esimesed tulemused on paljulubavad, kuid ostjaid veel pole.",
            "Työkalua, joka näyttää ammatillisille opettajille, ketkä opiskelijat ovat jäämässä jälkeen, testataan kahdessa virolaisessa ammattikoulussa. Ensimmäiset tulokset ovat lupaavia, mutta kukaan ei ole vielä ostanut sitä.",
            "Rīku, kas profesionālo skolu skolotājiem rāda, kuri audzēkņi sāk atpalikt, testē divās Igaunijas profesionālajās skolās. Pirmie rezultāti ir daudzsološi, taču pircēju vēl nav.",
            "Ett verktyg som visar yrkeslärare vilka elever som håller på att halka efter testas i två estniska yrkesskolor. De första resultaten är lovande, men ingen har köpt det ännu.",
        ),
        "service": L(
            "The tool reads attendance and assignment data from the school's study information system and shows each teacher a weekly list of students who need attention.",
            "Tööriist loeb kooli õppeinfosüsteemist kohalolu- ja ülesandeandmeid ning näitab igale õpetajale iganädalast nimekirja õpilastest, kes vajavad tähelepanu.",
            "Työkalu lukee läsnäolo- ja tehtävätiedot koulun opintohallintojärjestelmästä ja näyttää jokaiselle opettajalle viikoittain listan huomiota tarvitsevista opiskelijoista.",
            "Rīks nolasa apmeklējuma un uzdevumu datus no skolas mācību informācijas sistēmas un katram skolotājam reizi nedēļā parāda sarakstu ar audzēkņiem, kuriem jāpievērš uzmanība.",
            "Verktyget läser närvaro- och uppgiftsdata ur skolans studieadministrativa system och visar varje lärare en lista varje vecka över elever som behöver uppmärksamhet.",
        ),
        "outcome": L(
            "Ongoing. Halfway through the test term, teachers in both schools say they contact students at risk earlier than before. The schools will decide on buying when they plan their next budget.",
            "Käimas. Testipoolaasta keskel ütlevad mõlema kooli õpetajad, et võtavad riskirühma õpilastega ühendust varem kui enne. Ostu üle otsustavad koolid järgmise eelarve koostamisel.",
            "Käynnissä. Testilukukauden puolivälissä molempien koulujen opettajat kertovat ottavansa yhteyttä putoamisvaarassa oleviin opiskelijoihin aiempaa aikaisemmin. Koulut päättävät hankinnasta seuraavaa budjettia laatiessaan.",
            "Notiek. Testa semestra vidū abu skolu skolotāji stāsta, ka ar riska grupas audzēkņiem sazinās agrāk nekā iepriekš. Par iegādi skolas lems, plānojot nākamo budžetu.",
            "Pågår. Halvvägs genom testterminen säger lärarna i båda skolorna att de kontaktar elever i riskzonen tidigare än förut. Skolorna beslutar om köp när de planerar nästa budget.",
        ),
        "lessons": L(
            "- Connecting to the school systems took longer than building the tool.\n"
            "- Teachers trusted the list more once they could see why a student was on it.",
            "- Liidestus koolide süsteemidega võttis rohkem aega kui tööriista enda ehitamine.\n"
            "- Õpetajad usaldasid nimekirja rohkem, kui nad nägid, miks õpilane sinna sattus.",
            "- Liittäminen koulujen järjestelmiin vei enemmän aikaa kuin itse työkalun rakentaminen.\n"
            "- Opettajat luottivat listaan enemmän, kun he näkivät, miksi opiskelija oli siinä.",
            "- Savienojuma izveide ar skolu sistēmām prasīja vairāk laika nekā paša rīka izveide.\n"
            "- Skolotāji vairāk uzticējās sarakstam, kad redzēja, kāpēc audzēknis tajā nonācis.",
            "- Att koppla verktyget till skolornas system tog längre tid än att bygga själva verktyget.\n"
            "- Lärarna litade mer på listan när de kunde se varför en elev fanns med på den.",
        ),
        "steps": {
            2: S(
                2,
                4,
                L(
                    "The company chose Estonia because most of its schools keep attendance and marks in the same electronic school diary.",
                    "Ettevõte valis Eesti, sest enamik sealseid koole peab kohalolu ja hindeid samas e-päevikus.",
                    "Yritys valitsi Viron, koska useimmat sen kouluista kirjaavat poissaolot ja arvosanat samaan sähköiseen koulupäiväkirjaan.",
                    "Uzņēmums izvēlējās Igauniju, jo lielākā daļa tās skolu apmeklējumu un atzīmes reģistrē vienā un tajā pašā e-dienasgrāmatā.",
                    "Företaget valde Estland eftersom de flesta skolorna där för närvaro och betyg i samma elektroniska skoldagbok.",
                ),
                L(
                    "One common data source promised one integration instead of one per school.",
                    "Üks ühine andmeallikas tõotas ühte liidestust, mitte igale koolile eraldi.",
                    "Yksi yhteinen tietolähde lupasi yhden integraation koulukohtaisten sijaan.",
                    "Viens kopīgs datu avots solīja vienu integrāciju, nevis atsevišķu katrai skolai.",
                    "En gemensam datakälla lovade en enda integration i stället för en per skola.",
                ),
            ),
            3: S(
                4,
                4,
                L(
                    "A counselor in Tallinn explained how vocational schools are funded and who decides on software.",
                    "Tallinna nõustaja selgitas, kuidas kutsekoole rahastatakse ja kes tarkvara üle otsustab.",
                    "Tallinnalainen neuvoja selitti, miten ammattikouluja rahoitetaan ja kuka päättää ohjelmistoista.",
                    "Konsultants Tallinā paskaidroja, kā tiek finansētas profesionālās skolas un kurš lemj par programmatūru.",
                    "En rådgivare i Tallinn förklarade hur yrkesskolor finansieras och vem som beslutar om programvara.",
                ),
                L(
                    "The head of studies, not the IT manager, turned out to decide; data protection needed a written agreement with each school.",
                    "Selgus, et otsustab õppejuht, mitte IT-juht; andmekaitse jaoks oli vaja iga kooliga kirjalikku lepingut.",
                    "Päättäjäksi osoittautui opintojohtaja eikä IT-päällikkö; tietosuoja edellytti kirjallista sopimusta jokaisen koulun kanssa.",
                    "Izrādījās, ka lēmumu pieņem mācību daļas vadītājs, nevis IT vadītājs; datu aizsardzībai bija vajadzīgs rakstisks līgums ar katru skolu.",
                    "Det visade sig att studierektorn, inte IT-chefen, fattar beslutet; dataskyddet krävde ett skriftligt avtal med varje skola.",
                ),
            ),
            4: S(
                10,
                3,
                L(
                    "The interface was translated into Estonian and Russian and connected to the electronic school diary.",
                    "Kasutajaliides tõlgiti eesti ja vene keelde ning liidestati e-päevikuga.",
                    "Käyttöliittymä käännettiin viroksi ja venäjäksi ja liitettiin sähköiseen koulupäiväkirjaan.",
                    "Saskarni pārtulkoja igauņu un krievu valodā un savienoja ar e-dienasgrāmatu.",
                    "Gränssnittet översattes till estniska och ryska och kopplades till den elektroniska skoldagboken.",
                ),
                L(
                    "The connection took ten weeks instead of three, because access had to be agreed school by school.",
                    "Liidestus võttis kolme nädala asemel kümme, sest ligipääs tuli kokku leppida kool haaval.",
                    "Liittäminen kesti kolmen viikon sijaan kymmenen, koska pääsystä piti sopia koulu kerrallaan.",
                    "Savienojuma izveide aizņēma desmit nedēļas trīs vietā, jo piekļuve bija jāsaskaņo ar katru skolu atsevišķi.",
                    "Kopplingen tog tio veckor i stället för tre, eftersom åtkomsten måste avtalas skola för skola.",
                ),
            ),
            5: S(
                12,
                None,
                L(
                    "85 teachers in two vocational schools are using the tool for a full term with an Estonian Living Lab.",
                    "85 õpetajat kahes kutsekoolis kasutavad tööriista terve poolaasta koos Eesti elava laboriga.",
                    "85 opettajaa kahdessa ammattikoulussa käyttää työkalua koko lukukauden ajan virolaisen Living Labin kanssa.",
                    "85 skolotāji divās profesionālajās skolās visu semestri lieto rīku kopā ar Igaunijas dzīvo laboratoriju.",
                    "85 lärare i två yrkesskolor använder verktyget under en hel termin tillsammans med ett estniskt Living Lab.",
                ),
                L(
                    "The first interviews show that teachers act on the weekly list; the final report is due at the end of the term.",
                    "Esimesed intervjuud näitavad, et õpetajad tegutsevad iganädalase nimekirja põhjal; lõpparuanne valmib poolaasta lõpuks.",
                    "Ensimmäiset haastattelut osoittavat, että opettajat toimivat viikkolistan perusteella; loppuraportti valmistuu lukukauden lopussa.",
                    "Pirmās intervijas rāda, ka skolotāji rīkojas, balstoties uz iknedēļas sarakstu; noslēguma ziņojums būs gatavs semestra beigās.",
                    "De första intervjuerna visar att lärarna agerar på veckolistan; slutrapporten blir klar i slutet av terminen.",
                ),
            ),
        },
    },
    {
        "slug": "swedish-practice-app-for-newcomers",
        "company_name": "Sõnarada OÜ",
        "origin": "ee",
        "targets": ("se",),
        "sector": "e-learning",
        "started_on": d(2011, 3),
        "ended_on": d(2012, 9),
        "status": "completed",
        "result": "success",
        "figures": {"test_users": 64, "partners_found": 2, "contracts_signed": 3},
        "title": L(
            "An Estonian language app for newcomers learning Swedish",
            "Eesti keeleõppeäpp rootsi keelt õppivatele sisserändajatele",
            "Virolainen kielisovellus ruotsia opiskeleville maahanmuuttajille",
            "Igaunijas valodu lietotne imigrantiem, kas mācās zviedru valodu",
            "En estnisk språkapp för nyanlända som lär sig svenska",
        ),
        "company_description": L(
            "A Tallinn company of seven people that has made vocabulary apps for learners of Estonian since 2009.",
            "Seitsme töötajaga Tallinna ettevõte, mis teeb alates 2009. aastast eesti keele õppijatele sõnavaraäppe.",
            "Seitsemän hengen tallinnalainen yritys, joka on vuodesta 2009 tehnyt sanastosovelluksia viron kielen opiskelijoille.",
            "Septiņu cilvēku uzņēmums no Tallinas, kas kopš 2009. gada veido vārdu krājuma lietotnes igauņu valodas apguvējiem.",
            "Ett företag i Tallinn med sju anställda som sedan 2009 gör ordförrådsappar för dem som lär sig estniska.",
        ),
        "summary": L(
            "A phone app for practising everyday Swedish was tested with adult learners in Swedish for Immigrants courses and is now used by three course providers.",
            "Igapäevase rootsi keele harjutamise telefoniäppi testiti täiskasvanud õppijatega sisserändajate rootsi keele kursustel (SFI) ja nüüd kasutavad seda kolm koolitajat.",
            "Arkiruotsin harjoittelusovellusta testattiin aikuisopiskelijoilla maahanmuuttajien ruotsin kursseilla (SFI), ja nyt sitä käyttää kolme koulutuksen järjestäjää.",
            "Ikdienas zviedru valodas vingrināšanās lietotni testēja ar pieaugušajiem imigrantu zviedru valodas kursos (SFI), un tagad to izmanto trīs kursu rīkotāji.",
            "En mobilapp för att öva vardagssvenska testades med vuxna elever i svenska för invandrare (sfi) och används nu av tre utbildningsanordnare.",
        ),
        "service": L(
            "Short daily exercises with real spoken Swedish – at the doctor's, in a shop, at the job centre – that the teacher can follow in a web view.",
            "Lühikesed igapäevased harjutused ehtsa rootsi kõnega – arsti juures, poes, töötukassas –, mille tegemist õpetaja saab veebivaates jälgida.",
            "Lyhyitä päivittäisiä harjoituksia aidolla puhutulla ruotsilla – lääkärissä, kaupassa, työvoimatoimistossa – joita opettaja voi seurata verkkonäkymästä.",
            "Īsi ikdienas vingrinājumi ar īstu zviedru runu – pie ārsta, veikalā, nodarbinātības dienestā –, kuru izpildi skolotājs var sekot tīmekļa skatā.",
            "Korta dagliga övningar med riktigt talad svenska – hos läkaren, i affären, på Arbetsförmedlingen – som läraren kan följa i en webbvy.",
        ),
        "outcome": L(
            "Three sfi providers in Stockholm and Gothenburg licensed the app for their learners in 2012. The company opened a small office in Stockholm with a teacher as product manager.",
            "Kolm SFI-koolitajat Stockholmis ja Göteborgis litsentseerisid 2012. aastal äpi oma õppijatele. Ettevõte avas Stockholmis väikese kontori, kus tootejuhina töötab õpetaja.",
            "Kolme SFI-koulutuksen järjestäjää Tukholmassa ja Göteborgissa lisensoi sovelluksen opiskelijoilleen vuonna 2012. Yritys avasi Tukholmaan pienen toimiston, jossa tuotepäällikkönä toimii opettaja.",
            "Trīs SFI kursu rīkotāji Stokholmā un Gēteborgā 2012. gadā licencēja lietotni saviem kursantiem. Uzņēmums atvēra nelielu biroju Stokholmā, kur par produkta vadītāju strādā skolotājs.",
            "Tre sfi-anordnare i Stockholm och Göteborg licensierade appen för sina elever 2012. Företaget öppnade ett litet kontor i Stockholm med en lärare som produktansvarig.",
        ),
        "lessons": L(
            "- Sfi is paid for by the municipalities but run by many providers: the providers were the right door.\n"
            "- Learners used the app most on the bus, so short exercises and offline use mattered.\n"
            "- Hiring a Swedish teacher made both the product and the sales credible.",
            "- SFI-õpet rahastavad omavalitsused, kuid seda korraldavad paljud koolitajad: õige uks olid koolitajad.\n"
            "- Õppijad kasutasid äppi kõige rohkem bussis, seega olid olulised lühikesed harjutused ja võrguühenduseta kasutus.\n"
            "- Rootsi õpetaja palkamine tegi nii toote kui ka müügi usaldusväärseks.",
            "- SFI-opetuksen maksavat kunnat, mutta sitä järjestävät monet palveluntuottajat: juuri palveluntuottajat olivat oikea ovi.\n"
            "- Opiskelijat käyttivät sovellusta eniten bussissa, joten lyhyet harjoitukset ja offline-käyttö olivat tärkeitä.\n"
            "- Ruotsalaisen opettajan palkkaaminen teki sekä tuotteesta että myynnistä uskottavaa.",
            "- SFI apmācību apmaksā pašvaldības, taču to īsteno daudzi kursu rīkotāji: īstās durvis bija tieši rīkotāji.\n"
            "- Kursanti lietotni visvairāk izmantoja autobusā, tāpēc svarīgi bija īsi vingrinājumi un lietošana bez interneta.\n"
            "- Zviedru skolotāja pieņemšana darbā padarīja ticamu gan produktu, gan pārdošanu.",
            "- Sfi betalas av kommunerna men drivs av många anordnare: anordnarna var rätt dörr.\n"
            "- Eleverna använde appen mest på bussen, så korta övningar och offlineläge var viktiga.\n"
            "- Att anställa en svensk lärare gjorde både produkten och försäljningen trovärdig.",
        ),
        "steps": {
            2: S(
                3,
                4,
                L(
                    "The company compared Finland and Sweden and chose Sweden, where far more adults take language courses for newcomers.",
                    "Ettevõte võrdles Soomet ja Rootsit ning valis Rootsi, kus sisserändajate keelekursustel osaleb tunduvalt rohkem täiskasvanuid.",
                    "Yritys vertasi Suomea ja Ruotsia ja valitsi Ruotsin, jossa maahanmuuttajien kielikursseille osallistuu huomattavasti enemmän aikuisia.",
                    "Uzņēmums salīdzināja Somiju un Zviedriju un izvēlējās Zviedriju, kur imigrantu valodas kursus apmeklē daudz vairāk pieaugušo.",
                    "Företaget jämförde Finland och Sverige och valde Sverige, där betydligt fler vuxna läser språkkurser för nyanlända.",
                ),
                L(
                    "The larger number of learners justified building new Swedish content from scratch.",
                    "Suurem õppijate hulk õigustas uue rootsikeelse sisu loomist nullist.",
                    "Suurempi opiskelijamäärä oikeutti uuden ruotsinkielisen sisällön rakentamisen alusta alkaen.",
                    "Lielākais kursantu skaits attaisnoja jauna zviedru valodas satura veidošanu no nulles.",
                    "Det större antalet elever motiverade att bygga nytt svenskt innehåll från grunden.",
                ),
            ),
            4: S(
                14,
                4,
                L(
                    "Two Swedish sfi teachers wrote 300 exercises with the company; voices were recorded with Swedes of different ages and dialects.",
                    "Kaks Rootsi SFI-õpetajat kirjutasid koos ettevõttega 300 harjutust; hääled salvestati eri vanuses ja eri murretega rootslastega.",
                    "Kaksi ruotsalaista SFI-opettajaa kirjoitti yrityksen kanssa 300 harjoitusta; äänet nauhoitettiin eri-ikäisillä ja eri murteita puhuvilla ruotsalaisilla.",
                    "Divi zviedru SFI skolotāji kopā ar uzņēmumu sarakstīja 300 vingrinājumu; balsis ierakstīja dažāda vecuma un dažādu dialektu zviedri.",
                    "Två svenska sfi-lärare skrev 300 övningar tillsammans med företaget; rösterna spelades in med svenskar i olika åldrar och med olika dialekter.",
                ),
                L(
                    "The content felt real to learners; instructions in Arabic, Somali and Dari were added later.",
                    "Sisu tundus õppijatele ehtne; juhendid araabia, somaali ja dari keeles lisati hiljem.",
                    "Sisältö tuntui opiskelijoista aidolta; ohjeet arabiaksi, somaliksi ja dariksi lisättiin myöhemmin.",
                    "Saturs kursantiem šķita īsts; instrukcijas arābu, somāliešu un dari valodā pievienoja vēlāk.",
                    "Innehållet kändes äkta för eleverna; instruktioner på arabiska, somaliska och dari lades till senare.",
                ),
            ),
            5: S(
                8,
                5,
                L(
                    "64 learners and 5 teachers in two sfi schools used the app for eight weeks with a Swedish Living Lab.",
                    "64 õppijat ja 5 õpetajat kahest SFI-koolist kasutasid äppi kaheksa nädalat koos Rootsi elava laboriga.",
                    "64 opiskelijaa ja 5 opettajaa kahdesta SFI-koulusta käytti sovellusta kahdeksan viikkoa ruotsalaisen Living Labin kanssa.",
                    "64 kursanti un 5 skolotāji no divām SFI skolām astoņas nedēļas lietoja lietotni kopā ar Zviedrijas dzīvo laboratoriju.",
                    "64 elever och 5 lärare i två sfi-skolor använde appen i åtta veckor tillsammans med ett svenskt Living Lab.",
                ),
                L(
                    "Learners practised on the bus and at home; teachers wanted to assign exercises to the whole class.",
                    "Õppijad harjutasid bussis ja kodus; õpetajad soovisid harjutusi kogu klassile määrata.",
                    "Opiskelijat harjoittelivat bussissa ja kotona; opettajat halusivat antaa harjoituksia koko luokalle.",
                    "Kursanti vingrinājās autobusā un mājās; skolotāji vēlējās uzdot vingrinājumus visai klasei.",
                    "Eleverna övade på bussen och hemma; lärarna ville kunna ge övningar till hela klassen.",
                ),
            ),
            6: S(
                6,
                4,
                L(
                    "The network arranged meetings with four sfi providers and a Swedish publisher of teaching materials.",
                    "Võrgustik korraldas kohtumised nelja SFI-koolitaja ja ühe Rootsi õppematerjalide kirjastusega.",
                    "Verkosto järjesti tapaamiset neljän SFI-koulutuksen järjestäjän ja ruotsalaisen oppimateriaalikustantajan kanssa.",
                    "Tīkls noorganizēja tikšanās ar četriem SFI kursu rīkotājiem un zviedru mācību materiālu izdevniecību.",
                    "Nätverket ordnade möten med fyra sfi-anordnare och ett svenskt läromedelsförlag.",
                ),
                L(
                    "Two providers agreed to a paid trial; the publisher declined but gave useful advice on pricing.",
                    "Kaks koolitajat nõustusid tasulise prooviperioodiga; kirjastus loobus, kuid andis kasulikku nõu hinnakujunduse kohta.",
                    "Kaksi järjestäjää suostui maksulliseen kokeiluun; kustantaja kieltäytyi, mutta antoi hyödyllisiä neuvoja hinnoittelusta.",
                    "Divi rīkotāji piekrita maksas izmēģinājumam; izdevniecība atteicās, bet deva noderīgus padomus par cenu noteikšanu.",
                    "Två anordnare gick med på en betald prövoperiod; förlaget tackade nej men gav goda råd om prissättning.",
                ),
            ),
            7: S(
                24,
                4,
                L(
                    "The company signed licences with three providers and hired a Swedish teacher as product manager in Stockholm.",
                    "Ettevõte sõlmis litsentsilepingud kolme koolitajaga ja palkas Stockholmi tootejuhiks Rootsi õpetaja.",
                    "Yritys teki lisenssisopimukset kolmen järjestäjän kanssa ja palkkasi Tukholmaan tuotepäälliköksi ruotsalaisen opettajan.",
                    "Uzņēmums noslēdza licences līgumus ar trim rīkotājiem un Stokholmā pieņēma darbā zviedru skolotāju par produkta vadītāju.",
                    "Företaget tecknade licensavtal med tre anordnare och anställde en svensk lärare som produktansvarig i Stockholm.",
                ),
                L(
                    "About 900 learners used the app by autumn 2012; renewals depend on the municipalities' next procurement round.",
                    "2012. aasta sügiseks kasutas äppi umbes 900 õppijat; lepingute pikendamine sõltub omavalitsuste järgmisest hankevoorust.",
                    "Syksyllä 2012 sovellusta käytti noin 900 opiskelijaa; jatko riippuu kuntien seuraavasta hankintakierroksesta.",
                    "Līdz 2012. gada rudenim lietotni izmantoja aptuveni 900 kursantu; līgumu pagarināšana ir atkarīga no pašvaldību nākamās iepirkumu kārtas.",
                    "Hösten 2012 använde omkring 900 elever appen; förlängningarna beror på kommunernas nästa upphandlingsomgång.",
                ),
            ),
        },
    },
    {
        "slug": "home-rehabilitation-videos-finland",
        "company_name": "KustībaPlus SIA",
        "origin": "lv",
        "targets": ("fi",),
        "sector": "e-health",
        "started_on": d(2010, 10),
        "ended_on": d(2011, 11),
        "status": "completed",
        "result": "stopped",
        "figures": {"test_users": 26, "partners_found": 0, "contracts_signed": 0},
        "title": L(
            "Latvian home rehabilitation videos that Finnish payers would not cover",
            "Läti koduse taastusravi videod, mida Soome rahastajad ei hüvitanud",
            "Latvialaiset kotikuntoutusvideot, joita suomalaiset maksajat eivät korvanneet",
            "Latvijas mājas rehabilitācijas video, kurus Somijas maksātāji nekompensēja",
            "Lettiska hemrehabiliteringsvideor som finländska betalare inte ville bekosta",
        ),
        "company_description": L(
            "A Riga physiotherapy clinic with a software team of four, which built its own exercise video service in 2009.",
            "Riia füsioteraapiakliinik neljaliikmelise tarkvarameeskonnaga, mis ehitas 2009. aastal oma harjutusvideote teenuse.",
            "Riikalainen fysioterapiaklinikka, jonka neljän hengen ohjelmistotiimi rakensi vuonna 2009 oman harjoitusvideopalvelun.",
            "Rīgas fizioterapijas klīnika ar četru cilvēku programmatūras komandu, kas 2009. gadā izveidoja savu vingrinājumu video pakalpojumu.",
            "En fysioterapiklinik i Riga med ett programvaruteam på fyra personer, som 2009 byggde en egen tjänst med träningsvideor.",
        ),
        "summary": L(
            "Patients in a Finnish test liked doing their rehabilitation exercises at home with videos and feedback, but no Finnish payer would fund the service. The company stopped the pilot after the matchmaking step.",
            "Soome testis osalenud patsientidele meeldis teha taastusravi harjutusi kodus videote ja tagasiside abil, kuid ükski Soome rahastaja ei olnud valmis teenuse eest maksma. Ettevõte peatas pilootprojekti pärast partnerite otsimise sammu.",
            "Suomalaisen testin potilaat tekivät mielellään kuntoutusharjoituksensa kotona videoiden ja palautteen avulla, mutta yksikään suomalainen maksaja ei halunnut rahoittaa palvelua. Yritys lopetti pilotin kumppanihaun jälkeen.",
            "Somijas testa pacientiem patika veikt rehabilitācijas vingrinājumus mājās ar video un atgriezenisko saiti, taču neviens Somijas maksātājs nebija gatavs pakalpojumu finansēt. Uzņēmums apturēja pilotprojektu pēc partneru meklēšanas soļa.",
            "Patienterna i ett finländskt test tyckte om att göra sina rehabiliteringsövningar hemma med videor och återkoppling, men ingen finländsk betalare ville finansiera tjänsten. Företaget avbröt piloten efter matchningssteget.",
        ),
        "service": L(
            "A web service with short exercise videos chosen by the physiotherapist, a daily exercise diary for the patient, and a weekly review by the therapist.",
            "Veebiteenus füsioterapeudi valitud lühikeste harjutusvideotega, patsiendi igapäevane harjutuspäevik ja terapeudi iganädalane ülevaatus.",
            "Verkkopalvelu, jossa on fysioterapeutin valitsemia lyhyitä harjoitusvideoita, potilaan päivittäinen harjoituspäiväkirja ja terapeutin viikoittainen katselmointi.",
            "Tīmekļa pakalpojums ar fizioterapeita izvēlētiem īsiem vingrinājumu video, pacienta ikdienas vingrinājumu dienasgrāmatu un terapeita iknedēļas pārskatu.",
            "En webbtjänst med korta träningsvideor som fysioterapeuten väljer, en daglig träningsdagbok för patienten och en genomgång med terapeuten varje vecka.",
        ),
        "outcome": L(
            "The 26 patients in the test did more of their exercises than usual, and the therapists wanted to continue. But in Finland home rehabilitation is paid for by the municipalities, Kela and insurers, and none of them had a way to pay for a foreign online service. The company stopped in November 2011 and now offers the service to Latvian private clinics only.",
            "Testis osalenud 26 patsienti tegid harjutusi tavalisest rohkem ja terapeudid tahtsid jätkata. Soomes maksavad koduse taastusravi eest aga omavalitsused, Kela ja kindlustusseltsid, ning ühelgi neist polnud võimalust välismaise veebiteenuse eest tasuda. Ettevõte lõpetas 2011. aasta novembris ja pakub teenust nüüd ainult Läti erakliinikutele.",
            "Testin 26 potilasta teki harjoituksiaan tavallista enemmän, ja terapeutit halusivat jatkaa. Suomessa kotikuntoutuksen maksavat kuitenkin kunnat, Kela ja vakuutusyhtiöt, eikä kenelläkään niistä ollut tapaa maksaa ulkomaisesta verkkopalvelusta. Yritys lopetti marraskuussa 2011 ja tarjoaa palvelua nyt vain latvialaisille yksityisklinikoille.",
            "Testā 26 pacienti vingrinājās vairāk nekā parasti, un terapeiti vēlējās turpināt. Taču Somijā mājas rehabilitāciju apmaksā pašvaldības, sociālās apdrošināšanas iestāde Kela un apdrošinātāji, un nevienam no tiem nebija iespējas maksāt par ārvalstu tiešsaistes pakalpojumu. Uzņēmums darbu pārtrauca 2011. gada novembrī un tagad piedāvā pakalpojumu tikai Latvijas privātklīnikām.",
            "De 26 patienterna i testet gjorde fler av sina övningar än vanligt, och terapeuterna ville fortsätta. Men i Finland betalas hemrehabilitering av kommunerna, FPA och försäkringsbolagen, och ingen av dem hade något sätt att betala för en utländsk webbtjänst. Företaget avslutade i november 2011 och erbjuder nu tjänsten bara till lettiska privatkliniker.",
        ),
        "lessons": L(
            "- Find out who pays before you test: users' enthusiasm does not create a budget line.\n"
            "- Reimbursement rules differ more between neighbours than laws do.\n"
            "- The Living Lab results were still worth it: they helped sell the service at home.",
            "- Selgitage enne testimist välja, kes maksab: kasutajate vaimustus ei loo eelarverida.\n"
            "- Hüvitamise reeglid erinevad naaberriikide vahel rohkem kui seadused.\n"
            "- Elava labori tulemused tasusid end siiski ära: need aitasid teenust koduturul müüa.",
            "- Selvitä maksaja ennen testausta: käyttäjien innostus ei luo budjettiriviä.\n"
            "- Korvauskäytännöt eroavat naapurimaiden välillä enemmän kuin lait.\n"
            "- Living Lab -tulokset kannattivat silti: ne auttoivat myymään palvelua kotimaassa.",
            "- Pirms testēšanas noskaidrojiet, kurš maksās: lietotāju sajūsma nerada budžeta pozīciju.\n"
            "- Kompensācijas noteikumi kaimiņvalstīs atšķiras vairāk nekā likumi.\n"
            "- Dzīvās laboratorijas rezultāti tomēr atmaksājās: tie palīdzēja pārdot pakalpojumu mājās.",
            "- Ta reda på vem som betalar innan ni testar: användarnas entusiasm skapar ingen budgetpost.\n"
            "- Ersättningsreglerna skiljer sig mer mellan grannländer än lagarna gör.\n"
            "- Resultaten från Living Lab var ändå värda det: de hjälpte till att sälja tjänsten på hemmaplan.",
        ),
        "steps": {
            1: S(
                2,
                3,
                L(
                    "The clinic's owners assessed their readiness with a counselor and decided to finance the pilot from clinic income.",
                    "Kliiniku omanikud hindasid koos nõustajaga valmisolekut ja otsustasid rahastada pilootprojekti kliiniku tuludest.",
                    "Klinikan omistajat arvioivat valmiudet neuvojan kanssa ja päättivät rahoittaa pilotin klinikan tuloista.",
                    "Klīnikas īpašnieki kopā ar konsultantu novērtēja gatavību un nolēma pilotprojektu finansēt no klīnikas ieņēmumiem.",
                    "Klinikens ägare bedömde beredskapen med en rådgivare och beslöt att finansiera piloten med klinikens intäkter.",
                ),
                L(
                    "The budget was enough for testing but not for a long sales process.",
                    "Eelarvest jätkus testimiseks, kuid mitte pikaks müügiprotsessiks.",
                    "Budjetti riitti testaukseen mutta ei pitkään myyntiprosessiin.",
                    "Budžets pietika testēšanai, bet ne ilgam pārdošanas procesam.",
                    "Budgeten räckte till testerna men inte till en lång säljprocess.",
                ),
            ),
            4: S(
                8,
                4,
                L(
                    "The videos were re-recorded with Finnish instructions, and the diary was translated into Finnish and Swedish.",
                    "Videod salvestati uuesti soomekeelsete juhistega ning päevik tõlgiti soome ja rootsi keelde.",
                    "Videot kuvattiin uudelleen suomenkielisin ohjein, ja päiväkirja käännettiin suomeksi ja ruotsiksi.",
                    "Video ierakstīja no jauna ar norādēm somu valodā, un dienasgrāmatu pārtulkoja somu un zviedru valodā.",
                    "Videorna spelades in på nytt med instruktioner på finska, och dagboken översattes till finska och svenska.",
                ),
                L(
                    "Finnish therapists found the exercises familiar; the translation cost more than expected.",
                    "Soome terapeutidele olid harjutused tuttavad; tõlkimine läks oodatust kallimaks.",
                    "Suomalaisille terapeuteille harjoitukset olivat tuttuja; kääntäminen maksoi odotettua enemmän.",
                    "Somijas terapeitiem vingrinājumi bija pazīstami; tulkošana izmaksāja vairāk, nekā gaidīts.",
                    "De finländska terapeuterna kände igen övningarna; översättningen kostade mer än väntat.",
                ),
            ),
            5: S(
                8,
                4,
                L(
                    "26 patients recovering from knee and hip operations used the service for eight weeks with a Finnish Living Lab.",
                    "26 põlve- ja puusaoperatsioonist taastuvat patsienti kasutasid teenust kaheksa nädalat koos Soome elava laboriga.",
                    "26 polvi- ja lonkkaleikkauksesta toipuvaa potilasta käytti palvelua kahdeksan viikkoa suomalaisen Living Labin kanssa.",
                    "26 pacienti, kas atlaba pēc ceļa un gūžas operācijām, astoņas nedēļas lietoja pakalpojumu kopā ar Somijas dzīvo laboratoriju.",
                    "26 patienter som återhämtade sig efter knä- och höftoperationer använde tjänsten i åtta veckor tillsammans med ett finländskt Living Lab.",
                ),
                L(
                    "Patients did about twice as many exercises as usual; therapists saved time on follow-up visits.",
                    "Patsiendid tegid umbes kaks korda rohkem harjutusi kui tavaliselt; terapeudid säästsid aega järelkontrollide arvelt.",
                    "Potilaat tekivät noin kaksi kertaa tavallista enemmän harjoituksia; terapeuteilta säästyi aikaa seurantakäynneistä.",
                    "Pacienti veica aptuveni divreiz vairāk vingrinājumu nekā parasti; terapeiti ietaupīja laiku kontroles vizītēm.",
                    "Patienterna gjorde ungefär dubbelt så många övningar som vanligt; terapeuterna sparade tid på uppföljningsbesök.",
                ),
            ),
            6: S(
                12,
                2,
                L(
                    "The network arranged meetings with two municipalities, a private rehabilitation chain and an insurer.",
                    "Võrgustik korraldas kohtumised kahe omavalitsuse, ühe taastusravi erakliinikute keti ja ühe kindlustusseltsiga.",
                    "Verkosto järjesti tapaamiset kahden kunnan, yksityisen kuntoutusketjun ja vakuutusyhtiön kanssa.",
                    "Tīkls noorganizēja tikšanās ar divām pašvaldībām, privātu rehabilitācijas centru tīklu un apdrošinātāju.",
                    "Nätverket ordnade möten med två kommuner, en privat rehabiliteringskedja och ett försäkringsbolag.",
                ),
                L(
                    "Everyone liked the results, but nobody had a budget line for the service; the company stopped the pilot.",
                    "Tulemused meeldisid kõigile, kuid kellelgi polnud teenuse jaoks eelarverida; ettevõte peatas pilootprojekti.",
                    "Tulokset miellyttivät kaikkia, mutta kenelläkään ei ollut palvelulle budjettia; yritys lopetti pilotin.",
                    "Rezultāti patika visiem, bet nevienam nebija pakalpojumam paredzēta budžeta; uzņēmums apturēja pilotprojektu.",
                    "Alla tyckte om resultaten, men ingen hade en budgetpost för tjänsten; företaget avbröt piloten.",
                ),
            ),
        },
    },
    {
        "slug": "online-homework-help-finland-estonia",
        "company_name": "Läxhjälpen AB",
        "origin": "se",
        "targets": ("fi", "ee"),
        "sector": "e-learning",
        "started_on": d(2012, 1),
        "ended_on": None,
        "status": "ongoing",
        "result": "",
        "figures": {"test_users": 120, "partners_found": 2, "contracts_signed": 1},
        "title": L(
            "Swedish online homework help tries Finland and Estonia at once",
            "Rootsi veebipõhine kodutööabi proovib korraga Soomet ja Eestit",
            "Ruotsalainen verkkoläksyapu kokeilee Suomea ja Viroa yhtä aikaa",
            "Zviedrijas tiešsaistes mājasdarbu palīdzība vienlaikus izmēģina Somiju un Igauniju",
            "Svensk läxhjälp på nätet provar Finland och Estland samtidigt",
        ),
        "company_description": L(
            "A Stockholm company of twenty people whose university students tutor school pupils online in the evenings.",
            "Kahekümne töötajaga Stockholmi ettevõte, mille üliõpilastest juhendajad aitavad kooliõpilasi õhtuti veebis.",
            "Kahdenkymmenen hengen tukholmalainen yritys, jonka yliopisto-opiskelijat ohjaavat koululaisia verkossa iltaisin.",
            "Divdesmit cilvēku uzņēmums no Stokholmas, kura studenti vakaros tiešsaistē palīdz skolēniem.",
            "Ett företag i Stockholm med tjugo anställda, där universitetsstudenter hjälper skolelever med läxorna på nätet på kvällarna.",
        ),
        "summary": L(
            "Online homework help by tutors is being piloted at the same time with Swedish-speaking schools in Finland and with schools in Tallinn. The Finnish part moves; the Estonian part is slower than planned.",
            "Juhendajate veebipõhist kodutööabi katsetatakse korraga Soome rootsikeelsetes koolides ja Tallinna koolides. Soome osa liigub edasi, Eesti osa on plaanitust aeglasem.",
            "Ohjaajien antamaa verkkoläksyapua pilotoidaan samaan aikaan Suomen ruotsinkielisissä kouluissa ja tallinnalaisissa kouluissa. Suomen osa etenee, Viron osa on suunniteltua hitaampi.",
            "Tiešsaistes mājasdarbu palīdzību ar pasniedzējiem vienlaikus izmēģina Somijas zviedru valodas skolās un Tallinas skolās. Somijas daļa virzās uz priekšu, Igaunijas daļa ir lēnāka, nekā plānots.",
            "Läxhjälp på nätet med handledare pilottestas samtidigt i svenskspråkiga skolor i Finland och i skolor i Tallinn. Den finländska delen går framåt; den estniska går långsammare än planerat.",
        ),
        "service": L(
            "Pupils open a chat or video session with a tutor on weekday evenings; schools or municipalities pay a yearly fee per pupil.",
            "Õpilased avavad tööpäevaõhtuti juhendajaga vestlus- või videoseansi; koolid või omavalitsused maksavad aastatasu õpilase kohta.",
            "Oppilaat avaavat arki-iltaisin chat- tai videoistunnon ohjaajan kanssa; koulut tai kunnat maksavat vuosimaksun oppilasta kohden.",
            "Skolēni darbdienu vakaros atver tērzēšanas vai video sesiju ar pasniedzēju; skolas vai pašvaldības maksā gada maksu par katru skolēnu.",
            "Eleverna öppnar en chatt eller ett videosamtal med en handledare på vardagskvällar; skolor eller kommuner betalar en årsavgift per elev.",
        ),
        "outcome": L(
            "Ongoing. One municipality in Ostrobothnia has signed up for a year. In Estonia the schools liked the tests, but the company has not yet found enough Estonian-speaking tutors to run the service.",
            "Käimas. Üks Pohjanmaa omavalitsus on liitunud aastaks. Eesti koolidele testid meeldisid, kuid ettevõte pole veel leidnud piisavalt eesti keelt kõnelevaid juhendajaid, et teenust käivitada.",
            "Käynnissä. Yksi pohjalainen kunta on lähtenyt mukaan vuodeksi. Virossa koulut pitivät testeistä, mutta yritys ei ole vielä löytänyt tarpeeksi vironkielisiä ohjaajia palvelun pyörittämiseen.",
            "Notiek. Viena pašvaldība Somijas rietumkrastā ir pievienojusies uz gadu. Igaunijā skolām testi patika, taču uzņēmums vēl nav atradis pietiekami daudz igauņu valodā runājošu pasniedzēju, lai pakalpojumu uzsāktu.",
            "Pågår. En kommun i Österbotten har anslutit sig för ett år. I Estland tyckte skolorna om testerna, men företaget har ännu inte hittat tillräckligt många estnisktalande handledare för att driva tjänsten.",
        ),
        "lessons": L(
            "- Two markets at once doubled the work and halved the attention each got.\n"
            "- In Swedish-speaking Finland the language was no barrier, which made it a fast first step.\n"
            "- A tutoring service depends on local tutors: recruiting them is part of market entry.",
            "- Kaks turgu korraga tähendas kahekordset tööd ja poole väiksemat tähelepanu kummalegi.\n"
            "- Soome rootsikeelses piirkonnas polnud keel takistuseks, mistõttu sai sellest kiire esimene samm.\n"
            "- Juhendamisteenus sõltub kohalikest juhendajatest: nende värbamine on osa turule sisenemisest.",
            "- Kaksi markkinaa kerralla tarkoitti kaksinkertaista työtä ja puolet vähemmän huomiota kummallekin.\n"
            "- Ruotsinkielisessä Suomessa kieli ei ollut este, joten siitä tuli nopea ensimmäinen askel.\n"
            "- Ohjauspalvelu on riippuvainen paikallisista ohjaajista: heidän rekrytointinsa on osa markkinoille tuloa.",
            "- Divi tirgi vienlaikus nozīmēja dubultu darbu un uz pusi mazāku uzmanību katram.\n"
            "- Somijas zviedru valodas reģionos valoda nebija šķērslis, tāpēc tas kļuva par ātru pirmo soli.\n"
            "- Pasniedzēju pakalpojums ir atkarīgs no vietējiem pasniedzējiem: viņu piesaistīšana ir daļa no ienākšanas tirgū.",
            "- Två marknader samtidigt gav dubbelt arbete och halva uppmärksamheten åt var och en.\n"
            "- I det svenskspråkiga Finland var språket inget hinder, vilket gjorde det till ett snabbt första steg.\n"
            "- En tjänst med handledare är beroende av lokala handledare: att rekrytera dem är en del av marknadsinträdet.",
        ),
        "steps": {
            2: S(
                2,
                3,
                L(
                    "The company chose Swedish-speaking Finland for its language and Estonia for its digital schools, and decided to try both at once.",
                    "Ettevõte valis Soome rootsikeelse piirkonna keele tõttu ja Eesti digitaalsete koolide tõttu ning otsustas proovida mõlemat korraga.",
                    "Yritys valitsi ruotsinkielisen Suomen kielen vuoksi ja Viron digitaalisten koulujen vuoksi ja päätti kokeilla molempia yhtä aikaa.",
                    "Uzņēmums izvēlējās Somijas zviedru valodas reģionus valodas dēļ un Igauniju tās digitālo skolu dēļ un nolēma izmēģināt abus vienlaikus.",
                    "Företaget valde det svenskspråkiga Finland för språkets skull och Estland för de digitala skolornas skull, och beslöt att prova båda samtidigt.",
                ),
                L(
                    "In hindsight, one market would have been enough for a first step.",
                    "Tagantjärele oleks esimeseks sammuks piisanud ühest turust.",
                    "Jälkikäteen ajatellen yksi markkina olisi riittänyt ensimmäiseksi askeleeksi.",
                    "Atskatoties pirmajam solim būtu pieticis ar vienu tirgu.",
                    "I efterhand hade en marknad räckt som första steg.",
                ),
            ),
            4: S(
                10,
                3,
                L(
                    "The Finnish and Estonian curricula were mapped for the tutors, and the service was translated into Estonian.",
                    "Juhendajate jaoks kaardistati Soome ja Eesti õppekavad ning teenus tõlgiti eesti keelde.",
                    "Ohjaajille kartoitettiin Suomen ja Viron opetussuunnitelmat, ja palvelu käännettiin viroksi.",
                    "Pasniedzējiem apzināja Somijas un Igaunijas mācību programmas, un pakalpojumu pārtulkoja igauņu valodā.",
                    "Läroplanerna i Finland och Estland kartlades för handledarna, och tjänsten översattes till estniska.",
                ),
                L(
                    "The Finnish version needed only small changes; in Estonia the missing piece was tutors, not translations.",
                    "Soome versioon vajas vaid väikeseid muudatusi; Eestis ei puudunud mitte tõlked, vaid juhendajad.",
                    "Suomen versio tarvitsi vain pieniä muutoksia; Virossa puuttuivat ohjaajat, eivät käännökset.",
                    "Somijas versijai vajadzēja tikai nelielas izmaiņas; Igaunijā trūka nevis tulkojumu, bet pasniedzēju.",
                    "Den finländska versionen behövde bara små ändringar; i Estland var det handledare som saknades, inte översättningar.",
                ),
            ),
            5: S(
                8,
                4,
                L(
                    "120 pupils in Vaasa and Tallinn used the service for eight weeks with Living Labs in both countries.",
                    "120 õpilast Vaasas ja Tallinnas kasutasid teenust kaheksa nädalat koos mõlema riigi elavate laboritega.",
                    "120 oppilasta Vaasassa ja Tallinnassa käytti palvelua kahdeksan viikkoa molempien maiden Living Labien kanssa.",
                    "120 skolēni Vāsā un Tallinā astoņas nedēļas lietoja pakalpojumu kopā ar abu valstu dzīvajām laboratorijām.",
                    "120 elever i Vasa och Tallinn använde tjänsten i åtta veckor tillsammans med Living Labs i båda länderna.",
                ),
                L(
                    "Pupils used it most before exams; Estonian pupils wanted tutors who speak Estonian, not English.",
                    "Õpilased kasutasid seda kõige rohkem enne kontrolltöid; Eesti õpilased soovisid eesti, mitte inglise keelt kõnelevaid juhendajaid.",
                    "Oppilaat käyttivät sitä eniten ennen kokeita; virolaiset oppilaat halusivat vironkielisiä eivätkä englanninkielisiä ohjaajia.",
                    "Skolēni to visvairāk izmantoja pirms pārbaudes darbiem; Igaunijas skolēni vēlējās pasniedzējus, kas runā igauniski, nevis angliski.",
                    "Eleverna använde den mest före proven; de estniska eleverna ville ha handledare som talar estniska, inte engelska.",
                ),
            ),
            6: S(
                8,
                None,
                L(
                    "The network introduced the company to municipalities in Ostrobothnia and to a student union in Tartu that could supply tutors.",
                    "Võrgustik tutvustas ettevõtet Pohjanmaa omavalitsustele ja Tartu üliõpilasesindusele, kes võiks leida juhendajaid.",
                    "Verkosto esitteli yrityksen pohjalaisille kunnille ja tarttolaiselle ylioppilaskunnalle, joka voisi löytää ohjaajia.",
                    "Tīkls iepazīstināja uzņēmumu ar pašvaldībām Somijas rietumkrastā un Tartu studentu pašpārvaldi, kas varētu atrast pasniedzējus.",
                    "Nätverket introducerade företaget för kommuner i Österbotten och för en studentkår i Tartu som kunde hitta handledare.",
                ),
                L(
                    "One municipality signed for a year; the talks with the student union continue.",
                    "Üks omavalitsus sõlmis aastase lepingu; läbirääkimised üliõpilasesindusega jätkuvad.",
                    "Yksi kunta teki vuoden sopimuksen; neuvottelut ylioppilaskunnan kanssa jatkuvat.",
                    "Viena pašvaldība noslēdza līgumu uz gadu; sarunas ar studentu pašpārvaldi turpinās.",
                    "En kommun skrev avtal för ett år; samtalen med studentkåren fortsätter.",
                ),
            ),
        },
    },
    {
        "slug": "exercise-games-latvian-estonian-day-centres",
        "company_name": "Vireä Oy",
        "origin": "fi",
        "targets": ("lv", "ee"),
        "sector": "e-health",
        "started_on": d(2010, 4),
        "ended_on": d(2011, 10),
        "status": "completed",
        "result": "partial",
        "figures": {"test_users": 48, "partners_found": 2, "contracts_signed": 2},
        "title": L(
            "Finnish exercise games for older people in Latvian and Estonian day centres",
            "Soome liikumismängud eakatele Läti ja Eesti päevakeskustes",
            "Suomalaiset liikuntapelit ikäihmisille latvialaisissa ja virolaisissa päiväkeskuksissa",
            "Somu kustību spēles senioriem Latvijas un Igaunijas dienas centros",
            "Finländska motionsspel för äldre på lettiska och estniska dagcenter",
        ),
        "company_description": L(
            "An Oulu company of nine people, founded in 2008 by game developers and a physiotherapist.",
            "Üheksa töötajaga Oulu ettevõte, mille asutasid 2008. aastal mänguarendajad ja füsioterapeut.",
            "Yhdeksän hengen oululainen yritys, jonka perustivat vuonna 2008 pelinkehittäjät ja fysioterapeutti.",
            "Deviņu cilvēku uzņēmums no Oulu, ko 2008. gadā dibināja spēļu izstrādātāji un fizioterapeits.",
            "Ett företag i Uleåborg med nio anställda, grundat 2008 av spelutvecklare och en fysioterapeut.",
        ),
        "summary": L(
            "Balance and strength games played on a large screen were tested in day centres for older people in Riga and Tartu. Two day centres bought the system; wider sales stalled on municipal budgets.",
            "Suurel ekraanil mängitavaid tasakaalu- ja jõumänge testiti Riia ja Tartu eakate päevakeskustes. Kaks päevakeskust ostsid süsteemi; laiem müük takerdus omavalitsuste eelarvetesse.",
            "Suurella näytöllä pelattavia tasapaino- ja lihasvoimapelejä testattiin ikäihmisten päiväkeskuksissa Riiassa ja Tartossa. Kaksi päiväkeskusta osti järjestelmän; laajempi myynti pysähtyi kuntien budjetteihin.",
            "Uz liela ekrāna spēlējamas līdzsvara un spēka spēles testēja senioru dienas centros Rīgā un Tartu. Divi dienas centri iegādājās sistēmu; plašāka pārdošana apstājās pie pašvaldību budžetiem.",
            "Balans- och styrkespel på stor skärm testades på dagcenter för äldre i Riga och Tartu. Två dagcenter köpte systemet; en bredare försäljning stannade på kommunernas budgetar.",
        ),
        "service": L(
            "A motion sensor and a set of games in which older people train balance and leg strength together, led by an instructor; results are saved for the physiotherapist.",
            "Liikumisandur ja mängude komplekt, millega eakad treenivad juhendaja käe all koos tasakaalu ja jalgade jõudu; tulemused salvestatakse füsioterapeudile.",
            "Liiketunnistin ja pelisarja, joilla ikäihmiset harjoittelevat yhdessä tasapainoa ja jalkojen lihasvoimaa ohjaajan johdolla; tulokset tallentuvat fysioterapeutille.",
            "Kustību sensors un spēļu komplekts, ar kuru seniori instruktora vadībā kopā trenē līdzsvaru un kāju spēku; rezultāti tiek saglabāti fizioterapeitam.",
            "En rörelsesensor och en uppsättning spel där äldre tränar balans och benstyrka tillsammans under ledning av en instruktör; resultaten sparas för fysioterapeuten.",
        ),
        "outcome": L(
            "One day centre in Riga and one in Tartu bought the system in 2011. The participants' balance test results improved during the test, but other municipalities postponed purchases because of the budget cuts that followed the financial crisis.",
            "Üks päevakeskus Riias ja üks Tartus ostsid süsteemi 2011. aastal. Osalejate tasakaalutesti tulemused paranesid testi jooksul, kuid teised omavalitsused lükkasid ostud finantskriisile järgnenud eelarvekärbete tõttu edasi.",
            "Yksi päiväkeskus Riiassa ja yksi Tartossa ostivat järjestelmän vuonna 2011. Osallistujien tasapainotestien tulokset paranivat testin aikana, mutta muut kunnat lykkäsivät hankintoja finanssikriisiä seuranneiden budjettileikkausten vuoksi.",
            "Viens dienas centrs Rīgā un viens Tartu iegādājās sistēmu 2011. gadā. Dalībnieku līdzsvara testu rezultāti testa laikā uzlabojās, taču citas pašvaldības atlika iepirkumus budžeta samazinājumu dēļ, kas sekoja finanšu krīzei.",
            "Ett dagcenter i Riga och ett i Tartu köpte systemet 2011. Deltagarnas resultat på balanstesterna förbättrades under testet, men andra kommuner sköt upp sina inköp på grund av nedskärningarna efter finanskrisen.",
        ),
        "lessons": L(
            "- Two small neighbouring markets can share one Living Lab plan, but not one sales plan.\n"
            "- Older people enjoyed the games most when they played in a group, not alone.\n"
            "- After the crisis, a lower entry price or leasing would have helped more than new features.",
            "- Kaks väikest naaberturgu saavad jagada ühte elava labori plaani, kuid mitte ühte müügiplaani.\n"
            "- Eakad nautisid mänge kõige rohkem grupis, mitte üksi mängides.\n"
            "- Pärast kriisi oleks madalam alghind või liising aidanud rohkem kui uued funktsioonid.",
            "- Kaksi pientä naapurimarkkinaa voivat jakaa yhden Living Lab -suunnitelman, mutta eivät yhtä myyntisuunnitelmaa.\n"
            "- Ikäihmiset nauttivat peleistä eniten ryhmässä, eivät yksin.\n"
            "- Kriisin jälkeen alhaisempi aloitushinta tai leasing olisi auttanut enemmän kuin uudet ominaisuudet.",
            "- Divi mazi kaimiņu tirgi var dalīt vienu dzīvās laboratorijas plānu, bet ne vienu pārdošanas plānu.\n"
            "- Seniori spēles visvairāk baudīja grupā, nevis vieni.\n"
            "- Pēc krīzes zemāka sākuma cena vai līzings būtu palīdzējis vairāk nekā jaunas funkcijas.",
            "- Två små grannmarknader kan dela en plan för Living Lab-testerna men inte en säljplan.\n"
            "- De äldre tyckte mest om spelen när de spelade i grupp, inte ensamma.\n"
            "- Efter krisen hade ett lägre startpris eller leasing hjälpt mer än nya funktioner.",
        ),
        "steps": {
            1: S(
                3,
                4,
                L(
                    "The team assessed its readiness with a counselor and set aside money for two markets for a year.",
                    "Meeskond hindas koos nõustajaga valmisolekut ja pani aastaks kahe turu jaoks raha kõrvale.",
                    "Tiimi arvioi valmiutensa neuvojan kanssa ja varasi rahaa kahdelle markkinalle vuodeksi.",
                    "Komanda kopā ar konsultantu novērtēja gatavību un atlika naudu diviem tirgiem uz gadu.",
                    "Teamet bedömde beredskapen med en rådgivare och avsatte pengar för två marknader under ett år.",
                ),
                L(
                    "The counselor advised leasing the hardware instead of selling it; the team decided to sell.",
                    "Nõustaja soovitas riistvara müümise asemel liisingut; meeskond otsustas siiski müüa.",
                    "Neuvoja suositteli laitteiston leasingia myynnin sijaan; tiimi päätti kuitenkin myydä.",
                    "Konsultants ieteica aparatūru nevis pārdot, bet piedāvāt līzingā; komanda tomēr izlēma pārdot.",
                    "Rådgivaren föreslog leasing i stället för att sälja hårdvaran; teamet valde ändå att sälja.",
                ),
            ),
            2: S(
                2,
                4,
                L(
                    "Using the market profiles, the company chose Latvia and Estonia, where the number of day centres for older people was growing.",
                    "Turuprofiilide abil valis ettevõte Läti ja Eesti, kus eakate päevakeskuste arv kasvas.",
                    "Markkinaprofiilien avulla yritys valitsi Latvian ja Viron, joissa ikäihmisten päiväkeskusten määrä kasvoi.",
                    "Ar tirgus profilu palīdzību uzņēmums izvēlējās Latviju un Igauniju, kur senioru dienas centru skaits pieauga.",
                    "Med hjälp av marknadsprofilerna valde företaget Lettland och Estland, där antalet dagcenter för äldre växte.",
                ),
                L(
                    "Two markets close to each other let one person cover both.",
                    "Kaks lähestikku asuvat turgu võimaldasid ühel inimesel katta mõlemat.",
                    "Kaksi lähekkäistä markkinaa antoi yhden henkilön hoitaa molempia.",
                    "Divi tuvu esoši tirgi ļāva vienam cilvēkam aptvert abus.",
                    "Två närliggande marknader gjorde att en person kunde sköta båda.",
                ),
            ),
            4: S(
                6,
                3,
                L(
                    "The spoken instructions of the games were recorded in Latvian, Russian and Estonian.",
                    "Mängude suulised juhised salvestati läti, vene ja eesti keeles.",
                    "Pelien puhutut ohjeet nauhoitettiin latviaksi, venäjäksi ja viroksi.",
                    "Spēļu mutiskās norādes ierakstīja latviešu, krievu un igauņu valodā.",
                    "Spelens talade instruktioner spelades in på lettiska, ryska och estniska.",
                ),
                L(
                    "Recording was quick; finding voices that older people found clear took several rounds.",
                    "Salvestamine oli kiire, kuid eakatele selgelt arusaadavate häälte leidmine võttis mitu vooru.",
                    "Nauhoitus oli nopeaa, mutta ikäihmisille selkeiden äänten löytäminen vaati useita kierroksia.",
                    "Ierakstīšana bija ātra, bet senioriem skaidri saprotamu balsu atrašana prasīja vairākas kārtas.",
                    "Inspelningen gick fort, men att hitta röster som de äldre tyckte var tydliga krävde flera omgångar.",
                ),
            ),
            5: S(
                10,
                5,
                L(
                    "48 older people in day centres in Riga and Tartu played twice a week for ten weeks, with Living Labs in both cities.",
                    "48 eakat Riia ja Tartu päevakeskustes mängisid kümme nädalat kaks korda nädalas, koostöös mõlema linna elavate laboritega.",
                    "48 ikäihmistä Riian ja Tarton päiväkeskuksissa pelasi kahdesti viikossa kymmenen viikon ajan molempien kaupunkien Living Labien kanssa.",
                    "48 seniori Rīgas un Tartu dienas centros desmit nedēļas divreiz nedēļā spēlēja kopā ar abu pilsētu dzīvajām laboratorijām.",
                    "48 äldre på dagcenter i Riga och Tartu spelade två gånger i veckan i tio veckor, tillsammans med Living Labs i båda städerna.",
                ),
                L(
                    "Most participants improved their balance test results; instructors asked for games that can be played sitting on a chair.",
                    "Enamikul osalejatest paranesid tasakaalutesti tulemused; juhendajad soovisid mänge, mida saab mängida ka toolil istudes.",
                    "Useimpien osallistujien tasapainotestitulokset paranivat; ohjaajat toivoivat pelejä, joita voi pelata tuolilla istuen.",
                    "Lielākajai daļai dalībnieku uzlabojās līdzsvara testu rezultāti; instruktori lūdza spēles, ko var spēlēt, sēžot uz krēsla.",
                    "De flesta deltagarna förbättrade sina resultat på balanstesterna; instruktörerna ville ha spel som kan spelas sittande på en stol.",
                ),
            ),
            7: S(
                20,
                2,
                L(
                    "The company offered the system to municipalities in both countries at the Finnish price.",
                    "Ettevõte pakkus süsteemi mõlema riigi omavalitsustele Soome hinnaga.",
                    "Yritys tarjosi järjestelmää molempien maiden kunnille suomalaisella hinnalla.",
                    "Uzņēmums piedāvāja sistēmu abu valstu pašvaldībām par Somijas cenu.",
                    "Företaget erbjöd systemet till kommuner i båda länderna till det finländska priset.",
                ),
                L(
                    "Two day centres bought it; the other municipalities postponed purchases because of budget cuts.",
                    "Kaks päevakeskust ostsid selle; ülejäänud omavalitsused lükkasid ostu eelarvekärbete tõttu edasi.",
                    "Kaksi päiväkeskusta osti sen; muut kunnat lykkäsivät hankintaa budjettileikkausten vuoksi.",
                    "Divi dienas centri to iegādājās; pārējās pašvaldības budžeta samazinājumu dēļ iepirkumu atlika.",
                    "Två dagcenter köpte det; de andra kommunerna sköt upp inköpen på grund av nedskärningar.",
                ),
            ),
        },
    },
    {
        "slug": "sleep-coaching-latvian-employers",
        "company_name": "Unerütm OÜ",
        "origin": "ee",
        "targets": ("lv",),
        "sector": "e-health",
        "started_on": d(2012, 4),
        "ended_on": None,
        "status": "ongoing",
        "result": "",
        "figures": {"test_users": None, "partners_found": 1, "contracts_signed": None},
        "title": L(
            "An Estonian sleep coaching service for Latvian employers",
            "Eesti unenõustamise teenus Läti tööandjatele",
            "Virolainen univalmennuspalvelu latvialaisille työnantajille",
            "Igaunijas miega konsultāciju pakalpojums Latvijas darba devējiem",
            "En estnisk sömncoachningstjänst för lettiska arbetsgivare",
        ),
        "company_description": L(
            "A Tallinn start-up of four people – a sleep researcher, a psychologist and two developers – founded in 2011.",
            "Neljaliikmeline Tallinna idufirma, mille asutasid 2011. aastal uneuurija, psühholoog ja kaks arendajat.",
            "Neljän hengen tallinnalainen startup, jonka perustivat vuonna 2011 unitutkija, psykologi ja kaksi kehittäjää.",
            "Četru cilvēku jaunuzņēmums no Tallinas, ko 2011. gadā dibināja miega pētnieks, psihologs un divi izstrādātāji.",
            "Ett uppstartsföretag i Tallinn med fyra personer – en sömnforskare, en psykolog och två utvecklare – grundat 2011.",
        ),
        "summary": L(
            "A sleep diary and coaching programme for shift workers is being adapted for Latvian employers through occupational health providers. The analysis is done; localisation is under way.",
            "Vahetustega töötajatele mõeldud unepäevikut ja nõustamisprogrammi kohandatakse Läti tööandjatele töötervishoiuteenuse osutajate kaudu. Analüüs on tehtud, lokaliseerimine käib.",
            "Vuorotyöntekijöille tarkoitettua unipäiväkirjaa ja valmennusohjelmaa mukautetaan latvialaisille työnantajille työterveyspalvelujen tuottajien kautta. Analyysi on tehty, lokalisointi on käynnissä.",
            "Maiņu darbiniekiem paredzētu miega dienasgrāmatu un konsultāciju programmu pielāgo Latvijas darba devējiem, izmantojot arodveselības pakalpojumu sniedzējus. Analīze ir pabeigta, lokalizācija notiek.",
            "En sömndagbok och ett coachningsprogram för skiftarbetare anpassas för lettiska arbetsgivare via företagshälsovården. Analysen är klar; lokaliseringen pågår.",
        ),
        "service": L(
            "Employees keep a short sleep diary on their phone for six weeks and get advice every week; the employer sees only anonymous group results.",
            "Töötajad peavad kuus nädalat telefonis lühikest unepäevikut ja saavad iga nädal soovitusi; tööandja näeb ainult anonüümseid grupitulemusi.",
            "Työntekijät pitävät puhelimessaan kuuden viikon ajan lyhyttä unipäiväkirjaa ja saavat joka viikko neuvoja; työnantaja näkee vain nimettömät ryhmätulokset.",
            "Darbinieki sešas nedēļas telefonā raksta īsu miega dienasgrāmatu un katru nedēļu saņem padomus; darba devējs redz tikai anonīmus grupas rezultātus.",
            "De anställda för en kort sömndagbok i mobilen i sex veckor och får råd varje vecka; arbetsgivaren ser bara anonyma gruppresultat.",
        ),
        "outcome": L(
            "Ongoing. A Riga occupational health provider wants to offer the programme to its industrial clients once the Latvian version and the data protection arrangements are ready.",
            "Käimas. Üks Riia töötervishoiuteenuse osutaja soovib pakkuda programmi oma tööstusklientidele, kui lätikeelne versioon ja andmekaitse kord on valmis.",
            "Käynnissä. Riikalainen työterveyspalvelujen tuottaja haluaa tarjota ohjelmaa teollisuusasiakkailleen, kun latviankielinen versio ja tietosuojajärjestelyt ovat valmiit.",
            "Notiek. Kāds Rīgas arodveselības pakalpojumu sniedzējs vēlas piedāvāt programmu saviem rūpniecības klientiem, tiklīdz būs gatava latviešu valodas versija un datu aizsardzības kārtība.",
            "Pågår. En leverantör av företagshälsovård i Riga vill erbjuda programmet till sina industrikunder när den lettiska versionen och dataskyddet är på plats.",
        ),
        "lessons": L(
            "- Health data about employees needs a clear answer to who sees what before the first meeting with an employer.\n"
            "- The Latvian occupational health system offered a ready channel to employers.",
            "- Töötajate terviseandmete puhul peab juba enne esimest kohtumist tööandjaga olema selge vastus, kes mida näeb.\n"
            "- Läti töötervishoiusüsteem pakkus valmis kanali tööandjateni.",
            "- Työntekijöiden terveystiedoissa on oltava selvä vastaus siihen, kuka näkee mitä, jo ennen ensimmäistä tapaamista työnantajan kanssa.\n"
            "- Latvian työterveysjärjestelmä tarjosi valmiin kanavan työnantajiin.",
            "- Attiecībā uz darbinieku veselības datiem jau pirms pirmās tikšanās ar darba devēju jābūt skaidrai atbildei, kurš ko redz.\n"
            "- Latvijas arodveselības sistēma deva gatavu kanālu līdz darba devējiem.",
            "- För hälsodata om anställda måste det finnas ett tydligt svar på vem som ser vad redan före första mötet med en arbetsgivare.\n"
            "- Den lettiska företagshälsovården gav en färdig kanal till arbetsgivarna.",
        ),
        "steps": {
            1: S(
                2,
                4,
                L(
                    "The founders assessed their readiness with a counselor and applied for a grant for their first foreign market.",
                    "Asutajad hindasid koos nõustajaga valmisolekut ja taotlesid esimese välisturu jaoks toetust.",
                    "Perustajat arvioivat valmiutensa neuvojan kanssa ja hakivat avustusta ensimmäistä ulkomaista markkinaansa varten.",
                    "Dibinātāji kopā ar konsultantu novērtēja gatavību un pieteicās grantam savam pirmajam ārvalstu tirgum.",
                    "Grundarna bedömde beredskapen med en rådgivare och sökte bidrag för sin första utländska marknad.",
                ),
                L(
                    "The grant covered half of the pilot; the checklist showed they needed a sales person who speaks Latvian.",
                    "Toetus kattis poole pilootprojektist; kontrollnimekiri näitas, et vaja on läti keelt kõnelevat müügiinimest.",
                    "Avustus kattoi puolet pilotista; tarkistuslista osoitti, että tarvitaan latviaa puhuva myyjä.",
                    "Grants sedza pusi no pilotprojekta; kontrolsaraksts parādīja, ka vajadzīgs pārdevējs, kas runā latviski.",
                    "Bidraget täckte halva piloten; checklistan visade att de behövde en säljare som talar lettiska.",
                ),
            ),
            2: S(
                2,
                4,
                L(
                    "The company chose Latvia because employers there must provide health checks and many run shift work.",
                    "Ettevõte valis Läti, sest sealsed tööandjad peavad korraldama tervisekontrolle ja paljudes ettevõtetes tehakse vahetustega tööd.",
                    "Yritys valitsi Latvian, koska siellä työnantajien on järjestettävä terveystarkastukset ja monissa yrityksissä tehdään vuorotyötä.",
                    "Uzņēmums izvēlējās Latviju, jo tur darba devējiem jānodrošina obligātās veselības pārbaudes un daudzos uzņēmumos strādā maiņās.",
                    "Företaget valde Lettland eftersom arbetsgivarna där måste ordna hälsokontroller och många har skiftarbete.",
                ),
                L(
                    "Occupational health providers became the obvious channel.",
                    "Töötervishoiuteenuse osutajad said ilmselgeks kanaliks.",
                    "Työterveyspalvelujen tuottajista tuli ilmeinen kanava.",
                    "Arodveselības pakalpojumu sniedzēji kļuva par acīmredzamu kanālu.",
                    "Företagshälsovården blev den självklara kanalen.",
                ),
            ),
            3: S(
                6,
                5,
                L(
                    "A counselor in Riga reviewed the Latvian rules for health data processed for employers.",
                    "Riia nõustaja vaatas üle Läti reeglid tööandjate jaoks töödeldavate terviseandmete kohta.",
                    "Riikalainen neuvoja kävi läpi Latvian säännöt työnantajia varten käsiteltävistä terveystiedoista.",
                    "Konsultants Rīgā pārskatīja Latvijas noteikumus par veselības datiem, ko apstrādā darba devēju vajadzībām.",
                    "En rådgivare i Riga gick igenom de lettiska reglerna för hälsodata som behandlas åt arbetsgivare.",
                ),
                L(
                    "Individual data had to be kept entirely away from employers; the design was changed before localisation.",
                    "Isikuandmed tuli tööandjast täiesti eraldi hoida; lahendust muudeti enne lokaliseerimist.",
                    "Yksilötiedot piti pitää kokonaan poissa työnantajalta; ratkaisua muutettiin ennen lokalisointia.",
                    "Individuālie dati bija pilnībā jānošķir no darba devēja; risinājumu mainīja pirms lokalizācijas.",
                    "Individuella data måste hållas helt borta från arbetsgivaren; lösningen ändrades före lokaliseringen.",
                ),
            ),
            4: S(
                8,
                None,
                L(
                    "The diary and the coaching texts are being translated into Latvian and Russian with a Latvian psychologist.",
                    "Päevikut ja nõustamistekste tõlgitakse koos Läti psühholoogiga läti ja vene keelde.",
                    "Päiväkirjaa ja valmennustekstejä käännetään latviaksi ja venäjäksi yhdessä latvialaisen psykologin kanssa.",
                    "Dienasgrāmatu un konsultāciju tekstus kopā ar Latvijas psihologu tulko latviešu un krievu valodā.",
                    "Dagboken och coachningstexterna översätts till lettiska och ryska tillsammans med en lettisk psykolog.",
                ),
                L(
                    "Work in progress: the first Latvian version is due before the Living Lab test.",
                    "Töö käib: esimene lätikeelne versioon valmib enne elava labori testi.",
                    "Työ on kesken: ensimmäinen latviankielinen versio valmistuu ennen Living Lab -testiä.",
                    "Darbs turpinās: pirmā latviešu valodas versija būs gatava pirms testa dzīvajā laboratorijā.",
                    "Arbetet pågår: den första lettiska versionen ska vara klar före testet i Living Lab.",
                ),
            ),
        },
    },
    {
        "slug": "coding-school-for-swedish-teenagers",
        "company_name": "Kodlauks SIA",
        "origin": "lv",
        "targets": ("se",),
        "sector": "e-learning",
        "started_on": d(2011, 5),
        "ended_on": d(2012, 8),
        "status": "completed",
        "result": "stopped",
        "figures": {"test_users": 40, "partners_found": 0, "contracts_signed": 0},
        "title": L(
            "A Latvian coding school for teenagers that did not find its place in Sweden",
            "Läti programmeerimiskool noortele, mis Rootsis oma kohta ei leidnud",
            "Latvialainen nuorten koodikoulu, joka ei löytänyt paikkaansa Ruotsista",
            "Latvijas programmēšanas skola pusaudžiem, kas neatrada savu vietu Zviedrijā",
            "En lettisk kodskola för tonåringar som inte hittade sin plats i Sverige",
        ),
        "company_description": L(
            "A Riga company of six people that has run online programming courses for Latvian teenagers since 2010.",
            "Kuueliikmeline Riia ettevõte, mis korraldab alates 2010. aastast Läti noortele veebipõhiseid programmeerimiskursusi.",
            "Kuuden hengen riikalainen yritys, joka on vuodesta 2010 järjestänyt verkossa ohjelmointikursseja latvialaisille nuorille.",
            "Sešu cilvēku uzņēmums no Rīgas, kas kopš 2010. gada rīko tiešsaistes programmēšanas kursus Latvijas pusaudžiem.",
            "Ett företag i Riga med sex anställda som sedan 2010 ger programmeringskurser på nätet för lettiska tonåringar.",
        ),
        "summary": L(
            "Online programming courses for 13–17-year-olds were tested with Swedish pupils, who liked them. But families would not pay and schools had no room for them in the timetable, so the pilot was stopped.",
            "Veebipõhiseid programmeerimiskursusi 13–17-aastastele testiti Rootsi õpilastega, kellele need meeldisid. Pered ei olnud aga valmis maksma ja koolide tunniplaanis polnud neile ruumi, nii et pilootprojekt peatati.",
            "Verkossa toimivia ohjelmointikursseja 13–17-vuotiaille testattiin ruotsalaisilla oppilailla, jotka pitivät niistä. Perheet eivät kuitenkaan halunneet maksaa, eikä koulujen lukujärjestyksissä ollut niille tilaa, joten pilotti lopetettiin.",
            "Tiešsaistes programmēšanas kursus 13–17 gadus veciem jauniešiem testēja ar Zviedrijas skolēniem, kuriem tie patika. Taču ģimenes nebija gatavas maksāt un skolu stundu sarakstos tiem nebija vietas, tāpēc pilotprojektu apturēja.",
            "Programmeringskurser på nätet för 13–17-åringar testades med svenska elever, som tyckte om dem. Men familjerna ville inte betala och skolorna hade inget utrymme i schemat, så piloten avbröts.",
        ),
        "service": L(
            "Twelve-week online courses in web programming, with a live session with a teacher every week and a final project.",
            "Kaheteistkümnenädalased veebiprogrammeerimise kursused internetis, iganädalase otsetunniga õpetajaga ja lõpuprojektiga.",
            "Kahdentoista viikon verkkokurssit verkko-ohjelmoinnista: joka viikko live-tunti opettajan kanssa ja lopuksi oma projekti.",
            "Divpadsmit nedēļu tiešsaistes kursi tīmekļa programmēšanā ar iknedēļas tiešraides nodarbību kopā ar skolotāju un noslēguma projektu.",
            "Tolv veckor långa kurser i webbprogrammering på nätet, med ett direktsänt pass med lärare varje vecka och ett slutprojekt.",
        ),
        "outcome": L(
            "More of the 40 pupils in the Living Lab test finished the course than is usual in Latvia. But Swedish schools did not teach programming as a subject in 2012, and parents expected such courses to be free. With no paying customer in sight, the company stopped the pilot in August 2012.",
            "Elava labori testis osalenud 40 õpilasest lõpetas kursuse suurem osa kui Lätis tavaks. Rootsi koolides ei õpetatud aga 2012. aastal programmeerimist eraldi ainena ja vanemad ootasid, et sellised kursused on tasuta. Kuna maksvat klienti polnud näha, peatas ettevõte pilootprojekti 2012. aasta augustis.",
            "Living Lab -testin 40 oppilaasta suurempi osa suoritti kurssin loppuun kuin Latviassa on tavallista. Ruotsin kouluissa ei kuitenkaan vuonna 2012 opetettu ohjelmointia omana aineenaan, ja vanhemmat odottivat tällaisten kurssien olevan ilmaisia. Kun maksavaa asiakasta ei näkynyt, yritys lopetti pilotin elokuussa 2012.",
            "No 40 skolēniem, kas piedalījās testā dzīvajā laboratorijā, kursu pabeidza lielāka daļa nekā Latvijā parasti. Taču Zviedrijas skolās 2012. gadā programmēšanu nemācīja kā atsevišķu priekšmetu, un vecāki gaidīja, ka šādi kursi būs bez maksas. Tā kā maksājoša klienta nebija redzamā, uzņēmums 2012. gada augustā apturēja pilotprojektu.",
            "Av de 40 eleverna i Living Lab-testet gick fler klart kursen än vad som är vanligt i Lettland. Men svenska skolor undervisade inte i programmering som eget ämne 2012, och föräldrarna väntade sig att sådana kurser var gratis. Utan någon betalande kund i sikte avbröt företaget piloten i augusti 2012.",
        ),
        "lessons": L(
            "- Test the business model as early as the product: who pays was the question that decided the pilot.\n"
            "- In Sweden, free clubs and libraries set the expected price of learning outside school.\n"
            "- A Swedish study association showed interest in working together later, if programming enters the curriculum.",
            "- Testige ärimudelit sama vara kui toodet: pilootprojekti saatuse otsustas küsimus, kes maksab.\n"
            "- Rootsis kujundavad tasuta huviringid ja raamatukogud ootused koolivälise õppimise hinnale.\n"
            "- Üks Rootsi õppeliit näitas üles huvi hilisema koostöö vastu, kui programmeerimine jõuab õppekavasse.",
            "- Testaa liiketoimintamallia yhtä aikaisin kuin tuotetta: pilotin ratkaisi kysymys siitä, kuka maksaa.\n"
            "- Ruotsissa ilmaiset kerhot ja kirjastot määräävät, mitä koulun ulkopuolisesta oppimisesta ollaan valmiita maksamaan.\n"
            "- Ruotsalainen opintoliitto kiinnostui yhteistyöstä myöhemmin, jos ohjelmointi tulee opetussuunnitelmaan.",
            "- Pārbaudiet biznesa modeli tikpat agri kā produktu: pilotprojekta likteni izšķīra jautājums, kurš maksās.\n"
            "- Zviedrijā bezmaksas pulciņi un bibliotēkas nosaka, cik cilvēki gatavi maksāt par ārpusskolas mācībām.\n"
            "- Kāda zviedru izglītības biedrība izrādīja interesi par sadarbību vēlāk, ja programmēšana nonāks mācību programmā.",
            "- Testa affärsmodellen lika tidigt som produkten: frågan om vem som betalar avgjorde piloten.\n"
            "- I Sverige sätter gratis klubbar och bibliotek förväntningarna på vad lärande utanför skolan får kosta.\n"
            "- Ett svenskt studieförbund visade intresse för ett samarbete längre fram, om programmering kommer in i läroplanen.",
        ),
        "steps": {
            2: S(
                2,
                2,
                L(
                    "The company chose Sweden for its size and high internet use, without checking who pays for learning outside school.",
                    "Ettevõte valis Rootsi selle suuruse ja laialdase internetikasutuse tõttu, kontrollimata, kes maksab koolivälise õppimise eest.",
                    "Yritys valitsi Ruotsin sen koon ja laajan internetin käytön vuoksi tarkistamatta, kuka maksaa koulun ulkopuolisesta oppimisesta.",
                    "Uzņēmums izvēlējās Zviedriju tās lieluma un plašā interneta lietojuma dēļ, nepārbaudot, kurš maksā par ārpusskolas mācībām.",
                    "Företaget valde Sverige för dess storlek och höga internetanvändning, utan att ta reda på vem som betalar för lärande utanför skolan.",
                ),
                L(
                    "The market looked big on paper; the paying customer was never identified.",
                    "Paberil tundus turg suur; maksvat klienti ei suudetud kunagi kindlaks teha.",
                    "Paperilla markkina näytti suurelta; maksavaa asiakasta ei koskaan tunnistettu.",
                    "Uz papīra tirgus izskatījās liels; maksājošo klientu tā arī neidentificēja.",
                    "På papperet såg marknaden stor ut; den betalande kunden identifierades aldrig.",
                ),
            ),
            4: S(
                8,
                4,
                L(
                    "The courses were translated into Swedish and a Swedish-speaking teacher was hired for the live sessions.",
                    "Kursused tõlgiti rootsi keelde ja otsetundide jaoks palgati rootsi keelt kõnelev õpetaja.",
                    "Kurssit käännettiin ruotsiksi, ja live-tunneille palkattiin ruotsinkielinen opettaja.",
                    "Kursus pārtulkoja zviedru valodā, un tiešraides nodarbībām pieņēma darbā zviedriski runājošu skolotāju.",
                    "Kurserna översattes till svenska och en svensktalande lärare anställdes för de direktsända passen.",
                ),
                L(
                    "Pupils said the Swedish material felt natural; the teacher was the most expensive part of the pilot.",
                    "Õpilaste sõnul tundus rootsikeelne materjal loomulik; õpetaja oli pilootprojekti kõige kallim osa.",
                    "Oppilaiden mielestä ruotsinkielinen materiaali tuntui luontevalta; opettaja oli pilotin kallein osa.",
                    "Skolēni teica, ka zviedru materiāls šķita dabisks; skolotājs bija dārgākā pilotprojekta daļa.",
                    "Eleverna tyckte att det svenska materialet kändes naturligt; läraren var den dyraste delen av piloten.",
                ),
            ),
            5: S(
                12,
                5,
                L(
                    "40 pupils from three schools in Stockholm and Norrköping took the course for twelve weeks with a Swedish Living Lab.",
                    "40 õpilast kolmest Stockholmi ja Norrköpingi koolist läbisid koos Rootsi elava laboriga kaheteistkümnenädalase kursuse.",
                    "40 oppilasta kolmesta Tukholman ja Norrköpingin koulusta kävi kahdentoista viikon kurssin ruotsalaisen Living Labin kanssa.",
                    "40 skolēni no trim Stokholmas un Norčēpingas skolām divpadsmit nedēļas apguva kursu kopā ar Zviedrijas dzīvo laboratoriju.",
                    "40 elever från tre skolor i Stockholm och Norrköping gick kursen i tolv veckor tillsammans med ett svenskt Living Lab.",
                ),
                L(
                    "Most finished their final projects and wanted to continue; the Living Lab's interviews also showed that parents would not pay.",
                    "Enamik lõpetas lõpuprojekti ja soovis jätkata; elava labori intervjuudest selgus ka, et vanemad ei oleks nõus maksma.",
                    "Useimmat saivat lopputyönsä valmiiksi ja halusivat jatkaa; Living Labin haastatteluista selvisi myös, etteivät vanhemmat olisi valmiita maksamaan.",
                    "Lielākā daļa pabeidza noslēguma projektus un vēlējās turpināt; dzīvās laboratorijas intervijas arī parādīja, ka vecāki nebūtu gatavi maksāt.",
                    "De flesta gjorde klart sina slutprojekt och ville fortsätta; Living Labbets intervjuer visade också att föräldrarna inte skulle betala.",
                ),
            ),
            6: S(
                6,
                3,
                L(
                    "The network arranged meetings with two municipalities, a study association and a private school group.",
                    "Võrgustik korraldas kohtumised kahe omavalitsuse, ühe õppeliidu ja ühe erakoolide grupiga.",
                    "Verkosto järjesti tapaamiset kahden kunnan, opintoliiton ja yksityisen kouluketjun kanssa.",
                    "Tīkls noorganizēja tikšanās ar divām pašvaldībām, izglītības biedrību un privātu skolu grupu.",
                    "Nätverket ordnade möten med två kommuner, ett studieförbund och en privat skolkoncern.",
                ),
                L(
                    "Nobody had a budget for programming courses in 2012; the company stopped the pilot.",
                    "2012. aastal polnud kellelgi programmeerimiskursuste jaoks eelarvet; ettevõte peatas pilootprojekti.",
                    "Vuonna 2012 kenelläkään ei ollut budjettia ohjelmointikursseille; yritys lopetti pilotin.",
                    "2012. gadā nevienam nebija budžeta programmēšanas kursiem; uzņēmums apturēja pilotprojektu.",
                    "Ingen hade budget för programmeringskurser 2012; företaget avbröt piloten.",
                ),
            ),
        },
    },
]
