"""Demo pages: about, privacy notice, accessibility statement, in five languages."""

from portal.demo_utils import translated_fields
from portal.models import Page

# ---------------------------------------------------------------------------
# About
# ---------------------------------------------------------------------------

ABOUT_EN = """\
Ballad is a portal for small and medium-sized enterprises (SMEs) that offer digital services – above all in e-health and e-learning – and want to take them to Estonia, Finland, Latvia or Sweden. On the map a neighbouring market looks close, but every country has its own regulation, procurement practices, business culture and language. Ballad brings together what a company needs to know and the people who can help.

## What Ballad offers

- **Market information.** A market profile for each country and sector describes regulation, public procurement, business culture, funding and the typical barriers companies run into.
- **Counseling.** A company can ask a question through a short form. The partner organisation responsible for the first target country reviews the request and replies by e-mail, and the company can follow its request through a private tracking link. No account is needed, although registered users can see all their requests in one place.
- **A network with Living Labs.** The directory lists the partner organisations, their contact persons and the Living Labs where a service can be tested and developed together with real users – patients, care staff, teachers and learners.
- **The transfer process model.** The model describes, step by step, how a digital service is taken from one country to another. It was developed and tested in 11 pilot cases, which are documented on the portal together with their lessons learned.

## Who is behind Ballad

Ballad is run by a network of four partner organisations:

- Laurea University of Applied Sciences, user-driven innovation unit (Laurea Living Labs), Finland
- Institute of Baltic Studies, Tartu, Estonia
- Technology Development Forum, Riga, Latvia
- SICS Swedish ICT, Sweden

Each partner knows its home market and answers the counseling requests that concern it. If a question is about another country, the request is handed over within the network.

## Five languages

The portal is available in English, Estonian, Finnish, Latvian and Swedish. You can switch the language at any time with the language menu at the top of every page, and you can choose the language in which you would like to receive replies to your counseling request.
"""

ABOUT_ET = """\
Ballad on portaal väikestele ja keskmise suurusega ettevõtetele, kes pakuvad digiteenuseid – eelkõige e-tervise ja e-õppe valdkonnas – ning soovivad jõuda Eesti, Soome, Läti või Rootsi turule. Kaardil paistab naaberriik lähedal, kuid igal riigil on oma regulatsioonid, hanketavad, ärikultuur ja keel. Ballad koondab ühte kohta teabe, mida ettevõte uuele turule minekuks vajab, ja inimesed, kes oskavad aidata.

## Mida Ballad pakub

- **Turuteave.** Iga riigi ja valdkonna kohta koostatud turuülevaade kirjeldab regulatsioone, riigihankeid, ärikultuuri, rahastamisvõimalusi ja tüüpilisi takistusi, millega ettevõtted kokku puutuvad.
- **Nõustamine.** Ettevõte saab esitada küsimuse lühikese vormi kaudu. Esimese sihtriigi eest vastutav partnerorganisatsioon vaatab pöördumise läbi ja vastab e-posti teel ning ettevõte saab pöördumise käiku jälgida isikliku jälgimislingi kaudu. Kasutajakontot pole vaja, kuid registreerunud kasutajad näevad kõiki oma pöördumisi ühes kohas.
- **Võrgustik ja elavad laborid.** Kataloogist leiab partnerorganisatsioonid, nende kontaktisikud ning elavad laborid (Living Labs), kus teenust saab katsetada ja edasi arendada koos päris kasutajatega – patsientide, hooldustöötajate, õpetajate ja õppijatega.
- **Siirdeprotsessi mudel.** Mudel kirjeldab samm-sammult, kuidas viia digiteenus ühest riigist teise. See töötati välja ja seda katsetati 11 pilootjuhtumis, mida portaalis koos saadud õppetundidega tutvustatakse.

## Kes on Balladi taga

Balladi haldab neljast partnerorganisatsioonist koosnev võrgustik:

- Laurea rakenduskõrgkooli kasutajakeskse innovatsiooni üksus (Laurea Living Labs), Soome
- Balti Uuringute Instituut, Tartu, Eesti
- Tehnoloogia Arendamise Foorum (Tehnoloģiju attīstības forums), Riia, Läti
- SICS Swedish ICT, Rootsi

Iga partner tunneb oma koduturgu ja vastab seda puudutavatele nõustamispöördumistele. Kui küsimus puudutab mõnda teist riiki, antakse pöördumine võrgustiku sees üle sobivale partnerile.

## Viis keelt

Portaal on kasutatav inglise, eesti, soome, läti ja rootsi keeles. Keelt saab igal ajal vahetada iga lehe ülaosas olevast keelemenüüst ning nõustamispöördumist esitades saate valida, millises keeles soovite vastuseid saada.
"""

ABOUT_FI = """\
Ballad on portaali pienille ja keskisuurille yrityksille, jotka tarjoavat digitaalisia palveluja – erityisesti terveyden, hyvinvoinnin ja oppimisen aloilla – ja haluavat viedä ne Viroon, Suomeen, Latviaan tai Ruotsiin. Kartalla naapurimaa näyttää lähellä olevalta, mutta jokaisella maalla on omat säädöksensä, hankintakäytäntönsä, liiketoimintakulttuurinsa ja kielensä. Balladista yritys löytää samasta paikasta tarvitsemansa tiedot ja ihmiset, jotka voivat auttaa.

## Mitä Ballad tarjoaa

- **Markkinatieto.** Maa- ja toimialakohtaiset markkinaprofiilit kertovat sääntelystä, julkisista hankinnoista, liiketoimintakulttuurista, rahoituksesta ja tyypillisistä esteistä, joihin yritykset törmäävät.
- **Neuvonta.** Yritys voi lähettää kysymyksensä lyhyellä lomakkeella. Ensimmäisestä kohdemaasta vastaava kumppaniorganisaatio käsittelee pyynnön ja vastaa sähköpostitse, ja yritys voi seurata pyyntönsä etenemistä henkilökohtaisen seurantalinkin kautta. Käyttäjätiliä ei tarvita, mutta rekisteröityneet käyttäjät näkevät kaikki pyyntönsä yhdessä paikassa.
- **Verkosto ja Living Lab -ympäristöt.** Hakemistosta löytyvät kumppaniorganisaatiot, niiden yhteyshenkilöt sekä Living Lab -ympäristöt, joissa palvelua voi testata ja kehittää yhdessä todellisten käyttäjien – potilaiden, hoitohenkilöstön, opettajien ja opiskelijoiden – kanssa.
- **Siirtoprosessimalli.** Malli kuvaa vaihe vaiheelta, miten digitaalinen palvelu viedään maasta toiseen. Se on kehitetty ja testattu 11 pilottitapauksessa, jotka on kuvattu portaalissa opetuksineen.

## Kuka Balladia ylläpitää

Balladia ylläpitää neljän kumppaniorganisaation verkosto:

- Laurea-ammattikorkeakoulun käyttäjälähtöisen innovoinnin yksikkö (Laurea Living Labs), Suomi
- Itämeren tutkimuslaitos IBS (Institute of Baltic Studies), Tartto, Viro
- Teknologian kehittämisfoorumi (Tehnoloģiju attīstības forums), Riika, Latvia
- SICS Swedish ICT, Ruotsi

Jokainen kumppani tuntee kotimaansa markkinat ja vastaa niitä koskeviin neuvontapyyntöihin. Jos kysymys koskee toista maata, pyyntö siirretään verkoston sisällä oikealle kumppanille.

## Viisi kieltä

Portaali on käytettävissä englanniksi, viroksi, suomeksi, latviaksi ja ruotsiksi. Voit vaihtaa kieltä milloin tahansa jokaisen sivun yläreunassa olevasta kielivalikosta, ja neuvontapyyntöä lähettäessäsi voit valita, millä kielellä haluat saada vastaukset.
"""

