<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ActionType</name>
    <message>
        <source>Application</source>
        <translation>Hakemus</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Ilmoitus</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Rekisteröinti</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <source>Supervision request</source>
        <translation>Valvontapyyntö</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Täydennys</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Peruutus</translation>
    </message>
</context>
<context>
    <name>AsianhallintaMapper</name>
    <message>
        <source>The asianhallinta 1.3 format cannot carry this case: %1 Export it in lvdesk&apos;s own package format instead.</source>
        <translation>Asianhallinta 1.3 -muoto ei voi välittää tätä asiointia: %1 Siirrä se sen sijaan lvdeskin omassa pakettimuodossa.</translation>
    </message>
    <message>
        <source>the customer&apos;s data of the case could not be read.</source>
        <translation>asioinnin asiakastietoja ei voitu lukea.</translation>
    </message>
    <message>
        <source>it has no municipality code of three digits.</source>
        <translation>siltä puuttuu kolminumeroinen kuntanumero.</translation>
    </message>
    <message>
        <source>the customer is a person without a henkilötunnus, which 1.3 requires.</source>
        <translation>asiakas on henkilö, jolla ei ole henkilötunnusta, ja versio 1.3 vaatii sen.</translation>
    </message>
    <message>
        <source>the customer&apos;s henkilötunnus has one of the century signs introduced in 2023 (B–F, U–Y), which the 1.3 schema does not accept.</source>
        <translation>asiakkaan henkilötunnuksessa on jokin vuonna 2023 käyttöön otetuista välimerkeistä (B–F, U–Y), joita version 1.3 skeema ei hyväksy.</translation>
    </message>
    <message>
        <source>the customer&apos;s henkilötunnus is not in the form 1.3 requires.</source>
        <translation>asiakkaan henkilötunnus ei ole version 1.3 vaatimassa muodossa.</translation>
    </message>
    <message>
        <source>the customer has no name.</source>
        <translation>asiakkaalla ei ole nimeä.</translation>
    </message>
    <message>
        <source>the customer organisation has no business ID of the form 1234567-8.</source>
        <translation>asiakasorganisaatiolla ei ole muotoa 1234567-8 olevaa Y-tunnusta.</translation>
    </message>
    <message>
        <source>the customer organisation has no name.</source>
        <translation>asiakasorganisaatiolla ei ole nimeä.</translation>
    </message>
    <message>
        <source>the customer organisation&apos;s representative has no name.</source>
        <translation>asiakasorganisaation edustajalla ei ole nimeä.</translation>
    </message>
    <message>
        <source>the customer is of a kind lvdesk does not know.</source>
        <translation>asiakas on tyyppiä, jota lvdesk ei tunne.</translation>
    </message>
    <message>
        <source>it has no submission date.</source>
        <translation>siltä puuttuu vireilletulopäivä.</translation>
    </message>
</context>
<context>
    <name>AsianhallintaPackage</name>
    <message>
        <source>The package to send could not be prepared.</source>
        <translation>Lähetettävää pakettia ei voitu valmistella.</translation>
    </message>
    <message>
        <source>An attachment of the case has not been downloaded yet.</source>
        <translation>Kaikkia asioinnin liitteitä ei ole vielä ladattu.</translation>
    </message>
</context>
<context>
    <name>AsianhallintaReader</name>
    <message>
        <source>The reply&apos;s root element %1 is not in the asianhallinta namespace.</source>
        <translation>Vastauksen juurielementti %1 ei ole asianhallinnan nimiavaruudessa.</translation>
    </message>
    <message>
        <source>The file holds a message to the register (%1), not a reply.</source>
        <translation>Tiedostossa on asianhallintajärjestelmälle lähetettävä sanoma (%1), ei vastaus.</translation>
    </message>
    <message>
        <source>The reply&apos;s root element %1 is unknown.</source>
        <translation>Vastauksen juurielementti %1 on tuntematon.</translation>
    </message>
    <message>
        <source>The reply does not name the case.</source>
        <translation>Vastaus ei yksilöi asiointia.</translation>
    </message>
    <message>
        <source>An id in the reply is longer than lvdesk accepts.</source>
        <translation>Vastauksessa on tunnus, joka on pidempi kuin lvdesk hyväksyy.</translation>
    </message>
</context>
<context>
    <name>AsianhallintaSchema</name>
    <message>
        <source>The asianhallinta schema is not available in this program.</source>
        <translation>Asianhallinnan skeema puuttuu tästä ohjelmasta.</translation>
    </message>
    <message>
        <source>The message does not follow the asianhallinta 1.3 schema.</source>
        <translation>Sanoma ei noudata asianhallinta 1.3 -skeemaa.</translation>
    </message>
    <message>
        <source>The message does not follow the asianhallinta 1.3 schema: line %1, element %2: %3</source>
        <translation>Sanoma ei noudata asianhallinta 1.3 -skeemaa: rivi %1, elementti %2: %3</translation>
    </message>
</context>
<context>
    <name>AsianhallintaWriter</name>
    <message>
        <source>The asianhallinta message could not be written.</source>
        <translation>Asianhallinnan sanomaa ei voitu kirjoittaa.</translation>
    </message>
</context>
<context>
    <name>AttachmentProblem</name>
    <message>
        <source>The service did not give this attachment an id, so it cannot be fetched. Ask the customer to send it again.</source>
        <translation>Palvelu ei antanut liitteelle tunnistetta, joten sitä ei voi noutaa. Pyydä asiakasta lähettämään se uudelleen.</translation>
    </message>
    <message>
        <source>The service gave no valid checksum for this attachment, so it cannot be verified and was not downloaded. Ask the customer to send it again.</source>
        <translation>Palvelu ei antanut liitteelle kelvollista tarkistussummaa, joten sitä ei voi varmentaa eikä sitä ladattu. Pyydä asiakasta lähettämään se uudelleen.</translation>
    </message>
    <message>
        <source>The service refused to deliver this attachment. Choose Retry download later, or ask the customer to send it again.</source>
        <translation>Palvelu kieltäytyi toimittamasta liitettä. Valitse myöhemmin Lataa uudelleen tai pyydä asiakasta lähettämään se uudelleen.</translation>
    </message>
    <message>
        <source>The downloaded bytes never matched the checksum the service gave, so the file was not kept. Choose Retry download later.</source>
        <translation>Ladattu sisältö ei kertaakaan vastannut palvelun antamaa tarkistussummaa, joten tiedostoa ei säilytetty. Valitse myöhemmin Lataa uudelleen.</translation>
    </message>
    <message>
        <source>The attachment is larger than this workstation accepts. IT support can raise the limit (sync/maxAttachmentMegabytes); then choose Retry download.</source>
        <translation>Liite on suurempi kuin tämä työasema hyväksyy. IT-tuki voi nostaa rajaa (sync/maxAttachmentMegabytes); valitse sen jälkeen Lataa uudelleen.</translation>
    </message>
</context>
<context>
    <name>AttachmentType</name>
    <message>
        <source>This file is a program, a script, a shortcut or a web page (it is %1). Opening it could run code on this workstation, so lvdesk only saves it. Open it only if you know what it is, and ask IT support if unsure.</source>
        <translation>Tiedosto on ohjelma, komentosarja, pikakuvake tai verkkosivu (%1). Sen avaaminen voisi suorittaa koodia tällä työasemalla, joten lvdesk vain tallentaa sen. Avaa se vain, jos tiedät mikä se on, ja kysy epäselvissä tapauksissa IT-tuelta.</translation>
    </message>
    <message>
        <source>The file is called a %1 file, but its content is %2. lvdesk does not open a file whose name and content disagree; save it and check it first.</source>
        <translation>Tiedoston nimen mukaan se on %1-tiedosto, mutta sen sisältö on %2. lvdesk ei avaa tiedostoa, jonka nimi ja sisältö eivät täsmää; tallenna se ja tarkista se ensin.</translation>
    </message>
    <message>
        <source>lvdesk opens PDF files, images and common office documents. Save this file (%1) and open it with a program you trust.</source>
        <translation>lvdesk avaa PDF-tiedostot, kuvat ja tavalliset toimisto-asiakirjat. Tallenna tämä tiedosto (%1) ja avaa se ohjelmalla, johon luotat.</translation>
    </message>
</context>
<context>
    <name>AuditGuard</name>
    <message>
        <source>The audit trail&apos;s state file %1 is locked by another lvdesk.</source>
        <translation>Tarkastuslokin tilatiedosto %1 on toisen lvdeskin lukitsema.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s state file %1 on this workstation cannot be read or belongs to another database; the trail cannot be checked against it. Ask IT support.</source>
        <translation>Tämän työaseman tarkastuslokin tilatiedostoa %1 ei voi lukea tai se kuuluu toiselle tietokannalle, joten tarkastuslokia ei voi tarkistaa sitä vasten. Ota yhteys IT-tukeen.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s key cannot be read: %1</source>
        <translation>Tarkastuslokin avainta ei voi lukea: %1</translation>
    </message>
    <message>
        <source>This workstation has no key for the audit trail of the database, which is signed with key %1. IT support copies that key into the keychain of every workstation that uses the database.</source>
        <translation>Tällä työasemalla ei ole tietokannan tarkastuslokin avainta; loki on allekirjoitettu avaimella %1. IT-tuki kopioi avaimen jokaisen tietokantaa käyttävän työaseman avainnippuun.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s key cannot be recorded: %1</source>
        <translation>Tarkastuslokin avainta ei voi kirjata: %1</translation>
    </message>
    <message>
        <source>This workstation&apos;s audit key (%1) is not the key that signs the audit trail of the database (%2). IT support copies the database&apos;s key into the keychain of every workstation that uses it.</source>
        <translation>Tämän työaseman tarkastuslokin avain (%1) ei ole se avain, jolla tietokannan tarkastusloki allekirjoitetaan (%2). IT-tuki kopioi tietokannan avaimen jokaisen sitä käyttävän työaseman avainnippuun.</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>The audit trail could not be read from the store.</source>
        <translation>Tarkastuslokia ei voitu lukea tietovarastosta.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The audit trail could not be written: %1</source>
        <translation>Tarkastuslokiin ei voitu kirjoittaa: %1</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>Tarkastuslokia ei voi lukea: %1</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation>merkinnät %1–%2 puuttuvat</translation>
    </message>
    <message>
        <source>the entry is out of sequence (expected %1)</source>
        <translation>merkintä on väärässä järjestyksessä (odotettu järjestysnumero %1)</translation>
    </message>
    <message>
        <source>it does not link to the entry before it (the previous entry was changed, removed or inserted)</source>
        <translation>se ei kytkeydy edeltävään merkintään (edeltävää merkintää on muutettu, se on poistettu tai se on lisätty jälkikäteen)</translation>
    </message>
    <message>
        <source>its details are not in canonical form (they were edited)</source>
        <translation>sen tiedot eivät ole kanonisessa muodossa (niitä on muokattu)</translation>
    </message>
    <message>
        <source>its content does not match its hash (the entry was changed)</source>
        <translation>sen sisältö ei vastaa sen tiivistettä (merkintää on muutettu)</translation>
    </message>
    <message>
        <source>Audit entry %1 is broken: %2.</source>
        <translation>Tarkastuslokin merkintä %1 ei ole eheä: %2.</translation>
    </message>
    <message>
        <source>this workstation has no audit key to sign the entry</source>
        <translation>tällä työasemalla ei ole tarkastuslokin avainta merkinnän allekirjoittamiseen</translation>
    </message>
    <message>
        <source>it has no signature although the entries before it are signed (it was written outside lvdesk)</source>
        <translation>sillä ei ole allekirjoitusta, vaikka sitä edeltävät merkinnät on allekirjoitettu (se on kirjoitettu lvdeskin ulkopuolella)</translation>
    </message>
    <message>
        <source>this workstation has no audit key to check its signature</source>
        <translation>tällä työasemalla ei ole tarkastuslokin avainta sen allekirjoituksen tarkistamiseen</translation>
    </message>
    <message>
        <source>it is signed with another audit key (%1) than this workstation&apos;s (%2)</source>
        <translation>se on allekirjoitettu eri avaimella (%1) kuin tämän työaseman avain (%2)</translation>
    </message>
    <message>
        <source>its signature does not match (the entry was changed, or its hash recomputed, outside lvdesk)</source>
        <translation>sen allekirjoitus ei täsmää (merkintää on muutettu tai sen tiiviste laskettu uudelleen lvdeskin ulkopuolella)</translation>
    </message>
    <message>
        <source>Audit entry %1, verified earlier on this workstation, is gone: the newest entries of the trail were removed.</source>
        <translation>Tarkastuslokin merkintä %1, joka on aiemmin tarkistettu tällä työasemalla, puuttuu: lokin uusimmat merkinnät on poistettu.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one verified earlier on this workstation: the trail was changed or replaced from there on.</source>
        <translation>Tarkastuslokin merkintä %1 ei ole sama, joka tällä työasemalla aiemmin tarkistettiin: lokia on muutettu tai se on korvattu siitä eteenpäin.</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>The attachment does not match its checksum and was not stored.</source>
        <translation>Liite ei vastaa tarkistussummaansa, eikä sitä tallennettu.</translation>
    </message>
    <message>
        <source>The attachment folder %1 cannot be created.</source>
        <translation>Liitekansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>The attachment cannot be written to %1: %2</source>
        <translation>Liitettä ei voi kirjoittaa kohteeseen %1: %2</translation>
    </message>
    <message>
        <source>The attachment cannot be moved into place in %1.</source>
        <translation>Liitettä ei voi siirtää lopulliseen sijaintiinsa kansiossa %1.</translation>
    </message>
    <message>
        <source>The attachment name is not a valid checksum.</source>
        <translation>Liitteen nimi ei ole kelvollinen tarkistussumma.</translation>
    </message>
    <message>
        <source>The attachment is missing from the attachment folder.</source>
        <translation>Liite puuttuu liitekansiosta.</translation>
    </message>
    <message>
        <source>The stored attachment is damaged: it no longer matches its checksum.</source>
        <translation>Tallennettu liite on vioittunut: se ei enää vastaa tarkistussummaansa.</translation>
    </message>
    <message>
        <source>The file could not be written to %1: %2</source>
        <translation>Tiedostoa ei voitu kirjoittaa kohteeseen %1: %2</translation>
    </message>
    <message>
        <source>The attachment could not be read: %1</source>
        <translation>Liitettä ei voitu lukea: %1</translation>
    </message>
</context>
<context>
    <name>CaseCounts</name>
    <message>
        <source>The case counts could not be read from the store.</source>
        <translation>Asiointien lukumääriä ei voitu lukea tietovarastosta.</translation>
    </message>
</context>
<context>
    <name>CaseDeadlines</name>
    <message>
        <source>The statutory processing time of service %1 cannot be used: %2</source>
        <translation>Palvelun %1 lakisääteistä käsittelyaikaa ei voi käyttää: %2</translation>
    </message>
    <message>
        <source>The case has no submission date, so its statutory processing time cannot be counted.</source>
        <translation>Asioinnilla ei ole jättöpäivää, joten sen lakisääteistä käsittelyaikaa ei voi laskea.</translation>
    </message>
    <message>
        <source>The statutory processing time cannot be counted: %1</source>
        <translation>Lakisääteistä käsittelyaikaa ei voi laskea: %1</translation>
    </message>
    <message>
        <source>The due date of supplement request %1 cannot be used: %2</source>
        <translation>Täydennyspyynnön %1 määräpäivää ei voi käyttää: %2</translation>
    </message>
    <message>
        <source>The date in form field %1 is missing or outside the years %2 that lvdesk can count.</source>
        <translation>Lomakekentän %1 päivämäärä puuttuu tai on laskenta-alueen ulkopuolella: lvdesk pystyy laskemaan vain vuodet %2.</translation>
    </message>
    <message>
        <source>Statutory processing time</source>
        <translation>Lakisääteinen käsittelyaika</translation>
    </message>
    <message>
        <source>Supplement due</source>
        <translation>Täydennyksen määräaika</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Tapahtumapäivä</translation>
    </message>
    <message>
        <source>Requested decision date</source>
        <translation>Toivottu päätöspäivä</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Erääntyy 7 päivän kuluessa</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Myöhemmin</translation>
    </message>
</context>
<context>
    <name>CaseDocument</name>
    <message>
        <source>The action is not part of the case.</source>
        <translation>Toimenpide ei kuulu tähän asiointiin.</translation>
    </message>
    <message>
        <source>The document could not be rendered.</source>
        <translation>Asiakirjaa ei voitu muodostaa.</translation>
    </message>
    <message>
        <source>The document could not be saved: %1</source>
        <translation>Asiakirjaa ei voitu tallentaa: %1</translation>
    </message>
</context>
<context>
    <name>CaseListQuery</name>
    <message>
        <source>The case list could not be read from the store.</source>
        <translation>Asiointiluetteloa ei voitu lukea tietovarastosta.</translation>
    </message>
</context>
<context>
    <name>CaseSnapshot</name>
    <message>
        <source>The case no longer exists.</source>
        <translation>Asiointia ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>The case has no actions to export.</source>
        <translation>Asioinnilla ei ole siirrettäviä toimenpiteitä.</translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Tarkastettavana</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Täydennystä pyydetty</translation>
    </message>
    <message>
        <source>In processing</source>
        <translation>Käsittelyssä</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Käsitelty</translation>
    </message>
    <message>
        <source>Transferred to another authority</source>
        <translation>Siirretty toiselle viranomaiselle</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>%1 has been handling this case since %2.</source>
        <translation>%1 on käsitellyt tätä asiointia %2 alkaen.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>Asiointia ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>The action could not be stored: %1</source>
        <translation>Toimenpidettä ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>the action has no id, project part or version</source>
        <translation>toimenpiteeltä puuttuu tunniste, asiointikokonaisuuden osa tai versio</translation>
    </message>
    <message>
        <source>the change notification could not be queued</source>
        <translation>muutosilmoitusta ei voitu asettaa jonoon</translation>
    </message>
    <message>
        <source>The case could not be taken: %1</source>
        <translation>Asiointia ei voitu ottaa käsiteltäväksi: %1</translation>
    </message>
    <message>
        <source>The case is not yours to release.</source>
        <translation>Et voi vapauttaa asiointia, koska se ei ole sinun käsiteltävänäsi.</translation>
    </message>
    <message>
        <source>The review note could not be saved: %1</source>
        <translation>Tarkastuksen muistiinpanoa ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>Liitettä ei enää ole.</translation>
    </message>