ABOUT_LV = """\
Ballad ir portāls maziem un vidējiem uzņēmumiem, kas piedāvā digitālos pakalpojumus – galvenokārt e-veselības un e-izglītības jomā – un vēlas ar tiem ienākt Igaunijas, Somijas, Latvijas vai Zviedrijas tirgū. Kartē kaimiņvalsts šķiet tuvu, taču katrai valstij ir savs regulējums, iepirkumu prakse, uzņēmējdarbības kultūra un valoda. Portālā Ballad vienuviet atrodama uzņēmumam nepieciešamā informācija un cilvēki, kas var palīdzēt.

## Ko piedāvā Ballad

- **Tirgus informācija.** Katrai valstij un nozarei ir sagatavots tirgus profils, kas apraksta regulējumu, publiskos iepirkumus, uzņēmējdarbības kultūru, finansējuma iespējas un tipiskos šķēršļus, ar kuriem saskaras uzņēmumi.
- **Konsultācijas.** Uzņēmums var uzdot jautājumu, aizpildot īsu veidlapu. Par pirmo mērķa valsti atbildīgā partnerorganizācija izvērtē pieprasījumu un atbild pa e-pastu, bet uzņēmums var sekot pieprasījuma virzībai, izmantojot personīgu izsekošanas saiti. Konts nav vajadzīgs, taču reģistrēti lietotāji visus savus pieprasījumus redz vienuviet.
- **Tīkls un dzīvās laboratorijas.** Katalogā atrodamas partnerorganizācijas, to kontaktpersonas un dzīvās laboratorijas (Living Labs), kurās pakalpojumu var izmēģināt un pilnveidot kopā ar īstiem lietotājiem – pacientiem, aprūpes darbiniekiem, skolotājiem un izglītojamajiem.
- **Pārneses procesa modelis.** Modelis soli pa solim apraksta, kā digitālu pakalpojumu pārnest no vienas valsts uz citu. Tas izstrādāts un pārbaudīts 11 pilotprojektos, kas portālā aprakstīti kopā ar gūtajām atziņām.

## Kas veido Ballad

Portālu Ballad uztur četru partnerorganizāciju tīkls:

- Laurea Lietišķo zinātņu universitātes lietotājvirzītu inovāciju nodaļa (Laurea Living Labs), Somija
- Baltijas studiju institūts (Balti Uuringute Instituut), Tartu, Igaunija
- Tehnoloģiju attīstības forums, Rīga, Latvija
- SICS Swedish ICT, Zviedrija

Katrs partneris labi pārzina savas valsts tirgu un atbild uz konsultāciju pieprasījumiem, kas uz to attiecas. Ja jautājums skar citu valsti, pieprasījums tiek nodots attiecīgajam partnerim tīkla ietvaros.

## Piecas valodas

Portāls pieejams angļu, igauņu, somu, latviešu un zviedru valodā. Valodu varat jebkurā brīdī nomainīt valodu izvēlnē katras lapas augšdaļā, bet, iesniedzot konsultācijas pieprasījumu, varat izvēlēties, kurā valodā vēlaties saņemt atbildes.
"""

ABOUT_SV = """\
Ballad är en portal för små och medelstora företag som erbjuder digitala tjänster – framför allt inom e-hälsa och e-lärande – och vill ta dem till Estland, Finland, Lettland eller Sverige. På kartan ser grannlandet nära ut, men varje land har sina egna regler, sin egen upphandlingspraxis, sin affärskultur och sitt språk. Ballad samlar det som ett företag behöver veta och de människor som kan hjälpa till.

## Det här erbjuder Ballad

- **Marknadsinformation.** En marknadsprofil för varje land och bransch beskriver regelverk, offentlig upphandling, affärskultur, finansiering och de hinder som företag ofta stöter på.
- **Rådgivning.** Företaget kan ställa en fråga via ett kort formulär. Den partnerorganisation som ansvarar för det första mållandet går igenom ärendet och svarar per e-post, och företaget kan följa ärendet via en personlig spårningslänk. Du behöver inget konto, men som registrerad användare ser du alla dina ärenden på ett ställe.
- **Ett nätverk med Living Labs.** Katalogen visar partnerorganisationerna, deras kontaktpersoner och de Living Labs där en tjänst kan testas och utvecklas tillsammans med verkliga användare – patienter, vårdpersonal, lärare och studerande.
- **Processmodellen för överföring.** Modellen beskriver steg för steg hur en digital tjänst förs över från ett land till ett annat. Den har tagits fram och prövats i 11 pilotfall, som beskrivs i portalen tillsammans med lärdomarna från dem.

## Vilka står bakom Ballad?

Ballad drivs av ett nätverk med fyra partnerorganisationer:

- Laurea yrkeshögskola, enheten för användardriven innovation (Laurea Living Labs), Finland
- Institutet för baltiska studier (Institute of Baltic Studies), Tartu, Estland
- Forumet för teknikutveckling (Tehnoloģiju attīstības forums), Riga, Lettland
- SICS Swedish ICT, Sverige

Varje partner känner sin hemmamarknad och svarar på de rådgivningsärenden som gäller den. Handlar frågan om ett annat land lämnas ärendet över inom nätverket.

## Fem språk

Portalen finns på engelska, estniska, finska, lettiska och svenska. Du kan byta språk när som helst i språkmenyn högst upp på varje sida, och när du skickar in ett rådgivningsärende kan du välja på vilket språk du vill få svaren.
"""

# ---------------------------------------------------------------------------
# Privacy notice, version 2026-11
# ---------------------------------------------------------------------------

PRIVACY_EN = """\
**Version:** 2026-11

## Controller

The controller is the Ballad partner network, made up of Laurea University of Applied Sciences (Finland), the Institute of Baltic Studies (Estonia), the Technology Development Forum (Latvia) and SICS Swedish ICT (Sweden). You can reach us at [privacy@ballad.example.org](mailto:privacy@ballad.example.org).

## What personal data we process

**User accounts.** An account is optional. If you create one, we process your e-mail address, your name, a hash of your password (never the password itself) and your two-factor authentication settings.

**Counseling requests.** When you submit a request, we process your company's details, the name of the contact person, an e-mail address, a phone number if you choose to give one, your question and the replies to it, and your preferred language. We also record the time at which you acknowledged this notice and the version you acknowledged.

**Technical data.** The portal sets only three cookies: a session cookie that keeps you signed in, a CSRF cookie that protects forms against cross-site request forgery, and a language cookie that remembers the language you chose. We use no tracking, advertising or analytics cookies. Our servers keep security logs, for example of IP addresses, request times and sign-in attempts.

## Purposes and legal bases

- **Your user account** is based on your consent (Article 6(1)(a) GDPR). You can withdraw your consent at any time by deleting your account.
- **Handling your counseling request**, including any hand-over to another partner, is necessary to take steps at your request (Article 6(1)(b) GDPR).
- **Security logs and the technically necessary cookies** are based on our legitimate interest in keeping the portal and your data secure and preventing misuse (Article 6(1)(f) GDPR).

## Who receives your data

A counseling request is visible only to the partner organisation handling it, normally the partner responsible for your first target country. If another partner of the network is better placed to answer, the request is handed over to that partner. Personal data is not sold, disclosed to anyone else or transferred outside the EU/EEA.

## How long we keep your data

- Counseling requests are anonymised 24 months after they were closed or rejected: the personal fields are blanked and only anonymous statistics, such as the target country and sector, are kept.
- A user account is kept until you delete it.
- Security logs are kept only as long as needed to detect and investigate security incidents.

## Your rights

Under the GDPR you have the right to:

- access your personal data;
- have inaccurate data rectified;
- have your data erased;
- data portability: when signed in, you can download your data as a JSON file and delete your account yourself on the account pages;
- object to processing based on our legitimate interest;
- withdraw your consent at any time, without affecting the lawfulness of processing before the withdrawal.

To exercise your rights, write to [privacy@ballad.example.org](mailto:privacy@ballad.example.org). We answer within one month.

## Right to lodge a complaint

If you believe that your personal data is processed unlawfully, you can lodge a complaint with a data protection authority, for example in the country where you live or work:

- Estonia: Andmekaitse Inspektsioon (Estonian Data Protection Inspectorate)
- Finland: Tietosuojavaltuutetun toimisto (Office of the Data Protection Ombudsman)
- Latvia: Datu valsts inspekcija (Data State Inspectorate)
- Sweden: Integritetsskyddsmyndigheten, IMY (Swedish Authority for Privacy Protection)

## Changes to this notice

When we change this notice, we publish the new version on this page with a new version number.
"""

PRIVACY_ET = """\
**Versioon:** 2026-11

## Vastutav töötleja

Vastutav töötleja on Balladi partnervõrgustik, kuhu kuuluvad Laurea rakenduskõrgkool (Soome), Balti Uuringute Instituut (Eesti), Tehnoloogia Arendamise Foorum (Läti) ja SICS Swedish ICT (Rootsi). Meiega saate ühendust võtta aadressil [privacy@ballad.example.org](mailto:privacy@ballad.example.org).

## Milliseid isikuandmeid töötleme

**Kasutajakontod.** Konto loomine on vabatahtlik. Kui konto loote, töötleme teie e-posti aadressi, nime, parooli räsi (mitte kunagi parooli ennast) ja kaheastmelise autentimise seadeid.

**Nõustamispöördumised.** Pöördumise esitamisel töötleme ettevõtte andmeid, kontaktisiku nime, e-posti aadressi, soovi korral ka telefoninumbrit, teie küsimust ja sellele antud vastuseid ning eelistatud suhtluskeelt. Lisaks salvestame, millal ja millise versiooni puhul te kinnitasite, et olete privaatsusteatega tutvunud.

**Tehnilised andmed.** Portaal kasutab ainult kolme küpsist: seansiküpsist, mis hoiab teid sisselogituna, CSRF-küpsist, mis kaitseb vorme võltsitud päringute eest, ja keeleküpsist, mis jätab meelde valitud keele. Jälgimis-, reklaami- ega analüüsiküpsiseid me ei kasuta. Meie serverid peavad turvalogisid, näiteks IP-aadresside, päringute aegade ja sisselogimiskatsete kohta.

## Töötlemise eesmärgid ja õiguslikud alused

- **Kasutajakonto** andmeid töötleme teie nõusolekul (isikuandmete kaitse üldmääruse ehk IKÜMi artikli 6 lõike 1 punkt a). Nõusoleku saate igal ajal tagasi võtta, kustutades oma konto.
- **Nõustamispöördumise menetlemine**, sealhulgas vajaduse korral teisele partnerile üleandmine, on vajalik teie taotlusel meetmete võtmiseks (IKÜMi artikli 6 lõike 1 punkt b).
- **Turvalogid ja tehniliselt vajalikud küpsised** põhinevad meie õigustatud huvil hoida portaal ja teie andmed turvalisena ning ennetada kuritarvitusi (IKÜMi artikli 6 lõike 1 punkt f).

## Kellele andmeid edastatakse

Nõustamispöördumist näeb ainult seda menetlev partnerorganisatsioon, tavaliselt teie esimese sihtriigi eest vastutav partner. Kui mõni teine võrgustiku partner oskab küsimusele paremini vastata, antakse pöördumine talle üle. Isikuandmeid ei müüda, ei avaldata kellelegi teisele ega edastata väljapoole Euroopa Liitu ja Euroopa Majanduspiirkonda.

## Kui kaua andmeid säilitame

- Nõustamispöördumised anonüümitakse 24 kuu möödumisel nende sulgemisest või tagasilükkamisest: isikuandmete väljad tühjendatakse ja alles jääb üksnes anonüümne statistika, näiteks sihtriik ja valdkond.
- Kasutajakontot säilitatakse seni, kuni te selle kustutate.
- Turvalogisid säilitatakse ainult nii kaua, kui on vaja turvaintsidentide avastamiseks ja uurimiseks.

## Teie õigused

Isikuandmete kaitse üldmääruse alusel on teil õigus:

- tutvuda oma isikuandmetega;
- nõuda ebaõigete andmete parandamist;
- nõuda oma andmete kustutamist;
- andmete ülekandmisele: sisselogituna saate kontolehtedel oma andmed JSON-failina alla laadida ja konto ise kustutada;
- esitada vastuväiteid õigustatud huvil põhineva töötlemise kohta;
- võtta nõusolek igal ajal tagasi; see ei mõjuta enne tagasivõtmist toimunud töötlemise seaduslikkust.

Oma õiguste kasutamiseks kirjutage aadressil [privacy@ballad.example.org](mailto:privacy@ballad.example.org). Vastame ühe kuu jooksul.

## Õigus esitada kaebus

Kui leiate, et teie isikuandmeid töödeldakse õigusvastaselt, võite esitada kaebuse andmekaitse järelevalveasutusele, näiteks riigis, kus elate või töötate:

- Eesti: Andmekaitse Inspektsioon
- Soome: Tietosuojavaltuutetun toimisto (Soome andmekaitsevoliniku büroo)
- Läti: Datu valsts inspekcija (Läti andmekaitseinspektsioon)
- Rootsi: Integritetsskyddsmyndigheten, IMY (Rootsi andmekaitseasutus)

## Teate muutmine

Teate muutmisel avaldame uue versiooni sellel lehel uue versiooninumbriga.
"""