</context>
<context>
    <name>CaseTransitions</name>
    <message>
        <source>The case is closed; nothing more can be done to it.</source>
        <translation>Asiointi on käsitelty, eikä sille voi enää tehdä mitään.</translation>
    </message>
    <message>
        <source>The customer has withdrawn the case; it can only be closed.</source>
        <translation>Asiakas on perunut asioinnin. Asioinnin voi vain merkitä käsitellyksi.</translation>
    </message>
    <message>
        <source>The case was transferred to another authority; it can only be closed.</source>
        <translation>Asiointi on siirretty toiselle viranomaiselle. Asioinnin voi vain merkitä käsitellyksi.</translation>
    </message>
    <message>
        <source>Only a new case or a case in review can be approved; this case is %1.</source>
        <translation>Vain uuden tai tarkastettavana olevan asioinnin voi hyväksyä. Asioinnin nykyinen tila: %1.</translation>
    </message>
    <message>
        <source>%1 needs a registered case; this case is %2.</source>
        <translation>%1 edellyttää kirjattua asiointia. Asioinnin nykyinen tila: %2.</translation>
    </message>
    <message>
        <source>%1 is not possible while the case is %2.</source>
        <translation>%1 ei ole mahdollista asioinnin nykyisessä tilassa (%2).</translation>
    </message>
    <message>
        <source>Taking the case</source>
        <translation>Asioinnin ottaminen käsittelyyn</translation>
    </message>
    <message>
        <source>Releasing the case</source>
        <translation>Asioinnin vapauttaminen</translation>
    </message>
    <message>
        <source>Reviewing a section</source>
        <translation>Osion tarkastaminen</translation>
    </message>
    <message>
        <source>Approving the transfer</source>
        <translation>Siirron hyväksyminen</translation>
    </message>
    <message>
        <source>Requesting a supplement</source>
        <translation>Täydennyksen pyytäminen</translation>
    </message>
    <message>
        <source>Sending a message</source>
        <translation>Viestin lähettäminen</translation>
    </message>
    <message>
        <source>Setting the status received</source>
        <translation>Asioinnin merkitseminen vastaanotetuksi</translation>
    </message>
    <message>
        <source>Setting the status in processing</source>
        <translation>Asioinnin merkitseminen käsittelyssä olevaksi</translation>
    </message>
    <message>
        <source>Setting the status decided</source>
        <translation>Asioinnin merkitseminen ratkaistuksi</translation>
    </message>
    <message>
        <source>Closing the case</source>
        <translation>Asioinnin merkitseminen käsitellyksi</translation>
    </message>
    <message>
        <source>Transferring the case to another authority</source>
        <translation>Asioinnin siirtäminen toiselle viranomaiselle</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The Security Server address is missing or not a valid URL. Set it in the settings, e.g. https://ss.example.fi:8443.</source>
        <translation>Liityntäpalvelimen osoite puuttuu tai ei ole kelvollinen URL-osoite. Määritä se asetuksissa, esim. https://ss.example.fi:8443.</translation>
    </message>
    <message>
        <source>The Security Server address must start with https:// (it starts with &quot;%1&quot;).</source>
        <translation>Liityntäpalvelimen osoitteen alussa on oltava https:// (nyt alussa on &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The X-Road client (INSTANCE/CLASS/MEMBER/SUBSYSTEM) is missing from the settings.</source>
        <translation>X-Road-asiakkaan tunnus (INSTANCE/CLASS/MEMBER/SUBSYSTEM) puuttuu asetuksista.</translation>
    </message>
    <message>
        <source>The X-Road service (INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE) is missing from the settings.</source>
        <translation>X-Road-palvelun tunnus (INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE) puuttuu asetuksista.</translation>
    </message>
    <message>
        <source>The transfer timeout must be longer than zero.</source>
        <translation>Siirron aikakatkaisun on oltava suurempi kuin nolla.</translation>
    </message>
    <message>
        <source>The X-Road user id contains a line break or another control character. Correct connection/userId in the profile.</source>
        <translation>X-Road-käyttäjätunnuksessa on rivinvaihto tai muu ohjausmerkki. Korjaa profiilin connection/userId.</translation>
    </message>
    <message>
        <source>Plain HTTP is allowed only to this workstation itself (127.0.0.1 or ::1). Use an https:// address for the Security Server %1.</source>
        <translation>Salaamaton HTTP on sallittu vain tähän työasemaan itseensä (127.0.0.1 tai ::1). Käytä liityntäpalvelimelle %1 https://-osoitetta.</translation>
    </message>
</context>
<context>
    <name>CustomerKind</name>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <source>The time limit would end outside the years %1-%2 that lvdesk can count.</source>
        <translation>Määräaika päättyisi laskenta-alueen ulkopuolella: lvdesk pystyy laskemaan vain vuodet %1–%2.</translation>
    </message>
    <message>
        <source>The time limit would move past the years %1-%2 that lvdesk can count.</source>
        <translation>Määräaika siirtyisi laskenta-alueen ulkopuolelle: lvdesk pystyy laskemaan vain vuodet %1–%2.</translation>
    </message>
    <message>
        <source>The start day of the time limit is missing or outside the years %1-%2 that lvdesk can count.</source>
        <translation>Määräajan alkamispäivä puuttuu tai on laskenta-alueen ulkopuolella: lvdesk pystyy laskemaan vain vuodet %1–%2.</translation>
    </message>
    <message>
        <source>The length of the time limit is missing, zero, negative or too long.</source>
        <translation>Määräajan pituus puuttuu, on nolla, on negatiivinen tai on liian pitkä.</translation>
    </message>
    <message>
        <source>The due date is missing or outside the years %1-%2 that lvdesk can count.</source>
        <translation>Määräpäivä puuttuu tai on laskenta-alueen ulkopuolella: lvdesk pystyy laskemaan vain vuodet %1–%2.</translation>
    </message>
</context>
<context>
    <name>DiaryNumberStore</name>
    <message>
        <source>No diary number could be taken: %1</source>
        <translation>Diaarinumeroa ei voitu varata: %1</translation>
    </message>