PRIVACY_FI = """\
**Versio:** 2026-11

## Rekisterinpitäjä

Rekisterinpitäjä on Balladin kumppaniverkosto, johon kuuluvat Laurea-ammattikorkeakoulu (Suomi), Itämeren tutkimuslaitos IBS (Viro), Teknologian kehittämisfoorumi (Latvia) ja SICS Swedish ICT (Ruotsi). Tavoitat meidät osoitteesta [privacy@ballad.example.org](mailto:privacy@ballad.example.org).

## Mitä henkilötietoja käsittelemme

**Käyttäjätilit.** Käyttäjätilin luominen on vapaaehtoista. Jos luot tilin, käsittelemme sähköpostiosoitettasi, nimeäsi, salasanasi tiivistettä (emme koskaan itse salasanaa) ja kaksivaiheisen tunnistautumisen asetuksiasi.

**Neuvontapyynnöt.** Kun lähetät neuvontapyynnön, käsittelemme yrityksen tietoja, yhteyshenkilön nimeä, sähköpostiosoitetta, puhelinnumeroa (jos annat sen), kysymystäsi ja siihen annettuja vastauksia sekä toivomaasi asiointikieltä. Lisäksi tallennamme, milloin vahvistit tutustuneesi tähän tietosuojaselosteeseen ja mihin sen versioon.

**Tekniset tiedot.** Portaali käyttää vain kolmea evästettä: istuntoevästettä, joka pitää sinut kirjautuneena, CSRF-evästettä, joka suojaa lomakkeita väärennetyiltä pyynnöiltä, ja kielievästettä, joka muistaa valitsemasi kielen. Emme käytä seuranta-, mainonta- tai analytiikkaevästeitä. Palvelimemme tallentavat tietoturvalokeja, esimerkiksi IP-osoitteita, pyyntöjen ajankohtia ja kirjautumisyrityksiä.

## Käsittelyn tarkoitukset ja oikeusperusteet

- **Käyttäjätilin** tietojen käsittely perustuu suostumukseesi (EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta). Voit peruuttaa suostumuksesi milloin tahansa poistamalla tilisi.
- **Neuvontapyynnön käsittely**, myös sen mahdollinen siirtäminen toiselle kumppanille, on tarpeen toimenpiteiden toteuttamiseksi pyynnöstäsi (6 artiklan 1 kohdan b alakohta).
- **Tietoturvalokit ja teknisesti välttämättömät evästeet** perustuvat oikeutettuun etuumme pitää portaali ja tietosi turvassa ja estää väärinkäytöksiä (6 artiklan 1 kohdan f alakohta).

## Kenelle tietoja luovutetaan

Neuvontapyynnön näkee vain sitä käsittelevä kumppaniorganisaatio, yleensä ensimmäisestä kohdemaastasi vastaava kumppani. Jos joku toinen verkoston kumppani pystyy vastaamaan kysymykseen paremmin, pyyntö siirretään sille. Henkilötietoja ei myydä, luovuteta muille eikä siirretä EU:n tai ETA:n ulkopuolelle.

## Kuinka kauan tietoja säilytetään

- Neuvontapyynnöt anonymisoidaan, kun niiden sulkemisesta tai hylkäämisestä on kulunut 24 kuukautta: henkilötietokentät tyhjennetään, ja jäljelle jää vain anonyymia tilastotietoa, kuten kohdemaa ja toimiala.
- Käyttäjätili säilytetään, kunnes poistat sen.
- Tietoturvalokeja säilytetään vain niin kauan kuin on tarpeen tietoturvapoikkeamien havaitsemiseksi ja selvittämiseksi.

## Oikeutesi

Tietosuoja-asetuksen mukaan sinulla on oikeus

- saada pääsy henkilötietoihisi
- vaatia virheellisten tietojen oikaisemista
- vaatia tietojesi poistamista
- siirtää tietosi järjestelmästä toiseen: kirjauduttuasi voit ladata tietosi JSON-tiedostona ja poistaa tilisi itse tilisivuilla
- vastustaa oikeutettuun etuun perustuvaa käsittelyä
- peruuttaa suostumuksesi milloin tahansa; peruuttaminen ei vaikuta sitä ennen tehdyn käsittelyn lainmukaisuuteen.

Voit käyttää oikeuksiasi lähettämällä viestin osoitteeseen [privacy@ballad.example.org](mailto:privacy@ballad.example.org). Vastaamme kuukauden kuluessa.

## Oikeus tehdä valitus

Jos katsot, että henkilötietojasi käsitellään lainvastaisesti, voit tehdä valituksen tietosuojaviranomaiselle, esimerkiksi siinä maassa, jossa asut tai työskentelet:

- Viro: Andmekaitse Inspektsioon (Viron tietosuojaviranomainen)
- Suomi: Tietosuojavaltuutetun toimisto
- Latvia: Datu valsts inspekcija (Latvian tietosuojaviranomainen)
- Ruotsi: Integritetsskyddsmyndigheten, IMY (Ruotsin tietosuojaviranomainen)

## Selosteen muuttaminen

Kun muutamme tätä selostetta, julkaisemme uuden version tällä sivulla uudella versionumerolla.
"""

PRIVACY_LV = """\
**Versija:** 2026-11

## Pārzinis

Pārzinis ir Ballad partneru tīkls, ko veido Laurea Lietišķo zinātņu universitāte (Somija), Baltijas studiju institūts (Igaunija), Tehnoloģiju attīstības forums (Latvija) un SICS Swedish ICT (Zviedrija). Ar mums var sazināties, rakstot uz [privacy@ballad.example.org](mailto:privacy@ballad.example.org).

## Kādus personas datus mēs apstrādājam

**Lietotāju konti.** Konta izveide ir brīvprātīga. Ja izveidojat kontu, mēs apstrādājam Jūsu e-pasta adresi, vārdu un uzvārdu, paroles jaucējvērtību (nekad ne pašu paroli) un divpakāpju autentifikācijas iestatījumus.

**Konsultāciju pieprasījumi.** Kad iesniedzat pieprasījumu, mēs apstrādājam uzņēmuma datus, kontaktpersonas vārdu un uzvārdu, e-pasta adresi, tālruņa numuru (ja to norādāt), Jūsu jautājumu un atbildes uz to, kā arī vēlamo saziņas valodu. Turklāt mēs saglabājam laiku, kad apliecinājāt, ka esat iepazinies ar šo paziņojumu, un tā versiju.

**Tehniskie dati.** Portāls izmanto tikai trīs sīkdatnes: sesijas sīkdatni, kas nodrošina, ka pēc pieteikšanās paliekat pieteicies, CSRF sīkdatni, kas aizsargā veidlapas pret starpvietņu pieprasījumu viltošanu, un valodas sīkdatni, kas atceras Jūsu izvēlēto valodu. Mēs neizmantojam izsekošanas, reklāmas vai analītikas sīkdatnes. Mūsu serveri uztur drošības žurnālus, kuros reģistrē, piemēram, IP adreses, pieprasījumu laiku un pieteikšanās mēģinājumus.

## Apstrādes nolūki un juridiskais pamats

- **Lietotāja konta** datus apstrādājam, pamatojoties uz Jūsu piekrišanu (Vispārīgās datu aizsardzības regulas (VDAR) 6. panta 1. punkta a) apakšpunkts). Piekrišanu varat jebkurā laikā atsaukt, dzēšot savu kontu.
- **Konsultācijas pieprasījuma** izvērtēšana, atbildes sniegšana un vajadzības gadījumā nodošana citam partnerim ir nepieciešama, lai pēc Jūsu pieprasījuma veiktu attiecīgus pasākumus (VDAR 6. panta 1. punkta b) apakšpunkts).
- **Drošības žurnālus un tehniski nepieciešamās sīkdatnes** izmantojam, pamatojoties uz mūsu leģitīmajām interesēm nodrošināt portāla un Jūsu datu drošību un novērst ļaunprātīgu izmantošanu (VDAR 6. panta 1. punkta f) apakšpunkts).

## Datu saņēmēji

Konsultācijas pieprasījumu redz tikai partnerorganizācija, kas to izskata (parasti par Jūsu pirmo mērķa valsti atbildīgais partneris). Ja uz jautājumu labāk var atbildēt cits tīkla partneris, pieprasījums tiek nodots tam. Personas dati netiek pārdoti, izpausti citiem vai nosūtīti ārpus ES/EEZ.

## Cik ilgi glabājam datus

- Konsultāciju pieprasījumi tiek anonimizēti 24 mēnešus pēc to slēgšanas vai noraidīšanas: personas datu lauki tiek notīrīti, un saglabājas tikai anonīma statistika, piemēram, mērķa valsts un nozare.
- Lietotāja konts tiek glabāts, līdz Jūs to dzēšat.
- Drošības žurnālus glabājam tikai tik ilgi, cik nepieciešams drošības incidentu atklāšanai un izmeklēšanai.

## Jūsu tiesības

Saskaņā ar VDAR Jums ir tiesības:

- piekļūt saviem personas datiem;
- pieprasīt neprecīzu datu labošanu;
- pieprasīt savu datu dzēšanu;
- uz datu pārnesamību: pēc pieteikšanās konta lapās varat lejupielādēt savus datus JSON datnē un dzēst savu kontu;
- iebilst pret apstrādi, kuras pamatā ir mūsu leģitīmās intereses;
- jebkurā laikā atsaukt savu piekrišanu; tas neietekmē pirms atsaukšanas veiktās apstrādes likumību.

Lai īstenotu savas tiesības, rakstiet uz [privacy@ballad.example.org](mailto:privacy@ballad.example.org). Mēs atbildēsim viena mēneša laikā.

## Tiesības iesniegt sūdzību

Ja uzskatāt, ka Jūsu personas dati tiek apstrādāti nelikumīgi, varat iesniegt sūdzību datu aizsardzības uzraudzības iestādei, piemēram, valstī, kurā dzīvojat vai strādājat:

- Igaunijā: Andmekaitse Inspektsioon (Igaunijas Datu aizsardzības inspekcija)
- Somijā: Tietosuojavaltuutetun toimisto (Somijas Datu aizsardzības ombuda birojs)
- Latvijā: Datu valsts inspekcija
- Zviedrijā: Integritetsskyddsmyndigheten, IMY (Zviedrijas Privātuma aizsardzības iestāde)

## Izmaiņas paziņojumā

Ja šo paziņojumu mainīsim, jauno versiju ar jaunu versijas numuru publicēsim šajā lapā.
"""

PRIVACY_SV = """\
**Version:** 2026-11

## Personuppgiftsansvarig

Personuppgiftsansvarig är Ballads partnernätverk, som består av Laurea yrkeshögskola (Finland), Institutet för baltiska studier (Estland), Forumet för teknikutveckling (Lettland) och SICS Swedish ICT (Sverige). Du når oss på [privacy@ballad.example.org](mailto:privacy@ballad.example.org).

## Vilka personuppgifter vi behandlar

**Användarkonton.** Det är frivilligt att skapa ett konto. Om du gör det behandlar vi din e-postadress, ditt namn, en hash av ditt lösenord (aldrig själva lösenordet) och dina inställningar för tvåstegsverifiering.

**Rådgivningsärenden.** När du skickar in ett ärende behandlar vi uppgifter om företaget, kontaktpersonens namn och e-postadress, telefonnummer om du väljer att uppge ett, din fråga och svaren på den samt vilket språk du föredrar. Vi registrerar också när du bekräftade att du tagit del av integritetspolicyn och vilken version det gällde.

**Tekniska uppgifter.** Portalen använder bara tre kakor: en sessionskaka som håller dig inloggad, en CSRF-kaka som skyddar formulär mot förfalskade förfrågningar och en språkkaka som kommer ihåg vilket språk du har valt. Vi använder inga kakor för spårning, annonsering eller webbanalys. Våra servrar för säkerhetsloggar, till exempel över IP-adresser, tidpunkter för förfrågningar och inloggningsförsök.

## Ändamål och rättslig grund

- **Ditt användarkonto** behandlas med stöd av ditt samtycke (artikel 6.1 a i dataskyddsförordningen, GDPR). Du kan när som helst återkalla samtycket genom att radera ditt konto.
- **Handläggningen av ditt rådgivningsärende**, inklusive en eventuell överlämning till en annan partner, är nödvändig för att vidta åtgärder på din begäran (artikel 6.1 b).
- **Säkerhetsloggar och tekniskt nödvändiga kakor** grundar sig på vårt berättigade intresse av att skydda portalen och dina uppgifter och förhindra missbruk (artikel 6.1 f).

## Vem som får ta del av uppgifterna

Ett rådgivningsärende är bara synligt för den partnerorganisation som handlägger det, normalt den partner som ansvarar för ditt första målland. Om en annan partner i nätverket är bättre lämpad att svara lämnas ärendet över till den partnern. Personuppgifter säljs inte, lämnas inte ut till någon annan och överförs inte till länder utanför EU/EES.

## Hur länge vi sparar uppgifterna

- Rådgivningsärenden anonymiseras 24 månader efter att de avslutades eller avvisades: personuppgiftsfälten töms och bara anonym statistik, till exempel målland och bransch, sparas.
- Ett användarkonto sparas tills du raderar det.
- Säkerhetsloggar sparas bara så länge som behövs för att upptäcka och utreda säkerhetsincidenter.

## Dina rättigheter

Enligt dataskyddsförordningen har du rätt att

- få tillgång till dina personuppgifter
- få felaktiga uppgifter rättade
- få dina uppgifter raderade
- få ut dina uppgifter och flytta dem (dataportabilitet): när du är inloggad kan du på kontosidorna ladda ned dina uppgifter som en JSON-fil och själv radera ditt konto
- invända mot behandling som grundar sig på vårt berättigade intresse
- när som helst återkalla ditt samtycke, vilket inte påverkar lagligheten i behandlingen före återkallelsen.

Kontakta [privacy@ballad.example.org](mailto:privacy@ballad.example.org) för att utöva dina rättigheter. Vi svarar inom en månad.

## Rätt att klaga

Om du anser att dina personuppgifter behandlas i strid med dataskyddsreglerna kan du lämna in ett klagomål till en dataskyddsmyndighet, till exempel i det land där du bor eller arbetar:

- Estland: Andmekaitse Inspektsioon (estniska dataskyddsmyndigheten)
- Finland: Tietosuojavaltuutetun toimisto (Dataombudsmannens byrå)
- Lettland: Datu valsts inspekcija (lettiska dataskyddsmyndigheten)
- Sverige: Integritetsskyddsmyndigheten (IMY)

## Ändringar i integritetspolicyn

När vi ändrar integritetspolicyn publicerar vi den nya versionen på den här sidan med ett nytt versionsnummer.
"""