</context>
<context>
    <name>DiaryPattern</name>
    <message>
        <source>The diary number pattern is empty.</source>
        <translation>Diaarinumeron malli on tyhjä.</translation>
    </message>
    <message>
        <source>The diary number pattern &quot;%1&quot; has a &quot;}&quot; without a &quot;{&quot;.</source>
        <translation>Diaarinumeron mallissa &quot;%1&quot; on &quot;}&quot;-merkki ilman sitä edeltävää &quot;{&quot;-merkkiä.</translation>
    </message>
    <message>
        <source>The diary number pattern &quot;%1&quot; has a &quot;{&quot; that is never closed.</source>
        <translation>Diaarinumeron mallissa &quot;%1&quot; on &quot;{&quot;-merkki, jota ei suljeta.</translation>
    </message>
    <message>
        <source>The diary number pattern &quot;%1&quot;: the width in {%2} must be a whole number from 1 to %3.</source>
        <translation>Diaarinumeron malli &quot;%1&quot;: kohdan {%2} leveyden on oltava kokonaisluku väliltä 1–%3.</translation>
    </message>
    <message>
        <source>The diary number pattern &quot;%1&quot; has the unknown token {%2}. Known tokens are {year}, {seq} and {seq:N}.</source>
        <translation>Diaarinumeron mallissa &quot;%1&quot; on tuntematon muuttuja {%2}. Sallitut muuttujat ovat {year}, {seq} ja {seq:N}.</translation>
    </message>
    <message>
        <source>The diary number pattern &quot;%1&quot; must contain the sequence number ({seq} or {seq:N}) exactly once.</source>
        <translation>Diaarinumeron mallissa &quot;%1&quot; on oltava juokseva numero ({seq} tai {seq:N}) täsmälleen kerran.</translation>
    </message>
    <message>
        <source>No diary number pattern is configured.</source>
        <translation>Diaarinumeron mallia ei ole määritetty.</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>Application</source>
        <translation>Hakemus</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Ilmoitus</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Rekisteröinti</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <source>Supervision request</source>
        <translation>Valvontapyyntö</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Täydennys</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Peruutus</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 tavua</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Asiointikokonaisuus</translation>
    </message>
    <message>
        <source>Project part</source>
        <translation>Asiointi</translation>
    </message>
    <message>
        <source>Action id</source>
        <translation>Toimenpiteen tunnus</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Jätetty</translation>
    </message>
    <message>
        <source>Received by the authority</source>
        <translation>Vastaanotettu viranomaisessa</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>Diaarinumero</translation>
    </message>
    <message>
        <source>Document created</source>
        <translation>Asiakirja muodostettu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Asiointikieli</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Asiointikokonaisuuden nimi</translation>
    </message>
    <message>
        <source>Customer (organisation)</source>
        <translation>Asiakas (organisaatio)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Edustaja</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sijainti</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>Kuntanumero</translation>
    </message>
    <message>
        <source>Property ID</source>
        <translation>Kiinteistötunnus</translation>
    </message>
    <message>
        <source>Coordinates (EPSG:%1)</source>
        <translation>Koordinaatit (EPSG:%1)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Lomakkeen versio</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>The form as it was sent</source>
        <translation>Lomake sellaisena kuin se lähetettiin</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256-tiiviste</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tarkastus</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Osio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Tarkastettu</translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <translation>Vaatii selvitystä</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
</context>
<context>
    <name>DropFolderTarget</name>
    <message>
        <source>The drop folder %1 does not exist or cannot be reached.</source>
        <translation>Pudotuskansiota %1 ei ole olemassa, tai siihen ei saada yhteyttä.</translation>
    </message>
    <message>
        <source>The package could not be written to the drop folder.</source>
        <translation>Pakettia ei voitu kirjoittaa pudotuskansioon.</translation>
    </message>
    <message>
        <source>An attachment could not be copied intact into the package.</source>
        <translation>Liitettä ei voitu kopioida pakettiin eheänä.</translation>
    </message>
    <message>
        <source>The drop folder already holds too many packages of this case.</source>
        <translation>Pudotuskansiossa on jo liian monta tämän asioinnin pakettia.</translation>
    </message>
</context>
<context>
    <name>ExportPackage</name>
    <message>
        <source>An attachment of the case has not been downloaded yet.</source>
        <translation>Kaikkia asioinnin liitteitä ei ole vielä ladattu.</translation>
    </message>
    <message>
        <source>A stored attachment of the case is damaged (its checksum no longer matches). Synchronise again to download it anew.</source>
        <translation>Asioinnin tallennettu liite on vioittunut (sen tarkistussumma ei enää täsmää). Synkronoi uudelleen, niin liite ladataan uudestaan.</translation>
    </message>
</context>
<context>
    <name>ExportState</name>
    <message>
        <source>Pending</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Siirretään</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Siirretty</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>InboundFailure</name>
    <message>
        <source>The action could not be fetched because the network or the service failed. lvdesk tries again by itself.</source>
        <translation>Toimenpidettä ei voitu noutaa, koska verkko tai palvelu ei toiminut. lvdesk yrittää uudelleen itse.</translation>
    </message>
    <message>
        <source>The service&apos;s answer for this action could not be read at all, however often lvdesk asked. IT support can look at the answer kept with it.</source>
        <translation>Palvelun vastausta tähän toimenpiteeseen ei voitu lukea lainkaan, vaikka lvdesk kysyi useasti. IT-tuki voi tarkastella tallennettua vastausta.</translation>
    </message>
    <message>
        <source>The service listed this action but refused to deliver it. Retry later, or handle it in the service&apos;s own pages.</source>
        <translation>Palvelu listasi tämän toimenpiteen mutta kieltäytyi toimittamasta sitä. Yritä myöhemmin uudelleen tai käsittele se palvelun omilla sivuilla.</translation>
    </message>
    <message>
        <source>The service listed an action without an id, so lvdesk cannot fetch it. Handle it in the service&apos;s own pages; IT support can look at the entry kept with it.</source>
        <translation>Palvelu listasi toimenpiteen ilman tunnistetta, joten lvdesk ei voi noutaa sitä. Käsittele se palvelun omilla sivuilla; IT-tuki voi tarkastella tallennettua merkintää.</translation>
    </message>
    <message>
        <source>The action could not be stored on this workstation (disk space or the database). lvdesk tries again by itself.</source>
        <translation>Toimenpidettä ei voitu tallentaa tälle työasemalle (levytila tai tietokanta). lvdesk yrittää uudelleen itse.</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Yritetään uudelleen</translation>
    </message>
    <message>
        <source>Needs the officer</source>
        <translation>Vaatii käsittelijää</translation>
    </message>
    <message>
        <source>Retry at the next sync</source>
        <translation>Yritetään seuraavassa synkronoinnissa</translation>
    </message>
    <message>
        <source>Handled outside lvdesk</source>
        <translation>Käsitelty lvdeskin ulkopuolella</translation>
    </message>
</context>
<context>
    <name>InboundFailureStore</name>
    <message>
        <source>The failed action could not be recorded: %1</source>
        <translation>Epäonnistunutta toimenpidettä ei voitu kirjata: %1</translation>
    </message>
    <message>
        <source>The change notification could not be queued.</source>
        <translation>Muutosilmoitusta ei voitu asettaa jonoon.</translation>
    </message>
    <message>
        <source>The action is no longer waiting: it has been stored.</source>
        <translation>Toimenpide ei enää odota: se on tallennettu.</translation>
    </message>
    <message>
        <source>An action without an id cannot be fetched again.</source>
        <translation>Toimenpidettä ilman tunnistetta ei voi noutaa uudelleen.</translation>
    </message>
</context>
<context>
    <name>InboundState</name>
    <message>
        <source>Discovered</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Ladataan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Kuitattu</translation>
    </message>
</context>
<context>
    <name>IsoDuration</name>
    <message>
        <source>The duration is empty. Write it in ISO 8601 form, for example P4M (four months) or P30D (thirty days).</source>
        <translation>Kestoa ei ole annettu. Kirjoita se ISO 8601 -muodossa, esimerkiksi P4M (neljä kuukautta) tai P30D (kolmekymmentä päivää).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration: it must begin with P, for example P4M or P30D.</source>
        <translation>Kesto &quot;%1&quot; ei ole ISO 8601 -muotoinen: sen on alettava P-kirjaimella, esimerkiksi P4M tai P30D.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains hours, minutes or seconds. Statutory time limits are counted in whole days: use years (Y), months (M), weeks (W) or days (D).</source>
        <translation>Kestossa &quot;%1&quot; on tunteja, minuutteja tai sekunteja. Lakisääteiset määräajat lasketaan kokonaisina päivinä: käytä vuosia (Y), kuukausia (M), viikkoja (W) tai päiviä (D).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no length: add a number and a unit, for example P4M or P30D.</source>
        <translation>Kestossa &quot;%1&quot; ei ole pituutta: lisää luku ja yksikkö, esimerkiksi P4M tai P30D.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration: each part must be a whole number followed by Y, M, W or D, for example P1Y2M.</source>
        <translation>Kesto &quot;%1&quot; ei ole ISO 8601 -muotoinen: jokaisen osan on oltava kokonaisluku, jota seuraa Y, M, W tai D, esimerkiksi P1Y2M.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a fraction. Each part must be a whole number followed by Y, M, W or D, for example P1Y2M.</source>
        <translation>Kestossa &quot;%1&quot; on desimaaliluku. Jokaisen osan on oltava kokonaisluku, jota seuraa Y, M, W tai D, esimerkiksi P1Y2M.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the unit &quot;%2&quot;. Only years (Y), months (M), weeks (W) and days (D) are allowed.</source>
        <translation>Kestossa &quot;%1&quot; on käytetty yksikköä &quot;%2&quot;. Vain vuodet (Y), kuukaudet (M), viikot (W) ja päivät (D) ovat sallittuja.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration: the parts must appear once each, in the order Y, M, W, D.</source>
        <translation>Kesto &quot;%1&quot; ei ole ISO 8601 -muotoinen: kukin osa saa esiintyä vain kerran ja järjestyksessä Y, M, W, D.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long a duration: each part may be at most %2.</source>
        <translation>Kesto &quot;%1&quot; on liian pitkä: kunkin osan arvo saa olla enintään %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a duration of zero. A time limit must be at least one day.</source>
        <translation>Kesto &quot;%1&quot; on nolla. Määräajan on oltava vähintään yksi päivä.</translation>
    </message>
</context>
<context>
    <name>LvCodec</name>
    <message>
        <source>the response body</source>
        <translation>vastauksen sisältö</translation>
    </message>
    <message>
        <source>The response is not valid UTF-8: byte %1, in %2.</source>
        <translation>Vastaus ei ole kelvollista UTF-8-tekstiä: tavu %1 (kohta: %2).</translation>
    </message>
    <message>
        <source>The response is nested more than %1 levels deep at %2.</source>
        <translation>Vastauksessa on yli %1 sisäkkäistä tasoa (kohta: %2).</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true tai false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>luku</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>merkkijono</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objekti</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>The field %1 must be %2, not %3.</source>
        <translation>Kentän %1 arvo on väärää tyyppiä (odotettu: %2, saatu: %3).</translation>
    </message>
    <message>
        <source>The field %1 is missing.</source>
        <translation>Kenttä %1 puuttuu.</translation>
    </message>
    <message>
        <source>The field %1 is null but must have a value.</source>
        <translation>Kentän %1 arvo on null, mutta sillä on oltava arvo.</translation>
    </message>
    <message>
        <source>The field %1 is %2 characters long; at most %3 are allowed.</source>
        <translation>Kentässä %1 on %2 merkkiä; enintään %3 merkkiä on sallittu.</translation>
    </message>
    <message>
        <source>The field %1 contains a character that is not allowed (U+0000 or a lone surrogate).</source>
        <translation>Kentässä %1 on merkki, joka ei ole sallittu (U+0000 tai pariton UTF-16-surrogaatti).</translation>
    </message>
    <message>
        <source>The field %1 must not be empty.</source>
        <translation>Kenttä %1 ei saa olla tyhjä.</translation>
    </message>
    <message>
        <source>The field %1 must be a GUID such as 3f0c6a52-1b2c-4d5e-8f90-a1b2c3d4e5f6.</source>
        <translation>Kentän %1 arvon on oltava GUID-tunniste, esimerkiksi 3f0c6a52-1b2c-4d5e-8f90-a1b2c3d4e5f6.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>kokonaisluku</translation>
    </message>
    <message>
        <source>The field %1 must be between %2 and %3.</source>
        <translation>Kentän %1 arvon on oltava vähintään %2 ja enintään %3.</translation>
    </message>
    <message>
        <source>The field %1 must be a whole number, not a fraction.</source>
        <translation>Kentän %1 arvon on oltava kokonaisluku, ei desimaaliluku.</translation>
    </message>
    <message>
        <source>The field %1 is not a finite number.</source>
        <translation>Kentän %1 arvo ei ole äärellinen luku.</translation>
    </message>
    <message>
        <source>The field %1 must be an RFC 3339 timestamp in UTC, such as 2026-11-26T08:15:00Z.</source>
        <translation>Kentän %1 arvon on oltava RFC 3339 -muotoinen UTC-aikaleima, esimerkiksi 2026-11-26T08:15:00Z.</translation>
    </message>
    <message>
        <source>The field %1 must be a date that exists, written YYYY-MM-DD.</source>
        <translation>Kentän %1 arvon on oltava olemassa oleva päivämäärä muodossa VVVV-KK-PP.</translation>
    </message>
    <message>
        <source>The fields %1 and %2 are both missing or empty; a text needs a Finnish or a Swedish version.</source>
        <translation>Kentät %1 ja %2 puuttuvat tai ovat tyhjiä; tekstistä tarvitaan suomen- tai ruotsinkielinen versio.</translation>
    </message>
    <message>
        <source>The response is %1 bytes; at most %2 bytes are accepted for this resource.</source>
        <translation>Vastauksen koko on %1 tavua; tälle resurssille hyväksytään enintään %2 tavua.</translation>
    </message>
    <message>
        <source>The response body is empty.</source>
        <translation>Vastauksen sisältö on tyhjä.</translation>
    </message>
    <message>
        <source>The response is nested too deeply.</source>
        <translation>Vastauksessa on liian monta sisäkkäistä tasoa.</translation>
    </message>
    <message>
        <source>The response is not valid JSON: %1 at byte %2.</source>
        <translation>Vastaus ei ole kelvollista JSON-muotoa: %1 (tavu %2).</translation>
    </message>
    <message>
        <source>The response must be a JSON object.</source>
        <translation>Vastauksen on oltava JSON-objekti.</translation>
    </message>
    <message>
        <source>The response is not valid.</source>
        <translation>Vastaus ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>The table row %1 has %2 cells but the table has %3 columns.</source>
        <translation>Taulukon rivillä %1 on %2 solua, mutta taulukossa on %3 saraketta.</translation>
    </message>
    <message>
        <source>a string, number, true, false or null</source>
        <translation>merkkijono, luku, true, false tai null</translation>
    </message>
    <message>
        <source>The field %1 refers to an attachment that formdata does not list.</source>
        <translation>Kenttä %1 viittaa liitteeseen, jota ei ole lueteltu formdata-tiedoissa.</translation>
    </message>
    <message>
        <source>The field %1 is not a GUID; it is used as sent.</source>
        <translation>Kenttä %1 ei ole GUID-tunniste; sitä käytetään sellaisenaan.</translation>
    </message>
    <message>
        <source>The feed page has %1 items; at most %2 were asked for.</source>
        <translation>Syötteen sivulla on %1 kohdetta; pyydettiin enintään %2.</translation>
    </message>
    <message>
        <source>The feed entry %1 names no action (it has no externalId); it cannot be read or acknowledged.</source>
        <translation>Syötteen kohde %1 ei nimeä toimenpidettä (siltä puuttuu externalId); sitä ei voi lukea eikä kuitata.</translation>
    </message>
    <message>
        <source>The field %1 is not a valid business id (Y-tunnus): wrong form or check digit. It is kept as sent.</source>
        <translation>Kenttä %1 ei ole kelvollinen Y-tunnus: väärä muoto tai tarkistusnumero. Se säilytetään sellaisenaan.</translation>
    </message>
    <message>
        <source>The field %1 is not a valid personal identity code: wrong date, century sign, individual number or check character. It is kept as sent.</source>
        <translation>Kenttä %1 ei ole kelvollinen henkilötunnus: väärä päivämäärä, välimerkki, yksilönumero tai tarkistusmerkki. Se säilytetään sellaisenaan.</translation>
    </message>
    <message>
        <source>The field %1 is not a municipality code of three digits; it is kept as sent.</source>
        <translation>Kenttä %1 ei ole kolminumeroinen kuntanumero; se säilytetään sellaisenaan.</translation>
    </message>
    <message>
        <source>The field %1 gives a deadline role to a field that is not a date; it gives no deadline.</source>
        <translation>Kenttä %1 antaa määräaikaroolin kentälle, joka ei ole päivämäärä; siitä ei tule määräaikaa.</translation>
    </message>
    <message>
        <source>The field %1 is not a SHA-256 digest of 64 hexadecimal digits; the attachment cannot be verified.</source>
        <translation>Kenttä %1 ei ole 64 heksadesimaalinumeron SHA-256-tiiviste; liitettä ei voi varmentaa.</translation>
    </message>
    <message>
        <source>The field %1 repeats the id of an earlier attachment; both are kept.</source>
        <translation>Kenttä %1 toistaa aiemman liitteen tunnisteen; molemmat säilytetään.</translation>
    </message>
</context>
<context>
    <name>LvError</name>
    <message>
        <source>expected SHA-256 %1, received %2</source>
        <translation>odotettu SHA-256-tiiviste %1, saatu %2</translation>
    </message>
    <message>
        <source>expected %1 bytes, received %2</source>
        <translation>odotettu %1 tavua, saatu %2</translation>
    </message>
    <message>
        <source>the answer exceeded %1 bytes</source>
        <translation>vastaus ylitti %1 tavua</translation>
    </message>
    <message>
        <source>The Security Server&apos;s host name could not be found. Check the Security Server address in the settings and the workstation&apos;s network connection.</source>
        <translation>Liityntäpalvelimen palvelinnimeä ei löytynyt. Tarkista liityntäpalvelimen osoite asetuksista ja työaseman verkkoyhteys.</translation>
    </message>
    <message>
        <source>The Security Server refused the connection. Check the address and port in the settings; if they are right, the Security Server may be down. lvdesk will try again.</source>
        <translation>Liityntäpalvelin ei hyväksynyt yhteyttä. Tarkista osoite ja portti asetuksista. Jos ne ovat oikein, liityntäpalvelin voi olla poissa käytöstä. lvdesk yrittää uudelleen.</translation>
    </message>
    <message>
        <source>The connection to the Security Server was cut off. lvdesk will try again.</source>
        <translation>Yhteys liityntäpalvelimeen katkesi. lvdesk yrittää uudelleen.</translation>
    </message>
    <message>
        <source>The Security Server did not answer in time. lvdesk will try again.</source>
        <translation>Liityntäpalvelin ei vastannut ajoissa. lvdesk yrittää uudelleen.</translation>
    </message>
    <message>
        <source>The answer from the Security Server was cut off before it was complete. lvdesk will try again.</source>
        <translation>Liityntäpalvelimen vastaus katkesi kesken. lvdesk yrittää uudelleen.</translation>
    </message>
    <message>
        <source>The network connection to the Security Server failed (%1). lvdesk will try again.</source>
        <translation>Verkkoyhteys liityntäpalvelimeen epäonnistui (%1). lvdesk yrittää uudelleen.</translation>
    </message>
    <message>
        <source>The Security Server&apos;s certificate has expired. The connection was not made. Ask the administrator of the Security Server to renew its certificate.</source>
        <translation>Liityntäpalvelimen varmenne on vanhentunut, eikä yhteyttä muodostettu. Pyydä liityntäpalvelimen ylläpitäjää uusimaan varmenne.</translation>
    </message>
    <message>
        <source>The Security Server&apos;s certificate is not valid yet. Check the workstation&apos;s date and time; if they are right, ask the administrator of the Security Server.</source>
        <translation>Liityntäpalvelimen varmenne ei ole vielä voimassa. Tarkista työaseman päivämäärä ja kellonaika. Jos ne ovat oikein, ota yhteyttä liityntäpalvelimen ylläpitäjään.</translation>
    </message>
    <message>
        <source>The Security Server&apos;s certificate is not trusted: it is self-signed or issued by an unknown certificate authority. Ask IT support for the right CA file and set it in the settings.</source>
        <translation>Liityntäpalvelimen varmenteeseen ei luoteta: se on itse allekirjoitettu tai tuntemattoman varmentajan myöntämä. Pyydä IT-tuelta oikea CA-tiedosto ja määritä se asetuksissa.</translation>
    </message>
    <message>
        <source>The Security Server&apos;s certificate was issued for another host name. Check the Security Server address in the settings.</source>
        <translation>Liityntäpalvelimen varmenne on myönnetty toiselle palvelinnimelle. Tarkista liityntäpalvelimen osoite asetuksista.</translation>
    </message>
    <message>
        <source>The Security Server did not accept this workstation&apos;s client certificate. Check the client certificate in the settings, or ask IT support to register it on the Security Server.</source>
        <translation>Liityntäpalvelin ei hyväksynyt tämän työaseman asiakasvarmennetta. Tarkista asiakasvarmenne asetuksista tai pyydä IT-tukea rekisteröimään se liityntäpalvelimeen.</translation>
    </message>
    <message>
        <source>A secure connection to the Security Server could not be made (%1). Ask IT support.</source>
        <translation>Suojattua yhteyttä liityntäpalvelimeen ei voitu muodostaa (%1). Ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <source>The Security Server rejected the request (%1). Check the X-Road client and service identifiers in the settings, or ask IT support.</source>
        <translation>Liityntäpalvelin hylkäsi pyynnön (%1). Tarkista X-Road-asiakkaan ja -palvelun tunnukset asetuksista tai ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <source>The X-Road connection to the service failed (%1). lvdesk will try again later.</source>
        <translation>X-Road-yhteys palveluun epäonnistui (%1). lvdesk yrittää myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>The service did not find or did not accept the request: %1</source>
        <translation>Palvelu ei löytänyt pyydettyä tietoa tai ei hyväksynyt pyyntöä: %1</translation>
    </message>
    <message>
        <source>The service does not allow this authority to do this: %1. Ask the service&apos;s support to check the authority&apos;s rights.</source>
        <translation>Palvelu ei salli tätä toimintoa tälle viranomaiselle: %1. Pyydä palvelun tukea tarkistamaan viranomaisen oikeudet.</translation>
    </message>
    <message>
        <source>The service answered that the address does not exist: %1. Check the service identifier in the settings.</source>
        <translation>Palvelu vastasi, että osoitetta ei ole olemassa: %1. Tarkista palvelun tunnus asetuksista.</translation>
    </message>
    <message>
        <source>The service did not allow this change in the case&apos;s current state: %1. Reload the case and check its state.</source>
        <translation>Palvelu ei sallinut tätä muutosta asioinnin nykyisessä tilassa: %1. Lataa asiointi uudelleen ja tarkista sen tila.</translation>
    </message>
    <message>
        <source>The service rejected the content of field &quot;%1&quot;: %2. Correct it and send again.</source>
        <translation>Palvelu hylkäsi kentän &quot;%1&quot; sisällön: %2. Korjaa se ja lähetä uudelleen.</translation>
    </message>
    <message>
        <source>The service rejected the content: %1. Correct it and send again.</source>
        <translation>Palvelu hylkäsi sisällön: %1. Korjaa se ja lähetä uudelleen.</translation>
    </message>
    <message>
        <source>The service is receiving too many requests. lvdesk will try again later.</source>
        <translation>Palvelu vastaanottaa liian monta pyyntöä. lvdesk yrittää myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable (HTTP %1): %2. lvdesk will try again later.</source>
        <translation>Palvelu ei ole tilapäisesti käytettävissä (HTTP %1): %2. lvdesk yrittää myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>The service answered with an error (HTTP %1): %2</source>
        <translation>Palvelu palautti virheen (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be read (%1). lvdesk will try again; if this persists, report it to the service&apos;s support.</source>
        <translation>Palvelun vastausta ei voitu lukea (%1). lvdesk yrittää uudelleen. Jos ongelma jatkuu, ilmoita siitä palvelun tukeen.</translation>
    </message>
    <message>
        <source>The Security Server answered with a redirect, which it never should. Check the Security Server address in the settings.</source>
        <translation>Liityntäpalvelin vastasi uudelleenohjauksella, vaikka sen ei pitäisi koskaan tehdä niin. Tarkista liityntäpalvelimen osoite asetuksista.</translation>
    </message>
    <message>
        <source>An attachment arrived damaged (its checksum does not match) and was not stored. lvdesk will download it again.</source>
        <translation>Liite saapui vioittuneena (sen tarkistussumma ei täsmää), eikä sitä tallennettu. lvdesk lataa sen uudelleen.</translation>
    </message>
    <message>
        <source>An attachment arrived incomplete (its size does not match) and was not stored. lvdesk will download it again.</source>
        <translation>Liite saapui puutteellisena (sen koko ei täsmää), eikä sitä tallennettu. lvdesk lataa sen uudelleen.</translation>
    </message>
    <message>
        <source>The service&apos;s answer was larger than lvdesk accepts and was not read (%1).</source>
        <translation>Palvelun vastaus oli suurempi kuin lvdesk hyväksyy, eikä sitä luettu (%1).</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Pyyntö peruutettiin.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema version of the database cannot be read: %1</source>
        <translation>Tietokannan skeemaversiota ei voi lukea: %1</translation>
    </message>
    <message>
        <source>This database was created by a newer version of lvdesk (schema %1; this version knows schemas up to %2). Update lvdesk on this workstation; the database was not changed.</source>
        <translation>Tämä tietokanta on luotu lvdesk-sovelluksen uudemmalla versiolla (skeema %1; tämä versio tuntee skeemat versioon %2 asti). Päivitä lvdesk tälle työasemalle. Tietokantaa ei muutettu.</translation>
    </message>
    <message>
        <source>The database could not be locked for migration: %1</source>
        <translation>Tietokantaa ei voitu lukita päivitystä varten: %1</translation>
    </message>
    <message>
        <source>The schema version table cannot be created: %1</source>
        <translation>Skeemaversioiden taulua ei voi luoda: %1</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed, and the database was left at schema %2: %3</source>
        <translation>Tietokannan päivitys skeemaan %1 epäonnistui, ja tietokanta jäi skeemaan %2: %3</translation>
    </message>
    <message>
        <source>The schema version cannot be recorded: %1</source>
        <translation>Skeemaversiota ei voi tallentaa: %1</translation>
    </message>
</context>
<context>
    <name>OsIdentity</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The operating system cannot say which user account runs lvdesk. lvdesk acts only on behalf of a known account; ask IT support.</source>
        <translation>Käyttöjärjestelmä ei kerro, millä käyttäjätilillä lvdesk toimii. lvdesk toimii vain tunnetun tilin puolesta; ota yhteys IT-tukeen.</translation>
    </message>
    <message>
        <source>The name of the user account running lvdesk contains control characters and cannot be used; ask IT support.</source>
        <translation>lvdeskiä ajavan käyttäjätilin nimessä on ohjausmerkkejä, joten sitä ei voi käyttää; ota yhteys IT-tukeen.</translation>
    </message>
</context>
<context>
    <name>OutboxPayload</name>
    <message>
        <source>The queued status update cannot be sent: %1</source>
        <translation>Jonossa olevaa tilapäivitystä ei voi lähettää: %1</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>sisältö ei ole kelvollista JSONia</translation>
    </message>
    <message>
        <source>it has no message id</source>
        <translation>viestin tunniste (message id) puuttuu</translation>
    </message>
    <message>
        <source>its state is unknown</source>
        <translation>tila on tuntematon</translation>
    </message>
    <message>
        <source>its status date is missing</source>
        <translation>tilan päivämäärä puuttuu</translation>
    </message>
    <message>
        <source>The queued message cannot be sent: %1</source>
        <translation>Jonossa olevaa viestiä ei voi lähettää: %1</translation>
    </message>
    <message>
        <source>its supplement request has no due date</source>
        <translation>täydennyspyynnöstä puuttuu määräpäivä</translation>
    </message>
    <message>
        <source>its supplement request is not an object</source>
        <translation>täydennyspyyntö ei ole objekti</translation>
    </message>
    <message>
        <source>an attachment is not valid base64</source>
        <translation>liite ei ole kelvollista base64-koodia</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <source>Queued</source>
        <translation>Jonossa</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Lähetetään</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Toimitettu</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Yritetään uudelleen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>The message could not be queued: %1</source>
        <translation>Viestiä ei voitu asettaa jonoon: %1</translation>
    </message>
    <message>
        <source>The message state could not be saved: %1</source>
        <translation>Viestin tilaa ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>The message is no longer in the outbox.</source>
        <translation>Viesti ei ole enää lähtevien viestien jonossa.</translation>
    </message>
</context>
<context>
    <name>PackageVerifier</name>
    <message>
        <source>The package has no readable manifest.json.</source>
        <translation>Paketissa ei ole luettavaa manifest.json-tiedostoa.</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object.</source>
        <translation>manifest.json ei ole JSON-objekti.</translation>
    </message>
    <message>
        <source>manifest.json has an unknown format version.</source>
        <translation>manifest.json-tiedoston muotoversio on tuntematon.</translation>
    </message>
    <message>
        <source>manifest.json lists no files.</source>
        <translation>manifest.json ei luettele yhtään tiedostoa.</translation>
    </message>
    <message>
        <source>manifest.json lists an invalid path.</source>
        <translation>manifest.json sisältää virheellisen polun.</translation>
    </message>
    <message>
        <source>manifest.json lists %1 twice.</source>
        <translation>manifest.json luettelee tiedoston %1 kahdesti.</translation>
    </message>
    <message>
        <source>%1 is missing from the package.</source>
        <translation>Tiedosto %1 puuttuu paketista.</translation>
    </message>
    <message>
        <source>%1 does not have the size the manifest gives.</source>
        <translation>Tiedoston %1 koko ei vastaa manifestissa ilmoitettua kokoa.</translation>
    </message>
    <message>
        <source>%1 does not have the SHA-256 the manifest gives.</source>
        <translation>Tiedoston %1 SHA-256-tiiviste ei vastaa manifestissa ilmoitettua tiivistettä.</translation>
    </message>
    <message>
        <source>%1 is in the package but not in the manifest.</source>
        <translation>Tiedosto %1 on paketissa, mutta sitä ei ole manifestissa.</translation>
    </message>
</context>
<context>
    <name>PostgresTlsProbe</name>
    <message>
        <source>The shared database server %1 does not offer an encrypted connection (TLS). lvdesk does not send the password or any case to it in the clear. Ask IT support to turn TLS on in the server.</source>
        <translation>Yhteisen tietokannan palvelin %1 ei tarjoa salattua yhteyttä (TLS). lvdesk ei lähetä sille salasanaa eikä yhtään asiointia salaamattomana. Pyydä IT-tukea ottamaan TLS käyttöön palvelimella.</translation>
    </message>
    <message>
        <source>The certificate of the shared database server %1 is not issued by the certificate authority in store/sslRootCert (%2). lvdesk does not connect to a server it cannot verify: it may not be the authority&apos;s server. Ask IT support to check the server&apos;s certificate and the profile.</source>
        <translation>Yhteisen tietokannan palvelimen %1 varmennetta ei ole myöntänyt store/sslRootCert-tiedoston (%2) varmentaja. lvdesk ei ota yhteyttä palvelimeen, jota se ei voi todentaa: se ei ehkä ole viranomaisen palvelin. Pyydä IT-tukea tarkistamaan palvelimen varmenne ja profiili.</translation>
    </message>
    <message>
        <source>The shared database server %1 presented a certificate for another host. lvdesk does not connect to it: it may not be the authority&apos;s server. Ask IT support to check store/host and the server&apos;s certificate.</source>
        <translation>Yhteisen tietokannan palvelin %1 esitti varmenteen, joka on myönnetty toiselle palvelimelle. lvdesk ei ota siihen yhteyttä: se ei ehkä ole viranomaisen palvelin. Pyydä IT-tukea tarkistamaan store/host-asetus ja palvelimen varmenne.</translation>
    </message>
    <message>
        <source>The certificate of the shared database server %1 has expired or is not valid yet. Check the workstation&apos;s date; otherwise ask IT support to renew the server&apos;s certificate.</source>
        <translation>Yhteisen tietokannan palvelimen %1 varmenne on vanhentunut tai ei ole vielä voimassa. Tarkista työaseman päivämäärä; muuten pyydä IT-tukea uusimaan palvelimen varmenne.</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>The data folder %1 cannot be created. Check that the user may write there.</source>
        <translation>Datakansiota %1 ei voi luoda. Tarkista, että käyttäjällä on kansioon kirjoitusoikeus.</translation>
    </message>
    <message>
        <source>The data folder %1 is not a folder (a symbolic link is not accepted).</source>
        <translation>Datakansio %1 ei ole kansio (symbolista linkkiä ei hyväksytä).</translation>
    </message>
    <message>
        <source>The data folder %1 belongs to another user. lvdesk keeps its data only in a folder of the user it runs as.</source>
        <translation>Datakansio %1 kuuluu toiselle käyttäjälle. lvdesk säilyttää tietonsa vain sen käyttäjän kansiossa, jonka oikeuksin se toimii.</translation>
    </message>
    <message>
        <source>The permissions of the data folder %1 cannot be restricted to its owner.</source>
        <translation>Datakansion %1 käyttöoikeuksia ei voi rajata vain sen omistajalle.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 on oltava kokonaisluku väliltä %2–%3, ei &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 on oltava true tai false, ei &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 on oltava jokin seuraavista: %2, ei &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The profile file %1 does not exist or cannot be read.</source>
        <translation>Profiilitiedostoa %1 ei ole tai sitä ei voi lukea.</translation>
    </message>
    <message>
        <source>The profile file %1 is not a valid INI file.</source>
        <translation>Profiilitiedosto %1 ei ole kelvollinen INI-tiedosto.</translation>
    </message>
    <message>
        <source>connection/securityServer must be an https:// address of the Security Server, not &quot;%1&quot;.</source>
        <translation>connection/securityServer-arvon on oltava liityntäpalvelimen https://-osoite, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 must have %2 parts separated by &quot;/&quot;, not &quot;%3&quot;.</source>
        <translation>%1-arvossa on oltava %2 osaa &quot;/&quot;-merkein erotettuina, ei &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>register/diaryPattern must contain a running number {seq} or {seq:N}, not &quot;%1&quot;.</source>
        <translation>register/diaryPattern-arvossa on oltava juokseva numero {seq} tai {seq:N}, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is required when store/driver is postgresql.</source>
        <translation>%1 on pakollinen, kun store/driver on postgresql.</translation>
    </message>
    <message>
        <source>export/folder is required when export/target is folder.</source>
        <translation>export/folder on pakollinen, kun export/target on folder.</translation>
    </message>
    <message>
        <source>%1 must be plain text of at most %2 characters.</source>
        <translation>%1 on oltava tavallista tekstiä, enintään %2 merkkiä.</translation>
    </message>
    <message>
        <source>[%1] does not name a service code.</source>
        <translation>[%1] ei nimeä palvelun tunnusta.</translation>
    </message>
    <message>
        <source>%1 must be a function class such as 10.03.01, not &quot;%2&quot;.</source>
        <translation>%1 on oltava tehtäväluokka, kuten 10.03.01, ei &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is required when %2 is not public: name the legal ground of the confidentiality.</source>
        <translation>%1 on pakollinen, kun %2 ei ole public: anna salassapidon lakiperuste.</translation>
    </message>
    <message>
        <source>export/replies must be another folder than export/folder.</source>
        <translation>export/replies on oltava eri kansio kuin export/folder.</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2), which no setting may contain.</source>
        <translation>%1 sisältää ohjausmerkin (U+%2). Mikään asetus ei saa sisältää ohjausmerkkejä.</translation>
    </message>
    <message>
        <source>connection/securityServer uses plain http to %1. Plain http is allowed only to this computer by address (127.0.0.1 or ::1); use https.</source>
        <translation>connection/securityServer käyttää salaamatonta http-yhteyttä osoitteeseen %1. Salaamaton http on sallittu vain tähän tietokoneeseen IP-osoitteella (127.0.0.1 tai ::1); käytä https-yhteyttä.</translation>
    </message>
    <message>
        <source>%1 must not contain &quot;;&quot; (the database driver cannot pass it on).</source>
        <translation>%1 ei saa sisältää merkkiä &quot;;&quot; (tietokanta-ajuri ei voi välittää sitä).</translation>
    </message>
    <message>
        <source>store/sslMode %1 does not verify the database server %2, so a look-alike server on the network would receive the password and every case. Use verify-full (or verify-ca); other modes are allowed only for a server on this computer.</source>
        <translation>store/sslMode %1 ei todenna tietokantapalvelinta %2, joten verkossa oleva jäljitelmäpalvelin saisi salasanan ja kaikki asioinnit. Käytä arvoa verify-full (tai verify-ca); muut tilat ovat sallittuja vain tällä tietokoneella olevalle palvelimelle.</translation>
    </message>
    <message>
        <source>store/sslRootCert is required: store/sslMode %1 verifies the database server&apos;s certificate against the certificate authority in that file.</source>
        <translation>store/sslRootCert on pakollinen: store/sslMode %1 todentaa tietokantapalvelimen varmenteen tiedostossa olevaa varmentajaa vasten.</translation>
    </message>
    <message>
        <source>store/officerFromRole needs store/driver postgresql: only a shared database knows each officer&apos;s role.</source>
        <translation>store/officerFromRole edellyttää, että store/driver on postgresql: vain yhteinen tietokanta tuntee kunkin käsittelijän roolin.</translation>
    </message>
    <message>
        <source>store/sslCert and store/sslKey go together: the client certificate and its private key.</source>
        <translation>store/sslCert ja store/sslKey annetaan yhdessä: asiakasvarmenne ja sen yksityinen avain.</translation>
    </message>
    <message>
        <source>export/url must be an https:// address of the case register, not &quot;%1&quot;.</source>
        <translation>export/url-asetuksen on oltava asianhallintajärjestelmän https://-osoite, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>export/url uses plain http to %1, which would send the token and the cases in the clear. Plain http is allowed only to this computer by address (127.0.0.1 or ::1); use https.</source>
        <translation>export/url käyttää salaamatonta http-yhteyttä osoitteeseen %1, jolloin siirtotunniste ja asioinnit lähetettäisiin salaamattomina. Salaamaton http on sallittu vain tähän tietokoneeseen IP-osoitteella (127.0.0.1 tai ::1); käytä https-yhteyttä.</translation>
    </message>
    <message>
        <source>export/url is required when export/target is http.</source>
        <translation>export/url on pakollinen, kun export/target on http.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Näyttää komentorivin valitsimien ohjeen.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Näyttää ohjeen Qt:n omat valitsimet mukaan lukien.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Näyttää versiotiedot.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Käyttö: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Valitsimet:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentit:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[valitsimet]</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Tuntematon valitsin &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Tuntemattomat valitsimet: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Valitsimen &apos;%1&apos; jälkeen puuttuu arvo.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Odottamaton arvo valitsimen &apos;%1&apos; jälkeen.</translation>
    </message>
</context>
<context>
    <name>RegisterReplies</name>
    <message>
        <source>The reply answers message %1, which lvdesk did not send.</source>
        <translation>Vastaus koskee sanomaa %1, jota lvdesk ei ole lähettänyt.</translation>
    </message>
    <message>
        <source>The reply names a case (HakemusTunnus %1) that lvdesk did not send to the register.</source>
        <translation>Vastaus koskee asiointia (HakemusTunnus %1), jota lvdesk ei ole siirtänyt asianhallintajärjestelmään.</translation>
    </message>
    <message>
        <source>The case of the reply is no longer in the store.</source>
        <translation>Vastauksen asiointia ei ole enää tietokannassa.</translation>
    </message>
    <message>
        <source>The reply&apos;s HakemusTunnus %1 is not the case the message was about (%2).</source>
        <translation>Vastauksen HakemusTunnus %1 ei ole se asiointi, jota sanoma koski (%2).</translation>
    </message>
    <message>
        <source>The case already had the register&apos;s diary number.</source>
        <translation>Asioinnilla oli jo asianhallintajärjestelmän diaarinumero.</translation>
    </message>
    <message>
        <source>Diary number %1 already belongs to another case.</source>
        <translation>Diaarinumero %1 kuuluu jo toiselle asioinnille.</translation>
    </message>
    <message>
        <source>Diary number %1 from the register.</source>
        <translation>Diaarinumero %1 asianhallintajärjestelmästä.</translation>
    </message>
    <message>
        <source>The service is told &quot;%1&quot; with it.</source>
        <translation>Palvelulle ilmoitetaan sen kanssa tila &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The case was decided already.</source>
        <translation>Asiointi oli jo ratkaistu.</translation>
    </message>
    <message>
        <source>Decided on %1 (decision %2).</source>
        <translation>Ratkaistu %1 (päätös %2).</translation>
    </message>
</context>
<context>
    <name>RegisterStore</name>
    <message>
        <source>The transfer item is not in the store.</source>
        <translation>Siirtoa ei ole tietokannassa.</translation>
    </message>
</context>
<context>
    <name>ReplyProcessor</name>
    <message>
        <source>The replies folder cannot be read.</source>
        <translation>Vastauskansiota ei voi lukea.</translation>
    </message>
    <message>
        <source>The reply is not a regular file that lvdesk can read.</source>
        <translation>Vastaus ei ole tavallinen tiedosto, jonka lvdesk voi lukea.</translation>
    </message>
    <message>
        <source>The reply cannot be read.</source>
        <translation>Vastausta ei voi lukea.</translation>
    </message>
    <message>
        <source>The zip must hold exactly one XML message at its top; it holds %1.</source>
        <translation>Zip-tiedoston juuressa on oltava täsmälleen yksi XML-sanoma; siinä on %1.</translation>
    </message>
    <message>
        <source>The file %1 that the reply names is missing from the zip.</source>
        <translation>Vastauksen nimeämä tiedosto %1 puuttuu zip-tiedostosta.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made in the replies folder.</source>
        <translation>Kansiota %1 ei voi luoda vastauskansioon.</translation>
    </message>
    <message>
        <source>The reason file could not be written into the replies folder.</source>
        <translation>Syytiedostoa ei voitu kirjoittaa vastauskansioon.</translation>
    </message>
    <message>
        <source>The reply could not be moved out of the replies folder.</source>
        <translation>Vastausta ei voitu siirtää pois vastauskansiosta.</translation>
    </message>
    <message>
        <source>The replies folder holds too many replies of this name.</source>
        <translation>Vastauskansiossa on liian monta tämännimistä vastausta.</translation>
    </message>
</context>
<context>
    <name>SecretKeys</name>
    <message>
        <source>The certificate file %1 could not be read.</source>
        <translation>Varmennetiedostoa %1 ei voitu lukea.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No saved secret was found in the keychain. Enter it again in Settings.</source>
        <translation>Avainnipusta ei löytynyt tallennettua salaisuutta. Syötä se uudelleen asetuksissa.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock the keychain and try again.</source>
        <translation>Pääsy avainnippuun estettiin. Avaa avainnipun lukitus ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer, so passwords and certificate passphrases cannot be stored. lvdesk never stores them in plain files. Ask IT support to enable the desktop keychain (Secret Service, such as GNOME Keyring or KWallet).</source>
        <translation>Tietokoneessa ei ole käytettävissä avainnippupalvelua, joten salasanoja ja varmenteiden tunnuslauseita ei voi tallentaa. lvdesk ei koskaan tallenna niitä tavallisiin tiedostoihin. Pyydä IT-tukea ottamaan käyttöön työpöydän avainnippu (Secret Service, esimerkiksi GNOME Keyring tai KWallet).</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Avainnippu ilmoitti virheestä.</translation>
    </message>
</context>
<context>
    <name>SecureDirectory</name>
    <message>
        <source>The folder %1 is a symbolic link or not a folder; lvdesk writes only into a real folder.</source>
        <translation>Kansio %1 on symbolinen linkki tai ei ole kansio; lvdesk kirjoittaa vain todelliseen kansioon.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be reached.</source>
        <translation>Kansiota %1 ei ole tai siihen ei saada yhteyttä.</translation>
    </message>
    <message>
        <source>lvdesk refused to write an entry with an unsafe name into %1.</source>
        <translation>lvdesk kieltäytyi kirjoittamasta kansioon %1 kohdetta, jonka nimi ei ole turvallinen.</translation>
    </message>
    <message>
        <source>A folder could not be created in %1.</source>
        <translation>Kansioon %1 ei voitu luoda kansiota.</translation>
    </message>
    <message>
        <source>A file could not be created in %1.</source>
        <translation>Kansioon %1 ei voitu luoda tiedostoa.</translation>
    </message>
    <message>
        <source>lvdesk cannot write to the folder %1. Check that it exists and that you may write there.</source>
        <translation>lvdesk ei voi kirjoittaa kansioon %1. Tarkista, että kansio on olemassa ja että sinulla on siihen kirjoitusoikeus.</translation>
    </message>
    <message>
        <source>Something in %1 replaced the package while lvdesk wrote it; nothing was published. Ask IT support to check who may write to that folder.</source>
        <translation>Jokin korvasi siirtopaketin kansiossa %1 sillä aikaa, kun lvdesk kirjoitti sitä; mitään ei julkaistu. Pyydä IT-tukea tarkistamaan, kenellä on kirjoitusoikeus kansioon.</translation>
    </message>
    <message>
        <source>lvdesk publishes only what it wrote itself.</source>
        <translation>lvdesk julkaisee vain sen, minkä se on itse kirjoittanut.</translation>
    </message>
    <message>
        <source>The package could not be finished in %1.</source>
        <translation>Siirtopakettia ei voitu viimeistellä kansioon %1.</translation>
    </message>
    <message>
        <source>The finished package could not be moved into place in %1.</source>
        <translation>Valmista siirtopakettia ei voitu siirtää paikalleen kansioon %1.</translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>In processing</source>
        <translation>Käsittelyssä</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Täydennystä pyydetty</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Käsitelty</translation>
    </message>
    <message>
        <source>Transferred to another authority</source>
        <translation>Siirretty toiselle viranomaiselle</translation>
    </message>
</context>
<context>
    <name>StoreConnection</name>
    <message>
        <source>The local database %1 cannot be opened: %2</source>
        <translation>Paikallista tietokantaa %1 ei voi avata: %2</translation>
    </message>
    <message>
        <source>The shared database %1 cannot be reached: %2 Check the store settings in the profile and the password in the keychain.</source>
        <translation>Yhteiseen tietokantaan %1 ei saada yhteyttä: %2 Tarkista profiilin tietokanta-asetukset ja avainnippuun tallennettu salasana.</translation>
    </message>
    <message>
        <source>The schema %1 of the shared database cannot be used: %2</source>
        <translation>Yhteisen tietokannan skeemaa %1 ei voi käyttää: %2</translation>
    </message>
    <message>
        <source>The local database %1 cannot switch to write-ahead logging: %2</source>
        <translation>Paikallista tietokantaa %1 ei voi vaihtaa WAL-tilaan (write-ahead logging): %2</translation>
    </message>
    <message>
        <source>The local database %1 cannot be configured: %2</source>
        <translation>Paikallisen tietokannan %1 asetuksia ei voi määrittää: %2</translation>
    </message>
    <message>
        <source>The local database %1 is damaged (%2). lvdesk did not change it; a copy was kept as %3. Restore the database from a backup, or ask IT support.</source>
        <translation>Paikallinen tietokanta %1 on vioittunut (%2). lvdesk ei muuttanut sitä, ja siitä tallennettiin kopio nimellä %3. Palauta tietokanta varmuuskopiosta tai ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <source>The local database %1 is damaged (%2), and a copy could not be kept. Do not delete the file; restore it from a backup, or ask IT support.</source>
        <translation>Paikallinen tietokanta %1 on vioittunut (%2), eikä siitä voitu tallentaa kopiota. Älä poista tiedostoa. Palauta se varmuuskopiosta tai ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <source>No keychain is available for the shared database password.</source>
        <translation>Yhteisen tietokannan salasanalle ei ole käytettävissä avainnippua.</translation>
    </message>
    <message>
        <source>The password of the shared database %1 could not be read from the keychain: %2</source>
        <translation>Yhteisen tietokannan %1 salasanaa ei voitu lukea avainnipusta: %2</translation>
    </message>
    <message>
        <source>The passphrase of the shared database&apos;s client key contains &quot;;&quot;, which the database driver cannot pass on. Give the key another passphrase.</source>
        <translation>Yhteisen tietokannan asiakasavaimen tunnuslauseessa on merkki &quot;;&quot;, jota tietokanta-ajuri ei voi välittää. Vaihda avaimelle toinen tunnuslause.</translation>
    </message>
    <message>
        <source>The path %1 contains &quot;;&quot;, which the database driver cannot pass on. Move the file.</source>
        <translation>Polussa %1 on merkki &quot;;&quot;, jota tietokanta-ajuri ei voi välittää. Siirrä tiedosto.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 (store/sslRootCert) cannot be read, so the shared database server cannot be verified.</source>
        <translation>Varmentajatiedostoa %1 (store/sslRootCert) ei voi lukea, joten yhteisen tietokannan palvelinta ei voi todentaa.</translation>
    </message>
</context>
<context>
    <name>StoreTransaction</name>
    <message>
        <source>The database refused a transaction step: %1</source>
        <translation>Tietokanta hylkäsi transaktion vaiheen: %1</translation>
    </message>
</context>
<context>
    <name>SyncLock</name>
    <message>
        <source>The sync lock file in %1 cannot be created.</source>
        <translation>Synkronoinnin lukitustiedostoa ei voi luoda kansioon %1.</translation>
    </message>
    <message>
        <source>The sync lock cannot be requested from the shared database: %1</source>
        <translation>Synkronoinnin lukitusta ei voi pyytää yhteisestä tietokannasta: %1</translation>
    </message>
</context>
<context>
    <name>TlsConfigLoader</name>
    <message>
        <source>The CA file %1 could not be read. Check the path in the settings.</source>
        <translation>CA-tiedostoa %1 ei voitu lukea. Tarkista tiedostopolku asetuksista.</translation>
    </message>
    <message>
        <source>The CA file %1 contains no certificate (PEM or DER expected).</source>
        <translation>CA-tiedostossa %1 ei ole varmennetta (odotettu muoto on PEM tai DER).</translation>
    </message>
    <message>
        <source>The client certificate file %1 could not be read. Check the path in the settings.</source>
        <translation>Asiakasvarmennetiedostoa %1 ei voitu lukea. Tarkista tiedostopolku asetuksista.</translation>
    </message>
    <message>
        <source>The client certificate %1 could not be opened as PKCS#12: the passphrase is wrong or the file is not a PKCS#12 file.</source>
        <translation>Asiakasvarmennetta %1 ei voitu avata PKCS#12-tiedostona: tunnuslause on väärä tai tiedosto ei ole PKCS#12-tiedosto.</translation>
    </message>
    <message>
        <source>The client certificate file %1 contains no certificate.</source>
        <translation>Asiakasvarmennetiedostossa %1 ei ole varmennetta.</translation>
    </message>
    <message>
        <source>The private key file %1 could not be read. Check the path in the settings.</source>
        <translation>Yksityisen avaimen tiedostoa %1 ei voitu lukea. Tarkista tiedostopolku asetuksista.</translation>
    </message>
    <message>
        <source>The private key of the client certificate could not be read: the passphrase is wrong or the key file does not hold the key.</source>
        <translation>Asiakasvarmenteen yksityistä avainta ei voitu lukea: tunnuslause on väärä tai avaintiedostossa ei ole avainta.</translation>
    </message>
    <message>
        <source>The client certificate %1 holds no certificate or no private key.</source>
        <translation>Asiakasvarmenteesta %1 puuttuu varmenne tai yksityinen avain.</translation>
    </message>
    <message>
        <source>The client certificate expired on %1. Ask IT support for a new one.</source>
        <translation>Asiakasvarmenne vanheni %1. Pyydä IT-tuelta uusi varmenne.</translation>
    </message>
    <message>
        <source>The client certificate is valid only from %1. Check the workstation&apos;s date and time.</source>
        <translation>Asiakasvarmenne on voimassa vasta %1 alkaen. Tarkista työaseman päivämäärä ja kellonaika.</translation>
    </message>
    <message>
        <source>The passphrase of the client certificate is not stored in the keychain. Enter it in the settings.</source>
        <translation>Asiakasvarmenteen tunnuslausetta ei ole tallennettu avainnippuun. Anna se asetuksissa.</translation>
    </message>
    <message>
        <source>The passphrase of the client certificate could not be read from the keychain: %1</source>
        <translation>Asiakasvarmenteen tunnuslausetta ei voitu lukea avainnipusta: %1</translation>
    </message>
</context>
<context>
    <name>TransferListQuery</name>
    <message>
        <source>The transfer list could not be read from the store.</source>
        <translation>Siirtoluetteloa ei voitu lukea tietovarastosta.</translation>
    </message>
</context>
<context>
    <name>TransferLogStore</name>
    <message>
        <source>The transfer log could not be written: %1</source>
        <translation>Siirtolokiin ei voitu kirjoittaa: %1</translation>
    </message>
</context>
<context>
    <name>WorkflowStore</name>
    <message>
        <source>The case no longer exists.</source>
        <translation>Asiointia ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>The message is no longer waiting for a retry.</source>
        <translation>Viesti ei enää odota uutta lähetysyritystä.</translation>
    </message>
</context>
<context>
    <name>XRoadId</name>
    <message>
        <source>An X-Road client must be written INSTANCE/CLASS/MEMBER/SUBSYSTEM, with four parts; &quot;%1&quot; has %2.</source>
        <translation>X-Road-asiakkaan tunnus kirjoitetaan muodossa INSTANCE/CLASS/MEMBER/SUBSYSTEM, ja siinä on neljä osaa. Tunnuksessa &quot;%1&quot; osia on %2.</translation>
    </message>
    <message>
        <source>An X-Road service must be written INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE, with five parts; &quot;%1&quot; has %2.</source>
        <translation>X-Road-palvelun tunnus kirjoitetaan muodossa INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE, ja siinä on viisi osaa. Tunnuksessa &quot;%1&quot; osia on %2.</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>instanssi</translation>
    </message>
    <message>
        <source>member class</source>
        <translation>jäsenluokka</translation>
    </message>
    <message>
        <source>member code</source>
        <translation>jäsentunnus</translation>
    </message>
    <message>
        <source>subsystem code</source>
        <translation>alijärjestelmätunnus</translation>
    </message>
    <message>
        <source>service code</source>
        <translation>palvelukoodi</translation>
    </message>
    <message>
        <source>The %1 of the X-Road identifier &quot;%2&quot; is empty.</source>
        <translation>X-Road-tunnuksen &quot;%2&quot; %1 on tyhjä.</translation>
    </message>
    <message>
        <source>The %1 of the X-Road identifier &quot;%2&quot; is too long.</source>
        <translation>X-Road-tunnuksen &quot;%2&quot; %1 on liian pitkä.</translation>
    </message>
    <message>
        <source>The %1 of the X-Road identifier &quot;%2&quot; contains a control character.</source>
        <translation>X-Road-tunnuksen &quot;%2&quot; %1 sisältää ohjausmerkin.</translation>
    </message>
    <message>
        <source>The %1 of the X-Road identifier &quot;%2&quot; is not a valid code.</source>
        <translation>X-Road-tunnuksen &quot;%2&quot; %1 ei ole kelvollinen koodi.</translation>
    </message>
    <message>
        <source>Unknown X-Road instance &quot;%1&quot;: expected FI-DEV, FI-TEST or FI.</source>
        <translation>Tuntematon X-Road-instanssi &quot;%1&quot;: arvon on oltava FI-DEV, FI-TEST tai FI.</translation>
    </message>
    <message>
        <source>Unknown X-Road member class &quot;%1&quot;: expected GOV, MUN, ORG, COM or EDU.</source>
        <translation>Tuntematon X-Road-jäsenluokka &quot;%1&quot;: arvon on oltava GOV, MUN, ORG, COM tai EDU.</translation>
    </message>
</context>
<context>
    <name>XmlDocument</name>
    <message>
        <source>The XML parser could not be started.</source>
        <translation>XML-jäsennintä ei voitu käynnistää.</translation>
    </message>
    <message>
        <source>The message is not well-formed XML (line %1).</source>
        <translation>Sanoma ei ole hyvinmuodostettua XML:ää (rivi %1).</translation>
    </message>
    <message>
        <source>The message has a document type declaration, which lvdesk does not accept.</source>
        <translation>Sanomassa on dokumenttityypin määrittely, jota lvdesk ei hyväksy.</translation>
    </message>
    <message>
        <source>The message has no root element.</source>
        <translation>Sanomassa ei ole juurielementtiä.</translation>
    </message>
</context>
<context>
    <name>ZipDropFolder</name>
    <message>
        <source>The drop folder %1 does not exist or cannot be reached.</source>
        <translation>Pudotuskansiota %1 ei ole olemassa, tai siihen ei saada yhteyttä.</translation>
    </message>
    <message>
        <source>The drop folder %1 is a symbolic link or not a folder; lvdesk writes only into a real folder.</source>
        <translation>Pudotuskansio %1 on symbolinen linkki tai ei ole kansio; lvdesk kirjoittaa vain todelliseen kansioon.</translation>
    </message>
    <message>
        <source>lvdesk cannot write to the drop folder %1. Check that it exists and that you may write there.</source>
        <translation>lvdesk ei voi kirjoittaa pudotuskansioon %1. Tarkista, että kansio on olemassa ja että sinulla on siihen kirjoitusoikeus.</translation>
    </message>
    <message>
        <source>The package could not be written to the drop folder.</source>
        <translation>Pakettia ei voitu kirjoittaa pudotuskansioon.</translation>
    </message>
    <message>
        <source>The finished package could not be moved into place in the drop folder.</source>
        <translation>Valmista pakettia ei voitu siirtää lopulliseen sijaintiinsa pudotuskansiossa.</translation>
    </message>
    <message>
        <source>The drop folder already holds too many packages of this case.</source>
        <translation>Pudotuskansiossa on jo liian monta tämän asioinnin pakettia.</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>The file is not a readable zip archive.</source>
        <translation>Tiedosto ei ole luettava zip-arkisto.</translation>
    </message>
    <message>
        <source>The zip archive is not open.</source>
        <translation>Zip-arkisto ei ole auki.</translation>
    </message>
    <message>
        <source>%1 is not in the zip archive.</source>
        <translation>%1 ei ole zip-arkistossa.</translation>
    </message>
    <message>
        <source>%1 in the zip archive is larger than %2 bytes.</source>
        <translation>Zip-arkiston %1 on suurempi kuin %2 tavua.</translation>
    </message>
    <message>
        <source>%1 in the zip archive cannot be read.</source>
        <translation>Zip-arkiston tiedostoa %1 ei voi lukea.</translation>
    </message>
    <message>
        <source>%1 in the zip archive is damaged.</source>
        <translation>Zip-arkiston tiedosto %1 on vioittunut.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The zip archive could not be created.</source>
        <translation>Zip-arkistoa ei voitu luoda.</translation>
    </message>
    <message>
        <source>An attachment could not be copied intact into the package.</source>
        <translation>Liitettä ei voitu kopioida pakettiin eheänä.</translation>
    </message>
    <message>
        <source>The zip archive could not be written.</source>
        <translation>Zip-arkistoa ei voitu kirjoittaa.</translation>
    </message>
</context>
<context>
    <name>lvdesk::ActionConfirmation</name>
    <message>
        <source>Confirm: %1</source>
        <translation>Vahvista: %1</translation>
    </message>
    <message>
        <source>New state:</source>
        <translation>Uusi tila:</translation>
    </message>
    <message>
        <source>Diary number:</source>
        <translation>Diaarinumero:</translation>
    </message>
    <message>
        <source>Export to the case register:</source>
        <translation>Siirto asianhallintaan:</translation>
    </message>
    <message>
        <source>Yes, queued after confirming</source>
        <translation>Kyllä, asetetaan jonoon vahvistuksen jälkeen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Nothing is sent to the service.</source>
        <translation>Palveluun ei lähetetä mitään.</translation>
    </message>
    <message>
        <source>Exactly this will be sent to the service:</source>
        <translation>Palveluun lähetetään täsmälleen seuraava:</translation>
    </message>
    <message numerus="yes">
        <source>Exactly these %n writes will be sent to the service:</source>
        <translation>
            <numerusform>Palveluun lähetetään täsmälleen seuraavat tiedot (%n lähetys):</numerusform>
            <numerusform>Palveluun lähetetään täsmälleen seuraavat tiedot (%n lähetystä):</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Lähetettävät tiedot</translation>
    </message>
    <message>
        <source>&amp;Confirm and send</source>
        <translation>&amp;Vahvista ja lähetä</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Vahvista</translation>
    </message>
</context>
<context>
    <name>lvdesk::ApproveDialog</name>
    <message>
        <source>Approve transfer</source>
        <translation>Hyväksy siirto</translation>
    </message>
    <message>
        <source>The case is registered with a diary number. The service is told that processing has started.</source>
        <translation>Asiointi kirjataan diaarinumerolla. Palvelulle ilmoitetaan, että käsittely on alkanut.</translation>
    </message>
    <message>
        <source>Next number from the &amp;pattern:</source>
        <translation>Seuraava numero &amp;mallin mukaan:</translation>
    </message>
    <message>
        <source>&amp;Enter the number from the case register:</source>
        <translation>&amp;Anna numero asianhallintajärjestelmästä:</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>Diaarinumero</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Seuraava…</translation>
    </message>
</context>
<context>
    <name>lvdesk::AttachmentDownload</name>
    <message>
        <source>The attachment folder %1 could not be created. Check the data folder&apos;s permissions.</source>
        <translation>Liitekansiota %1 ei voitu luoda. Tarkista datakansion käyttöoikeudet.</translation>
    </message>
    <message>
        <source>The attachment could not be written to %1: %2</source>
        <translation>Liitettä ei voitu kirjoittaa kohteeseen %1: %2</translation>
    </message>
    <message>
        <source>The attachment could not be saved in %1: %2</source>
        <translation>Liitettä ei voitu tallentaa kohteeseen %1: %2</translation>
    </message>
</context>
<context>
    <name>lvdesk::AttachmentModel</name>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Tarkistettu</translation>
    </message>
    <message>
        <source>✗ Does not match</source>
        <translation>✗ Ei täsmää</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Tarkistussumma</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>Ei vielä ladattu</translation>
    </message>
    <message>
        <source>⚠ Not received</source>
        <translation>⚠ Ei vastaanotettu</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(nimetön)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>%1
Saved and opened as: %2</source>
        <translation>%1
Tallennetaan ja avataan nimellä: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lvdesk::AttachmentPreview</name>
    <message>
        <source>Choose an attachment and press Open to see it here.</source>
        <translation>Valitse liite ja paina Avaa, niin se näkyy tässä.</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>PDF-esikatselu</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Kuvan esikatselu</translation>
    </message>
    <message>
        <source>The PDF file could not be shown: it is damaged or protected. Save it and open it with another program.</source>
        <translation>PDF-tiedostoa ei voitu näyttää: se on vioittunut tai suojattu. Tallenna se ja avaa se toisella ohjelmalla.</translation>
    </message>
</context>
<context>
    <name>lvdesk::AttachmentView</name>
    <message>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>&amp;Tallenna nimellä…</translation>
    </message>
    <message>
        <source>No attachment is selected.</source>
        <translation>Liitettä ei ole valittu.</translation>
    </message>
    <message>
        <source>The file has not been downloaded yet. It is fetched at the next sync.</source>
        <translation>Tiedostoa ei ole vielä ladattu. Se haetaan seuraavan synkronoinnin yhteydessä.</translation>
    </message>
    <message>
        <source>No temporary folder is available for opening the file.</source>
        <translation>Tiedoston avaamiseen ei ole käytettävissä väliaikaista kansiota.</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Avaa liite</translation>
    </message>
    <message>
        <source>No program on this workstation opens this type of file. Use &quot;Save as…&quot; and open it from there.</source>
        <translation>Tällä työasemalla ei ole ohjelmaa, joka avaa tämäntyyppisiä tiedostoja. Valitse &quot;Tallenna nimellä…&quot; ja avaa tiedosto tallennuspaikasta.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Tallenna liite</translation>
    </message>
    <message>
        <source>Show the selected attachment (PDF files and images are shown below)</source>
        <translation>Näytä valittu liite (PDF-tiedostot ja kuvat näytetään alla)</translation>
    </message>
    <message>
        <source>&amp;Retry download</source>
        <translation>&amp;Lataa uudelleen</translation>
    </message>
    <message>
        <source>Ask the service for the selected attachment again at the next sync</source>
        <translation>Pyydä valittu liite palvelusta uudelleen seuraavassa synkronoinnissa</translation>
    </message>
    <message>
        <source>The stored file could not be handed out: %1 It is not opened. Ask IT support to check the workstation&apos;s data folder (checksum).</source>
        <translation>Tallennettua tiedostoa ei voitu luovuttaa: %1 Sitä ei avata. Pyydä IT-tukea tarkistamaan työaseman tietokansio (tarkistussumma).</translation>
    </message>
    <message>
        <source>The image could not be shown (%1). Save it and open it with another program.</source>
        <translation>Kuvaa ei voitu näyttää (%1). Tallenna se ja avaa se toisella ohjelmalla.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Avataan %1…</translation>
    </message>
    <message>
        <source>%1 is opened in the workstation&apos;s own program.</source>
        <translation>%1 avataan työaseman omalla ohjelmalla.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Tallennetaan %1…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Tallennettu nimellä %1.</translation>
    </message>
</context>
<context>
    <name>lvdesk::AuditKeyCommand</name>
    <message>
        <source>The keychain holds no valid audit key for this profile&apos;s database.</source>
        <translation>Avainnipussa ei ole kelvollista tarkastuslokin avainta tämän profiilin tietokannalle.</translation>
    </message>
    <message>
        <source>An audit key is 64 hexadecimal characters on one line of standard input, as --audit-key-export prints it.</source>
        <translation>Tarkastuslokin avain on 64 heksadesimaalimerkkiä yhdellä vakiosyötteen rivillä, kuten --audit-key-export sen tulostaa.</translation>
    </message>
    <message>
        <source>The audit key was stored in this workstation&apos;s keychain.</source>
        <translation>Tarkastuslokin avain tallennettiin tämän työaseman avainnippuun.</translation>
    </message>
</context>
<context>
    <name>lvdesk::AuditModel</name>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Lisätiedot</translation>
    </message>
</context>
<context>
    <name>lvdesk::AuditView</name>
    <message>
        <source>Search action, subject or officer (Ctrl+F)</source>
        <translation>Hae toimenpiteen, kohteen tai käsittelijän perusteella (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Hae tarkastuslokista</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Tarkastusloki</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>Merkintöjä: %1</translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseActions</name>
    <message>
        <source>The case no longer exists.</source>
        <translation>Asiointia ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>Take the case first: only its handler can do this.</source>
        <translation>Ota asiointi ensin käsittelyyn: vain asioinnin käsittelijä voi tehdä tämän.</translation>
    </message>
    <message>
        <source>%1 has been handling this case since %2; only they can do this.</source>
        <translation>%1 on käsitellyt tätä asiointia %2 alkaen. Vain asioinnin käsittelijä voi tehdä tämän.</translation>
    </message>
    <message>
        <source>The case&apos;s opening action has not arrived yet, so nothing can be sent to the service about it.</source>
        <translation>Asioinnin avaava toimenpide ei ole vielä saapunut, joten asioinnista ei voi vielä lähettää palveluun mitään.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 on tyhjä.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 on liian pitkä: enintään %2 merkkiä.</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 sisältää ohjausmerkkejä.</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>The case changed since the confirmation was shown; please check it and approve again.</source>
        <translation>Asiointi on muuttunut vahvistuksen näyttämisen jälkeen. Tarkista asiointi ja hyväksy uudelleen.</translation>
    </message>
    <message>
        <source>Diary number %1 already belongs to another case.</source>
        <translation>Diaarinumero %1 on jo toisen asioinnin käytössä.</translation>
    </message>
    <message>
        <source>No diary number can be generated: %1</source>
        <translation>Diaarinumeroa ei voi muodostaa: %1</translation>
    </message>
    <message>
        <source>No free diary number was found: the numbers the pattern gives are already in use.</source>
        <translation>Vapaata diaarinumeroa ei löytynyt: mallin mukaiset numerot ovat jo käytössä.</translation>
    </message>
    <message>
        <source>The case changed since the confirmation was shown; please check it and confirm again.</source>
        <translation>Asiointi on muuttunut vahvistuksen näyttämisen jälkeen. Tarkista asiointi ja vahvista uudelleen.</translation>
    </message>
    <message>
        <source>No form section was named.</source>
        <translation>Lomakkeen osiota ei annettu.</translation>
    </message>
    <message>
        <source>The store cannot be read.</source>
        <translation>Tietovarastoa ei voi lukea.</translation>
    </message>
    <message>
        <source>The diary number</source>
        <translation>Diaarinumero</translation>
    </message>
    <message>
        <source>The case is registered with diary number %1. The service is told that it is in processing, with you as its handler, from %2.</source>
        <translation>Asiointi kirjataan diaarinumerolla %1. Palvelulle ilmoitetaan, että asiointi on käsittelyssä %2 alkaen ja että sinä olet sen käsittelijä.</translation>
    </message>
    <message>
        <source>The case is then exported to the case register.</source>
        <translation>Tämän jälkeen asiointi siirretään asianhallintaan.</translation>
    </message>
    <message>
        <source>This confirmation belongs to another case or action.</source>
        <translation>Tämä vahvistus koskee toista asiointia tai toimenpidettä.</translation>
    </message>
    <message>
        <source>Diary number %1 was taken by someone else meanwhile; the case got %2 instead, and the service is told %2.</source>
        <translation>Joku muu otti diaarinumeron %1 sillä välin käyttöön. Asiointi sai sen sijaan numeron %2, ja palvelulle ilmoitetaan numero %2.</translation>
    </message>
    <message>
        <source>A supplement request names from 1 to %1 items.</source>
        <translation>Täydennyspyynnössä on oltava 1–%1 kohtaa.</translation>
    </message>
    <message>
        <source>An item</source>
        <translation>Kohta</translation>
    </message>
    <message>
        <source>The due date must be a day after today.</source>
        <translation>Määräpäivän on oltava tämän päivän jälkeen.</translation>
    </message>
    <message numerus="yes">
        <source>The customer is asked for %n item(s) by %1, and the case waits for the supplement.</source>
        <translation>
            <numerusform>Asiakkaalta pyydetään täydennystä viimeistään %1 (%n kohta), ja asiointi odottaa täydennystä.</numerusform>
            <numerusform>Asiakkaalta pyydetään täydennystä viimeistään %1 (%n kohtaa), ja asiointi odottaa täydennystä.</numerusform>
        </translation>
    </message>
    <message>
        <source>That day is not a working day, so the customer has until %1.</source>
        <translation>Kyseinen päivä ei ole työpäivä, joten asiakkaalla on aikaa %1 saakka.</translation>
    </message>
    <message>
        <source>A message carries at most %1 attachments.</source>
        <translation>Viestissä voi olla enintään %1 liitettä.</translation>
    </message>
    <message>
        <source>An attachment needs a plain file name.</source>
        <translation>Liitteellä on oltava pelkkä tiedostonimi ilman kansiopolkua.</translation>
    </message>
    <message>
        <source>Attachment %1 is larger than 10 MB.</source>
        <translation>Liite %1 on suurempi kuin 10 Mt.</translation>
    </message>
    <message>
        <source>Attachment %1 is empty.</source>
        <translation>Liite %1 on tyhjä.</translation>
    </message>
    <message numerus="yes">
        <source>The message is sent to the customer with %n attachment(s).</source>
        <translation>
            <numerusform>Viesti lähetetään asiakkaalle, ja siinä on %n liite.</numerusform>
            <numerusform>Viesti lähetetään asiakkaalle, ja siinä on %n liitettä.</numerusform>
        </translation>
    </message>
    <message>
        <source>The status text</source>
        <translation>Tilateksti</translation>
    </message>
    <message>
        <source>The service is told that the case has been received.</source>
        <translation>Palvelulle ilmoitetaan, että asiointi on vastaanotettu.</translation>
    </message>
    <message>
        <source>The service is told that the case is in processing.</source>
        <translation>Palvelulle ilmoitetaan, että asiointi on käsittelyssä.</translation>
    </message>
    <message>
        <source>The service is told that the case has been decided.</source>
        <translation>Palvelulle ilmoitetaan, että asiointi on ratkaistu.</translation>
    </message>
    <message>
        <source>The case is closed, and the service is told so. Nothing more can be done to it afterwards.</source>
        <translation>Asiointi merkitään käsitellyksi, ja siitä ilmoitetaan palvelulle. Sen jälkeen asiointiin ei voi enää tehdä mitään.</translation>
    </message>
    <message>
        <source>A supplement is requested with a supplement request, which tells the customer what to add and by when.</source>
        <translation>Täydennystä pyydetään täydennyspyynnöllä, jossa kerrotaan asiakkaalle, mitä tulee täydentää ja mihin mennessä.</translation>
    </message>
    <message>
        <source>A case is transferred to another authority with its own action, which names the authority and the reason.</source>
        <translation>Asiointi siirretään toiselle viranomaiselle erillisellä toimenpiteellä, jossa mainitaan viranomainen ja siirron perustelu.</translation>
    </message>
    <message>
        <source>The authority</source>
        <translation>Viranomainen</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Perustelu</translation>
    </message>
    <message>
        <source>The case is transferred to %1, and the service is told so with the reason. Afterwards the case can only be closed.</source>
        <translation>Asiointi siirretään viranomaiselle %1, ja siirrosta ja sen perustelusta ilmoitetaan palvelulle. Sen jälkeen asioinnin voi vain merkitä käsitellyksi.</translation>
    </message>
    <message>
        <source>The message is no longer in the outbox.</source>
        <translation>Viesti ei ole enää lähtevien viestien jonossa.</translation>
    </message>
    <message>
        <source>Only a failed message can be retried; this one is %1.</source>
        <translation>Vain epäonnistuneen viestin lähettämistä voi yrittää uudelleen. Tämän viestin tila: %1.</translation>
    </message>
    <message>
        <source>Only a failed export can be retried.</source>
        <translation>Vain epäonnistunutta siirtoa asianhallintaan voi yrittää uudelleen.</translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseAuditView</name>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Audit trail of the case</source>
        <translation>Asioinnin tarkastusloki</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Asiointi luotu</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Otettu käsittelyyn</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Vapautettu</translation>
    </message>
    <message>
        <source>Section reviewed</source>
        <translation>Osio tarkastettu</translation>
    </message>
    <message>
        <source>Transfer approved</source>
        <translation>Siirto hyväksytty</translation>
    </message>
    <message>
        <source>Diary number set</source>
        <translation>Diaarinumero annettu</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>Tila muutettu</translation>
    </message>
    <message>
        <source>Status update queued</source>
        <translation>Tilapäivitys asetettu jonoon</translation>
    </message>
    <message>
        <source>Message queued</source>
        <translation>Viesti asetettu jonoon</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Täydennystä pyydetty</translation>
    </message>
    <message>
        <source>Transferred to another authority</source>
        <translation>Siirretty toiselle viranomaiselle</translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseDocumentActions</name>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Esikatsele…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Tallenna &amp;PDF:nä…</translation>
    </message>
    <message>
        <source>D&amp;ocument</source>
        <translation>&amp;Asiakirja</translation>
    </message>
    <message>
        <source>The document of the action shown in the form tab, as the case register receives it (henkilötunnus masked)</source>
        <translation>Lomake-välilehdellä näkyvän toimenpiteen asiakirja sellaisena kuin asianhallintajärjestelmä sen saa (henkilötunnus peitettynä)</translation>
    </message>
    <message>
        <source>The store is not open yet.</source>
        <translation>Tietokanta ei ole vielä auki.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Tulosta asiakirja</translation>
    </message>
    <message>
        <source>The document was sent to the printer.</source>
        <translation>Asiakirja lähetettiin tulostimelle.</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Tallenna asiakirja</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>The document is saved as %1.</source>
        <translation>Asiakirja on tallennettu nimellä %1.</translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseExporter</name>
    <message>
        <source>The export address must use https (plain http only to this computer), so that the token and the case data are not sent in the clear.</source>
        <translation>Asianhallintaan siirron osoitteen on käytettävä https-yhteyttä (salaamaton http on sallittu vain tähän tietokoneeseen), jotta siirtotunnistetta ja asioinnin tietoja ei lähetetä salaamattomina.</translation>
    </message>
    <message>
        <source>The export token of the case register is not in the keychain. Ask IT support to store it.</source>
        <translation>Asianhallintajärjestelmän siirtotunnistetta (token) ei ole tallennettu avainnippuun. Pyydä IT-tukea tallentamaan se.</translation>
    </message>
    <message>
        <source>The audit trail failed its check, so nothing is exported until IT support has looked at it: %1</source>
        <translation>Tarkastusloki ei läpäissyt tarkistusta, joten mitään ei siirretä ennen kuin IT-tuki on selvittänyt asian: %1</translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseHeader</name>
    <message>
        <source>Customer:</source>
        <translation>Asiakas:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Tunnus:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Sijainti:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Vastaanotettu:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>Käsittelijä:</translation>
    </message>
    <message>
        <source>Diary number:</source>
        <translation>Diaarinumero:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Määräaika:</translation>
    </message>
    <message>
        <source>Transfers:</source>
        <translation>Siirrot:</translation>
    </message>
    <message>
        <source>No open deadline</source>
        <translation>Ei avointa määräaikaa</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>myöhässä %n päivä</numerusform>
            <numerusform>myöhässä %n päivää</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>erääntyy tänään</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n päivä jäljellä</numerusform>
            <numerusform>%n päivää jäljellä</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 · %3 (%4)</source>
        <translation>%1, %2 · %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Business ID %1</source>
        <translation>Y-tunnus %1</translation>
    </message>
    <message>
        <source>Personal identity code %1</source>
        <translation>Henkilötunnus %1</translation>
    </message>
    <message>
        <source>municipality %1</source>
        <translation>kunta %1</translation>
    </message>
    <message>
        <source>property %1</source>
        <translation>kiinteistötunnus %1</translation>
    </message>
    <message>
        <source>No location given</source>
        <translation>Sijaintia ei ole ilmoitettu</translation>
    </message>
    <message>
        <source>(the opening action has not arrived yet)</source>
        <translation>(avaava toimenpide ei ole vielä saapunut)</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ei vielä ketään</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 (%2 alkaen)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ei vielä annettu</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(nimeä ei annettu)</translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseListModel</name>
    <message numerus="yes">
        <source>⚠ %n day(s) overdue</source>
        <translation>
            <numerusform>⚠ %n päivä myöhässä</numerusform>
            <numerusform>⚠ %n päivää myöhässä</numerusform>
        </translation>
    </message>
    <message>
        <source>◷ due today</source>
        <translation>◷ erääntyy tänään</translation>
    </message>
    <message numerus="yes">
        <source>◷ %n day(s) left</source>
        <translation>
            <numerusform>◷ %n päivä jäljellä</numerusform>
            <numerusform>◷ %n päivää jäljellä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n päivän kuluttua</numerusform>
            <numerusform>%n päivän kuluttua</numerusform>
        </translation>
    </message>
    <message>
        <source>Statutory processing time</source>
        <translation>Lakisääteinen käsittelyaika</translation>
    </message>
    <message>
        <source>Supplement due</source>
        <translation>Täydennyksen määräaika</translation>
    </message>
    <message>
        <source>Before the customer&apos;s event date</source>
        <translation>Ennen asiakkaan tapahtumapäivää</translation>
    </message>
    <message>
        <source>Decision requested by the customer</source>
        <translation>Asiakkaan toivoma päätöspäivä</translation>
    </message>
    <message>
        <source>⚠ Sending failed</source>
        <translation>⚠ Lähetys epäonnistui</translation>
    </message>
    <message>
        <source>⚠ Export failed</source>
        <translation>⚠ Siirto asianhallintaan epäonnistui</translation>
    </message>
    <message numerus="yes">
        <source>Sending (%n)</source>
        <translation>
            <numerusform>Lähetetään (%n)</numerusform>
            <numerusform>Lähetetään (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No open deadline</source>
        <translation>Ei avointa määräaikaa</translation>
    </message>
    <message>
        <source>%1, %2 (source: %3)</source>
        <translation>%1, %2 (lähde: %3)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Transfer status</source>
        <translation>Siirron tila</translation>
    </message>
    <message>
        <source>Deadline source</source>
        <translation>Määräajan lähde</translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseListView</name>
    <message>
        <source>Search customer, service, place or number (Ctrl+F)</source>
        <translation>Hae asiakkaan, palvelun, paikan tai numeron perusteella (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Hae asiointeja</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Kaikki määräajat</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Erääntyy 7 päivän kuluessa</translation>
    </message>
    <message>
        <source>Due later</source>
        <translation>Erääntyy myöhemmin</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Ei määräaikaa</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Tyhjennä &amp;suodattimet</translation>
    </message>
    <message>
        <source>Show every case of this list again</source>
        <translation>Näytä taas kaikki tämän luettelon asioinnit</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Tyhjennä suodattimet</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Asioinnit</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>&amp;Palvelu:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Määräaika:</translation>
    </message>
    <message>
        <source>Ha&amp;ndler:</source>
        <translation>&amp;Käsittelijä:</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Kaikki palvelut</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Kuka tahansa</translation>
    </message>
    <message>
        <source>No cases match.</source>
        <translation>Ei ehtoja vastaavia asiointeja.</translation>
    </message>
    <message numerus="yes">
        <source>%1 case(s)</source>
        <translation>
            <numerusform>%1 asiointi</numerusform>
            <numerusform>%1 asiointia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseTransfersView</name>
    <message>
        <source>Direction</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Yritykset</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Viimeisin virhe</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Seuraava yritys</translation>
    </message>
    <message>
        <source>Transfers of the case</source>
        <translation>Asioinnin siirrot</translation>
    </message>
    <message>
        <source>Show only &amp;problems</source>
        <translation>Näytä vain &amp;ongelmat</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Yritä uudelleen nyt</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Saapuva</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versio %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Siirto asianhallintaan</translation>
    </message>
    <message>
        <source>To the case register</source>
        <translation>Asianhallintajärjestelmään</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Lähtevä</translation>
    </message>
    <message>
        <source>Export as lvdesk &amp;package</source>
        <translation>Siirrä lvdesk-&amp;pakettina</translation>
    </message>
    <message>
        <source>Export this case in lvdesk&apos;s own package format from now on, for example when the asianhallinta format cannot carry it.</source>
        <translation>Siirrä tämä asiointi tästä lähtien lvdeskin omassa pakettimuodossa, esimerkiksi kun asianhallintamuoto ei voi välittää sitä.</translation>
    </message>
    <message>
        <source>From the register</source>
        <translation>Asianhallintajärjestelmästä</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Käsitelty</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Hylätty</translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseView</name>
    <message>
        <source>nothing sent</source>
        <translation>ei lähetyksiä</translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n toimitettu</numerusform>
            <numerusform>%n toimitettua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n odottaa lähetystä</numerusform>
            <numerusform>%n odottaa lähetystä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n epäonnistunut</numerusform>
            <numerusform>%n epäonnistunutta</numerusform>
        </translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>siirto asianhallintaan: %1</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>Asioinnin toimenpiteet</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Ota käsittelyyn</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Vapauta</translation>
    </message>
    <message>
        <source>&amp;Approve transfer…</source>
        <translation>&amp;Hyväksy siirto…</translation>
    </message>
    <message>
        <source>Request &amp;supplement…</source>
        <translation>&amp;Pyydä täydennystä…</translation>
    </message>
    <message>
        <source>Send &amp;message…</source>
        <translation>Lähetä vi&amp;esti…</translation>
    </message>
    <message>
        <source>Set stat&amp;us…</source>
        <translation>&amp;Aseta tila…</translation>
    </message>
    <message>
        <source>Transfer to another a&amp;uthority…</source>
        <translation>Siirrä toiselle vi&amp;ranomaiselle…</translation>
    </message>
    <message>
        <source>Mark &amp;decided…</source>
        <translation>&amp;Merkitse ratkaistuksi…</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>Merkitse &amp;käsitellyksi…</translation>
    </message>
    <message>
        <source>Close view</source>
        <translation>Sulje näkymä</translation>
    </message>
    <message>
        <source>Form of:</source>
        <translation>Näytettävä lomake:</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Lomake</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>L&amp;iitteet</translation>
    </message>
    <message>
        <source>&amp;Events and messages</source>
        <translation>&amp;Tapahtumat ja viestit</translation>
    </message>
    <message>
        <source>Tra&amp;nsfers</source>
        <translation>&amp;Siirrot</translation>
    </message>
    <message>
        <source>Aud&amp;it</source>
        <translation>Tarkast&amp;usloki</translation>
    </message>
    <message>
        <source>The write is queued again.</source>
        <translation>Lähetys on asetettu uudelleen jonoon.</translation>
    </message>
    <message>
        <source>The export is queued again.</source>
        <translation>Siirto asianhallintaan on asetettu uudelleen jonoon.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This case is no longer in the store.</source>
        <translation>Asiointia ei ole enää tietovarastossa.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 has taken this case (since %2). Only they can act on it now.</source>
        <translation>%1 on ottanut tämän asioinnin käsittelyyn (%2 alkaen). Vain asioinnin käsittelijä voi nyt tehdä toimenpiteitä.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Ei tehty: %1</translation>
    </message>
    <message>
        <source>%1 took this case first (%2).</source>
        <translation>%1 ehti ottaa tämän asioinnin käsittelyyn ensin (%2).</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ei tehty</translation>
    </message>
    <message>
        <source>Diary number: %1.</source>
        <translation>Diaarinumero: %1.</translation>
    </message>
    <message>
        <source>Not possible now</source>
        <translation>Ei mahdollista nyt</translation>
    </message>
    <message>
        <source>You have taken the case.</source>
        <translation>Olet ottanut asioinnin käsittelyyn.</translation>
    </message>
    <message>
        <source>Release the case</source>
        <translation>Vapauta asiointi</translation>
    </message>
    <message>
        <source>Release the case so that another officer can take it?</source>
        <translation>Vapautetaanko asiointi, jotta toinen käsittelijä voi ottaa sen käsittelyyn?</translation>
    </message>
    <message>
        <source>You have released the case.</source>
        <translation>Olet vapauttanut asioinnin.</translation>
    </message>
    <message>
        <source>The review mark is saved.</source>
        <translation>Tarkastusmerkintä on tallennettu.</translation>
    </message>
    <message>
        <source>The transfer is approved.</source>
        <translation>Siirto on hyväksytty.</translation>
    </message>
    <message>
        <source>The supplement request is queued for sending.</source>
        <translation>Täydennyspyyntö on asetettu lähetysjonoon.</translation>
    </message>
    <message>
        <source>The message is queued for sending.</source>
        <translation>Viesti on asetettu lähetysjonoon.</translation>
    </message>
    <message>
        <source>The status update is queued for sending.</source>
        <translation>Tilapäivitys on asetettu lähetysjonoon.</translation>
    </message>
    <message>
        <source>The transfer to the other authority is queued.</source>
        <translation>Siirto toiselle viranomaiselle on asetettu jonoon.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Yritä uudelleen nyt</translation>
    </message>
    <message>
        <source>Fetch the actions of this case that were not received again at the next sync</source>
        <translation>Nouda asioinnin vastaanottamatta jääneet toimenpiteet uudelleen seuraavassa synkronoinnissa</translation>
    </message>
    <message>
        <source>The actions are fetched again at the next sync.</source>
        <translation>Toimenpiteet noudetaan uudelleen seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>The attachment is asked for again at the next sync.</source>
        <translation>Liitettä pyydetään uudelleen seuraavassa synkronoinnissa.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of this case could not be received: %1 (%2)</source>
        <translation>
            <numerusform>%n asioinnin toimenpide jäi vastaanottamatta: %1 (%2)</numerusform>
            <numerusform>%n asioinnin toimenpidettä jäi vastaanottamatta: %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The case is exported as an lvdesk package from now on.</source>
        <translation>Asiointi siirretään tästä lähtien lvdesk-pakettina.</translation>
    </message>
</context>
<context>
    <name>lvdesk::ChangeNotifier</name>
    <message>
        <source>Changes made on other workstations cannot be followed.</source>
        <translation>Muilla työasemilla tehtyjä muutoksia ei voi seurata.</translation>
    </message>
</context>
<context>
    <name>lvdesk::DeadlineChart</name>
    <message>
        <source>Cases due per week</source>
        <translation>Erääntyvät asioinnit viikoittain</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Wk %1</source>
        <translation>vk %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2–%3): %n case(s) due</source>
        <translation>
            <numerusform>%1 (%2–%3): %n asiointi erääntyy</numerusform>
            <numerusform>%1 (%2–%3): %n asiointia erääntyy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::DeadlinesView</name>
    <message>
        <source>Cases due per week, next 12 weeks</source>
        <translation>Erääntyvät asioinnit viikoittain, seuraavat 12 viikkoa</translation>
    </message>
    <message>
        <source>&amp;All with a deadline</source>
        <translation>K&amp;aikki, joilla on määräaika</translation>
    </message>
    <message>
        <source>⚠ &amp;Overdue (%1)</source>
        <translation>⚠ &amp;Myöhässä (%1)</translation>
    </message>
    <message>
        <source>◷ Due &amp;within 7 days (%1)</source>
        <translation>◷ &amp;Erääntyy 7 päivän kuluessa (%1)</translation>
    </message>
    <message>
        <source>Due lat&amp;er (%1)</source>
        <translation>Erääntyy myö&amp;hemmin (%1)</translation>
    </message>
</context>
<context>
    <name>lvdesk::DocumentPreviewDialog</name>
    <message>
        <source>Document: %1</source>
        <translation>Asiakirja: %1</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Asiakirjan esikatselu</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Tallenna &amp;PDF:nä…</translation>
    </message>
</context>
<context>
    <name>lvdesk::EventTimeline</name>
    <message>
        <source>When</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Transfer state</source>
        <translation>Siirron tila</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Events and messages</source>
        <translation>Tapahtumat ja viestit</translation>
    </message>
    <message>
        <source>Status update: %1</source>
        <translation>Tilapäivitys: %1</translation>
    </message>
    <message>
        <source>diary number %1</source>
        <translation>diaarinumero %1</translation>
    </message>
    <message>
        <source>Supplement request &quot;%1&quot;, due %2</source>
        <translation>Täydennyspyyntö &quot;%1&quot;, määräpäivä %2</translation>
    </message>
    <message>
        <source>Message &quot;%1&quot;</source>
        <translation>Viesti &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n yritys</numerusform>
            <numerusform>%n yritystä</numerusform>
        </translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>seuraava yritys %1</translation>
    </message>
    <message>
        <source>From the customer: %1</source>
        <translation>Asiakkaalta: %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versio %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>tekijä: %1</translation>
    </message>
</context>
<context>
    <name>lvdesk::FormView</name>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>This case has no form yet: its opening action has not arrived.</source>
        <translation>Asioinnilla ei ole vielä lomaketta, koska sen avaava toimenpide ei ole saapunut.</translation>
    </message>
    <message>
        <source>The form could not be laid out; its content as sent:</source>
        <translation>Lomaketta ei voitu näyttää jäsenneltynä. Sen sisältö sellaisenaan:</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(ei vastattu)</translation>
    </message>
    <message>
        <source>Attachment %1 (not received)</source>
        <translation>Liite %1 (ei vastaanotettu)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Avaa %1</translation>
    </message>
    <message>
        <source>A field type this version does not know; shown as sent.</source>
        <translation>Kenttätyyppi, jota tämä versio ei tunne. Näytetään sellaisenaan.</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Tarkastus:</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Ei tarkastettu</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Kunnossa</translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <translation>Vaatii selvitystä</translation>
    </message>
    <message>
        <source>Note (what needs clarification)</source>
        <translation>Muistiinpano (mikä vaatii selvitystä)</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Tarkastuksen muistiinpano</translation>
    </message>
    <message>
        <source>Save mark</source>
        <translation>Tallenna merkintä</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>The service sent %n field(s) of this form in an unexpected form; they are shown as sent.</source>
        <translation>
            <numerusform>Palvelu lähetti lomakkeen %n kentän odottamattomassa muodossa; se näytetään sellaisenaan.</numerusform>
            <numerusform>Palvelu lähetti lomakkeen %n kenttää odottamattomassa muodossa; ne näytetään sellaisinaan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::HeadlessSync</name>
    <message>
        <source>%1: %2 of %3, %4 KB, %5 errors</source>
        <translation>%1: %2/%3, %4 kt, virheitä %5</translation>
    </message>
    <message>
        <source>Replies of the case register: %1 applied, %2 rejected</source>
        <translation>Asianhallintajärjestelmän vastaukset: %1 käsitelty, %2 hylätty</translation>
    </message>
</context>
<context>
    <name>lvdesk::HttpExportTarget</name>
    <message>
        <source>A stored attachment of the case could not be read.</source>
        <translation>Asioinnin tallennettua liitettä ei voitu lukea.</translation>
    </message>
    <message>
        <source>The case register did not answer in time.</source>
        <translation>Asianhallintajärjestelmä ei vastannut ajoissa.</translation>
    </message>
    <message>
        <source>The case register could not be reached: %1</source>
        <translation>Asianhallintajärjestelmään ei saatu yhteyttä: %1</translation>
    </message>
    <message>
        <source>The case register answered with a redirect (HTTP %1). Check the export address in the profile.</source>
        <translation>Asianhallintajärjestelmä vastasi uudelleenohjauksella (HTTP %1). Tarkista asianhallintaan siirron osoite yhteysprofiilista.</translation>
    </message>
    <message>
        <source>The case register refused the export token (HTTP %1). Ask IT support to check the token in the keychain.</source>
        <translation>Asianhallintajärjestelmä hylkäsi siirtotunnisteen (HTTP %1). Pyydä IT-tukea tarkistamaan avainnippuun tallennettu tunniste.</translation>
    </message>
    <message>
        <source>The case register is not available (HTTP %1); lvdesk tries again later.</source>
        <translation>Asianhallintajärjestelmä ei ole käytettävissä (HTTP %1). lvdesk yrittää myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>The case register refused the package (HTTP %1): %2</source>
        <translation>Asianhallintajärjestelmä hylkäsi paketin (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The package to send could not be read.</source>
        <translation>Lähetettävää pakettia ei voitu lukea.</translation>
    </message>
</context>
<context>
    <name>lvdesk::LvClient</name>
    <message>
        <source>The feed page size must be between %1 and %2.</source>
        <translation>Syötteen sivukoon on oltava vähintään %1 ja enintään %2.</translation>
    </message>
    <message>
        <source>The feed cursor is too long.</source>
        <translation>Syötteen kursori on liian pitkä.</translation>
    </message>
    <message>
        <source>externalId</source>
        <translation>externalId</translation>
    </message>
    <message>
        <source>An acknowledgement needs a messageId.</source>
        <translation>Kuittaukseen tarvitaan messageId.</translation>
    </message>
    <message>
        <source>An acknowledgement needs at least one action.</source>
        <translation>Kuittaukseen tarvitaan vähintään yksi toimenpide.</translation>
    </message>
    <message>
        <source>A status update needs a messageId.</source>
        <translation>Tilapäivitykseen tarvitaan messageId.</translation>
    </message>
    <message>
        <source>A message needs a messageId.</source>
        <translation>Viestiin tarvitaan messageId.</translation>
    </message>
    <message>
        <source>attachment id</source>
        <translation>liitteen tunniste</translation>
    </message>
    <message>
        <source>lvdesk cannot ask for an item whose %1 is empty, &quot;.&quot; or &quot;..&quot;.</source>
        <translation>lvdesk ei voi pyytää kohdetta, jonka %1 on tyhjä, &quot;.&quot; tai &quot;..&quot;.</translation>
    </message>
    <message>
        <source>The attachment has no valid SHA-256, so it cannot be verified.</source>
        <translation>Liitteellä ei ole kelvollista SHA-256-tiivistettä, joten sitä ei voi varmentaa.</translation>
    </message>
</context>
<context>
    <name>lvdesk::MainWindow</name>
    <message>
        <source>lvdesk – Permits and supervision</source>
        <translation>lvdesk – Luvat ja valvonta</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigointi</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Tarkastettavat</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Omat asioinnit</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Määräajat</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Siirrot</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Kaikki asioinnit</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Tarkastusloki</translation>
    </message>
    <message>
        <source>No cases yet. Press F5 to sync with the service.</source>
        <translation>Ei vielä asiointeja. Synkronoi palvelun kanssa painamalla F5.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronoi nyt</translation>
    </message>
    <message>
        <source>Sync with the service now (F5)</source>
        <translation>Synkronoi palvelun kanssa nyt (F5)</translation>
    </message>
    <message>
        <source>Fetch new cases and send pending updates now</source>
        <translation>Hae uudet asioinnit ja lähetä odottavat päivitykset nyt</translation>
    </message>
    <message>
        <source>&amp;Open connection profile…</source>
        <translation>&amp;Avaa yhteysprofiili…</translation>
    </message>
    <message>
        <source>Load the connection profile your IT support gave you</source>
        <translation>Lataa IT-tuelta saamasi yhteysprofiili</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;About lvdesk</source>
        <translation>&amp;Tietoja lvdeskistä</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tietoja &amp;Qt:sta</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynkronointi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>Näytä &amp;navigointi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Päätyökalurivi</translation>
    </message>
    <message>
        <source>No connection is configured yet</source>
        <translation>Yhteyttä ei ole vielä määritetty</translation>
    </message>
    <message>
        <source>lvdesk fetches your authority&apos;s cases from the Luvat ja valvonta service through your organisation&apos;s X-Road Security Server. To connect, you need a connection profile.

1. Ask your IT support for the lvdesk connection profile (an .ini file).
2. Choose File › Open connection profile… and select the file.
3. If the profile uses a client certificate, lvdesk asks for its passphrase once and keeps it in the keychain of your computer.

IT support can also start lvdesk with --profile FILE.</source>
        <translation>lvdesk hakee viranomaisesi asioinnit Luvat ja valvonta -palvelusta organisaatiosi X-Road-liityntäpalvelimen kautta. Yhteyttä varten tarvitset yhteysprofiilin.

1. Pyydä IT-tuelta lvdeskin yhteysprofiili (.ini-tiedosto).
2. Valitse Tiedosto › Avaa yhteysprofiili… ja valitse tiedosto.
3. Jos profiilissa käytetään asiakasvarmennetta, lvdesk kysyy sen tunnuslauseen kerran ja säilyttää sen tietokoneesi avainnipussa.

IT-tuki voi myös käynnistää lvdeskin valitsimella --profile TIEDOSTO.</translation>
    </message>
    <message>
        <source>Open connection profile…</source>
        <translation>Avaa yhteysprofiili…</translation>
    </message>
    <message>
        <source>The connection profile %1 has problems:</source>
        <translation>Yhteysprofiilissa %1 on ongelmia:</translation>
    </message>
    <message>
        <source>Not connected – Security Server %1</source>
        <translation>Ei yhteyttä – liityntäpalvelin %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ei yhteyttä</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Yhteysprofiili</translation>
    </message>
    <message>
        <source>The connection profile cannot be used:</source>
        <translation>Yhteysprofiilia ei voi käyttää:</translation>
    </message>
    <message>
        <source>Open connection profile</source>
        <translation>Avaa yhteysprofiili</translation>
    </message>
    <message>
        <source>Connection profiles (*.ini);;All files (*)</source>
        <translation>Yhteysprofiilit (*.ini);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>About lvdesk</source>
        <translation>Tietoja lvdeskistä</translation>
    </message>
    <message>
        <source>lvdesk %1

Handles cases from the Luvat ja valvonta permit service through its electronic interface: review before transfer, deadlines and the transfer status of every item.</source>
        <translation>lvdesk %1

Käsittelee Luvat ja valvonta -palvelun asiointeja palvelun sähköisen rajapinnan kautta: tarkastus ennen siirtoa, määräajat ja jokaisen kohteen siirron tila.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Luettelot</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Hae…</translation>
    </message>
    <message>
        <source>Search the current list (Ctrl+F)</source>
        <translation>Hae nykyisestä luettelosta (Ctrl+F)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>A&amp;setukset…</translation>
    </message>
    <message>
        <source>Connection, sync, services, export, store and language</source>
        <translation>Yhteys, synkronointi, palvelut, asianhallinta, tietovarasto ja kieli</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tietovarasto</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Asiointi</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) need attention</source>
        <translation>
            <numerusform>%n siirto vaatii huomiota</numerusform>
            <numerusform>%n siirtoa vaatii huomiota</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within 7 days</source>
        <translation>Myöhässä: %1, erääntyy 7 päivän kuluessa: %2</translation>
    </message>
    <message>
        <source>Licensed under the European Union Public Licence (EUPL) v. 1.2.</source>
        <translation>Lisensoitu Euroopan unionin yleisellä lisenssillä (EUPL) v. 1.2.</translation>
    </message>
    <message>
        <source>Audit trail warning</source>
        <translation>Tarkastuslokin varoitus</translation>
    </message>
    <message>
        <source>⚠ The audit trail failed its check: someone has changed, removed or added entries outside lvdesk. Tell IT support; nothing is exported to the case register until they have looked at it.
%1</source>
        <translation>⚠ Tarkastusloki ei läpäissyt tarkistusta: joku on muuttanut, poistanut tai lisännyt merkintöjä lvdeskin ulkopuolella. Ilmoita IT-tuelle; mitään ei siirretä asianhallintaan ennen kuin IT-tuki on selvittänyt asian.
%1</translation>
    </message>
</context>
<context>
    <name>lvdesk::MessageDialog</name>
    <message>
        <source>Send a message to the customer</source>
        <translation>Lähetä viesti asiakkaalle</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Aihe:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Viesti:</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Seuraava…</translation>
    </message>
</context>
<context>
    <name>lvdesk::ReceivedDataDialog</name>
    <message>
        <source>Received data of %1</source>
        <translation>Toimenpiteen %1 vastaanotetut tiedot</translation>
    </message>
    <message>
        <source>The service sent nothing that lvdesk could keep for this action (the request failed before an answer arrived).</source>
        <translation>Palvelu ei lähettänyt tästä toimenpiteestä mitään, mitä lvdesk olisi voinut säilyttää (pyyntö epäonnistui ennen vastausta).</translation>
    </message>
    <message>
        <source>What the service sent for this action (%1 bytes), exactly as received. It may contain personal data: copy it only to IT support.</source>
        <translation>Mitä palvelu lähetti tästä toimenpiteestä (%1 tavua), täsmälleen sellaisenaan. Se voi sisältää henkilötietoja: kopioi se vain IT-tuelle.</translation>
    </message>
    <message>
        <source>Received data</source>
        <translation>Vastaanotetut tiedot</translation>
    </message>
    <message>
        <source>… %1 more bytes not shown</source>
        <translation>… %1 tavua lisää, ei näytetä</translation>
    </message>
</context>
<context>
    <name>lvdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Yhteys</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Synkronointi</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>&amp;Palvelut</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Asianhallinta</translation>
    </message>
    <message>
        <source>St&amp;ore</source>
        <translation>&amp;Tietovarasto</translation>
    </message>
    <message>
        <source>&amp;Language and notifications</source>
        <translation>Kieli ja &amp;ilmoitukset</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Valitse tiedosto</translation>
    </message>
    <message>
        <source>The workstation user&apos;s login</source>
        <translation>Työaseman käyttäjän kirjautumistunnus</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Varmenteet (*.pem *.crt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx *.pem *.crt);;All files (*)</source>
        <translation>Varmenteet (*.p12 *.pfx *.pem *.crt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Avaimet (*.pem *.key);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored passphrase</source>
        <translation>Jätä tyhjäksi, jos haluat säilyttää tallennetun tunnuslauseen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Security &amp;Server URL:</source>
        <translation>&amp;Liityntäpalvelimen URL-osoite:</translation>
    </message>
    <message>
        <source>&amp;Client (X-Road subsystem):</source>
        <translation>Asiakas (X-Road-ali&amp;järjestelmä):</translation>
    </message>
    <message>
        <source>Ser&amp;vice (X-Road service):</source>
        <translation>Pal&amp;velu (X-Road-palvelu):</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>C&amp;A certificates:</source>
        <translation>&amp;CA-varmenteet:</translation>
    </message>
    <message>
        <source>Client cer&amp;tificate:</source>
        <translation>Asiakasva&amp;rmenne:</translation>
    </message>
    <message>
        <source>Client &amp;key (PEM):</source>
        <translation>Yksityin&amp;en avain (PEM):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Tu&amp;nnuslause:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Aikakatkais&amp;u:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Testaa y&amp;hteys</translation>
    </message>
    <message>
        <source>The passphrase is kept in the keychain of this computer, never in the profile file.</source>
        <translation>Tunnuslause säilytetään tämän tietokoneen avainnipussa, ei koskaan profiilitiedostossa.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Review every new case before it is registered</source>
        <translation>Tarkasta jokainen uusi asiointi ennen &amp;kirjaamista</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synkronointi&amp;väli:</translation>
    </message>
    <message>
        <source>&amp;Parallel downloads:</source>
        <translation>&amp;Rinnakkaiset lataukset:</translation>
    </message>
    <message>
        <source>&amp;Diary number pattern:</source>
        <translation>&amp;Diaarinumeron malli:</translation>
    </message>
    <message>
        <source>{year} is the year, {seq:5} the running number with five digits, e.g. LV-{year}-{seq:5}.</source>
        <translation>{year} on vuosi ja {seq:5} viisinumeroinen juokseva numero, esim. LV-{year}-{seq:5}.</translation>
    </message>
    <message>
        <source>Per-service settings</source>
        <translation>Palvelukohtaiset asetukset</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Review before registering</source>
        <translation>Tarkastus ennen kirjaamista</translation>
    </message>
    <message>
        <source>Processing time, months</source>
        <translation>Käsittelyaika, kk</translation>
    </message>
    <message>
        <source>Processing time, days</source>
        <translation>Käsittelyaika, pv</translation>
    </message>
    <message>
        <source>Whether an officer reviews each case of a service before it is registered, and the statutory processing time its deadline is counted from (0 months and 0 days: none).</source>
        <translation>Tarkastaako käsittelijä palvelun jokaisen asioinnin ennen kirjaamista sekä lakisääteinen käsittelyaika, josta asioinnin määräaika lasketaan (0 kuukautta ja 0 päivää: ei käsittelyaikaa).</translation>
    </message>
    <message>
        <source>Open a connection profile to set the services.</source>
        <translation>Avaa yhteysprofiili, jotta voit määrittää palvelujen asetukset.</translation>
    </message>
    <message>
        <source>Review %1 before registering</source>
        <translation>Palvelun %1 tarkastus ennen kirjaamista</translation>
    </message>
    <message>
        <source>Processing time of %1 in months</source>
        <translation>Palvelun %1 käsittelyaika kuukausina</translation>
    </message>
    <message>
        <source>Processing time of %1 in days</source>
        <translation>Palvelun %1 käsittelyaika päivinä</translation>
    </message>
    <message>
        <source>No services yet: they appear with the first cases.</source>
        <translation>Palveluja ei ole vielä: ne tulevat näkyviin ensimmäisten asiointien myötä.</translation>
    </message>
    <message>
        <source>No export</source>
        <translation>Ei siirtoa</translation>
    </message>
    <message>
        <source>A folder (drop folder of the case register)</source>
        <translation>Kansio (asianhallintajärjestelmän pudotuskansio)</translation>
    </message>
    <message>
        <source>An HTTP endpoint of the case register</source>
        <translation>Asianhallintajärjestelmän HTTP-rajapinta</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Valitse kansio</translation>
    </message>
    <message>
        <source>Export &amp;to:</source>
        <translation>Sii&amp;rto asianhallintaan:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Kansio:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL-osoite:</translation>
    </message>
    <message>
        <source>This computer (SQLite)</source>
        <translation>Tämä tietokone (SQLite)</translation>
    </message>
    <message>
        <source>Shared database (PostgreSQL)</source>
        <translation>Yhteinen tietokanta (PostgreSQL)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Jätä tyhjäksi, jos haluat säilyttää tallennetun salasanan</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>Tieto&amp;varasto:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>Palv&amp;elin:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ortti:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Tieto&amp;kanta:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Sa&amp;lasana:</translation>
    </message>
    <message>
        <source>The password is kept in the keychain of this computer. A change of store takes effect when the profile is opened again.</source>
        <translation>Salasana säilytetään tämän tietokoneen avainnipussa. Tietovaraston vaihto tulee voimaan, kun profiili avataan uudelleen.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Sama kuin järjestelmässä</translation>
    </message>
    <message>
        <source>Show &amp;notifications for new cases and deadlines coming due</source>
        <translation>&amp;Näytä ilmoitukset uusista asioinneista ja erääntyvistä määräajoista</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>A new language takes effect when lvdesk starts again.</source>
        <translation>Uusi kieli tulee käyttöön, kun lvdesk käynnistetään uudelleen.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testataan yhteyttä…</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: the service offers %n method(s).</source>
        <translation>
            <numerusform>Yhteys toimii: palvelu tarjoaa %n metodin.</numerusform>
            <numerusform>Yhteys toimii: palvelu tarjoaa %n metodia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the profile first: the certificate&apos;s passphrase is read from the keychain.</source>
        <translation>Avaa ensin profiili: varmenteen tunnuslause luetaan avainnipusta.</translation>
    </message>
    <message>
        <source>The profile file %1 could not be written. Check that the folder exists and that you may write to it.</source>
        <translation>Profiilitiedostoa %1 ei voitu kirjoittaa. Tarkista, että kansio on olemassa ja että sinulla on siihen kirjoitusoikeus.</translation>
    </message>
    <message>
        <source>Save the connection profile</source>
        <translation>Tallenna yhteysprofiili</translation>
    </message>
    <message>
        <source>Connection profiles (*.ini)</source>
        <translation>Yhteysprofiilit (*.ini)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Jätä tyhjäksi, jos haluat säilyttää tallennetun siirtotunnisteen</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>Siirto&amp;tunniste:</translation>
    </message>
    <message>
        <source>The token is kept in the keychain of this computer for this address only: another export address never receives it.</source>
        <translation>Siirtotunniste säilytetään tämän tietokoneen avainnipussa vain tätä osoitetta varten: muu siirto-osoite ei koskaan saa sitä.</translation>
    </message>
    <message>
        <source>Automatic: verify-full, unless the server is on this computer</source>
        <translation>Automaattinen: verify-full, paitsi jos palvelin on tällä tietokoneella</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>V&amp;armentajan varmenne:</translation>
    </message>
</context>
<context>
    <name>lvdesk::StatusDialog</name>
    <message>
        <source>Set the status at the service</source>
        <translation>Aseta asioinnin tila palvelussa</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <source>Status text in &amp;Finnish:</source>
        <translation>Tilateksti suo&amp;meksi:</translation>
    </message>
    <message>
        <source>Status text in S&amp;wedish:</source>
        <translation>Tilateksti &amp;ruotsiksi:</translation>
    </message>
    <message>
        <source>Status text in &amp;English (optional):</source>
        <translation>Tilateksti &amp;englanniksi (valinnainen):</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Seuraava…</translation>
    </message>
</context>
<context>
    <name>lvdesk::StatusWidgets</name>
    <message>
        <source>Sync progress</source>
        <translation>Synkronoinnin edistyminen</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Ei vielä yhteyttä</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Yhteys muodostettu</translation>
    </message>
    <message>
        <source>Offline: the Security Server cannot be reached</source>
        <translation>Ei yhteyttä: liityntäpalvelinta ei tavoiteta</translation>
    </message>
    <message>
        <source>Access refused: check the certificate and the X-Road access rights</source>
        <translation>Pääsy estetty: tarkista varmenne ja X-Road-käyttöoikeudet</translation>
    </message>
    <message>
        <source>Secure connection failed: check the certificates</source>
        <translation>Suojattu yhteys epäonnistui: tarkista varmenteet</translation>
    </message>
    <message>
        <source>The service is unavailable at the moment</source>
        <translation>Palvelu ei ole tällä hetkellä käytettävissä</translation>
    </message>
    <message>
        <source>The connection settings need attention</source>
        <translation>Yhteysasetukset on tarkistettava</translation>
    </message>
    <message>
        <source> – next try at %1</source>
        <translation> – seuraava yritys klo %1</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Viimeisin synkronointi %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ei vielä synkronoitu</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkronoidaan…</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Lähtevien jono on tyhjä</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) waiting to be sent</source>
        <translation>
            <numerusform>%n päivitys odottaa lähetystä</numerusform>
            <numerusform>%n päivitystä odottaa lähetystä</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Kirjautuneena: %1</translation>
    </message>
</context>
<context>
    <name>lvdesk::SupplementDialog</name>
    <message>
        <source>Request a supplement</source>
        <translation>Pyydä täydennystä</translation>
    </message>
    <message>
        <source>Request for a supplement</source>
        <translation>Täydennyspyyntö</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Aihe:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Viesti:</translation>
    </message>
    <message>
        <source>Items to supplement</source>
        <translation>Täydennettävät kohdat</translation>
    </message>
    <message>
        <source>What is missing, e.g. a site plan</source>
        <translation>Mitä puuttuu, esim. asemapiirros</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Uusi kohta</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Kohdat:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Määräpäivä:</translation>
    </message>
    <message>
        <source>Proposed by the deadline calculator: %1</source>
        <translation>Määräaikalaskurin ehdotus: %1</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Seuraava…</translation>
    </message>
</context>
<context>
    <name>lvdesk::SyncEngine</name>
    <message>
        <source>Idle</source>
        <translation>Ei käynnissä</translation>
    </message>
    <message>
        <source>Reading new actions</source>
        <translation>Luetaan uusia toimenpiteitä</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Ladataan</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>Tallennetaan</translation>
    </message>
    <message>
        <source>Confirming receipt</source>
        <translation>Kuitataan vastaanotto</translation>
    </message>
    <message>
        <source>Sending to the service</source>
        <translation>Lähetetään palveluun</translation>
    </message>
    <message>
        <source>Exporting to the case register</source>
        <translation>Siirretään asianhallintaan</translation>
    </message>
    <message>
        <source>Another workstation (or another lvdesk on this computer) is syncing now. This workstation shows what it stores and syncs again later.</source>
        <translation>Toinen työasema (tai toinen lvdesk tässä tietokoneessa) synkronoi parhaillaan. Tämä työasema näyttää tallentamansa tiedot ja synkronoi myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>The attachment folder %1 cannot be created.</source>
        <translation>Liitekansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>The queued write has an unknown kind.</source>
        <translation>Jonossa olevan lähetyksen tyyppi on tuntematon.</translation>
    </message>
    <message>
        <source>Not sent: the customer withdrew the case before this status update went out.</source>
        <translation>Ei lähetetty: asiakas perui asioinnin ennen kuin tämä tilapäivitys ehdittiin lähettää.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Yhteys muodostettu</translation>
    </message>
</context>
<context>
    <name>lvdesk::TransferElsewhereDialog</name>
    <message>
        <source>Transfer to another authority</source>
        <translation>Siirrä toiselle viranomaiselle</translation>
    </message>
    <message>
        <source>e.g. the regional state administrative agency</source>
        <translation>esim. aluehallintovirasto</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Viranomainen:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Perustelu:</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Seuraava…</translation>
    </message>
</context>
<context>
    <name>lvdesk::TransferListModel</name>
    <message>
        <source>↓ From the service</source>
        <translation>↓ Palvelusta</translation>
    </message>
    <message>
        <source>→ To the case register</source>
        <translation>→ Asianhallintajärjestelmään</translation>
    </message>
    <message>
        <source>↑ To the service</source>
        <translation>↑ Palveluun</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Tilapäivitys</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>%1, message id %2</source>
        <translation>%1, viestin tunniste %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n yritys</numerusform>
            <numerusform>%n yritystä</numerusform>
        </translation>
    </message>
    <message>
        <source>Waits for Retry now</source>
        <translation>Odottaa toimintoa Yritä uudelleen nyt</translation>
    </message>
    <message>
        <source>At the next sync</source>
        <translation>Seuraavan synkronoinnin yhteydessä</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Asiointi</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Yritykset</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Viimeisin virhe</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Seuraava yritys</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <source>↓ From the service: not received</source>
        <translation>↓ Palvelusta: ei vastaanotettu</translation>
    </message>
    <message>
        <source>↓ Attachment not received</source>
        <translation>↓ Liitettä ei vastaanotettu</translation>
    </message>
    <message>
        <source>Asked for again</source>
        <translation>Pyydetty uudelleen</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Ei vastaanotettu</translation>
    </message>
    <message>
        <source>It is downloaded at the next sync.</source>
        <translation>Se ladataan seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <source>Waits for Retry download</source>
        <translation>Odottaa toimintoa Lataa uudelleen</translation>
    </message>
    <message>
        <source>← From the case register</source>
        <translation>← Asianhallintajärjestelmästä</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Käsitelty</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Hylätty</translation>
    </message>
</context>
<context>
    <name>lvdesk::TransfersView</name>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Näytä &amp;vain ongelmat</translation>
    </message>
    <message>
        <source>Failed and retrying items, and downloads that have not finished</source>
        <translation>Epäonnistuneet ja uudelleen yritettävät kohteet sekä keskeneräiset lataukset</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>Yritä &amp;uudelleen nyt</translation>
    </message>
    <message>
        <source>Try the selected failed item again now (Ctrl+R)</source>
        <translation>Yritä valittua epäonnistunutta kohdetta uudelleen nyt (Ctrl+R)</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Siirrot</translation>
    </message>
    <message numerus="yes">
        <source>%1 item(s)</source>
        <translation>
            <numerusform>%1 kohde</numerusform>
            <numerusform>%1 kohdetta</numerusform>
        </translation>
    </message>
    <message>
        <source>The item is queued to be tried again now.</source>
        <translation>Kohde on asetettu jonoon, ja sitä yritetään nyt uudelleen.</translation>
    </message>
    <message>
        <source>Mark as &amp;handled outside lvdesk…</source>
        <translation>Merkitse &amp;käsitellyksi lvdeskin ulkopuolella…</translation>
    </message>
    <message>
        <source>The selected action will be handled in the service&apos;s own pages: lvdesk stops fetching it and no longer counts it as a problem</source>
        <translation>Valittu toimenpide käsitellään palvelun omilla sivuilla: lvdesk lakkaa noutamasta sitä eikä enää laske sitä ongelmaksi</translation>
    </message>
    <message>
        <source>Show received &amp;data…</source>
        <translation>Näytä vastaanotetut &amp;tiedot…</translation>
    </message>
    <message>
        <source>What the service sent for the selected action, as plain text, for IT support</source>
        <translation>Mitä palvelu lähetti valitusta toimenpiteestä, tekstinä, IT-tukea varten</translation>
    </message>
    <message>
        <source>Mark as handled outside lvdesk</source>
        <translation>Merkitse käsitellyksi lvdeskin ulkopuolella</translation>
    </message>
    <message>
        <source>The action %1 will be handled in the service&apos;s own pages, not in lvdesk. lvdesk stops fetching it and no longer counts it as a problem; it tries again only if the service sends a corrected version. The service is not told that lvdesk received it. Your decision is recorded in the audit trail.</source>
        <translation>Toimenpide %1 käsitellään palvelun omilla sivuilla, ei lvdeskissä. lvdesk lakkaa noutamasta sitä eikä enää laske sitä ongelmaksi; se yrittää uudelleen vain, jos palvelu lähettää korjatun version. Palvelulle ei ilmoiteta, että lvdesk olisi vastaanottanut sen. Päätöksesi kirjataan tapahtumalokiin.</translation>
    </message>
    <message>
        <source>The action is marked as handled outside lvdesk.</source>
        <translation>Toimenpide on merkitty käsitellyksi lvdeskin ulkopuolella.</translation>
    </message>
</context>
<context>
    <name>lvdesk::TrayNotifier</name>
    <message>
        <source>lvdesk – Permits and supervision</source>
        <translation>lvdesk – Luvat ja valvonta</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) arrived.</source>
        <translation>
            <numerusform>%n uusi asiointi saapui.</numerusform>
            <numerusform>%n uutta asiointia saapui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past the deadline.</source>
        <translation>
            <numerusform>%n asiointi on ylittänyt määräajan.</numerusform>
            <numerusform>%n asiointia on ylittänyt määräajan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due within 7 days.</source>
        <translation>
            <numerusform>%n asiointi erääntyy 7 päivän kuluessa.</numerusform>
            <numerusform>%n asiointia erääntyy 7 päivän kuluessa.</numerusform>
        </translation>
    </message>
    <message>
        <source>lvdesk</source>
        <translation>lvdesk</translation>
    </message>
</context>
<context>
    <name>lvdesk::Workspace</name>
    <message>
        <source>The passphrase of the shared database&apos;s client key could not be read from the keychain: %1</source>
        <translation>Yhteisen tietokannan asiakasavaimen tunnuslausetta ei voitu lukea avainnipusta: %1</translation>
    </message>
    <message>
        <source>The key of the audit trail could not be read from the keychain: %1</source>
        <translation>Tarkastuslokin avainta ei voitu lukea avainnipusta: %1</translation>
    </message>
    <message>
        <source>The database role of this officer could not be read from the shared database.</source>
        <translation>Käsittelijän tietokantaroolia ei voitu lukea yhteisestä tietokannasta.</translation>
    </message>
    <message>
        <source>The key of the audit trail could not be stored in the keychain: %1</source>
        <translation>Tarkastuslokin avainta ei voitu tallentaa avainnippuun: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Handles cases from the Luvat ja valvonta permit service for an authority.</source>
        <translation>Käsittelee viranomaisen asiointeja Luvat ja valvonta -palvelusta.</translation>
    </message>
    <message>
        <source>User interface language: fi, sv or en.</source>
        <translation>Käyttöliittymän kieli: fi, sv tai en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>Folder for the local store and attachments.</source>
        <translation>Kansio paikalliselle tietovarastolle ja liitteille.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>kansio</translation>
    </message>
    <message>
        <source>Connection profile (INI file) deployed by IT support.</source>
        <translation>IT-tuen jakama yhteysprofiili (INI-tiedosto).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tiedosto</translation>
    </message>
    <message>
        <source>Write debug messages to the log.</source>
        <translation>Kirjoita vianetsintäviestit lokiin.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use fi, sv or en.</source>
        <translation>Tuntematon kieli &quot;%1&quot;. Käytä arvoa fi, sv tai en.</translation>
    </message>
    <message>
        <source>lvdesk cannot open its window: no graphical display is available (neither DISPLAY nor WAYLAND_DISPLAY is set). Start lvdesk in a desktop session, or use --help for the options that work without a display.</source>
        <translation>lvdesk ei voi avata ikkunaansa: graafista näyttöä ei ole käytettävissä (DISPLAY- tai WAYLAND_DISPLAY-muuttujaa ei ole asetettu). Käynnistä lvdesk työpöytäistunnossa tai katso valitsimella --help, mitkä valitsimet toimivat ilman näyttöä.</translation>
    </message>
    <message>
        <source>Run one full sync without a window (needs --profile), print a summary line and exit: 0 when nothing failed.</source>
        <translation>Suorita yksi täydellinen synkronointi ilman ikkunaa (edellyttää valitsinta --profile), tulosta yhteenvetorivi ja lopeta. Paluuarvo on 0, jos mikään ei epäonnistunut.</translation>
    </message>
    <message>
        <source>--sync-once needs a connection profile: add --profile FILE.</source>
        <translation>--sync-once edellyttää yhteysprofiilia: lisää valitsin --profile TIEDOSTO.</translation>
    </message>
    <message>
        <source>The profile does not say how to reach the Security Server (connection/).</source>
        <translation>Profiilissa ei ole määritetty yhteyttä liityntäpalvelimeen (connection/).</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Yhteysprofiili</translation>
    </message>
    <message>
        <source>The new connection profile is used when lvdesk is started again.</source>
        <translation>Uutta yhteysprofiilia käytetään, kun lvdesk käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>Print the audit trail&apos;s key of the profile&apos;s database from this workstation&apos;s keychain (for IT support).</source>
        <translation>Tulosta profiilin tietokannan tarkastuslokin avain tämän työaseman avainnipusta (IT-tuelle).</translation>
    </message>
    <message>
        <source>Store the audit trail&apos;s key of the profile&apos;s database, read from standard input, in this workstation&apos;s keychain.</source>
        <translation>Tallenna vakiosyötteestä luettu profiilin tietokannan tarkastuslokin avain tämän työaseman avainnippuun.</translation>
    </message>
    <message>
        <source>The audit key belongs to a database: add --profile FILE.</source>
        <translation>Tarkastuslokin avain kuuluu tietokannalle: lisää --profile TIEDOSTO.</translation>
    </message>
</context>
</TS>