# ---------------------------------------------------------------------------
# Accessibility statement, prepared on 25 November 2026
# ---------------------------------------------------------------------------

ACCESSIBILITY_EN = """\
The Ballad partner network wants everyone to be able to use the Ballad portal, including people who use a screen reader, only a keyboard or screen magnification. This statement covers the public pages of the portal in all five languages.

## Compliance status

The portal aims to meet level AA of the Web Content Accessibility Guidelines (WCAG) 2.1, the level required under the EU Web Accessibility Directive (EU) 2016/2102. Because of the limitations listed below, the portal is partially compliant.

## How we test accessibility

- **Automated checks.** Every public page type is checked with axe-core in all five languages in headless Chromium, as part of the portal's automated tests.
- **HTML validation.** The markup of the pages is validated.
- **Keyboard only.** Every function, including the counseling form, can be used without a mouse.
- **No JavaScript required.** All content and all forms work with JavaScript switched off.
- **Zoom and small screens.** Content can be enlarged to 400% and used on a screen 320 pixels wide without scrolling sideways.

## Known limitations

- Some older publications are PDF files that may not be fully accessible, for example because they lack a heading structure or text alternatives for images. If you need an accessible version of a publication, contact us and we will provide one.
- The back office in which partner staff handle counseling requests and edit content is not covered by this statement.

## Feedback and contact

If you notice an accessibility problem or need content in another format, write to [accessibility@ballad.example.org](mailto:accessibility@ballad.example.org). Please tell us the address of the page and describe the problem. We answer within 14 days.

## Enforcement procedure

If you are not satisfied with our answer, or do not receive one within 14 days, you can contact the national supervisory body:

- Finland: Regional State Administrative Agency for Southern Finland (Etelä-Suomen aluehallintovirasto), accessibility monitoring unit
- Estonia: Information System Authority (Riigi Infosüsteemi Amet)
- Latvia: Ministry of Smart Administration and Regional Development (Viedās administrācijas un reģionālās attīstības ministrija)
- Sweden: Agency for Digital Government (Myndigheten för digital förvaltning, DIGG)

## Preparation of this statement

This statement was prepared on 25 November 2026 on the basis of the tests described above, as a self-assessment by the Ballad partner network. We review it regularly and whenever the portal changes significantly.
"""

ACCESSIBILITY_ET = """\
Balladi partnervõrgustik soovib, et portaali saaksid kasutada kõik, sealhulgas inimesed, kes kasutavad ekraanilugejat, ainult klaviatuuri või ekraanisuurendust. See teatis hõlmab portaali avalikke lehti kõigis viies keeles.

## Vastavus nõuetele

Portaal püüab täita veebisisu juurdepääsetavuse suuniste (WCAG) 2.1 AA-taseme nõudeid, mida eeldab avaliku sektori veebisaitide ja mobiilirakenduste juurdepääsetavuse direktiiv (EL) 2016/2102. Allpool kirjeldatud puuduste tõttu vastab portaal nõuetele osaliselt.

## Kuidas ligipääsetavust testime

- **Automaatkontroll.** Iga avaliku lehe tüüpi kontrollitakse tööriistaga axe-core kõigis viies keeles päiseta (headless) Chromiumi brauseris portaali automaattestide osana.
- **HTML-i valideerimine.** Lehtede märgistus valideeritakse.
- **Ainult klaviatuuriga.** Kõiki funktsioone, ka nõustamisvormi, saab kasutada ilma hiireta.
- **JavaScript ei ole vajalik.** Kogu sisu ja kõik vormid toimivad ka siis, kui JavaScript on välja lülitatud.
- **Suurendamine ja väikesed ekraanid.** Sisu saab suurendada kuni 400% ja kasutada 320 piksli laiusel ekraanil ilma külgsuunas kerimata.

## Teadaolevad puudused

- Mõni vanem väljaanne on PDF-failina, mis ei pruugi olla täielikult ligipääsetav – näiteks võib puududa pealkirjastruktuur või piltide tekstiline kirjeldus. Kui vajate väljaande ligipääsetavat versiooni, võtke meiega ühendust ja me teeme selle teile kättesaadavaks.
- Teatis ei hõlma haldusliidest, milles partnerorganisatsioonide töötajad nõustamispöördumisi menetlevad ja sisu toimetavad.

## Tagasiside ja kontakt

Kui märkate ligipääsetavusprobleemi või vajate sisu muus vormingus, kirjutage aadressil [accessibility@ballad.example.org](mailto:accessibility@ballad.example.org). Palun lisage lehe aadress ja kirjeldage probleemi. Vastame 14 päeva jooksul.

## Järelevalve

Kui te ei ole meie vastusega rahul või ei saa vastust 14 päeva jooksul, võite pöörduda riikliku järelevalveasutuse poole:

- Soome: Etelä-Suomen aluehallintovirasto (Lõuna-Soome regionaalhaldusamet), ligipääsetavuse järelevalve üksus
- Eesti: Riigi Infosüsteemi Amet
- Läti: Viedās administrācijas un reģionālās attīstības ministrija (Läti nutika halduse ja regionaalarengu ministeerium)
- Rootsi: Myndigheten för digital förvaltning, DIGG (Rootsi digitaalse valitsemise amet)

## Teatise koostamine

Teatis koostati 25. novembril 2026 eespool kirjeldatud testide põhjal Balladi partnervõrgustiku enesehindamisena. Vaatame teatise regulaarselt üle, samuti iga kord, kui portaal oluliselt muutub.
"""

ACCESSIBILITY_FI = """\
Balladin kumppaniverkosto haluaa, että kaikki voivat käyttää portaalia – myös ruudunlukijan, pelkän näppäimistön tai näytön suurennuksen avulla. Tämä seloste koskee portaalin julkisia sivuja kaikilla viidellä kielellä.

## Saavutettavuuden tila

Portaalin tavoitteena on täyttää verkkosisällön saavutettavuusohjeiden (WCAG) 2.1 AA-tason vaatimukset, joita EU:n saavutettavuusdirektiivi (EU) 2016/2102 edellyttää. Portaali täyttää vaatimukset osittain, koska alla kuvatut puutteet ovat vielä korjaamatta.

## Näin testaamme saavutettavuutta

- **Automaattiset tarkistukset.** Jokainen julkinen sivutyyppi tarkistetaan axe-core-työkalulla kaikilla viidellä kielellä Chromium-selaimessa ilman käyttöliittymää (headless) osana portaalin automaattisia testejä.
- **HTML-validointi.** Sivujen HTML-koodi validoidaan.
- **Pelkkä näppäimistö.** Kaikkia toimintoja, myös neuvontalomaketta, voi käyttää ilman hiirtä.
- **Toimii ilman JavaScriptiä.** Kaikki sisältö ja lomakkeet toimivat, vaikka JavaScript olisi poistettu käytöstä.
- **Suurennus ja pienet näytöt.** Sisällön voi suurentaa 400 prosenttiin, ja sitä voi käyttää 320 pikselin levyisellä näytöllä ilman vaakasuuntaista vieritystä.

## Tunnetut puutteet

- Osa vanhemmista julkaisuista on PDF-tiedostoja, jotka eivät välttämättä ole täysin saavutettavia: niistä voi puuttua esimerkiksi otsikkorakenne tai kuvien tekstivastineet. Jos tarvitset julkaisun saavutettavassa muodossa, ota meihin yhteyttä, niin toimitamme sen sinulle.
- Seloste ei koske ylläpitoliittymää, jossa kumppaniorganisaatioiden henkilöstö käsittelee neuvontapyyntöjä ja muokkaa sisältöjä.

## Palaute ja yhteystiedot

Jos huomaat saavutettavuusongelman tai tarvitset sisältöä toisessa muodossa, lähetä viesti osoitteeseen [accessibility@ballad.example.org](mailto:accessibility@ballad.example.org). Kerro viestissä sivun osoite ja kuvaile ongelma. Vastaamme 14 päivän kuluessa.

## Valvontaviranomainen

Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta 14 päivän kuluessa, voit ottaa yhteyttä kansalliseen valvontaviranomaiseen:

- Suomi: Etelä-Suomen aluehallintovirasto, saavutettavuuden valvonnan yksikkö
- Viro: Riigi Infosüsteemi Amet (Viron tietojärjestelmävirasto)
- Latvia: Viedās administrācijas un reģionālās attīstības ministrija (Latvian älykkään hallinnon ja aluekehityksen ministeriö)
- Ruotsi: Myndigheten för digital förvaltning, DIGG (Ruotsin digitaalisen hallinnon virasto)

## Selosteen laatiminen

Seloste on laadittu 25.11.2026. Se perustuu edellä kuvattuihin testeihin ja Balladin kumppaniverkoston omaan arvioon. Tarkistamme selosteen säännöllisesti ja aina, kun portaali muuttuu merkittävästi.
"""

ACCESSIBILITY_LV = """\
Ballad partneru tīkls vēlas, lai portālu varētu lietot ikviens, arī cilvēki, kuri izmanto ekrāna lasītāju, tikai tastatūru vai ekrāna palielinājumu. Šis paziņojums attiecas uz portāla publiskajām lapām visās piecās valodās.

## Atbilstības statuss

Portāla mērķis ir atbilst Tīmekļa satura piekļūstamības vadlīniju (WCAG) 2.1 AA līmeņa prasībām, ko paredz Direktīva (ES) 2016/2102 par publiskā sektora struktūru tīmekļvietņu un mobilo lietotņu piekļūstamību. Tālāk minēto nepilnību dēļ portāls prasībām atbilst daļēji.

## Kā mēs pārbaudām piekļūstamību

- **Automatizētas pārbaudes.** Katrs publisko lapu veids visās piecās valodās tiek pārbaudīts ar rīku axe-core Chromium pārlūkā bezgalvas (headless) režīmā portāla automatizēto testu ietvaros.
- **HTML validācija.** Lapu HTML kods tiek validēts.
- **Tikai tastatūra.** Visas funkcijas, arī konsultācijas pieprasījuma veidlapu, var lietot bez peles.
- **Bez JavaScript.** Viss saturs un visas veidlapas darbojas arī tad, ja JavaScript ir izslēgts.
- **Tālummaiņa un mazi ekrāni.** Saturu var palielināt līdz 400 % un lietot 320 pikseļu platā ekrānā bez horizontālas ritināšanas.

## Zināmās nepilnības

- Dažas vecākas publikācijas ir PDF datnes, kas var nebūt pilnībā piekļūstamas, piemēram, tām var trūkt virsrakstu struktūras vai attēlu teksta alternatīvu. Ja Jums nepieciešama publikācijas piekļūstama versija, sazinieties ar mums, un mēs to nodrošināsim.
- Paziņojums neattiecas uz administrēšanas sadaļu, kurā partnerorganizāciju darbinieki izskata konsultāciju pieprasījumus un rediģē saturu.

## Atsauksmes un saziņa

Ja pamanāt piekļūstamības problēmu vai Jums nepieciešams saturs citā formātā, rakstiet uz [accessibility@ballad.example.org](mailto:accessibility@ballad.example.org). Lūdzu, norādiet lapas adresi un aprakstiet problēmu. Atbildi sniegsim 14 dienu laikā.

## Uzraudzības iestādes

Ja neesat apmierināts ar mūsu atbildi vai 14 dienu laikā neesat to saņēmis, varat vērsties valsts uzraudzības iestādē:

- Somijā: Dienvidsomijas Reģionālā valsts pārvaldes aģentūra (Etelä-Suomen aluehallintovirasto)
- Igaunijā: Informācijas sistēmu iestāde (Riigi Infosüsteemi Amet)
- Latvijā: Viedās administrācijas un reģionālās attīstības ministrija (VARAM)
- Zviedrijā: Digitālās pārvaldes aģentūra (Myndigheten för digital förvaltning, DIGG)

## Paziņojuma sagatavošana

Paziņojums sagatavots 2026. gada 25. novembrī, pamatojoties uz iepriekš aprakstītajām pārbaudēm, kā Ballad partneru tīkla pašnovērtējums. Mēs to regulāri pārskatām, kā arī ikreiz, kad portālā tiek veiktas būtiskas izmaiņas.
"""

ACCESSIBILITY_SV = """\
Ballads partnernätverk vill att alla ska kunna använda portalen, även den som använder skärmläsare, bara tangentbord eller skärmförstoring. Den här redogörelsen gäller portalens offentliga sidor på alla fem språk.

## Hur tillgänglig är portalen?

Portalen strävar efter att uppfylla nivå AA i Web Content Accessibility Guidelines (WCAG) 2.1, den nivå som krävs enligt EU:s webbtillgänglighetsdirektiv (EU) 2016/2102. På grund av de brister som beskrivs nedan är portalen delvis förenlig med kraven.

## Så testar vi tillgängligheten

- **Automatiska kontroller.** Varje typ av offentlig sida kontrolleras med axe-core på alla fem språk i Chromium utan grafiskt gränssnitt (headless), som en del av portalens automatiska tester.
- **HTML-validering.** Sidornas HTML-kod valideras.
- **Bara tangentbord.** Alla funktioner, även rådgivningsformuläret, går att använda utan mus.
- **Inget JavaScript krävs.** Allt innehåll och alla formulär fungerar även när JavaScript är avstängt.
- **Förstoring och små skärmar.** Innehållet kan förstoras till 400 procent och användas på en 320 pixlar bred skärm utan att du behöver skrolla i sidled.

## Kända brister

- Vissa äldre publikationer är PDF-filer som kanske inte är helt tillgängliga, till exempel kan rubrikstruktur eller textalternativ till bilder saknas. Behöver du en tillgänglig version av en publikation, kontakta oss så tar vi fram en.
- Redogörelsen omfattar inte administrationsgränssnittet där partnerorganisationernas personal handlägger rådgivningsärenden och redigerar innehåll.

## Synpunkter och kontakt

Om du upptäcker ett tillgänglighetsproblem eller behöver innehåll i ett annat format, skriv till [accessibility@ballad.example.org](mailto:accessibility@ballad.example.org). Ange sidans adress och beskriv problemet. Vi svarar inom 14 dagar.

## Tillsyn

Om du inte är nöjd med vårt svar eller inte får något svar inom 14 dagar kan du vända dig till den nationella tillsynsmyndigheten:

- Finland: Regionförvaltningsverket i Södra Finland (Etelä-Suomen aluehallintovirasto), enheten för tillgänglighetstillsyn
- Estland: Informationssystemmyndigheten (Riigi Infosüsteemi Amet)
- Lettland: Ministeriet för smart förvaltning och regional utveckling (Viedās administrācijas un reģionālās attīstības ministrija)
- Sverige: Myndigheten för digital förvaltning (DIGG)

## Om redogörelsen

Redogörelsen upprättades den 25 november 2026 på grundval av de tester som beskrivs ovan, som en egen bedömning av Ballads partnernätverk. Vi ser över den regelbundet och varje gång portalen ändras väsentligt.
"""

PAGES: list[tuple[str, dict[str, dict[str, str]]]] = [
    (
        "about",
        {
            "title": {
                "en": "About Ballad",
                "et": "Balladist",
                "fi": "Tietoa Balladista",
                "lv": "Par portālu Ballad",
                "sv": "Om Ballad",
            },
            "summary": {
                "en": "Ballad helps small and medium-sized companies with digital services in e-health and e-learning enter the markets of Estonia, Finland, Latvia and Sweden.",
                "et": "Ballad aitab e-tervise ja e-õppe digiteenuseid pakkuvatel väikestel ja keskmise suurusega ettevõtetel siseneda Eesti, Soome, Läti ja Rootsi turule.",
                "fi": "Ballad auttaa digitaalisia terveys- ja oppimispalveluja tarjoavia pk-yrityksiä laajentamaan toimintaansa Viroon, Suomeen, Latviaan ja Ruotsiin.",
                "lv": "Ballad palīdz maziem un vidējiem uzņēmumiem, kas piedāvā e-veselības un e-izglītības digitālos pakalpojumus, ienākt Igaunijas, Somijas, Latvijas un Zviedrijas tirgū.",
                "sv": "Ballad hjälper små och medelstora företag med digitala tjänster inom e-hälsa och e-lärande att ta sig in på marknaderna i Estland, Finland, Lettland och Sverige.",
            },
            "body": {
                "en": ABOUT_EN,
                "et": ABOUT_ET,
                "fi": ABOUT_FI,
                "lv": ABOUT_LV,
                "sv": ABOUT_SV,
            },
        },
    ),
    (
        "privacy",
        {
            "title": {
                "en": "Privacy notice",
                "et": "Privaatsusteade",
                "fi": "Tietosuojaseloste",
                "lv": "Privātuma paziņojums",
                "sv": "Integritetspolicy",
            },
            "summary": {
                "en": "This notice explains how the Ballad partner network processes personal data in user accounts and counseling requests, why and for how long, and what rights you have.",
                "et": "Selles teates selgitame, kuidas Balladi partnervõrgustik töötleb kasutajakontode ja nõustamispöördumiste isikuandmeid, mis eesmärgil ja kui kaua ning millised õigused teil on.",
                "fi": "Tässä selosteessa kerrotaan, miten Balladin kumppaniverkosto käsittelee käyttäjätilien ja neuvontapyyntöjen henkilötietoja, miksi ja kuinka kauan sekä mitä oikeuksia sinulla on.",
                "lv": "Šajā paziņojumā skaidrots, kā Ballad partneru tīkls apstrādā personas datus lietotāju kontos un konsultāciju pieprasījumos, kāpēc un cik ilgi, kā arī kādas ir Jūsu tiesības.",
                "sv": "Här förklarar vi hur Ballads partnernätverk behandlar personuppgifter i användarkonton och rådgivningsärenden, varför och hur länge, och vilka rättigheter du har.",
            },
            "body": {
                "en": PRIVACY_EN,
                "et": PRIVACY_ET,
                "fi": PRIVACY_FI,
                "lv": PRIVACY_LV,
                "sv": PRIVACY_SV,
            },
        },
    ),
    (
        "accessibility",
        {
            "title": {
                "en": "Accessibility statement",
                "et": "Ligipääsetavuse teatis",
                "fi": "Saavutettavuusseloste",
                "lv": "Piekļūstamības paziņojums",
                "sv": "Tillgänglighetsredogörelse",
            },
            "summary": {
                "en": "The Ballad portal aims to meet WCAG 2.1 level AA; this statement explains how we test it, what is not yet accessible and how to give feedback.",
                "et": "Balladi portaal püüab täita WCAG 2.1 AA-taseme nõudeid; teatises kirjeldame, kuidas ligipääsetavust testime, mis ei ole veel ligipääsetav ja kuidas anda tagasisidet.",
                "fi": "Ballad-portaalin tavoitteena on täyttää WCAG 2.1 -ohjeiden AA-tason vaatimukset; selosteessa kerrotaan, miten saavutettavuutta testataan, mikä ei vielä ole saavutettavaa ja miten voit antaa palautetta.",
                "lv": "Portāla Ballad mērķis ir atbilst WCAG 2.1 AA līmeņa prasībām; paziņojumā skaidrots, kā pārbaudām piekļūstamību, kas vēl nav piekļūstams un kā sniegt atsauksmes.",
                "sv": "Ballad-portalen strävar efter att uppfylla WCAG 2.1 nivå AA; här beskriver vi hur vi testar, vad som ännu inte är tillgängligt och hur du lämnar synpunkter.",
            },
            "body": {
                "en": ACCESSIBILITY_EN,
                "et": ACCESSIBILITY_ET,
                "fi": ACCESSIBILITY_FI,
                "lv": ACCESSIBILITY_LV,
                "sv": ACCESSIBILITY_SV,
            },
        },
    ),
]


def load_pages() -> None:
    for slug, fields in PAGES:
        Page.objects.update_or_create(
            slug=slug, defaults={"is_published": True, **translated_fields(**fields)}
        )
