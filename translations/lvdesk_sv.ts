<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>ActionType</name>
    <message>
        <source>Application</source>
        <translation>Ansökan</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Anmälan</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrering</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Supervision request</source>
        <translation>Begäran om tillsyn</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Komplettering</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Återkallelse</translation>
    </message>
</context>
<context>
    <name>AsianhallintaMapper</name>
    <message>
        <source>The asianhallinta 1.3 format cannot carry this case: %1 Export it in lvdesk&apos;s own package format instead.</source>
        <translation>Formatet asianhallinta 1.3 kan inte överföra det här ärendet: %1 Exportera det i stället i lvdesks eget paketformat.</translation>
    </message>
    <message>
        <source>the customer&apos;s data of the case could not be read.</source>
        <translation>ärendets kunduppgifter kunde inte läsas.</translation>
    </message>
    <message>
        <source>it has no municipality code of three digits.</source>
        <translation>det saknar en kommunkod med tre siffror.</translation>
    </message>
    <message>
        <source>the customer is a person without a henkilötunnus, which 1.3 requires.</source>
        <translation>kunden är en person utan personbeteckning, som version 1.3 kräver.</translation>
    </message>
    <message>
        <source>the customer&apos;s henkilötunnus has one of the century signs introduced in 2023 (B–F, U–Y), which the 1.3 schema does not accept.</source>
        <translation>kundens personbeteckning har ett av de skiljetecken som infördes 2023 (B–F, U–Y), som schemat för version 1.3 inte godtar.</translation>
    </message>
    <message>
        <source>the customer&apos;s henkilötunnus is not in the form 1.3 requires.</source>
        <translation>kundens personbeteckning har inte den form som version 1.3 kräver.</translation>
    </message>
    <message>
        <source>the customer has no name.</source>
        <translation>kunden har inget namn.</translation>
    </message>
    <message>
        <source>the customer organisation has no business ID of the form 1234567-8.</source>
        <translation>kundorganisationen har inget FO-nummer i formen 1234567-8.</translation>
    </message>
    <message>
        <source>the customer organisation has no name.</source>
        <translation>kundorganisationen har inget namn.</translation>
    </message>
    <message>
        <source>the customer organisation&apos;s representative has no name.</source>
        <translation>kundorganisationens ombud har inget namn.</translation>
    </message>
    <message>
        <source>the customer is of a kind lvdesk does not know.</source>
        <translation>kunden är av en typ som lvdesk inte känner till.</translation>
    </message>
    <message>
        <source>it has no submission date.</source>
        <translation>det saknar ett datum då det inleddes.</translation>
    </message>
</context>
<context>
    <name>AsianhallintaPackage</name>
    <message>
        <source>The package to send could not be prepared.</source>
        <translation>Paketet som ska skickas kunde inte förberedas.</translation>
    </message>
    <message>
        <source>An attachment of the case has not been downloaded yet.</source>
        <translation>Alla bilagor till ärendet har inte hämtats ännu.</translation>
    </message>
</context>
<context>
    <name>AsianhallintaReader</name>
    <message>
        <source>The reply&apos;s root element %1 is not in the asianhallinta namespace.</source>
        <translation>Svarets rotelement %1 finns inte i namnrymden för asianhallinta.</translation>
    </message>
    <message>
        <source>The file holds a message to the register (%1), not a reply.</source>
        <translation>Filen innehåller ett meddelande till ärendehanteringssystemet (%1), inte ett svar.</translation>
    </message>
    <message>
        <source>The reply&apos;s root element %1 is unknown.</source>
        <translation>Svarets rotelement %1 är okänt.</translation>
    </message>
    <message>
        <source>The reply does not name the case.</source>
        <translation>Svaret anger inte ärendet.</translation>
    </message>
    <message>
        <source>An id in the reply is longer than lvdesk accepts.</source>
        <translation>Svaret innehåller en beteckning som är längre än lvdesk godtar.</translation>
    </message>
</context>
<context>
    <name>AsianhallintaSchema</name>
    <message>
        <source>The asianhallinta schema is not available in this program.</source>
        <translation>Schemat för asianhallinta saknas i det här programmet.</translation>
    </message>
    <message>
        <source>The message does not follow the asianhallinta 1.3 schema.</source>
        <translation>Meddelandet följer inte schemat för asianhallinta 1.3.</translation>
    </message>
    <message>
        <source>The message does not follow the asianhallinta 1.3 schema: line %1, element %2: %3</source>
        <translation>Meddelandet följer inte schemat för asianhallinta 1.3: rad %1, element %2: %3</translation>
    </message>
</context>
<context>
    <name>AsianhallintaWriter</name>
    <message>
        <source>The asianhallinta message could not be written.</source>
        <translation>Meddelandet för asianhallinta kunde inte skrivas.</translation>
    </message>
</context>
<context>
    <name>AttachmentProblem</name>
    <message>
        <source>The service did not give this attachment an id, so it cannot be fetched. Ask the customer to send it again.</source>
        <translation>Tjänsten gav inte bilagan någon identifierare, så den kan inte hämtas. Be kunden skicka den på nytt.</translation>
    </message>
    <message>
        <source>The service gave no valid checksum for this attachment, so it cannot be verified and was not downloaded. Ask the customer to send it again.</source>
        <translation>Tjänsten gav ingen giltig kontrollsumma för bilagan, så den kan inte verifieras och hämtades inte. Be kunden skicka den på nytt.</translation>
    </message>
    <message>
        <source>The service refused to deliver this attachment. Choose Retry download later, or ask the customer to send it again.</source>
        <translation>Tjänsten vägrade leverera bilagan. Välj Hämta igen senare eller be kunden skicka den på nytt.</translation>
    </message>
    <message>
        <source>The downloaded bytes never matched the checksum the service gave, so the file was not kept. Choose Retry download later.</source>
        <translation>Det hämtade innehållet stämde aldrig med tjänstens kontrollsumma, så filen sparades inte. Välj Hämta igen senare.</translation>
    </message>
    <message>
        <source>The attachment is larger than this workstation accepts. IT support can raise the limit (sync/maxAttachmentMegabytes); then choose Retry download.</source>
        <translation>Bilagan är större än den här arbetsstationen godtar. IT-stödet kan höja gränsen (sync/maxAttachmentMegabytes); välj sedan Hämta igen.</translation>
    </message>
</context>
<context>
    <name>AttachmentType</name>
    <message>
        <source>This file is a program, a script, a shortcut or a web page (it is %1). Opening it could run code on this workstation, so lvdesk only saves it. Open it only if you know what it is, and ask IT support if unsure.</source>
        <translation>Filen är ett program, ett skript, en genväg eller en webbsida (%1). Att öppna den kunde köra kod på den här arbetsstationen, så lvdesk sparar den endast. Öppna den bara om du vet vad den är, och fråga IT-stödet om du är osäker.</translation>
    </message>
    <message>
        <source>The file is called a %1 file, but its content is %2. lvdesk does not open a file whose name and content disagree; save it and check it first.</source>
        <translation>Enligt namnet är filen en %1-fil, men innehållet är %2. lvdesk öppnar inte en fil vars namn och innehåll inte stämmer överens; spara den och kontrollera den först.</translation>
    </message>
    <message>
        <source>lvdesk opens PDF files, images and common office documents. Save this file (%1) and open it with a program you trust.</source>
        <translation>lvdesk öppnar PDF-filer, bilder och vanliga kontorsdokument. Spara den här filen (%1) och öppna den med ett program du litar på.</translation>
    </message>
</context>
<context>
    <name>AuditGuard</name>
    <message>
        <source>The audit trail&apos;s state file %1 is locked by another lvdesk.</source>
        <translation>Granskningsloggens tillståndsfil %1 är låst av ett annat lvdesk.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s state file %1 on this workstation cannot be read or belongs to another database; the trail cannot be checked against it. Ask IT support.</source>
        <translation>Granskningsloggens tillståndsfil %1 på den här arbetsstationen kan inte läsas eller hör till en annan databas, så loggen kan inte kontrolleras mot den. Kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s key cannot be read: %1</source>
        <translation>Granskningsloggens nyckel kan inte läsas: %1</translation>
    </message>
    <message>
        <source>This workstation has no key for the audit trail of the database, which is signed with key %1. IT support copies that key into the keychain of every workstation that uses the database.</source>
        <translation>Den här arbetsstationen har ingen nyckel till databasens granskningslogg, som är signerad med nyckeln %1. IT-supporten kopierar nyckeln till nyckelringen på varje arbetsstation som använder databasen.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s key cannot be recorded: %1</source>
        <translation>Granskningsloggens nyckel kan inte registreras: %1</translation>
    </message>
    <message>
        <source>This workstation&apos;s audit key (%1) is not the key that signs the audit trail of the database (%2). IT support copies the database&apos;s key into the keychain of every workstation that uses it.</source>
        <translation>Den här arbetsstationens nyckel för granskningsloggen (%1) är inte den nyckel som signerar databasens granskningslogg (%2). IT-supporten kopierar databasens nyckel till nyckelringen på varje arbetsstation som använder den.</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>The audit trail could not be read from the store.</source>
        <translation>Granskningsloggen kunde inte läsas från datalagret.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The audit trail could not be written: %1</source>
        <translation>Det gick inte att skriva till granskningsloggen: %1</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>Granskningsloggen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation>posterna %1–%2 saknas</translation>
    </message>
    <message>
        <source>the entry is out of sequence (expected %1)</source>
        <translation>posten är i fel ordning (förväntat löpnummer %1)</translation>
    </message>
    <message>
        <source>it does not link to the entry before it (the previous entry was changed, removed or inserted)</source>
        <translation>den är inte länkad till posten före den (den föregående posten har ändrats, tagits bort eller lagts till i efterhand)</translation>
    </message>
    <message>
        <source>its details are not in canonical form (they were edited)</source>
        <translation>dess uppgifter är inte i kanonisk form (de har redigerats)</translation>
    </message>
    <message>
        <source>its content does not match its hash (the entry was changed)</source>
        <translation>dess innehåll stämmer inte med dess hashvärde (posten har ändrats)</translation>
    </message>
    <message>
        <source>Audit entry %1 is broken: %2.</source>
        <translation>Post %1 i granskningsloggen är inte intakt: %2.</translation>
    </message>
    <message>
        <source>this workstation has no audit key to sign the entry</source>
        <translation>den här arbetsstationen har ingen nyckel för att signera posten</translation>
    </message>
    <message>
        <source>it has no signature although the entries before it are signed (it was written outside lvdesk)</source>
        <translation>den saknar signatur fast posterna före den är signerade (den har skrivits utanför lvdesk)</translation>
    </message>
    <message>
        <source>this workstation has no audit key to check its signature</source>
        <translation>den här arbetsstationen har ingen nyckel för att kontrollera dess signatur</translation>
    </message>
    <message>
        <source>it is signed with another audit key (%1) than this workstation&apos;s (%2)</source>
        <translation>den är signerad med en annan nyckel (%1) än den här arbetsstationens (%2)</translation>
    </message>
    <message>
        <source>its signature does not match (the entry was changed, or its hash recomputed, outside lvdesk)</source>
        <translation>dess signatur stämmer inte (posten har ändrats, eller dess hashvärde räknats om, utanför lvdesk)</translation>
    </message>
    <message>
        <source>Audit entry %1, verified earlier on this workstation, is gone: the newest entries of the trail were removed.</source>
        <translation>Post %1 i granskningsloggen, som tidigare har kontrollerats på den här arbetsstationen, saknas: loggens nyaste poster har tagits bort.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one verified earlier on this workstation: the trail was changed or replaced from there on.</source>
        <translation>Post %1 i granskningsloggen är inte den som tidigare kontrollerades på den här arbetsstationen: loggen har ändrats eller ersatts från och med den.</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>The attachment does not match its checksum and was not stored.</source>
        <translation>Bilagan stämmer inte med sin kontrollsumma och sparades inte.</translation>
    </message>
    <message>
        <source>The attachment folder %1 cannot be created.</source>
        <translation>Bilagemappen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>The attachment cannot be written to %1: %2</source>
        <translation>Bilagan kan inte skrivas till %1: %2</translation>
    </message>
    <message>
        <source>The attachment cannot be moved into place in %1.</source>
        <translation>Bilagan kan inte flyttas till sin slutliga plats i %1.</translation>
    </message>
    <message>
        <source>The attachment name is not a valid checksum.</source>
        <translation>Bilagans namn är inte en giltig kontrollsumma.</translation>
    </message>
    <message>
        <source>The attachment is missing from the attachment folder.</source>
        <translation>Bilagan saknas i bilagemappen.</translation>
    </message>
    <message>
        <source>The stored attachment is damaged: it no longer matches its checksum.</source>
        <translation>Den sparade bilagan är skadad: den stämmer inte längre med sin kontrollsumma.</translation>
    </message>
    <message>
        <source>The file could not be written to %1: %2</source>
        <translation>Filen kunde inte skrivas till %1: %2</translation>
    </message>
    <message>
        <source>The attachment could not be read: %1</source>
        <translation>Bilagan kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>CaseCounts</name>
    <message>
        <source>The case counts could not be read from the store.</source>
        <translation>Antalet ärenden kunde inte läsas från datalagret.</translation>
    </message>
</context>
<context>
    <name>CaseDeadlines</name>
    <message>
        <source>The statutory processing time of service %1 cannot be used: %2</source>
        <translation>Den lagstadgade handläggningstiden för tjänsten %1 kan inte användas: %2</translation>
    </message>
    <message>
        <source>The case has no submission date, so its statutory processing time cannot be counted.</source>
        <translation>Ärendet saknar inlämningsdatum, så dess lagstadgade handläggningstid kan inte räknas ut.</translation>
    </message>
    <message>
        <source>The statutory processing time cannot be counted: %1</source>
        <translation>Den lagstadgade handläggningstiden kan inte räknas ut: %1</translation>
    </message>
    <message>
        <source>The due date of supplement request %1 cannot be used: %2</source>
        <translation>Förfallodagen för begäran om komplettering %1 kan inte användas: %2</translation>
    </message>
    <message>
        <source>The date in form field %1 is missing or outside the years %2 that lvdesk can count.</source>
        <translation>Datumet i formulärfältet %1 saknas eller ligger utanför det tillåtna intervallet: lvdesk kan bara räkna med åren %2.</translation>
    </message>
    <message>
        <source>Statutory processing time</source>
        <translation>Lagstadgad handläggningstid</translation>
    </message>
    <message>
        <source>Supplement due</source>
        <translation>Tidsfrist för komplettering</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Datum för evenemanget</translation>
    </message>
    <message>
        <source>Requested decision date</source>
        <translation>Önskat beslutsdatum</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Förfaller inom 7 dagar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
</context>
<context>
    <name>CaseDocument</name>
    <message>
        <source>The action is not part of the case.</source>
        <translation>Åtgärden hör inte till ärendet.</translation>
    </message>
    <message>
        <source>The document could not be rendered.</source>
        <translation>Dokumentet kunde inte skapas.</translation>
    </message>
    <message>
        <source>The document could not be saved: %1</source>
        <translation>Dokumentet kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>CaseListQuery</name>
    <message>
        <source>The case list could not be read from the store.</source>
        <translation>Ärendelistan kunde inte läsas från datalagret.</translation>
    </message>
</context>
<context>
    <name>CaseSnapshot</name>
    <message>
        <source>The case no longer exists.</source>
        <translation>Ärendet finns inte längre.</translation>
    </message>
    <message>
        <source>The case has no actions to export.</source>
        <translation>Ärendet har inga åtgärder att exportera.</translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Under granskning</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Komplettering begärd</translation>
    </message>
    <message>
        <source>In processing</source>
        <translation>Under behandling</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Avgjord</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Transferred to another authority</source>
        <translation>Överförd till en annan myndighet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallad</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>%1 has been handling this case since %2.</source>
        <translation>%1 har handlagt detta ärende sedan %2.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>Ärendet finns inte längre.</translation>
    </message>
    <message>
        <source>The action could not be stored: %1</source>
        <translation>Åtgärden kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>the action has no id, project part or version</source>
        <translation>åtgärden saknar id, del av ärendehelheten eller version</translation>
    </message>
    <message>
        <source>the change notification could not be queued</source>
        <translation>ändringsmeddelandet kunde inte ställas i kö</translation>
    </message>
    <message>
        <source>The case could not be taken: %1</source>
        <translation>Ärendet kunde inte tas för handläggning: %1</translation>
    </message>
    <message>
        <source>The case is not yours to release.</source>
        <translation>Du kan inte frigöra ärendet eftersom det inte handläggs av dig.</translation>
    </message>
    <message>
        <source>The review note could not be saved: %1</source>
        <translation>Granskningsanteckningen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>Bilagan finns inte längre.</translation>
    </message>
</context>
<context>
    <name>CaseTransitions</name>
    <message>
        <source>The case is closed; nothing more can be done to it.</source>
        <translation>Ärendet är avslutat, och inget mer kan göras i det.</translation>
    </message>
    <message>
        <source>The customer has withdrawn the case; it can only be closed.</source>
        <translation>Kunden har återkallat ärendet. Ärendet kan endast avslutas.</translation>
    </message>
    <message>
        <source>The case was transferred to another authority; it can only be closed.</source>
        <translation>Ärendet har överförts till en annan myndighet. Ärendet kan endast avslutas.</translation>
    </message>
    <message>
        <source>Only a new case or a case in review can be approved; this case is %1.</source>
        <translation>Endast ett nytt ärende eller ett ärende under granskning kan godkännas. Ärendets nuvarande status: %1.</translation>
    </message>
    <message>
        <source>%1 needs a registered case; this case is %2.</source>
        <translation>%1 kräver ett registrerat ärende. Ärendets nuvarande status: %2.</translation>
    </message>
    <message>
        <source>%1 is not possible while the case is %2.</source>
        <translation>%1 kan inte göras i ärendets nuvarande status (%2).</translation>
    </message>
    <message>
        <source>Taking the case</source>
        <translation>Upptagande av ärendet till behandling</translation>
    </message>
    <message>
        <source>Releasing the case</source>
        <translation>Frigörande av ärendet</translation>
    </message>
    <message>
        <source>Reviewing a section</source>
        <translation>Granskning av ett avsnitt</translation>
    </message>
    <message>
        <source>Approving the transfer</source>
        <translation>Godkännande av överföringen</translation>
    </message>
    <message>
        <source>Requesting a supplement</source>
        <translation>Begäran om komplettering</translation>
    </message>
    <message>
        <source>Sending a message</source>
        <translation>Sändning av ett meddelande</translation>
    </message>
    <message>
        <source>Setting the status received</source>
        <translation>Ändring av status till mottagen</translation>
    </message>
    <message>
        <source>Setting the status in processing</source>
        <translation>Ändring av status till under behandling</translation>
    </message>
    <message>
        <source>Setting the status decided</source>
        <translation>Ändring av status till avgjord</translation>
    </message>
    <message>
        <source>Closing the case</source>
        <translation>Avslutande av ärendet</translation>
    </message>
    <message>
        <source>Transferring the case to another authority</source>
        <translation>Överföring av ärendet till en annan myndighet</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The Security Server address is missing or not a valid URL. Set it in the settings, e.g. https://ss.example.fi:8443.</source>
        <translation>Säkerhetsserverns adress saknas eller är inte en giltig URL. Ange den i inställningarna, t.ex. https://ss.example.fi:8443.</translation>
    </message>
    <message>
        <source>The Security Server address must start with https:// (it starts with &quot;%1&quot;).</source>
        <translation>Säkerhetsserverns adress måste börja med https:// (nu börjar den med &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The X-Road client (INSTANCE/CLASS/MEMBER/SUBSYSTEM) is missing from the settings.</source>
        <translation>X-Road-klientens identifierare (INSTANCE/CLASS/MEMBER/SUBSYSTEM) saknas i inställningarna.</translation>
    </message>
    <message>
        <source>The X-Road service (INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE) is missing from the settings.</source>
        <translation>X-Road-tjänstens identifierare (INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE) saknas i inställningarna.</translation>
    </message>
    <message>
        <source>The transfer timeout must be longer than zero.</source>
        <translation>Tidsgränsen för överföring måste vara större än noll.</translation>
    </message>
    <message>
        <source>The X-Road user id contains a line break or another control character. Correct connection/userId in the profile.</source>
        <translation>X-Road-användar-id:t innehåller en radbrytning eller ett annat styrtecken. Korrigera connection/userId i profilen.</translation>
    </message>
    <message>
        <source>Plain HTTP is allowed only to this workstation itself (127.0.0.1 or ::1). Use an https:// address for the Security Server %1.</source>
        <translation>Okrypterad HTTP är tillåten endast till den här arbetsstationen själv (127.0.0.1 eller ::1). Använd en https://-adress för säkerhetsservern %1.</translation>
    </message>
</context>
<context>
    <name>CustomerKind</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <source>The time limit would end outside the years %1-%2 that lvdesk can count.</source>
        <translation>Tidsfristen skulle sluta utanför det tillåtna intervallet: lvdesk kan bara räkna med åren %1–%2.</translation>
    </message>
    <message>
        <source>The time limit would move past the years %1-%2 that lvdesk can count.</source>
        <translation>Tidsfristen skulle flyttas utanför det tillåtna intervallet: lvdesk kan bara räkna med åren %1–%2.</translation>
    </message>
    <message>
        <source>The start day of the time limit is missing or outside the years %1-%2 that lvdesk can count.</source>
        <translation>Tidsfristens startdag saknas eller ligger utanför det tillåtna intervallet: lvdesk kan bara räkna med åren %1–%2.</translation>
    </message>
    <message>
        <source>The length of the time limit is missing, zero, negative or too long.</source>
        <translation>Tidsfristens längd saknas, är noll, är negativ eller är för lång.</translation>
    </message>
    <message>
        <source>The due date is missing or outside the years %1-%2 that lvdesk can count.</source>
        <translation>Förfallodagen saknas eller ligger utanför det tillåtna intervallet: lvdesk kan bara räkna med åren %1–%2.</translation>
    </message>
</context>
<context>
    <name>DiaryNumberStore</name>
    <message>
        <source>No diary number could be taken: %1</source>
        <translation>Inget diarienummer kunde tas: %1</translation>
    </message>
</context>
<context>
    <name>DiaryPattern</name>
    <message>
        <source>The diary number pattern is empty.</source>
        <translation>Mönstret för diarienummer är tomt.</translation>
    </message>
    <message>
        <source>The diary number pattern &quot;%1&quot; has a &quot;}&quot; without a &quot;{&quot;.</source>
        <translation>Mönstret för diarienummer &quot;%1&quot; har ett &quot;}&quot; utan ett föregående &quot;{&quot;.</translation>
    </message>
    <message>
        <source>The diary number pattern &quot;%1&quot; has a &quot;{&quot; that is never closed.</source>
        <translation>Mönstret för diarienummer &quot;%1&quot; har ett &quot;{&quot; som aldrig stängs.</translation>
    </message>
    <message>
        <source>The diary number pattern &quot;%1&quot;: the width in {%2} must be a whole number from 1 to %3.</source>
        <translation>Mönstret för diarienummer &quot;%1&quot;: bredden i {%2} måste vara ett heltal från 1 till %3.</translation>
    </message>
    <message>
        <source>The diary number pattern &quot;%1&quot; has the unknown token {%2}. Known tokens are {year}, {seq} and {seq:N}.</source>
        <translation>Mönstret för diarienummer &quot;%1&quot; innehåller den okända variabeln {%2}. Tillåtna variabler är {year}, {seq} och {seq:N}.</translation>
    </message>
    <message>
        <source>The diary number pattern &quot;%1&quot; must contain the sequence number ({seq} or {seq:N}) exactly once.</source>
        <translation>Mönstret för diarienummer &quot;%1&quot; måste innehålla löpnumret ({seq} eller {seq:N}) exakt en gång.</translation>
    </message>
    <message>
        <source>No diary number pattern is configured.</source>
        <translation>Inget mönster för diarienummer har konfigurerats.</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>Application</source>
        <translation>Ansökan</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Anmälan</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrering</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Supervision request</source>
        <translation>Begäran om tillsyn</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Komplettering</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Återkallelse</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Ärendehelhet</translation>
    </message>
    <message>
        <source>Project part</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Action id</source>
        <translation>Åtgärdens beteckning</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inlämnad</translation>
    </message>
    <message>
        <source>Received by the authority</source>
        <translation>Mottagen av myndigheten</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Document created</source>
        <translation>Dokumentet skapat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ärendespråk</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Ärendehelhetens namn</translation>
    </message>
    <message>
        <source>Customer (organisation)</source>
        <translation>Kund (organisation)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Ombud</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>Kommunkod</translation>
    </message>
    <message>
        <source>Property ID</source>
        <translation>Fastighetsbeteckning</translation>
    </message>
    <message>
        <source>Coordinates (EPSG:%1)</source>
        <translation>Koordinater (EPSG:%1)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Blankett</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Blankettens version</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>The form as it was sent</source>
        <translation>Blanketten såsom den skickades</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256-kontrollsumma</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Granskad</translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <translation>Behöver utredas</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
</context>
<context>
    <name>DropFolderTarget</name>
    <message>
        <source>The drop folder %1 does not exist or cannot be reached.</source>
        <translation>Avlämningsmappen %1 finns inte eller kan inte nås.</translation>
    </message>
    <message>
        <source>The package could not be written to the drop folder.</source>
        <translation>Paketet kunde inte skrivas till avlämningsmappen.</translation>
    </message>
    <message>
        <source>An attachment could not be copied intact into the package.</source>
        <translation>En bilaga kunde inte kopieras intakt till paketet.</translation>
    </message>
    <message>
        <source>The drop folder already holds too many packages of this case.</source>
        <translation>Avlämningsmappen innehåller redan för många paket från det här ärendet.</translation>
    </message>
</context>
<context>
    <name>ExportPackage</name>
    <message>
        <source>An attachment of the case has not been downloaded yet.</source>
        <translation>Alla bilagor till ärendet har inte hämtats ännu.</translation>
    </message>
    <message>
        <source>A stored attachment of the case is damaged (its checksum no longer matches). Synchronise again to download it anew.</source>
        <translation>En sparad bilaga till ärendet är skadad (kontrollsumman stämmer inte längre). Synkronisera på nytt så hämtas bilagan igen.</translation>
    </message>
</context>
<context>
    <name>ExportState</name>
    <message>
        <source>Pending</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporteras</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>InboundFailure</name>
    <message>
        <source>The action could not be fetched because the network or the service failed. lvdesk tries again by itself.</source>
        <translation>Åtgärden kunde inte hämtas eftersom nätverket eller tjänsten inte fungerade. lvdesk försöker igen själv.</translation>
    </message>
    <message>
        <source>The service&apos;s answer for this action could not be read at all, however often lvdesk asked. IT support can look at the answer kept with it.</source>
        <translation>Tjänstens svar för åtgärden kunde inte läsas alls, hur ofta lvdesk än frågade. IT-stödet kan granska det sparade svaret.</translation>
    </message>
    <message>
        <source>The service listed this action but refused to deliver it. Retry later, or handle it in the service&apos;s own pages.</source>
        <translation>Tjänsten listade åtgärden men vägrade leverera den. Försök igen senare eller handlägg den på tjänstens egna sidor.</translation>
    </message>
    <message>
        <source>The service listed an action without an id, so lvdesk cannot fetch it. Handle it in the service&apos;s own pages; IT support can look at the entry kept with it.</source>
        <translation>Tjänsten listade en åtgärd utan identifierare, så lvdesk kan inte hämta den. Handlägg den på tjänstens egna sidor; IT-stödet kan granska den sparade posten.</translation>
    </message>
    <message>
        <source>The action could not be stored on this workstation (disk space or the database). lvdesk tries again by itself.</source>
        <translation>Åtgärden kunde inte sparas på den här arbetsstationen (diskutrymme eller databasen). lvdesk försöker igen själv.</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Försöker igen</translation>
    </message>
    <message>
        <source>Needs the officer</source>
        <translation>Kräver handläggaren</translation>
    </message>
    <message>
        <source>Retry at the next sync</source>
        <translation>Försöks vid nästa synkronisering</translation>
    </message>
    <message>
        <source>Handled outside lvdesk</source>
        <translation>Handlagd utanför lvdesk</translation>
    </message>
</context>
<context>
    <name>InboundFailureStore</name>
    <message>
        <source>The failed action could not be recorded: %1</source>
        <translation>Den misslyckade åtgärden kunde inte registreras: %1</translation>
    </message>
    <message>
        <source>The change notification could not be queued.</source>
        <translation>Ändringsmeddelandet kunde inte köas.</translation>
    </message>
    <message>
        <source>The action is no longer waiting: it has been stored.</source>
        <translation>Åtgärden väntar inte längre: den har sparats.</translation>
    </message>
    <message>
        <source>An action without an id cannot be fetched again.</source>
        <translation>En åtgärd utan identifierare kan inte hämtas igen.</translation>
    </message>
</context>
<context>
    <name>InboundState</name>
    <message>
        <source>Discovered</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Hämtas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Kvitterad</translation>
    </message>
</context>
<context>
    <name>IsoDuration</name>
    <message>
        <source>The duration is empty. Write it in ISO 8601 form, for example P4M (four months) or P30D (thirty days).</source>
        <translation>Tidslängden har inte angetts. Ange den i ISO 8601-format, till exempel P4M (fyra månader) eller P30D (trettio dagar).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration: it must begin with P, for example P4M or P30D.</source>
        <translation>&quot;%1&quot; är inte en tidslängd enligt ISO 8601: den ska börja med P, till exempel P4M eller P30D.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains hours, minutes or seconds. Statutory time limits are counted in whole days: use years (Y), months (M), weeks (W) or days (D).</source>
        <translation>&quot;%1&quot; innehåller timmar, minuter eller sekunder. Lagstadgade tidsfrister räknas i hela dagar: använd år (Y), månader (M), veckor (W) eller dagar (D).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no length: add a number and a unit, for example P4M or P30D.</source>
        <translation>&quot;%1&quot; saknar längd: lägg till ett tal och en enhet, till exempel P4M eller P30D.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration: each part must be a whole number followed by Y, M, W or D, for example P1Y2M.</source>
        <translation>&quot;%1&quot; är inte en tidslängd enligt ISO 8601: varje del ska vara ett heltal följt av Y, M, W eller D, till exempel P1Y2M.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a fraction. Each part must be a whole number followed by Y, M, W or D, for example P1Y2M.</source>
        <translation>&quot;%1&quot; innehåller ett decimaltal. Varje del ska vara ett heltal följt av Y, M, W eller D, till exempel P1Y2M.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the unit &quot;%2&quot;. Only years (Y), months (M), weeks (W) and days (D) are allowed.</source>
        <translation>&quot;%1&quot; använder enheten &quot;%2&quot;. Endast år (Y), månader (M), veckor (W) och dagar (D) är tillåtna.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration: the parts must appear once each, in the order Y, M, W, D.</source>
        <translation>&quot;%1&quot; är inte en tidslängd enligt ISO 8601: varje del får förekomma bara en gång och i ordningen Y, M, W, D.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long a duration: each part may be at most %2.</source>
        <translation>Tidslängden &quot;%1&quot; är för lång: varje del får vara högst %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a duration of zero. A time limit must be at least one day.</source>
        <translation>Tidslängden &quot;%1&quot; är noll. En tidsfrist måste vara minst en dag.</translation>
    </message>
</context>
<context>
    <name>LvCodec</name>
    <message>
        <source>the response body</source>
        <translation>svarets innehåll</translation>
    </message>
    <message>
        <source>The response is not valid UTF-8: byte %1, in %2.</source>
        <translation>Svaret är inte giltig UTF-8-text: byte %1 (plats: %2).</translation>
    </message>
    <message>
        <source>The response is nested more than %1 levels deep at %2.</source>
        <translation>Svaret är kapslat i mer än %1 nivåer (plats: %2).</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>tal</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>sträng</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>The field %1 must be %2, not %3.</source>
        <translation>Fältet %1 har fel typ (förväntat: %2, mottaget: %3).</translation>
    </message>
    <message>
        <source>The field %1 is missing.</source>
        <translation>Fältet %1 saknas.</translation>
    </message>
    <message>
        <source>The field %1 is null but must have a value.</source>
        <translation>Fältet %1 är null men måste ha ett värde.</translation>
    </message>
    <message>
        <source>The field %1 is %2 characters long; at most %3 are allowed.</source>
        <translation>Fältet %1 är %2 tecken långt; högst %3 tecken är tillåtna.</translation>
    </message>
    <message>
        <source>The field %1 contains a character that is not allowed (U+0000 or a lone surrogate).</source>
        <translation>Fältet %1 innehåller ett otillåtet tecken (U+0000 eller ett ensamt UTF-16-surrogat).</translation>
    </message>
    <message>
        <source>The field %1 must not be empty.</source>
        <translation>Fältet %1 får inte vara tomt.</translation>
    </message>
    <message>
        <source>The field %1 must be a GUID such as 3f0c6a52-1b2c-4d5e-8f90-a1b2c3d4e5f6.</source>
        <translation>Fältet %1 ska vara ett GUID, till exempel 3f0c6a52-1b2c-4d5e-8f90-a1b2c3d4e5f6.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>heltal</translation>
    </message>
    <message>
        <source>The field %1 must be between %2 and %3.</source>
        <translation>Fältet %1 ska ha ett värde mellan %2 och %3.</translation>
    </message>
    <message>
        <source>The field %1 must be a whole number, not a fraction.</source>
        <translation>Fältet %1 ska vara ett heltal, inte ett decimaltal.</translation>
    </message>
    <message>
        <source>The field %1 is not a finite number.</source>
        <translation>Fältet %1 är inte ett ändligt tal.</translation>
    </message>
    <message>
        <source>The field %1 must be an RFC 3339 timestamp in UTC, such as 2026-11-26T08:15:00Z.</source>
        <translation>Fältet %1 ska vara en tidsstämpel i UTC enligt RFC 3339, till exempel 2026-11-26T08:15:00Z.</translation>
    </message>
    <message>
        <source>The field %1 must be a date that exists, written YYYY-MM-DD.</source>
        <translation>Fältet %1 ska vara ett datum som finns, skrivet i formen ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>The fields %1 and %2 are both missing or empty; a text needs a Finnish or a Swedish version.</source>
        <translation>Fälten %1 och %2 saknas båda eller är tomma; en text behöver en finsk eller en svensk version.</translation>
    </message>
    <message>
        <source>The response is %1 bytes; at most %2 bytes are accepted for this resource.</source>
        <translation>Svaret är %1 byte; högst %2 byte godtas för denna resurs.</translation>
    </message>
    <message>
        <source>The response body is empty.</source>
        <translation>Svaret är tomt.</translation>
    </message>
    <message>
        <source>The response is nested too deeply.</source>
        <translation>Svaret har för många kapslade nivåer.</translation>
    </message>
    <message>
        <source>The response is not valid JSON: %1 at byte %2.</source>
        <translation>Svaret är inte giltig JSON: %1 (byte %2).</translation>
    </message>
    <message>
        <source>The response must be a JSON object.</source>
        <translation>Svaret måste vara ett JSON-objekt.</translation>
    </message>
    <message>
        <source>The response is not valid.</source>
        <translation>Svaret är inte giltigt.</translation>
    </message>
    <message>
        <source>The table row %1 has %2 cells but the table has %3 columns.</source>
        <translation>Tabellraden %1 har %2 celler, men tabellen har %3 kolumner.</translation>
    </message>
    <message>
        <source>a string, number, true, false or null</source>
        <translation>sträng, tal, true, false eller null</translation>
    </message>
    <message>
        <source>The field %1 refers to an attachment that formdata does not list.</source>
        <translation>Fältet %1 hänvisar till en bilaga som inte finns förtecknad i formdata.</translation>
    </message>
    <message>
        <source>The field %1 is not a GUID; it is used as sent.</source>
        <translation>Fältet %1 är inte en GUID; det används som det skickades.</translation>
    </message>
    <message>
        <source>The feed page has %1 items; at most %2 were asked for.</source>
        <translation>Flödessidan har %1 poster; högst %2 begärdes.</translation>
    </message>
    <message>
        <source>The feed entry %1 names no action (it has no externalId); it cannot be read or acknowledged.</source>
        <translation>Flödesposten %1 anger ingen åtgärd (externalId saknas); den kan inte läsas eller kvitteras.</translation>
    </message>
    <message>
        <source>The field %1 is not a valid business id (Y-tunnus): wrong form or check digit. It is kept as sent.</source>
        <translation>Fältet %1 är inte ett giltigt FO-nummer: fel form eller kontrollsiffra. Det sparas som det skickades.</translation>
    </message>
    <message>
        <source>The field %1 is not a valid personal identity code: wrong date, century sign, individual number or check character. It is kept as sent.</source>
        <translation>Fältet %1 är inte en giltig personbeteckning: fel datum, skiljetecken, individnummer eller kontrolltecken. Den sparas som den skickades.</translation>
    </message>
    <message>
        <source>The field %1 is not a municipality code of three digits; it is kept as sent.</source>
        <translation>Fältet %1 är inte ett kommunnummer med tre siffror; det sparas som det skickades.</translation>
    </message>
    <message>
        <source>The field %1 gives a deadline role to a field that is not a date; it gives no deadline.</source>
        <translation>Fältet %1 ger en fristroll åt ett fält som inte är ett datum; det ger ingen tidsfrist.</translation>
    </message>
    <message>
        <source>The field %1 is not a SHA-256 digest of 64 hexadecimal digits; the attachment cannot be verified.</source>
        <translation>Fältet %1 är inte en SHA-256-kontrollsumma med 64 hexadecimala siffror; bilagan kan inte verifieras.</translation>
    </message>
    <message>
        <source>The field %1 repeats the id of an earlier attachment; both are kept.</source>
        <translation>Fältet %1 upprepar identifieraren för en tidigare bilaga; båda sparas.</translation>
    </message>
</context>
<context>
    <name>LvError</name>
    <message>
        <source>expected SHA-256 %1, received %2</source>
        <translation>förväntat SHA-256-värde %1, mottaget %2</translation>
    </message>
    <message>
        <source>expected %1 bytes, received %2</source>
        <translation>förväntat %1 byte, mottaget %2</translation>
    </message>
    <message>
        <source>the answer exceeded %1 bytes</source>
        <translation>svaret översteg %1 byte</translation>
    </message>
    <message>
        <source>The Security Server&apos;s host name could not be found. Check the Security Server address in the settings and the workstation&apos;s network connection.</source>
        <translation>Säkerhetsserverns värdnamn hittades inte. Kontrollera säkerhetsserverns adress i inställningarna och arbetsstationens nätverksanslutning.</translation>
    </message>
    <message>
        <source>The Security Server refused the connection. Check the address and port in the settings; if they are right, the Security Server may be down. lvdesk will try again.</source>
        <translation>Säkerhetsservern avvisade anslutningen. Kontrollera adressen och porten i inställningarna. Om de är rätt kan säkerhetsservern vara ur funktion. lvdesk försöker igen.</translation>
    </message>
    <message>
        <source>The connection to the Security Server was cut off. lvdesk will try again.</source>
        <translation>Anslutningen till säkerhetsservern bröts. lvdesk försöker igen.</translation>
    </message>
    <message>
        <source>The Security Server did not answer in time. lvdesk will try again.</source>
        <translation>Säkerhetsservern svarade inte i tid. lvdesk försöker igen.</translation>
    </message>
    <message>
        <source>The answer from the Security Server was cut off before it was complete. lvdesk will try again.</source>
        <translation>Svaret från säkerhetsservern avbröts innan det var fullständigt. lvdesk försöker igen.</translation>
    </message>
    <message>
        <source>The network connection to the Security Server failed (%1). lvdesk will try again.</source>
        <translation>Nätverksanslutningen till säkerhetsservern misslyckades (%1). lvdesk försöker igen.</translation>
    </message>
    <message>
        <source>The Security Server&apos;s certificate has expired. The connection was not made. Ask the administrator of the Security Server to renew its certificate.</source>
        <translation>Säkerhetsserverns certifikat har gått ut, och anslutningen upprättades inte. Be säkerhetsserverns administratör att förnya certifikatet.</translation>
    </message>
    <message>
        <source>The Security Server&apos;s certificate is not valid yet. Check the workstation&apos;s date and time; if they are right, ask the administrator of the Security Server.</source>
        <translation>Säkerhetsserverns certifikat är inte giltigt ännu. Kontrollera arbetsstationens datum och tid. Om de är rätt, kontakta säkerhetsserverns administratör.</translation>
    </message>
    <message>
        <source>The Security Server&apos;s certificate is not trusted: it is self-signed or issued by an unknown certificate authority. Ask IT support for the right CA file and set it in the settings.</source>
        <translation>Säkerhetsserverns certifikat är inte betrott: det är självsignerat eller utfärdat av en okänd certifikatutfärdare. Be IT-supporten om rätt CA-fil och ange den i inställningarna.</translation>
    </message>
    <message>
        <source>The Security Server&apos;s certificate was issued for another host name. Check the Security Server address in the settings.</source>
        <translation>Säkerhetsserverns certifikat har utfärdats för ett annat värdnamn. Kontrollera säkerhetsserverns adress i inställningarna.</translation>
    </message>
    <message>
        <source>The Security Server did not accept this workstation&apos;s client certificate. Check the client certificate in the settings, or ask IT support to register it on the Security Server.</source>
        <translation>Säkerhetsservern godkände inte den här arbetsstationens klientcertifikat. Kontrollera klientcertifikatet i inställningarna eller be IT-supporten att registrera det på säkerhetsservern.</translation>
    </message>
    <message>
        <source>A secure connection to the Security Server could not be made (%1). Ask IT support.</source>
        <translation>Det gick inte att upprätta en säker anslutning till säkerhetsservern (%1). Kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The Security Server rejected the request (%1). Check the X-Road client and service identifiers in the settings, or ask IT support.</source>
        <translation>Säkerhetsservern avvisade begäran (%1). Kontrollera identifierarna för X-Road-klienten och X-Road-tjänsten i inställningarna eller kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The X-Road connection to the service failed (%1). lvdesk will try again later.</source>
        <translation>X-Road-anslutningen till tjänsten misslyckades (%1). lvdesk försöker igen senare.</translation>
    </message>
    <message>
        <source>The service did not find or did not accept the request: %1</source>
        <translation>Tjänsten hittade inte de begärda uppgifterna eller godtog inte begäran: %1</translation>
    </message>
    <message>
        <source>The service does not allow this authority to do this: %1. Ask the service&apos;s support to check the authority&apos;s rights.</source>
        <translation>Tjänsten tillåter inte denna funktion för den här myndigheten: %1. Be tjänstens support att kontrollera myndighetens behörigheter.</translation>
    </message>
    <message>
        <source>The service answered that the address does not exist: %1. Check the service identifier in the settings.</source>
        <translation>Tjänsten svarade att adressen inte finns: %1. Kontrollera tjänstens identifierare i inställningarna.</translation>
    </message>
    <message>
        <source>The service did not allow this change in the case&apos;s current state: %1. Reload the case and check its state.</source>
        <translation>Tjänsten tillät inte denna ändring i ärendets nuvarande status: %1. Ladda om ärendet och kontrollera dess status.</translation>
    </message>
    <message>
        <source>The service rejected the content of field &quot;%1&quot;: %2. Correct it and send again.</source>
        <translation>Tjänsten avvisade innehållet i fältet &quot;%1&quot;: %2. Rätta det och skicka igen.</translation>
    </message>
    <message>
        <source>The service rejected the content: %1. Correct it and send again.</source>
        <translation>Tjänsten avvisade innehållet: %1. Rätta det och skicka igen.</translation>
    </message>
    <message>
        <source>The service is receiving too many requests. lvdesk will try again later.</source>
        <translation>Tjänsten tar emot för många förfrågningar. lvdesk försöker igen senare.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable (HTTP %1): %2. lvdesk will try again later.</source>
        <translation>Tjänsten är tillfälligt otillgänglig (HTTP %1): %2. lvdesk försöker igen senare.</translation>
    </message>
    <message>
        <source>The service answered with an error (HTTP %1): %2</source>
        <translation>Tjänsten svarade med ett fel (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be read (%1). lvdesk will try again; if this persists, report it to the service&apos;s support.</source>
        <translation>Tjänstens svar kunde inte läsas (%1). lvdesk försöker igen. Om problemet kvarstår, rapportera det till tjänstens support.</translation>
    </message>
    <message>
        <source>The Security Server answered with a redirect, which it never should. Check the Security Server address in the settings.</source>
        <translation>Säkerhetsservern svarade med en omdirigering, vilket den aldrig ska göra. Kontrollera säkerhetsserverns adress i inställningarna.</translation>
    </message>
    <message>
        <source>An attachment arrived damaged (its checksum does not match) and was not stored. lvdesk will download it again.</source>
        <translation>En bilaga kom fram skadad (kontrollsumman stämmer inte) och sparades inte. lvdesk hämtar den på nytt.</translation>
    </message>
    <message>
        <source>An attachment arrived incomplete (its size does not match) and was not stored. lvdesk will download it again.</source>
        <translation>En bilaga kom fram ofullständig (storleken stämmer inte) och sparades inte. lvdesk hämtar den på nytt.</translation>
    </message>
    <message>
        <source>The service&apos;s answer was larger than lvdesk accepts and was not read (%1).</source>
        <translation>Tjänstens svar var större än lvdesk godtar och lästes inte (%1).</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Begäran avbröts.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema version of the database cannot be read: %1</source>
        <translation>Databasens schemaversion kan inte läsas: %1</translation>
    </message>
    <message>
        <source>This database was created by a newer version of lvdesk (schema %1; this version knows schemas up to %2). Update lvdesk on this workstation; the database was not changed.</source>
        <translation>Databasen har skapats av en nyare version av lvdesk (schema %1; den här versionen känner till scheman upp till %2). Uppdatera lvdesk på den här arbetsstationen. Databasen ändrades inte.</translation>
    </message>
    <message>
        <source>The database could not be locked for migration: %1</source>
        <translation>Databasen kunde inte låsas för uppdatering: %1</translation>
    </message>
    <message>
        <source>The schema version table cannot be created: %1</source>
        <translation>Tabellen för schemaversioner kan inte skapas: %1</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed, and the database was left at schema %2: %3</source>
        <translation>Uppdateringen av databasen till schema %1 misslyckades, och databasen är kvar på schema %2: %3</translation>
    </message>
    <message>
        <source>The schema version cannot be recorded: %1</source>
        <translation>Schemaversionen kan inte sparas: %1</translation>
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
        <translation>Operativsystemet kan inte ange vilket användarkonto som kör lvdesk. lvdesk agerar endast för ett känt konto; kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The name of the user account running lvdesk contains control characters and cannot be used; ask IT support.</source>
        <translation>Namnet på användarkontot som kör lvdesk innehåller styrtecken och kan inte användas; kontakta IT-supporten.</translation>
    </message>
</context>
<context>
    <name>OutboxPayload</name>
    <message>
        <source>The queued status update cannot be sent: %1</source>
        <translation>Den köade statusuppdateringen kan inte skickas: %1</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>innehållet är inte giltig JSON</translation>
    </message>
    <message>
        <source>it has no message id</source>
        <translation>meddelande-id saknas</translation>
    </message>
    <message>
        <source>its state is unknown</source>
        <translation>statusen är okänd</translation>
    </message>
    <message>
        <source>its status date is missing</source>
        <translation>statusdatum saknas</translation>
    </message>
    <message>
        <source>The queued message cannot be sent: %1</source>
        <translation>Det köade meddelandet kan inte skickas: %1</translation>
    </message>
    <message>
        <source>its supplement request has no due date</source>
        <translation>begäran om komplettering saknar förfallodag</translation>
    </message>
    <message>
        <source>its supplement request is not an object</source>
        <translation>begäran om komplettering är inte ett objekt</translation>
    </message>
    <message>
        <source>an attachment is not valid base64</source>
        <translation>en bilaga är inte giltig base64</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <source>Queued</source>
        <translation>I kö</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Skickas</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levererad</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Försöker igen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>The message could not be queued: %1</source>
        <translation>Meddelandet kunde inte ställas i kö: %1</translation>
    </message>
    <message>
        <source>The message state could not be saved: %1</source>
        <translation>Meddelandets status kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>The message is no longer in the outbox.</source>
        <translation>Meddelandet finns inte längre i utkorgen.</translation>
    </message>
</context>
<context>
    <name>PackageVerifier</name>
    <message>
        <source>The package has no readable manifest.json.</source>
        <translation>Paketet saknar en läsbar manifest.json.</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object.</source>
        <translation>manifest.json är inte ett JSON-objekt.</translation>
    </message>
    <message>
        <source>manifest.json has an unknown format version.</source>
        <translation>manifest.json har en okänd formatversion.</translation>
    </message>
    <message>
        <source>manifest.json lists no files.</source>
        <translation>manifest.json förtecknar inga filer.</translation>
    </message>
    <message>
        <source>manifest.json lists an invalid path.</source>
        <translation>manifest.json innehåller en ogiltig sökväg.</translation>
    </message>
    <message>
        <source>manifest.json lists %1 twice.</source>
        <translation>manifest.json förtecknar %1 två gånger.</translation>
    </message>
    <message>
        <source>%1 is missing from the package.</source>
        <translation>%1 saknas i paketet.</translation>
    </message>
    <message>
        <source>%1 does not have the size the manifest gives.</source>
        <translation>%1 har inte den storlek som anges i manifestet.</translation>
    </message>
    <message>
        <source>%1 does not have the SHA-256 the manifest gives.</source>
        <translation>%1 har inte det SHA-256-värde som anges i manifestet.</translation>
    </message>
    <message>
        <source>%1 is in the package but not in the manifest.</source>
        <translation>%1 finns i paketet men inte i manifestet.</translation>
    </message>
</context>
<context>
    <name>PostgresTlsProbe</name>
    <message>
        <source>The shared database server %1 does not offer an encrypted connection (TLS). lvdesk does not send the password or any case to it in the clear. Ask IT support to turn TLS on in the server.</source>
        <translation>Den gemensamma databasservern %1 erbjuder ingen krypterad anslutning (TLS). lvdesk skickar varken lösenordet eller något ärende okrypterat till den. Be IT-supporten aktivera TLS på servern.</translation>
    </message>
    <message>
        <source>The certificate of the shared database server %1 is not issued by the certificate authority in store/sslRootCert (%2). lvdesk does not connect to a server it cannot verify: it may not be the authority&apos;s server. Ask IT support to check the server&apos;s certificate and the profile.</source>
        <translation>Certifikatet för den gemensamma databasservern %1 har inte utfärdats av certifikatutfärdaren i store/sslRootCert (%2). lvdesk ansluter inte till en server som inte kan verifieras: den är kanske inte myndighetens server. Be IT-supporten kontrollera serverns certifikat och profilen.</translation>
    </message>
    <message>
        <source>The shared database server %1 presented a certificate for another host. lvdesk does not connect to it: it may not be the authority&apos;s server. Ask IT support to check store/host and the server&apos;s certificate.</source>
        <translation>Den gemensamma databasservern %1 visade ett certifikat för en annan värd. lvdesk ansluter inte till den: den är kanske inte myndighetens server. Be IT-supporten kontrollera store/host och serverns certifikat.</translation>
    </message>
    <message>
        <source>The certificate of the shared database server %1 has expired or is not valid yet. Check the workstation&apos;s date; otherwise ask IT support to renew the server&apos;s certificate.</source>
        <translation>Certifikatet för den gemensamma databasservern %1 har gått ut eller är inte giltigt ännu. Kontrollera arbetsstationens datum; be annars IT-supporten förnya serverns certifikat.</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>The data folder %1 cannot be created. Check that the user may write there.</source>
        <translation>Datamappen %1 kan inte skapas. Kontrollera att användaren har skrivbehörighet där.</translation>
    </message>
    <message>
        <source>The data folder %1 is not a folder (a symbolic link is not accepted).</source>
        <translation>Datamappen %1 är inte en mapp (en symbolisk länk godtas inte).</translation>
    </message>
    <message>
        <source>The data folder %1 belongs to another user. lvdesk keeps its data only in a folder of the user it runs as.</source>
        <translation>Datamappen %1 tillhör en annan användare. lvdesk sparar sina uppgifter endast i en mapp som tillhör användaren som kör programmet.</translation>
    </message>
    <message>
        <source>The permissions of the data folder %1 cannot be restricted to its owner.</source>
        <translation>Behörigheterna för datamappen %1 kan inte begränsas till enbart ägaren.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 måste vara ett heltal från %2 till %3, inte &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 måste vara true eller false, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 måste vara något av %2, inte &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The profile file %1 does not exist or cannot be read.</source>
        <translation>Profilfilen %1 finns inte eller kan inte läsas.</translation>
    </message>
    <message>
        <source>The profile file %1 is not a valid INI file.</source>
        <translation>Profilfilen %1 är inte en giltig INI-fil.</translation>
    </message>
    <message>
        <source>connection/securityServer must be an https:// address of the Security Server, not &quot;%1&quot;.</source>
        <translation>connection/securityServer måste vara säkerhetsserverns https://-adress, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 must have %2 parts separated by &quot;/&quot;, not &quot;%3&quot;.</source>
        <translation>%1 måste ha %2 delar åtskilda med &quot;/&quot;, inte &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>register/diaryPattern must contain a running number {seq} or {seq:N}, not &quot;%1&quot;.</source>
        <translation>register/diaryPattern måste innehålla ett löpnummer {seq} eller {seq:N}, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is required when store/driver is postgresql.</source>
        <translation>%1 krävs när store/driver är postgresql.</translation>
    </message>
    <message>
        <source>export/folder is required when export/target is folder.</source>
        <translation>export/folder krävs när export/target är folder.</translation>
    </message>
    <message>
        <source>%1 must be plain text of at most %2 characters.</source>
        <translation>%1 måste vara vanlig text med högst %2 tecken.</translation>
    </message>
    <message>
        <source>[%1] does not name a service code.</source>
        <translation>[%1] anger ingen tjänstekod.</translation>
    </message>
    <message>
        <source>%1 must be a function class such as 10.03.01, not &quot;%2&quot;.</source>
        <translation>%1 måste vara en uppgiftsklass som 10.03.01, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is required when %2 is not public: name the legal ground of the confidentiality.</source>
        <translation>%1 krävs när %2 inte är public: ange den rättsliga grunden för sekretessen.</translation>
    </message>
    <message>
        <source>export/replies must be another folder than export/folder.</source>
        <translation>export/replies måste vara en annan mapp än export/folder.</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2), which no setting may contain.</source>
        <translation>%1 innehåller ett styrtecken (U+%2). Ingen inställning får innehålla styrtecken.</translation>
    </message>
    <message>
        <source>connection/securityServer uses plain http to %1. Plain http is allowed only to this computer by address (127.0.0.1 or ::1); use https.</source>
        <translation>connection/securityServer använder okrypterad http till %1. Okrypterad http är tillåten endast till den här datorn via IP-adress (127.0.0.1 eller ::1); använd https.</translation>
    </message>
    <message>
        <source>%1 must not contain &quot;;&quot; (the database driver cannot pass it on).</source>
        <translation>%1 får inte innehålla &quot;;&quot; (databasdrivrutinen kan inte vidarebefordra det).</translation>
    </message>
    <message>
        <source>store/sslMode %1 does not verify the database server %2, so a look-alike server on the network would receive the password and every case. Use verify-full (or verify-ca); other modes are allowed only for a server on this computer.</source>
        <translation>store/sslMode %1 verifierar inte databasservern %2, så en efterliknande server i nätverket skulle få lösenordet och alla ärenden. Använd verify-full (eller verify-ca); andra lägen är tillåtna endast för en server på den här datorn.</translation>
    </message>
    <message>
        <source>store/sslRootCert is required: store/sslMode %1 verifies the database server&apos;s certificate against the certificate authority in that file.</source>
        <translation>store/sslRootCert krävs: store/sslMode %1 verifierar databasserverns certifikat mot certifikatutfärdaren i den filen.</translation>
    </message>
    <message>
        <source>store/officerFromRole needs store/driver postgresql: only a shared database knows each officer&apos;s role.</source>
        <translation>store/officerFromRole kräver att store/driver är postgresql: bara en gemensam databas känner till varje handläggares roll.</translation>
    </message>
    <message>
        <source>store/sslCert and store/sslKey go together: the client certificate and its private key.</source>
        <translation>store/sslCert och store/sslKey anges tillsammans: klientcertifikatet och dess privata nyckel.</translation>
    </message>
    <message>
        <source>export/url must be an https:// address of the case register, not &quot;%1&quot;.</source>
        <translation>export/url måste vara en https://-adress till ärendehanteringssystemet, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>export/url uses plain http to %1, which would send the token and the cases in the clear. Plain http is allowed only to this computer by address (127.0.0.1 or ::1); use https.</source>
        <translation>export/url använder okrypterad http till %1, vilket skulle skicka token och ärendena okrypterade. Okrypterad http är tillåten endast till den här datorn via IP-adress (127.0.0.1 eller ::1); använd https.</translation>
    </message>
    <message>
        <source>export/url is required when export/target is http.</source>
        <translation>export/url krävs när export/target är http.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Visar hjälp om kommandoradens alternativ.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Visar hjälp inklusive Qt-specifika alternativ.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Visar versionsinformation.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Användning: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Alternativ:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argument:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[alternativ]</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Okänt alternativ &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Okända alternativ: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Värde saknas efter &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Oväntat värde efter &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>RegisterReplies</name>
    <message>
        <source>The reply answers message %1, which lvdesk did not send.</source>
        <translation>Svaret gäller meddelandet %1, som lvdesk inte har skickat.</translation>
    </message>
    <message>
        <source>The reply names a case (HakemusTunnus %1) that lvdesk did not send to the register.</source>
        <translation>Svaret gäller ett ärende (HakemusTunnus %1) som lvdesk inte har överfört till ärendehanteringssystemet.</translation>
    </message>
    <message>
        <source>The case of the reply is no longer in the store.</source>
        <translation>Svarets ärende finns inte längre i databasen.</translation>
    </message>
    <message>
        <source>The reply&apos;s HakemusTunnus %1 is not the case the message was about (%2).</source>
        <translation>Svarets HakemusTunnus %1 är inte det ärende som meddelandet gällde (%2).</translation>
    </message>
    <message>
        <source>The case already had the register&apos;s diary number.</source>
        <translation>Ärendet hade redan ärendehanteringssystemets diarienummer.</translation>
    </message>
    <message>
        <source>Diary number %1 already belongs to another case.</source>
        <translation>Diarienummer %1 hör redan till ett annat ärende.</translation>
    </message>
    <message>
        <source>Diary number %1 from the register.</source>
        <translation>Diarienummer %1 från ärendehanteringssystemet.</translation>
    </message>
    <message>
        <source>The service is told &quot;%1&quot; with it.</source>
        <translation>Tjänsten meddelas status &quot;%1&quot; tillsammans med det.</translation>
    </message>
    <message>
        <source>The case was decided already.</source>
        <translation>Ärendet var redan avgjort.</translation>
    </message>
    <message>
        <source>Decided on %1 (decision %2).</source>
        <translation>Avgjort %1 (beslut %2).</translation>
    </message>
</context>
<context>
    <name>RegisterStore</name>
    <message>
        <source>The transfer item is not in the store.</source>
        <translation>Överföringen finns inte i databasen.</translation>
    </message>
</context>
<context>
    <name>ReplyProcessor</name>
    <message>
        <source>The replies folder cannot be read.</source>
        <translation>Svarsmappen kan inte läsas.</translation>
    </message>
    <message>
        <source>The reply is not a regular file that lvdesk can read.</source>
        <translation>Svaret är inte en vanlig fil som lvdesk kan läsa.</translation>
    </message>
    <message>
        <source>The reply cannot be read.</source>
        <translation>Svaret kan inte läsas.</translation>
    </message>
    <message>
        <source>The zip must hold exactly one XML message at its top; it holds %1.</source>
        <translation>Zip-filens översta nivå måste innehålla exakt ett XML-meddelande; den innehåller %1.</translation>
    </message>
    <message>
        <source>The file %1 that the reply names is missing from the zip.</source>
        <translation>Filen %1 som svaret anger saknas i zip-filen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made in the replies folder.</source>
        <translation>Mappen %1 kan inte skapas i svarsmappen.</translation>
    </message>
    <message>
        <source>The reason file could not be written into the replies folder.</source>
        <translation>Filen med orsaken kunde inte skrivas i svarsmappen.</translation>
    </message>
    <message>
        <source>The reply could not be moved out of the replies folder.</source>
        <translation>Svaret kunde inte flyttas ut ur svarsmappen.</translation>
    </message>
    <message>
        <source>The replies folder holds too many replies of this name.</source>
        <translation>Svarsmappen innehåller för många svar med det här namnet.</translation>
    </message>
</context>
<context>
    <name>SecretKeys</name>
    <message>
        <source>The certificate file %1 could not be read.</source>
        <translation>Certifikatfilen %1 kunde inte läsas.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No saved secret was found in the keychain. Enter it again in Settings.</source>
        <translation>Ingen sparad hemlighet hittades i nyckelringen. Ange den på nytt i inställningarna.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock the keychain and try again.</source>
        <translation>Åtkomst till nyckelringen nekades. Lås upp nyckelringen och försök igen.</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer, so passwords and certificate passphrases cannot be stored. lvdesk never stores them in plain files. Ask IT support to enable the desktop keychain (Secret Service, such as GNOME Keyring or KWallet).</source>
        <translation>Ingen nyckelringstjänst är tillgänglig på den här datorn, så lösenord och lösenfraser för certifikat kan inte sparas. lvdesk sparar dem aldrig i vanliga filer. Be IT-supporten aktivera skrivbordets nyckelring (Secret Service, till exempel GNOME Keyring eller KWallet).</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Nyckelringen rapporterade ett fel.</translation>
    </message>
</context>
<context>
    <name>SecureDirectory</name>
    <message>
        <source>The folder %1 is a symbolic link or not a folder; lvdesk writes only into a real folder.</source>
        <translation>Mappen %1 är en symbolisk länk eller inte en mapp; lvdesk skriver endast i en verklig mapp.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be reached.</source>
        <translation>Mappen %1 finns inte eller kan inte nås.</translation>
    </message>
    <message>
        <source>lvdesk refused to write an entry with an unsafe name into %1.</source>
        <translation>lvdesk vägrade skriva en post med ett osäkert namn i %1.</translation>
    </message>
    <message>
        <source>A folder could not be created in %1.</source>
        <translation>Det gick inte att skapa en mapp i %1.</translation>
    </message>
    <message>
        <source>A file could not be created in %1.</source>
        <translation>Det gick inte att skapa en fil i %1.</translation>
    </message>
    <message>
        <source>lvdesk cannot write to the folder %1. Check that it exists and that you may write there.</source>
        <translation>lvdesk kan inte skriva i mappen %1. Kontrollera att mappen finns och att du har skrivbehörighet där.</translation>
    </message>
    <message>
        <source>Something in %1 replaced the package while lvdesk wrote it; nothing was published. Ask IT support to check who may write to that folder.</source>
        <translation>Något i %1 ersatte paketet medan lvdesk skrev det; inget publicerades. Be IT-supporten kontrollera vem som har skrivbehörighet i mappen.</translation>
    </message>
    <message>
        <source>lvdesk publishes only what it wrote itself.</source>
        <translation>lvdesk publicerar endast det som programmet självt har skrivit.</translation>
    </message>
    <message>
        <source>The package could not be finished in %1.</source>
        <translation>Paketet kunde inte slutföras i %1.</translation>
    </message>
    <message>
        <source>The finished package could not be moved into place in %1.</source>
        <translation>Det färdiga paketet kunde inte flyttas på plats i %1.</translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>In processing</source>
        <translation>Under behandling</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Komplettering begärd</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Avgjord</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Transferred to another authority</source>
        <translation>Överförd till en annan myndighet</translation>
    </message>
</context>
<context>
    <name>StoreConnection</name>
    <message>
        <source>The local database %1 cannot be opened: %2</source>
        <translation>Den lokala databasen %1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>The shared database %1 cannot be reached: %2 Check the store settings in the profile and the password in the keychain.</source>
        <translation>Det går inte att nå den gemensamma databasen %1: %2 Kontrollera databasinställningarna i profilen och lösenordet i nyckelringen.</translation>
    </message>
    <message>
        <source>The schema %1 of the shared database cannot be used: %2</source>
        <translation>Schemat %1 i den gemensamma databasen kan inte användas: %2</translation>
    </message>
    <message>
        <source>The local database %1 cannot switch to write-ahead logging: %2</source>
        <translation>Den lokala databasen %1 kan inte övergå till WAL-läge (write-ahead logging): %2</translation>
    </message>
    <message>
        <source>The local database %1 cannot be configured: %2</source>
        <translation>Den lokala databasen %1 kan inte konfigureras: %2</translation>
    </message>
    <message>
        <source>The local database %1 is damaged (%2). lvdesk did not change it; a copy was kept as %3. Restore the database from a backup, or ask IT support.</source>
        <translation>Den lokala databasen %1 är skadad (%2). lvdesk ändrade den inte, och en kopia sparades som %3. Återställ databasen från en säkerhetskopia eller kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>The local database %1 is damaged (%2), and a copy could not be kept. Do not delete the file; restore it from a backup, or ask IT support.</source>
        <translation>Den lokala databasen %1 är skadad (%2), och ingen kopia kunde sparas. Radera inte filen. Återställ den från en säkerhetskopia eller kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>No keychain is available for the shared database password.</source>
        <translation>Ingen nyckelring är tillgänglig för den gemensamma databasens lösenord.</translation>
    </message>
    <message>
        <source>The password of the shared database %1 could not be read from the keychain: %2</source>
        <translation>Lösenordet till den gemensamma databasen %1 kunde inte läsas från nyckelringen: %2</translation>
    </message>
    <message>
        <source>The passphrase of the shared database&apos;s client key contains &quot;;&quot;, which the database driver cannot pass on. Give the key another passphrase.</source>
        <translation>Lösenfrasen för den gemensamma databasens klientnyckel innehåller &quot;;&quot;, som databasdrivrutinen inte kan vidarebefordra. Ge nyckeln en annan lösenfras.</translation>
    </message>
    <message>
        <source>The path %1 contains &quot;;&quot;, which the database driver cannot pass on. Move the file.</source>
        <translation>Sökvägen %1 innehåller &quot;;&quot;, som databasdrivrutinen inte kan vidarebefordra. Flytta filen.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 (store/sslRootCert) cannot be read, so the shared database server cannot be verified.</source>
        <translation>Filen med certifikatutfärdaren %1 (store/sslRootCert) kan inte läsas, så den gemensamma databasservern kan inte verifieras.</translation>
    </message>
</context>
<context>
    <name>StoreTransaction</name>
    <message>
        <source>The database refused a transaction step: %1</source>
        <translation>Databasen avvisade ett transaktionssteg: %1</translation>
    </message>
</context>
<context>
    <name>SyncLock</name>
    <message>
        <source>The sync lock file in %1 cannot be created.</source>
        <translation>Låsfilen för synkronisering kan inte skapas i %1.</translation>
    </message>
    <message>
        <source>The sync lock cannot be requested from the shared database: %1</source>
        <translation>Synkroniseringslåset kan inte begäras från den gemensamma databasen: %1</translation>
    </message>
</context>
<context>
    <name>TlsConfigLoader</name>
    <message>
        <source>The CA file %1 could not be read. Check the path in the settings.</source>
        <translation>CA-filen %1 kunde inte läsas. Kontrollera sökvägen i inställningarna.</translation>
    </message>
    <message>
        <source>The CA file %1 contains no certificate (PEM or DER expected).</source>
        <translation>CA-filen %1 innehåller inget certifikat (PEM eller DER förväntas).</translation>
    </message>
    <message>
        <source>The client certificate file %1 could not be read. Check the path in the settings.</source>
        <translation>Klientcertifikatfilen %1 kunde inte läsas. Kontrollera sökvägen i inställningarna.</translation>
    </message>
    <message>
        <source>The client certificate %1 could not be opened as PKCS#12: the passphrase is wrong or the file is not a PKCS#12 file.</source>
        <translation>Klientcertifikatet %1 kunde inte öppnas som PKCS#12: lösenfrasen är fel eller filen är inte en PKCS#12-fil.</translation>
    </message>
    <message>
        <source>The client certificate file %1 contains no certificate.</source>
        <translation>Klientcertifikatfilen %1 innehåller inget certifikat.</translation>
    </message>
    <message>
        <source>The private key file %1 could not be read. Check the path in the settings.</source>
        <translation>Filen %1 med den privata nyckeln kunde inte läsas. Kontrollera sökvägen i inställningarna.</translation>
    </message>
    <message>
        <source>The private key of the client certificate could not be read: the passphrase is wrong or the key file does not hold the key.</source>
        <translation>Klientcertifikatets privata nyckel kunde inte läsas: lösenfrasen är fel eller nyckelfilen innehåller inte nyckeln.</translation>
    </message>
    <message>
        <source>The client certificate %1 holds no certificate or no private key.</source>
        <translation>Klientcertifikatet %1 saknar certifikat eller privat nyckel.</translation>
    </message>
    <message>
        <source>The client certificate expired on %1. Ask IT support for a new one.</source>
        <translation>Klientcertifikatet gick ut %1. Be IT-supporten om ett nytt.</translation>
    </message>
    <message>
        <source>The client certificate is valid only from %1. Check the workstation&apos;s date and time.</source>
        <translation>Klientcertifikatet är giltigt först från och med %1. Kontrollera arbetsstationens datum och tid.</translation>
    </message>
    <message>
        <source>The passphrase of the client certificate is not stored in the keychain. Enter it in the settings.</source>
        <translation>Klientcertifikatets lösenfras finns inte sparad i nyckelringen. Ange den i inställningarna.</translation>
    </message>
    <message>
        <source>The passphrase of the client certificate could not be read from the keychain: %1</source>
        <translation>Klientcertifikatets lösenfras kunde inte läsas från nyckelringen: %1</translation>
    </message>
</context>
<context>
    <name>TransferListQuery</name>
    <message>
        <source>The transfer list could not be read from the store.</source>
        <translation>Överföringslistan kunde inte läsas från datalagret.</translation>
    </message>
</context>
<context>
    <name>TransferLogStore</name>
    <message>
        <source>The transfer log could not be written: %1</source>
        <translation>Det gick inte att skriva till överföringsloggen: %1</translation>
    </message>
</context>
<context>
    <name>WorkflowStore</name>
    <message>
        <source>The case no longer exists.</source>
        <translation>Ärendet finns inte längre.</translation>
    </message>
    <message>
        <source>The message is no longer waiting for a retry.</source>
        <translation>Meddelandet väntar inte längre på ett nytt försök.</translation>
    </message>
</context>
<context>
    <name>XRoadId</name>
    <message>
        <source>An X-Road client must be written INSTANCE/CLASS/MEMBER/SUBSYSTEM, with four parts; &quot;%1&quot; has %2.</source>
        <translation>En X-Road-klient ska anges i formen INSTANCE/CLASS/MEMBER/SUBSYSTEM, med fyra delar. &quot;%1&quot; har %2.</translation>
    </message>
    <message>
        <source>An X-Road service must be written INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE, with five parts; &quot;%1&quot; has %2.</source>
        <translation>En X-Road-tjänst ska anges i formen INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE, med fem delar. &quot;%1&quot; har %2.</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>instans</translation>
    </message>
    <message>
        <source>member class</source>
        <translation>medlemsklass</translation>
    </message>
    <message>
        <source>member code</source>
        <translation>medlemskod</translation>
    </message>
    <message>
        <source>subsystem code</source>
        <translation>delsystemkod</translation>
    </message>
    <message>
        <source>service code</source>
        <translation>tjänstekod</translation>
    </message>
    <message>
        <source>The %1 of the X-Road identifier &quot;%2&quot; is empty.</source>
        <translation>Delen %1 i X-Road-identifieraren &quot;%2&quot; är tom.</translation>
    </message>
    <message>
        <source>The %1 of the X-Road identifier &quot;%2&quot; is too long.</source>
        <translation>Delen %1 i X-Road-identifieraren &quot;%2&quot; är för lång.</translation>
    </message>
    <message>
        <source>The %1 of the X-Road identifier &quot;%2&quot; contains a control character.</source>
        <translation>Delen %1 i X-Road-identifieraren &quot;%2&quot; innehåller ett styrtecken.</translation>
    </message>
    <message>
        <source>The %1 of the X-Road identifier &quot;%2&quot; is not a valid code.</source>
        <translation>Delen %1 i X-Road-identifieraren &quot;%2&quot; är inte en giltig kod.</translation>
    </message>
    <message>
        <source>Unknown X-Road instance &quot;%1&quot;: expected FI-DEV, FI-TEST or FI.</source>
        <translation>Okänd X-Road-instans &quot;%1&quot;: värdet ska vara FI-DEV, FI-TEST eller FI.</translation>
    </message>
    <message>
        <source>Unknown X-Road member class &quot;%1&quot;: expected GOV, MUN, ORG, COM or EDU.</source>
        <translation>Okänd X-Road-medlemsklass &quot;%1&quot;: värdet ska vara GOV, MUN, ORG, COM eller EDU.</translation>
    </message>
</context>
<context>
    <name>XmlDocument</name>
    <message>
        <source>The XML parser could not be started.</source>
        <translation>XML-tolken kunde inte startas.</translation>
    </message>
    <message>
        <source>The message is not well-formed XML (line %1).</source>
        <translation>Meddelandet är inte välformad XML (rad %1).</translation>
    </message>
    <message>
        <source>The message has a document type declaration, which lvdesk does not accept.</source>
        <translation>Meddelandet har en dokumenttypsdeklaration, som lvdesk inte godtar.</translation>
    </message>
    <message>
        <source>The message has no root element.</source>
        <translation>Meddelandet saknar rotelement.</translation>
    </message>
</context>
<context>
    <name>ZipDropFolder</name>
    <message>
        <source>The drop folder %1 does not exist or cannot be reached.</source>
        <translation>Avlämningsmappen %1 finns inte eller kan inte nås.</translation>
    </message>
    <message>
        <source>The drop folder %1 is a symbolic link or not a folder; lvdesk writes only into a real folder.</source>
        <translation>Avlämningsmappen %1 är en symbolisk länk eller ingen mapp; lvdesk skriver bara till en verklig mapp.</translation>
    </message>
    <message>
        <source>lvdesk cannot write to the drop folder %1. Check that it exists and that you may write there.</source>
        <translation>lvdesk kan inte skriva till avlämningsmappen %1. Kontrollera att mappen finns och att du har skrivbehörighet till den.</translation>
    </message>
    <message>
        <source>The package could not be written to the drop folder.</source>
        <translation>Paketet kunde inte skrivas till avlämningsmappen.</translation>
    </message>
    <message>
        <source>The finished package could not be moved into place in the drop folder.</source>
        <translation>Det färdiga paketet kunde inte flyttas till sin slutliga plats i avlämningsmappen.</translation>
    </message>
    <message>
        <source>The drop folder already holds too many packages of this case.</source>
        <translation>Avlämningsmappen innehåller redan för många paket från det här ärendet.</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>The file is not a readable zip archive.</source>
        <translation>Filen är inte ett läsbart zip-arkiv.</translation>
    </message>
    <message>
        <source>The zip archive is not open.</source>
        <translation>Zip-arkivet är inte öppet.</translation>
    </message>
    <message>
        <source>%1 is not in the zip archive.</source>
        <translation>%1 finns inte i zip-arkivet.</translation>
    </message>
    <message>
        <source>%1 in the zip archive is larger than %2 bytes.</source>
        <translation>%1 i zip-arkivet är större än %2 byte.</translation>
    </message>
    <message>
        <source>%1 in the zip archive cannot be read.</source>
        <translation>%1 i zip-arkivet kan inte läsas.</translation>
    </message>
    <message>
        <source>%1 in the zip archive is damaged.</source>
        <translation>%1 i zip-arkivet är skadad.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The zip archive could not be created.</source>
        <translation>Zip-arkivet kunde inte skapas.</translation>
    </message>
    <message>
        <source>An attachment could not be copied intact into the package.</source>
        <translation>En bilaga kunde inte kopieras intakt till paketet.</translation>
    </message>
    <message>
        <source>The zip archive could not be written.</source>
        <translation>Zip-arkivet kunde inte skrivas.</translation>
    </message>
</context>
<context>
    <name>lvdesk::ActionConfirmation</name>
    <message>
        <source>Confirm: %1</source>
        <translation>Bekräfta: %1</translation>
    </message>
    <message>
        <source>New state:</source>
        <translation>Ny status:</translation>
    </message>
    <message>
        <source>Diary number:</source>
        <translation>Diarienummer:</translation>
    </message>
    <message>
        <source>Export to the case register:</source>
        <translation>Export till ärendehanteringen:</translation>
    </message>
    <message>
        <source>Yes, queued after confirming</source>
        <translation>Ja, ställs i kö efter bekräftelsen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Nothing is sent to the service.</source>
        <translation>Inget skickas till tjänsten.</translation>
    </message>
    <message>
        <source>Exactly this will be sent to the service:</source>
        <translation>Exakt följande skickas till tjänsten:</translation>
    </message>
    <message numerus="yes">
        <source>Exactly these %n writes will be sent to the service:</source>
        <translation>
            <numerusform>Exakt följande skickas till tjänsten (%n sändning):</numerusform>
            <numerusform>Exakt följande skickas till tjänsten (%n sändningar):</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Det som skickas</translation>
    </message>
    <message>
        <source>&amp;Confirm and send</source>
        <translation>&amp;Bekräfta och skicka</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bekräfta</translation>
    </message>
</context>
<context>
    <name>lvdesk::ApproveDialog</name>
    <message>
        <source>Approve transfer</source>
        <translation>Godkänn överföringen</translation>
    </message>
    <message>
        <source>The case is registered with a diary number. The service is told that processing has started.</source>
        <translation>Ärendet registreras med ett diarienummer. Tjänsten underrättas om att handläggningen har inletts.</translation>
    </message>
    <message>
        <source>Next number from the &amp;pattern:</source>
        <translation>Nästa nummer enligt &amp;mönstret:</translation>
    </message>
    <message>
        <source>&amp;Enter the number from the case register:</source>
        <translation>&amp;Ange numret från ärendehanteringssystemet:</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Nästa…</translation>
    </message>
</context>
<context>
    <name>lvdesk::AttachmentDownload</name>
    <message>
        <source>The attachment folder %1 could not be created. Check the data folder&apos;s permissions.</source>
        <translation>Bilagemappen %1 kunde inte skapas. Kontrollera behörigheterna för datamappen.</translation>
    </message>
    <message>
        <source>The attachment could not be written to %1: %2</source>
        <translation>Bilagan kunde inte skrivas till %1: %2</translation>
    </message>
    <message>
        <source>The attachment could not be saved in %1: %2</source>
        <translation>Bilagan kunde inte sparas i %1: %2</translation>
    </message>
</context>
<context>
    <name>lvdesk::AttachmentModel</name>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Verifierad</translation>
    </message>
    <message>
        <source>✗ Does not match</source>
        <translation>✗ Stämmer inte</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Kontrollsumma</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrolleras…</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>Inte hämtad ännu</translation>
    </message>
    <message>
        <source>⚠ Not received</source>
        <translation>⚠ Inte mottagen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(utan namn)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>%1
Saved and opened as: %2</source>
        <translation>%1
Sparas och öppnas som: %2</translation>
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
        <translation>Välj en bilaga och tryck på Öppna för att se den här.</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>PDF-förhandsvisning</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Bildförhandsvisning</translation>
    </message>
    <message>
        <source>The PDF file could not be shown: it is damaged or protected. Save it and open it with another program.</source>
        <translation>PDF-filen kunde inte visas: den är skadad eller skyddad. Spara den och öppna den med ett annat program.</translation>
    </message>
</context>
<context>
    <name>lvdesk::AttachmentView</name>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Spara &amp;som…</translation>
    </message>
    <message>
        <source>No attachment is selected.</source>
        <translation>Ingen bilaga har valts.</translation>
    </message>
    <message>
        <source>The file has not been downloaded yet. It is fetched at the next sync.</source>
        <translation>Filen har inte hämtats ännu. Den hämtas vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>No temporary folder is available for opening the file.</source>
        <translation>Det finns ingen tillfällig mapp för att öppna filen.</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Öppna bilaga</translation>
    </message>
    <message>
        <source>No program on this workstation opens this type of file. Use &quot;Save as…&quot; and open it from there.</source>
        <translation>Det finns inget program på den här arbetsstationen som öppnar den här typen av fil. Välj &quot;Spara som…&quot; och öppna filen därifrån.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Spara bilaga</translation>
    </message>
    <message>
        <source>Show the selected attachment (PDF files and images are shown below)</source>
        <translation>Visa den valda bilagan (PDF-filer och bilder visas nedan)</translation>
    </message>
    <message>
        <source>&amp;Retry download</source>
        <translation>&amp;Hämta igen</translation>
    </message>
    <message>
        <source>Ask the service for the selected attachment again at the next sync</source>
        <translation>Begär den valda bilagan från tjänsten igen vid nästa synkronisering</translation>
    </message>
    <message>
        <source>The stored file could not be handed out: %1 It is not opened. Ask IT support to check the workstation&apos;s data folder (checksum).</source>
        <translation>Den sparade filen kunde inte lämnas ut: %1 Den öppnas inte. Be IT-stödet kontrollera arbetsstationens datamapp (kontrollsumma).</translation>
    </message>
    <message>
        <source>The image could not be shown (%1). Save it and open it with another program.</source>
        <translation>Bilden kunde inte visas (%1). Spara den och öppna den med ett annat program.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öppnar %1…</translation>
    </message>
    <message>
        <source>%1 is opened in the workstation&apos;s own program.</source>
        <translation>%1 öppnas i arbetsstationens eget program.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Sparar %1…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Sparad som %1.</translation>
    </message>
</context>
<context>
    <name>lvdesk::AuditKeyCommand</name>
    <message>
        <source>The keychain holds no valid audit key for this profile&apos;s database.</source>
        <translation>Nyckelringen innehåller ingen giltig nyckel för granskningsloggen till den här profilens databas.</translation>
    </message>
    <message>
        <source>An audit key is 64 hexadecimal characters on one line of standard input, as --audit-key-export prints it.</source>
        <translation>En nyckel för granskningsloggen är 64 hexadecimala tecken på en rad i standardinmatningen, så som --audit-key-export skriver ut den.</translation>
    </message>
    <message>
        <source>The audit key was stored in this workstation&apos;s keychain.</source>
        <translation>Nyckeln för granskningsloggen sparades i den här arbetsstationens nyckelring.</translation>
    </message>
</context>
<context>
    <name>lvdesk::AuditModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Utförd av</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>lvdesk::AuditView</name>
    <message>
        <source>Search action, subject or officer (Ctrl+F)</source>
        <translation>Sök på åtgärd, objekt eller handläggare (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Sök i granskningsloggen</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>Poster: %1</translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseActions</name>
    <message>
        <source>The case no longer exists.</source>
        <translation>Ärendet finns inte längre.</translation>
    </message>
    <message>
        <source>Take the case first: only its handler can do this.</source>
        <translation>Ta först ärendet till behandling: endast ärendets handläggare kan göra detta.</translation>
    </message>
    <message>
        <source>%1 has been handling this case since %2; only they can do this.</source>
        <translation>%1 har handlagt detta ärende sedan %2. Endast ärendets handläggare kan göra detta.</translation>
    </message>
    <message>
        <source>The case&apos;s opening action has not arrived yet, so nothing can be sent to the service about it.</source>
        <translation>Ärendets inledande åtgärd har inte kommit ännu, så inget kan skickas till tjänsten om ärendet.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 saknas.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 överskrider maxlängden på %2 tecken.</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 innehåller styrtecken.</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>Ämnet</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Meddelandet</translation>
    </message>
    <message>
        <source>The case changed since the confirmation was shown; please check it and approve again.</source>
        <translation>Ärendet har ändrats sedan bekräftelsen visades. Kontrollera ärendet och godkänn på nytt.</translation>
    </message>
    <message>
        <source>Diary number %1 already belongs to another case.</source>
        <translation>Diarienummer %1 hör redan till ett annat ärende.</translation>
    </message>
    <message>
        <source>No diary number can be generated: %1</source>
        <translation>Inget diarienummer kan bildas: %1</translation>
    </message>
    <message>
        <source>No free diary number was found: the numbers the pattern gives are already in use.</source>
        <translation>Inget ledigt diarienummer hittades: de nummer som mönstret ger används redan.</translation>
    </message>
    <message>
        <source>The case changed since the confirmation was shown; please check it and confirm again.</source>
        <translation>Ärendet har ändrats sedan bekräftelsen visades. Kontrollera ärendet och bekräfta på nytt.</translation>
    </message>
    <message>
        <source>No form section was named.</source>
        <translation>Inget avsnitt i formuläret angavs.</translation>
    </message>
    <message>
        <source>The store cannot be read.</source>
        <translation>Datalagret kan inte läsas.</translation>
    </message>
    <message>
        <source>The diary number</source>
        <translation>Diarienumret</translation>
    </message>
    <message>
        <source>The case is registered with diary number %1. The service is told that it is in processing, with you as its handler, from %2.</source>
        <translation>Ärendet registreras med diarienummer %1. Tjänsten underrättas om att ärendet är under behandling från och med %2 med dig som handläggare.</translation>
    </message>
    <message>
        <source>The case is then exported to the case register.</source>
        <translation>Därefter exporteras ärendet till ärendehanteringen.</translation>
    </message>
    <message>
        <source>This confirmation belongs to another case or action.</source>
        <translation>Den här bekräftelsen gäller ett annat ärende eller en annan åtgärd.</translation>
    </message>
    <message>
        <source>Diary number %1 was taken by someone else meanwhile; the case got %2 instead, and the service is told %2.</source>
        <translation>Diarienummer %1 togs under tiden av någon annan. Ärendet fick i stället %2, och tjänsten underrättas om %2.</translation>
    </message>
    <message>
        <source>A supplement request names from 1 to %1 items.</source>
        <translation>En begäran om komplettering ska innehålla 1–%1 punkter.</translation>
    </message>
    <message>
        <source>An item</source>
        <translation>En punkt</translation>
    </message>
    <message>
        <source>The due date must be a day after today.</source>
        <translation>Förfallodagen måste infalla efter i dag.</translation>
    </message>
    <message numerus="yes">
        <source>The customer is asked for %n item(s) by %1, and the case waits for the supplement.</source>
        <translation>
            <numerusform>Kunden ombeds komplettera senast %1 (%n punkt), och ärendet väntar på kompletteringen.</numerusform>
            <numerusform>Kunden ombeds komplettera senast %1 (%n punkter), och ärendet väntar på kompletteringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>That day is not a working day, so the customer has until %1.</source>
        <translation>Den dagen är inte en arbetsdag, så kunden har tid till och med %1.</translation>
    </message>
    <message>
        <source>A message carries at most %1 attachments.</source>
        <translation>Ett meddelande kan ha högst %1 bilagor.</translation>
    </message>
    <message>
        <source>An attachment needs a plain file name.</source>
        <translation>En bilaga måste ha ett enkelt filnamn utan mappsökväg.</translation>
    </message>
    <message>
        <source>Attachment %1 is larger than 10 MB.</source>
        <translation>Bilagan %1 är större än 10 MB.</translation>
    </message>
    <message>
        <source>Attachment %1 is empty.</source>
        <translation>Bilagan %1 är tom.</translation>
    </message>
    <message numerus="yes">
        <source>The message is sent to the customer with %n attachment(s).</source>
        <translation>
            <numerusform>Meddelandet skickas till kunden med %n bilaga.</numerusform>
            <numerusform>Meddelandet skickas till kunden med %n bilagor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The status text</source>
        <translation>Statustexten</translation>
    </message>
    <message>
        <source>The service is told that the case has been received.</source>
        <translation>Tjänsten underrättas om att ärendet har tagits emot.</translation>
    </message>
    <message>
        <source>The service is told that the case is in processing.</source>
        <translation>Tjänsten underrättas om att ärendet är under behandling.</translation>
    </message>
    <message>
        <source>The service is told that the case has been decided.</source>
        <translation>Tjänsten underrättas om att ärendet har avgjorts.</translation>
    </message>
    <message>
        <source>The case is closed, and the service is told so. Nothing more can be done to it afterwards.</source>
        <translation>Ärendet avslutas, och tjänsten underrättas om det. Därefter kan inget mer göras i ärendet.</translation>
    </message>
    <message>
        <source>A supplement is requested with a supplement request, which tells the customer what to add and by when.</source>
        <translation>Komplettering begärs med en begäran om komplettering, där kunden får veta vad som ska kompletteras och senast när.</translation>
    </message>
    <message>
        <source>A case is transferred to another authority with its own action, which names the authority and the reason.</source>
        <translation>Ett ärende överförs till en annan myndighet med en separat åtgärd, där myndigheten och motiveringen till överföringen anges.</translation>
    </message>
    <message>
        <source>The authority</source>
        <translation>Myndigheten</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Motiveringen</translation>
    </message>
    <message>
        <source>The case is transferred to %1, and the service is told so with the reason. Afterwards the case can only be closed.</source>
        <translation>Ärendet överförs till %1, och tjänsten underrättas om överföringen och motiveringen. Därefter kan ärendet endast avslutas.</translation>
    </message>
    <message>
        <source>The message is no longer in the outbox.</source>
        <translation>Meddelandet finns inte längre i utkorgen.</translation>
    </message>
    <message>
        <source>Only a failed message can be retried; this one is %1.</source>
        <translation>Endast ett misslyckat meddelande kan skickas på nytt. Det här meddelandets status: %1.</translation>
    </message>
    <message>
        <source>Only a failed export can be retried.</source>
        <translation>Endast en misslyckad export till ärendehanteringen kan göras på nytt.</translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseAuditView</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Utförd av</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Audit trail of the case</source>
        <translation>Ärendets granskningslogg</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Ärendet skapat</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taget till behandling</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Frigjort</translation>
    </message>
    <message>
        <source>Section reviewed</source>
        <translation>Avsnitt granskat</translation>
    </message>
    <message>
        <source>Transfer approved</source>
        <translation>Överföringen godkänd</translation>
    </message>
    <message>
        <source>Diary number set</source>
        <translation>Diarienummer angivet</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>Status ändrad</translation>
    </message>
    <message>
        <source>Status update queued</source>
        <translation>Statusuppdatering ställd i kö</translation>
    </message>
    <message>
        <source>Message queued</source>
        <translation>Meddelande ställt i kö</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Komplettering begärd</translation>
    </message>
    <message>
        <source>Transferred to another authority</source>
        <translation>Överförd till en annan myndighet</translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseDocumentActions</name>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Förhandsgranska…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>D&amp;ocument</source>
        <translation>D&amp;okument</translation>
    </message>
    <message>
        <source>The document of the action shown in the form tab, as the case register receives it (henkilötunnus masked)</source>
        <translation>Dokumentet för åtgärden som visas på fliken Blankett, så som ärendehanteringssystemet får det (personbeteckningen maskerad)</translation>
    </message>
    <message>
        <source>The store is not open yet.</source>
        <translation>Databasen är inte öppen ännu.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Skriv ut dokumentet</translation>
    </message>
    <message>
        <source>The document was sent to the printer.</source>
        <translation>Dokumentet skickades till skrivaren.</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Spara dokumentet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The document is saved as %1.</source>
        <translation>Dokumentet har sparats som %1.</translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseExporter</name>
    <message>
        <source>The export address must use https (plain http only to this computer), so that the token and the case data are not sent in the clear.</source>
        <translation>Exportadressen måste använda https (okrypterad http tillåts bara till den här datorn), så att token och ärendets uppgifter inte skickas okrypterade.</translation>
    </message>
    <message>
        <source>The export token of the case register is not in the keychain. Ask IT support to store it.</source>
        <translation>Ärendehanteringssystemets exporttoken finns inte i nyckelringen. Be IT-supporten spara den.</translation>
    </message>
    <message>
        <source>The audit trail failed its check, so nothing is exported until IT support has looked at it: %1</source>
        <translation>Granskningsloggen klarade inte kontrollen, så inget exporteras förrän IT-supporten har utrett saken: %1</translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseHeader</name>
    <message>
        <source>Customer:</source>
        <translation>Kund:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Beteckning:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Mottagen:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>Handläggare:</translation>
    </message>
    <message>
        <source>Diary number:</source>
        <translation>Diarienummer:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Tidsfrist:</translation>
    </message>
    <message>
        <source>Transfers:</source>
        <translation>Överföringar:</translation>
    </message>
    <message>
        <source>No open deadline</source>
        <translation>Ingen öppen tidsfrist</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>försenad %n dag</numerusform>
            <numerusform>försenad %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>förfaller i dag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n dag kvar</numerusform>
            <numerusform>%n dagar kvar</numerusform>
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
        <translation>FO-nummer %1</translation>
    </message>
    <message>
        <source>Personal identity code %1</source>
        <translation>Personbeteckning %1</translation>
    </message>
    <message>
        <source>municipality %1</source>
        <translation>kommun %1</translation>
    </message>
    <message>
        <source>property %1</source>
        <translation>fastighetsbeteckning %1</translation>
    </message>
    <message>
        <source>No location given</source>
        <translation>Ingen plats angiven</translation>
    </message>
    <message>
        <source>(the opening action has not arrived yet)</source>
        <translation>(den inledande åtgärden har inte kommit ännu)</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ingen ännu</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 (sedan %2)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Inget ännu</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(inget namn angivet)</translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseListModel</name>
    <message numerus="yes">
        <source>⚠ %n day(s) overdue</source>
        <translation>
            <numerusform>⚠ %n dag försenad</numerusform>
            <numerusform>⚠ %n dagar försenad</numerusform>
        </translation>
    </message>
    <message>
        <source>◷ due today</source>
        <translation>◷ förfaller i dag</translation>
    </message>
    <message numerus="yes">
        <source>◷ %n day(s) left</source>
        <translation>
            <numerusform>◷ %n dag kvar</numerusform>
            <numerusform>◷ %n dagar kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Statutory processing time</source>
        <translation>Lagstadgad handläggningstid</translation>
    </message>
    <message>
        <source>Supplement due</source>
        <translation>Tidsfrist för komplettering</translation>
    </message>
    <message>
        <source>Before the customer&apos;s event date</source>
        <translation>Före kundens evenemangsdatum</translation>
    </message>
    <message>
        <source>Decision requested by the customer</source>
        <translation>Kundens önskade beslutsdatum</translation>
    </message>
    <message>
        <source>⚠ Sending failed</source>
        <translation>⚠ Sändningen misslyckades</translation>
    </message>
    <message>
        <source>⚠ Export failed</source>
        <translation>⚠ Exporten misslyckades</translation>
    </message>
    <message numerus="yes">
        <source>Sending (%n)</source>
        <translation>
            <numerusform>Skickas (%n)</numerusform>
            <numerusform>Skickas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No open deadline</source>
        <translation>Ingen öppen tidsfrist</translation>
    </message>
    <message>
        <source>%1, %2 (source: %3)</source>
        <translation>%1, %2 (källa: %3)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>uppgift saknas</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Transfer status</source>
        <translation>Överföringsstatus</translation>
    </message>
    <message>
        <source>Deadline source</source>
        <translation>Tidsfristens källa</translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseListView</name>
    <message>
        <source>Search customer, service, place or number (Ctrl+F)</source>
        <translation>Sök på kund, tjänst, plats eller nummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Sök ärenden</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Alla tidsfrister</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Förfaller inom 7 dagar</translation>
    </message>
    <message>
        <source>Due later</source>
        <translation>Förfaller senare</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Ingen tidsfrist</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Rensa filter</translation>
    </message>
    <message>
        <source>Show every case of this list again</source>
        <translation>Visa alla ärenden i den här listan igen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>&amp;Tjänst:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>T&amp;idsfrist:</translation>
    </message>
    <message>
        <source>Ha&amp;ndler:</source>
        <translation>Ha&amp;ndläggare:</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alla tjänster</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Vem som helst</translation>
    </message>
    <message>
        <source>No cases match.</source>
        <translation>Inga ärenden motsvarar villkoren.</translation>
    </message>
    <message numerus="yes">
        <source>%1 case(s)</source>
        <translation>
            <numerusform>%1 ärende</numerusform>
            <numerusform>%1 ärenden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseTransfersView</name>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Försök</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Senaste fel</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Nästa försök</translation>
    </message>
    <message>
        <source>Transfers of the case</source>
        <translation>Ärendets överföringar</translation>
    </message>
    <message>
        <source>Show only &amp;problems</source>
        <translation>Visa endast &amp;problem</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Försök igen nu</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Inkommande</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>To the case register</source>
        <translation>Till ärendehanteringssystemet</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Utgående</translation>
    </message>
    <message>
        <source>Export as lvdesk &amp;package</source>
        <translation>Exportera som lvdesk-&amp;paket</translation>
    </message>
    <message>
        <source>Export this case in lvdesk&apos;s own package format from now on, for example when the asianhallinta format cannot carry it.</source>
        <translation>Exportera det här ärendet från och med nu i lvdesks eget paketformat, till exempel när formatet asianhallinta inte kan överföra det.</translation>
    </message>
    <message>
        <source>From the register</source>
        <translation>Från ärendehanteringssystemet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Tillämpat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisat</translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseView</name>
    <message>
        <source>nothing sent</source>
        <translation>inget skickat</translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n levererad</numerusform>
            <numerusform>%n levererade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n väntar på att skickas</numerusform>
            <numerusform>%n väntar på att skickas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n misslyckad</numerusform>
            <numerusform>%n misslyckade</numerusform>
        </translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export: %1</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>Åtgärder i ärendet</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Ta till behandling</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>F&amp;rigör</translation>
    </message>
    <message>
        <source>&amp;Approve transfer…</source>
        <translation>&amp;Godkänn överföringen…</translation>
    </message>
    <message>
        <source>Request &amp;supplement…</source>
        <translation>&amp;Begär komplettering…</translation>
    </message>
    <message>
        <source>Send &amp;message…</source>
        <translation>Skicka &amp;meddelande…</translation>
    </message>
    <message>
        <source>Set stat&amp;us…</source>
        <translation>Ange stat&amp;us…</translation>
    </message>
    <message>
        <source>Transfer to another a&amp;uthority…</source>
        <translation>Överför till en annan m&amp;yndighet…</translation>
    </message>
    <message>
        <source>Mark &amp;decided…</source>
        <translation>Markera som &amp;avgjort…</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>Av&amp;sluta ärendet…</translation>
    </message>
    <message>
        <source>Close view</source>
        <translation>Stäng vyn</translation>
    </message>
    <message>
        <source>Form of:</source>
        <translation>Formulär från:</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulär</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>B&amp;ilagor</translation>
    </message>
    <message>
        <source>&amp;Events and messages</source>
        <translation>&amp;Händelser och meddelanden</translation>
    </message>
    <message>
        <source>Tra&amp;nsfers</source>
        <translation>&amp;Överföringar</translation>
    </message>
    <message>
        <source>Aud&amp;it</source>
        <translation>Gransk&amp;ningslogg</translation>
    </message>
    <message>
        <source>The write is queued again.</source>
        <translation>Sändningen har ställts i kö på nytt.</translation>
    </message>
    <message>
        <source>The export is queued again.</source>
        <translation>Exporten har ställts i kö på nytt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This case is no longer in the store.</source>
        <translation>Ärendet finns inte längre i datalagret.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 has taken this case (since %2). Only they can act on it now.</source>
        <translation>%1 har tagit detta ärende till behandling (sedan %2). Endast ärendets handläggare kan nu vidta åtgärder.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Inte utfört: %1</translation>
    </message>
    <message>
        <source>%1 took this case first (%2).</source>
        <translation>%1 hann ta detta ärende till behandling först (%2).</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Inte utfört</translation>
    </message>
    <message>
        <source>Diary number: %1.</source>
        <translation>Diarienummer: %1.</translation>
    </message>
    <message>
        <source>Not possible now</source>
        <translation>Inte möjligt nu</translation>
    </message>
    <message>
        <source>You have taken the case.</source>
        <translation>Du har tagit ärendet till behandling.</translation>
    </message>
    <message>
        <source>Release the case</source>
        <translation>Frigör ärendet</translation>
    </message>
    <message>
        <source>Release the case so that another officer can take it?</source>
        <translation>Vill du frigöra ärendet så att en annan handläggare kan ta det till behandling?</translation>
    </message>
    <message>
        <source>You have released the case.</source>
        <translation>Du har frigjort ärendet.</translation>
    </message>
    <message>
        <source>The review mark is saved.</source>
        <translation>Granskningsmarkeringen har sparats.</translation>
    </message>
    <message>
        <source>The transfer is approved.</source>
        <translation>Överföringen har godkänts.</translation>
    </message>
    <message>
        <source>The supplement request is queued for sending.</source>
        <translation>Begäran om komplettering har ställts i kö för att skickas.</translation>
    </message>
    <message>
        <source>The message is queued for sending.</source>
        <translation>Meddelandet har ställts i kö för att skickas.</translation>
    </message>
    <message>
        <source>The status update is queued for sending.</source>
        <translation>Statusuppdateringen har ställts i kö för att skickas.</translation>
    </message>
    <message>
        <source>The transfer to the other authority is queued.</source>
        <translation>Överföringen till den andra myndigheten har ställts i kö.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Försök igen nu</translation>
    </message>
    <message>
        <source>Fetch the actions of this case that were not received again at the next sync</source>
        <translation>Hämta ärendets åtgärder som inte togs emot igen vid nästa synkronisering</translation>
    </message>
    <message>
        <source>The actions are fetched again at the next sync.</source>
        <translation>Åtgärderna hämtas igen vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>The attachment is asked for again at the next sync.</source>
        <translation>Bilagan begärs igen vid nästa synkronisering.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of this case could not be received: %1 (%2)</source>
        <translation>
            <numerusform>%n åtgärd i ärendet kunde inte tas emot: %1 (%2)</numerusform>
            <numerusform>%n åtgärder i ärendet kunde inte tas emot: %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The case is exported as an lvdesk package from now on.</source>
        <translation>Ärendet exporteras från och med nu som ett lvdesk-paket.</translation>
    </message>
</context>
<context>
    <name>lvdesk::ChangeNotifier</name>
    <message>
        <source>Changes made on other workstations cannot be followed.</source>
        <translation>Ändringar som görs på andra arbetsstationer kan inte följas.</translation>
    </message>
</context>
<context>
    <name>lvdesk::DeadlineChart</name>
    <message>
        <source>Cases due per week</source>
        <translation>Ärenden som förfaller per vecka</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Wk %1</source>
        <translation>v. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2–%3): %n case(s) due</source>
        <translation>
            <numerusform>%1 (%2–%3): %n ärende förfaller</numerusform>
            <numerusform>%1 (%2–%3): %n ärenden förfaller</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::DeadlinesView</name>
    <message>
        <source>Cases due per week, next 12 weeks</source>
        <translation>Ärenden som förfaller per vecka, de kommande 12 veckorna</translation>
    </message>
    <message>
        <source>&amp;All with a deadline</source>
        <translation>A&amp;lla med tidsfrist</translation>
    </message>
    <message>
        <source>⚠ &amp;Overdue (%1)</source>
        <translation>⚠ &amp;Försenade (%1)</translation>
    </message>
    <message>
        <source>◷ Due &amp;within 7 days (%1)</source>
        <translation>◷ Förfaller inom 7 &amp;dagar (%1)</translation>
    </message>
    <message>
        <source>Due lat&amp;er (%1)</source>
        <translation>Förfaller s&amp;enare (%1)</translation>
    </message>
</context>
<context>
    <name>lvdesk::DocumentPreviewDialog</name>
    <message>
        <source>Document: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Förhandsgranskning av dokumentet</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>lvdesk::EventTimeline</name>
    <message>
        <source>When</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Transfer state</source>
        <translation>Överföringsstatus</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Events and messages</source>
        <translation>Händelser och meddelanden</translation>
    </message>
    <message>
        <source>Status update: %1</source>
        <translation>Statusuppdatering: %1</translation>
    </message>
    <message>
        <source>diary number %1</source>
        <translation>diarienummer %1</translation>
    </message>
    <message>
        <source>Supplement request &quot;%1&quot;, due %2</source>
        <translation>Begäran om komplettering &quot;%1&quot;, förfallodag %2</translation>
    </message>
    <message>
        <source>Message &quot;%1&quot;</source>
        <translation>Meddelande &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n försök</numerusform>
            <numerusform>%n försök</numerusform>
        </translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>nästa försök %1</translation>
    </message>
    <message>
        <source>From the customer: %1</source>
        <translation>Från kunden: %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>utförd av %1</translation>
    </message>
</context>
<context>
    <name>lvdesk::FormView</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>This case has no form yet: its opening action has not arrived.</source>
        <translation>Ärendet har ännu inget formulär, eftersom den inledande åtgärden inte har kommit.</translation>
    </message>
    <message>
        <source>The form could not be laid out; its content as sent:</source>
        <translation>Formuläret kunde inte visas strukturerat. Innehållet såsom det skickades:</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(obesvarad)</translation>
    </message>
    <message>
        <source>Attachment %1 (not received)</source>
        <translation>Bilaga %1 (inte mottagen)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Öppna %1</translation>
    </message>
    <message>
        <source>A field type this version does not know; shown as sent.</source>
        <translation>En fälttyp som den här versionen inte känner till. Visas såsom den skickades.</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Granskning:</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Inte granskad</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <translation>Behöver förtydligas</translation>
    </message>
    <message>
        <source>Note (what needs clarification)</source>
        <translation>Anteckning (vad som behöver förtydligas)</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Granskningsanteckning</translation>
    </message>
    <message>
        <source>Save mark</source>
        <translation>Spara markering</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>The service sent %n field(s) of this form in an unexpected form; they are shown as sent.</source>
        <translation>
            <numerusform>Tjänsten skickade %n fält i blanketten i en oväntad form; det visas som det skickades.</numerusform>
            <numerusform>Tjänsten skickade %n fält i blanketten i en oväntad form; de visas som de skickades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::HeadlessSync</name>
    <message>
        <source>%1: %2 of %3, %4 KB, %5 errors</source>
        <translation>%1: %2 av %3, %4 KB, %5 fel</translation>
    </message>
    <message>
        <source>Replies of the case register: %1 applied, %2 rejected</source>
        <translation>Svar från ärendehanteringssystemet: %1 tillämpade, %2 avvisade</translation>
    </message>
</context>
<context>
    <name>lvdesk::HttpExportTarget</name>
    <message>
        <source>A stored attachment of the case could not be read.</source>
        <translation>En sparad bilaga till ärendet kunde inte läsas.</translation>
    </message>
    <message>
        <source>The case register did not answer in time.</source>
        <translation>Ärendehanteringssystemet svarade inte i tid.</translation>
    </message>
    <message>
        <source>The case register could not be reached: %1</source>
        <translation>Ärendehanteringssystemet kunde inte nås: %1</translation>
    </message>
    <message>
        <source>The case register answered with a redirect (HTTP %1). Check the export address in the profile.</source>
        <translation>Ärendehanteringssystemet svarade med en omdirigering (HTTP %1). Kontrollera exportadressen i anslutningsprofilen.</translation>
    </message>
    <message>
        <source>The case register refused the export token (HTTP %1). Ask IT support to check the token in the keychain.</source>
        <translation>Ärendehanteringssystemet avvisade exporttokenen (HTTP %1). Be IT-supporten kontrollera tokenen i nyckelringen.</translation>
    </message>
    <message>
        <source>The case register is not available (HTTP %1); lvdesk tries again later.</source>
        <translation>Ärendehanteringssystemet är inte tillgängligt (HTTP %1). lvdesk försöker igen senare.</translation>
    </message>
    <message>
        <source>The case register refused the package (HTTP %1): %2</source>
        <translation>Ärendehanteringssystemet avvisade paketet (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The package to send could not be read.</source>
        <translation>Paketet som ska skickas kunde inte läsas.</translation>
    </message>
</context>
<context>
    <name>lvdesk::LvClient</name>
    <message>
        <source>The feed page size must be between %1 and %2.</source>
        <translation>Flödets sidstorlek ska vara mellan %1 och %2.</translation>
    </message>
    <message>
        <source>The feed cursor is too long.</source>
        <translation>Flödets markör är för lång.</translation>
    </message>
    <message>
        <source>externalId</source>
        <translation>externalId</translation>
    </message>
    <message>
        <source>An acknowledgement needs a messageId.</source>
        <translation>En kvittering kräver ett messageId.</translation>
    </message>
    <message>
        <source>An acknowledgement needs at least one action.</source>
        <translation>En kvittering kräver minst en åtgärd.</translation>
    </message>
    <message>
        <source>A status update needs a messageId.</source>
        <translation>En statusuppdatering kräver ett messageId.</translation>
    </message>
    <message>
        <source>A message needs a messageId.</source>
        <translation>Ett meddelande kräver ett messageId.</translation>
    </message>
    <message>
        <source>attachment id</source>
        <translation>bilage-id</translation>
    </message>
    <message>
        <source>lvdesk cannot ask for an item whose %1 is empty, &quot;.&quot; or &quot;..&quot;.</source>
        <translation>lvdesk kan inte begära en post vars %1 är tom, &quot;.&quot; eller &quot;..&quot;.</translation>
    </message>
    <message>
        <source>The attachment has no valid SHA-256, so it cannot be verified.</source>
        <translation>Bilagan har ingen giltig SHA-256-kontrollsumma, så den kan inte verifieras.</translation>
    </message>
</context>
<context>
    <name>lvdesk::MainWindow</name>
    <message>
        <source>lvdesk – Permits and supervision</source>
        <translation>lvdesk – Tillstånd och tillsyn</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Att granska</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mina ärenden</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Tidsfrister</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Överföringar</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alla ärenden</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>No cases yet. Press F5 to sync with the service.</source>
        <translation>Inga ärenden ännu. Tryck på F5 för att synkronisera med tjänsten.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <source>Sync with the service now (F5)</source>
        <translation>Synkronisera med tjänsten nu (F5)</translation>
    </message>
    <message>
        <source>Fetch new cases and send pending updates now</source>
        <translation>Hämta nya ärenden och skicka väntande uppdateringar nu</translation>
    </message>
    <message>
        <source>&amp;Open connection profile…</source>
        <translation>&amp;Öppna anslutningsprofil…</translation>
    </message>
    <message>
        <source>Load the connection profile your IT support gave you</source>
        <translation>Läs in anslutningsprofilen som du har fått av IT-supporten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About lvdesk</source>
        <translation>&amp;Om lvdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynkronisering</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>Visa &amp;navigering</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>No connection is configured yet</source>
        <translation>Ingen anslutning har konfigurerats ännu</translation>
    </message>
    <message>
        <source>lvdesk fetches your authority&apos;s cases from the Luvat ja valvonta service through your organisation&apos;s X-Road Security Server. To connect, you need a connection profile.

1. Ask your IT support for the lvdesk connection profile (an .ini file).
2. Choose File › Open connection profile… and select the file.
3. If the profile uses a client certificate, lvdesk asks for its passphrase once and keeps it in the keychain of your computer.

IT support can also start lvdesk with --profile FILE.</source>
        <translation>lvdesk hämtar din myndighets ärenden från tjänsten Tillstånd och tillsyn via din organisations X-Road-säkerhetsserver. För att ansluta behöver du en anslutningsprofil.

1. Be IT-supporten om anslutningsprofilen för lvdesk (en .ini-fil).
2. Välj Arkiv › Öppna anslutningsprofil… och välj filen.
3. Om profilen använder ett klientcertifikat frågar lvdesk efter dess lösenfras en gång och sparar den i datorns nyckelring.

IT-supporten kan också starta lvdesk med --profile FIL.</translation>
    </message>
    <message>
        <source>Open connection profile…</source>
        <translation>Öppna anslutningsprofil…</translation>
    </message>
    <message>
        <source>The connection profile %1 has problems:</source>
        <translation>Anslutningsprofilen %1 har problem:</translation>
    </message>
    <message>
        <source>Not connected – Security Server %1</source>
        <translation>Ingen anslutning – säkerhetsserver %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ingen anslutning</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Anslutningsprofil</translation>
    </message>
    <message>
        <source>The connection profile cannot be used:</source>
        <translation>Anslutningsprofilen kan inte användas:</translation>
    </message>
    <message>
        <source>Open connection profile</source>
        <translation>Öppna anslutningsprofil</translation>
    </message>
    <message>
        <source>Connection profiles (*.ini);;All files (*)</source>
        <translation>Anslutningsprofiler (*.ini);;Alla filer (*)</translation>
    </message>
    <message>
        <source>About lvdesk</source>
        <translation>Om lvdesk</translation>
    </message>
    <message>
        <source>lvdesk %1

Handles cases from the Luvat ja valvonta permit service through its electronic interface: review before transfer, deadlines and the transfer status of every item.</source>
        <translation>lvdesk %1

Handlägger ärenden från tjänsten Tillstånd och tillsyn via dess elektroniska gränssnitt: granskning före överföring, tidsfrister och överföringsstatus för varje post.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listor</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>Search the current list (Ctrl+F)</source>
        <translation>Sök i den aktuella listan (Ctrl+F)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Connection, sync, services, export, store and language</source>
        <translation>Anslutning, synkronisering, tjänster, export, datalager och språk</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Datalager</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) need attention</source>
        <translation>
            <numerusform>%n överföring kräver uppmärksamhet</numerusform>
            <numerusform>%n överföringar kräver uppmärksamhet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within 7 days</source>
        <translation>Försenade: %1, förfaller inom 7 dagar: %2</translation>
    </message>
    <message>
        <source>Licensed under the European Union Public Licence (EUPL) v. 1.2.</source>
        <translation>Licensierad enligt European Union Public Licence (EUPL) v. 1.2.</translation>
    </message>
    <message>
        <source>Audit trail warning</source>
        <translation>Varning om granskningsloggen</translation>
    </message>
    <message>
        <source>⚠ The audit trail failed its check: someone has changed, removed or added entries outside lvdesk. Tell IT support; nothing is exported to the case register until they have looked at it.
%1</source>
        <translation>⚠ Granskningsloggen klarade inte kontrollen: någon har ändrat, tagit bort eller lagt till poster utanför lvdesk. Meddela IT-supporten; inget exporteras till ärendehanteringssystemet förrän de har utrett saken.
%1</translation>
    </message>
</context>
<context>
    <name>lvdesk::MessageDialog</name>
    <message>
        <source>Send a message to the customer</source>
        <translation>Skicka ett meddelande till kunden</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Ämne:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Meddelande:</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Nästa…</translation>
    </message>
</context>
<context>
    <name>lvdesk::ReceivedDataDialog</name>
    <message>
        <source>Received data of %1</source>
        <translation>Mottagna uppgifter för %1</translation>
    </message>
    <message>
        <source>The service sent nothing that lvdesk could keep for this action (the request failed before an answer arrived).</source>
        <translation>Tjänsten skickade inget för åtgärden som lvdesk kunde spara (begäran misslyckades innan ett svar kom).</translation>
    </message>
    <message>
        <source>What the service sent for this action (%1 bytes), exactly as received. It may contain personal data: copy it only to IT support.</source>
        <translation>Det tjänsten skickade för åtgärden (%1 byte), exakt som det togs emot. Det kan innehålla personuppgifter: kopiera det endast till IT-stödet.</translation>
    </message>
    <message>
        <source>Received data</source>
        <translation>Mottagna uppgifter</translation>
    </message>
    <message>
        <source>… %1 more bytes not shown</source>
        <translation>… ytterligare %1 byte visas inte</translation>
    </message>
</context>
<context>
    <name>lvdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Anslutning</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Synkronisering</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>&amp;Tjänster</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>St&amp;ore</source>
        <translation>&amp;Datalager</translation>
    </message>
    <message>
        <source>&amp;Language and notifications</source>
        <translation>Språk &amp;och aviseringar</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Välj en fil</translation>
    </message>
    <message>
        <source>The workstation user&apos;s login</source>
        <translation>Inloggningsnamnet för arbetsstationens användare</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certifikat (*.pem *.crt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx *.pem *.crt);;All files (*)</source>
        <translation>Certifikat (*.p12 *.pfx *.pem *.crt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Nycklar (*.pem *.key);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored passphrase</source>
        <translation>Lämna tomt för att behålla den sparade lösenfrasen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Security &amp;Server URL:</source>
        <translation>Säkerhetsserverns &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Client (X-Road subsystem):</source>
        <translation>&amp;Klient (X-Road-delsystem):</translation>
    </message>
    <message>
        <source>Ser&amp;vice (X-Road service):</source>
        <translation>Tjä&amp;nst (X-Road-tjänst):</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>An&amp;vändar-id:</translation>
    </message>
    <message>
        <source>C&amp;A certificates:</source>
        <translation>&amp;CA-certifikat:</translation>
    </message>
    <message>
        <source>Client cer&amp;tificate:</source>
        <translation>Klientce&amp;rtifikat:</translation>
    </message>
    <message>
        <source>Client &amp;key (PEM):</source>
        <translation>&amp;Privat nyckel (PEM):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Tids&amp;gräns:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Testa anslutn&amp;ingen</translation>
    </message>
    <message>
        <source>The passphrase is kept in the keychain of this computer, never in the profile file.</source>
        <translation>Lösenfrasen sparas i den här datorns nyckelring, aldrig i profilfilen.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Review every new case before it is registered</source>
        <translation>&amp;Granska varje nytt ärende före registreringen</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synkronisera &amp;var:</translation>
    </message>
    <message>
        <source>&amp;Parallel downloads:</source>
        <translation>&amp;Parallella hämtningar:</translation>
    </message>
    <message>
        <source>&amp;Diary number pattern:</source>
        <translation>&amp;Mönster för diarienummer:</translation>
    </message>
    <message>
        <source>{year} is the year, {seq:5} the running number with five digits, e.g. LV-{year}-{seq:5}.</source>
        <translation>{year} är året och {seq:5} ett femsiffrigt löpnummer, t.ex. LV-{year}-{seq:5}.</translation>
    </message>
    <message>
        <source>Per-service settings</source>
        <translation>Tjänstespecifika inställningar</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Review before registering</source>
        <translation>Granskning före registrering</translation>
    </message>
    <message>
        <source>Processing time, months</source>
        <translation>Handläggningstid, månader</translation>
    </message>
    <message>
        <source>Processing time, days</source>
        <translation>Handläggningstid, dagar</translation>
    </message>
    <message>
        <source>Whether an officer reviews each case of a service before it is registered, and the statutory processing time its deadline is counted from (0 months and 0 days: none).</source>
        <translation>Om en handläggare granskar varje ärende i en tjänst före registreringen samt den lagstadgade handläggningstid som ärendets tidsfrist räknas från (0 månader och 0 dagar: ingen).</translation>
    </message>
    <message>
        <source>Open a connection profile to set the services.</source>
        <translation>Öppna en anslutningsprofil för att ställa in tjänsterna.</translation>
    </message>
    <message>
        <source>Review %1 before registering</source>
        <translation>Granskning av %1 före registrering</translation>
    </message>
    <message>
        <source>Processing time of %1 in months</source>
        <translation>Handläggningstid för %1 i månader</translation>
    </message>
    <message>
        <source>Processing time of %1 in days</source>
        <translation>Handläggningstid för %1 i dagar</translation>
    </message>
    <message>
        <source>No services yet: they appear with the first cases.</source>
        <translation>Inga tjänster ännu: de visas när de första ärendena kommer.</translation>
    </message>
    <message>
        <source>No export</source>
        <translation>Ingen export</translation>
    </message>
    <message>
        <source>A folder (drop folder of the case register)</source>
        <translation>En mapp (ärendehanteringssystemets avlämningsmapp)</translation>
    </message>
    <message>
        <source>An HTTP endpoint of the case register</source>
        <translation>En HTTP-slutpunkt i ärendehanteringssystemet</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Välj en mapp</translation>
    </message>
    <message>
        <source>Export &amp;to:</source>
        <translation>E&amp;xportera till:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>This computer (SQLite)</source>
        <translation>Den här datorn (SQLite)</translation>
    </message>
    <message>
        <source>Shared database (PostgreSQL)</source>
        <translation>Gemensam databas (PostgreSQL)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Lämna tomt för att behålla det sparade lösenordet</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>Data&amp;lager:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Värd:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Data&amp;bas:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Löse&amp;nord:</translation>
    </message>
    <message>
        <source>The password is kept in the keychain of this computer. A change of store takes effect when the profile is opened again.</source>
        <translation>Lösenordet sparas i den här datorns nyckelring. Ett byte av datalager träder i kraft när profilen öppnas på nytt.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Samma som systemet</translation>
    </message>
    <message>
        <source>Show &amp;notifications for new cases and deadlines coming due</source>
        <translation>&amp;Visa aviseringar om nya ärenden och tidsfrister som snart går ut</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>A new language takes effect when lvdesk starts again.</source>
        <translation>Det nya språket tas i bruk när lvdesk startas om.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testar anslutningen…</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: the service offers %n method(s).</source>
        <translation>
            <numerusform>Anslutningen fungerar: tjänsten erbjuder %n metod.</numerusform>
            <numerusform>Anslutningen fungerar: tjänsten erbjuder %n metoder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the profile first: the certificate&apos;s passphrase is read from the keychain.</source>
        <translation>Öppna profilen först: certifikatets lösenfras läses från nyckelringen.</translation>
    </message>
    <message>
        <source>The profile file %1 could not be written. Check that the folder exists and that you may write to it.</source>
        <translation>Profilfilen %1 kunde inte skrivas. Kontrollera att mappen finns och att du har skrivbehörighet till den.</translation>
    </message>
    <message>
        <source>Save the connection profile</source>
        <translation>Spara anslutningsprofilen</translation>
    </message>
    <message>
        <source>Connection profiles (*.ini)</source>
        <translation>Anslutningsprofiler (*.ini)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Lämna tomt för att behålla den sparade token</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>The token is kept in the keychain of this computer for this address only: another export address never receives it.</source>
        <translation>Token sparas i den här datorns nyckelring endast för den här adressen: en annan exportadress får den aldrig.</translation>
    </message>
    <message>
        <source>Automatic: verify-full, unless the server is on this computer</source>
        <translation>Automatiskt: verify-full, om inte servern finns på den här datorn</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>&amp;CA-certifikat:</translation>
    </message>
</context>
<context>
    <name>lvdesk::StatusDialog</name>
    <message>
        <source>Set the status at the service</source>
        <translation>Ange ärendets status i tjänsten</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status text in &amp;Finnish:</source>
        <translation>Statustext på &amp;finska:</translation>
    </message>
    <message>
        <source>Status text in S&amp;wedish:</source>
        <translation>Statustext på s&amp;venska:</translation>
    </message>
    <message>
        <source>Status text in &amp;English (optional):</source>
        <translation>Statustext på &amp;engelska (valfritt):</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Nästa…</translation>
    </message>
</context>
<context>
    <name>lvdesk::StatusWidgets</name>
    <message>
        <source>Sync progress</source>
        <translation>Synkroniseringens förlopp</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Inte ansluten ännu</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <source>Offline: the Security Server cannot be reached</source>
        <translation>Ingen anslutning: säkerhetsservern kan inte nås</translation>
    </message>
    <message>
        <source>Access refused: check the certificate and the X-Road access rights</source>
        <translation>Åtkomst nekad: kontrollera certifikatet och X-Road-behörigheterna</translation>
    </message>
    <message>
        <source>Secure connection failed: check the certificates</source>
        <translation>Den säkra anslutningen misslyckades: kontrollera certifikaten</translation>
    </message>
    <message>
        <source>The service is unavailable at the moment</source>
        <translation>Tjänsten är inte tillgänglig för tillfället</translation>
    </message>
    <message>
        <source>The connection settings need attention</source>
        <translation>Anslutningsinställningarna behöver kontrolleras</translation>
    </message>
    <message>
        <source> – next try at %1</source>
        <translation> – nästa försök kl. %1</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Senaste synkronisering %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Inte synkroniserad ännu</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserar…</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Utkorgen är tom</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) waiting to be sent</source>
        <translation>
            <numerusform>%n uppdatering väntar på att skickas</numerusform>
            <numerusform>%n uppdateringar väntar på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Inloggad som %1</translation>
    </message>
</context>
<context>
    <name>lvdesk::SupplementDialog</name>
    <message>
        <source>Request a supplement</source>
        <translation>Begär komplettering</translation>
    </message>
    <message>
        <source>Request for a supplement</source>
        <translation>Begäran om komplettering</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Ämne:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Meddelande:</translation>
    </message>
    <message>
        <source>Items to supplement</source>
        <translation>Punkter att komplettera</translation>
    </message>
    <message>
        <source>What is missing, e.g. a site plan</source>
        <translation>Vad som saknas, t.ex. en situationsplan</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Ny punkt</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Punkter:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Förfallodag:</translation>
    </message>
    <message>
        <source>Proposed by the deadline calculator: %1</source>
        <translation>Förslag från tidsfristberäkningen: %1</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Nästa…</translation>
    </message>
</context>
<context>
    <name>lvdesk::SyncEngine</name>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Reading new actions</source>
        <translation>Läser nya åtgärder</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Hämtar</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>Sparar</translation>
    </message>
    <message>
        <source>Confirming receipt</source>
        <translation>Kvitterar mottagandet</translation>
    </message>
    <message>
        <source>Sending to the service</source>
        <translation>Skickar till tjänsten</translation>
    </message>
    <message>
        <source>Exporting to the case register</source>
        <translation>Exporterar till ärendehanteringen</translation>
    </message>
    <message>
        <source>Another workstation (or another lvdesk on this computer) is syncing now. This workstation shows what it stores and syncs again later.</source>
        <translation>En annan arbetsstation (eller en annan lvdesk på den här datorn) synkroniserar just nu. Den här arbetsstationen visar de uppgifter den har sparat och synkroniserar igen senare.</translation>
    </message>
    <message>
        <source>The attachment folder %1 cannot be created.</source>
        <translation>Bilagemappen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>The queued write has an unknown kind.</source>
        <translation>Den köade sändningen är av okänd typ.</translation>
    </message>
    <message>
        <source>Not sent: the customer withdrew the case before this status update went out.</source>
        <translation>Inte skickad: kunden återkallade ärendet innan den här statusuppdateringen hann skickas.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Ansluten</translation>
    </message>
</context>
<context>
    <name>lvdesk::TransferElsewhereDialog</name>
    <message>
        <source>Transfer to another authority</source>
        <translation>Överför till en annan myndighet</translation>
    </message>
    <message>
        <source>e.g. the regional state administrative agency</source>
        <translation>t.ex. regionförvaltningsverket</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Myndighet:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otivering:</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Nästa…</translation>
    </message>
</context>
<context>
    <name>lvdesk::TransferListModel</name>
    <message>
        <source>↓ From the service</source>
        <translation>↓ Från tjänsten</translation>
    </message>
    <message>
        <source>→ To the case register</source>
        <translation>→ Till ärendehanteringssystemet</translation>
    </message>
    <message>
        <source>↑ To the service</source>
        <translation>↑ Till tjänsten</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Statusuppdatering</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>%1, message id %2</source>
        <translation>%1, meddelande-id %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n försök</numerusform>
            <numerusform>%n försök</numerusform>
        </translation>
    </message>
    <message>
        <source>Waits for Retry now</source>
        <translation>Väntar på Försök igen nu</translation>
    </message>
    <message>
        <source>At the next sync</source>
        <translation>Vid nästa synkronisering</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Försök</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Senaste fel</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Nästa försök</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>↓ From the service: not received</source>
        <translation>↓ Från tjänsten: inte mottagen</translation>
    </message>
    <message>
        <source>↓ Attachment not received</source>
        <translation>↓ Bilaga inte mottagen</translation>
    </message>
    <message>
        <source>Asked for again</source>
        <translation>Begärd igen</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Inte mottagen</translation>
    </message>
    <message>
        <source>It is downloaded at the next sync.</source>
        <translation>Den hämtas vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>Waits for Retry download</source>
        <translation>Väntar på Hämta igen</translation>
    </message>
    <message>
        <source>← From the case register</source>
        <translation>← Från ärendehanteringssystemet</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Tillämpat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisat</translation>
    </message>
</context>
<context>
    <name>lvdesk::TransfersView</name>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Visa endast &amp;problem</translation>
    </message>
    <message>
        <source>Failed and retrying items, and downloads that have not finished</source>
        <translation>Misslyckade poster, poster som försöks på nytt och hämtningar som inte har slutförts</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Försök igen nu</translation>
    </message>
    <message>
        <source>Try the selected failed item again now (Ctrl+R)</source>
        <translation>Försök igen nu med den valda misslyckade posten (Ctrl+R)</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Överföringar</translation>
    </message>
    <message numerus="yes">
        <source>%1 item(s)</source>
        <translation>
            <numerusform>%1 post</numerusform>
            <numerusform>%1 poster</numerusform>
        </translation>
    </message>
    <message>
        <source>The item is queued to be tried again now.</source>
        <translation>Posten har ställts i kö och försöks nu på nytt.</translation>
    </message>
    <message>
        <source>Mark as &amp;handled outside lvdesk…</source>
        <translation>Markera som &amp;handlagd utanför lvdesk…</translation>
    </message>
    <message>
        <source>The selected action will be handled in the service&apos;s own pages: lvdesk stops fetching it and no longer counts it as a problem</source>
        <translation>Den valda åtgärden handläggs på tjänstens egna sidor: lvdesk slutar hämta den och räknar den inte längre som ett problem</translation>
    </message>
    <message>
        <source>Show received &amp;data…</source>
        <translation>Visa mottagna &amp;uppgifter…</translation>
    </message>
    <message>
        <source>What the service sent for the selected action, as plain text, for IT support</source>
        <translation>Det tjänsten skickade för den valda åtgärden, som text, för IT-stödet</translation>
    </message>
    <message>
        <source>Mark as handled outside lvdesk</source>
        <translation>Markera som handlagd utanför lvdesk</translation>
    </message>
    <message>
        <source>The action %1 will be handled in the service&apos;s own pages, not in lvdesk. lvdesk stops fetching it and no longer counts it as a problem; it tries again only if the service sends a corrected version. The service is not told that lvdesk received it. Your decision is recorded in the audit trail.</source>
        <translation>Åtgärden %1 handläggs på tjänstens egna sidor, inte i lvdesk. lvdesk slutar hämta den och räknar den inte längre som ett problem; den försöker igen endast om tjänsten skickar en korrigerad version. Tjänsten får inte veta att lvdesk tagit emot den. Ditt beslut registreras i granskningsloggen.</translation>
    </message>
    <message>
        <source>The action is marked as handled outside lvdesk.</source>
        <translation>Åtgärden är markerad som handlagd utanför lvdesk.</translation>
    </message>
</context>
<context>
    <name>lvdesk::TrayNotifier</name>
    <message>
        <source>lvdesk – Permits and supervision</source>
        <translation>lvdesk – Tillstånd och tillsyn</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) arrived.</source>
        <translation>
            <numerusform>%n nytt ärende har kommit.</numerusform>
            <numerusform>%n nya ärenden har kommit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past the deadline.</source>
        <translation>
            <numerusform>%n ärende har överskridit tidsfristen.</numerusform>
            <numerusform>%n ärenden har överskridit tidsfristen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due within 7 days.</source>
        <translation>
            <numerusform>%n ärende förfaller inom 7 dagar.</numerusform>
            <numerusform>%n ärenden förfaller inom 7 dagar.</numerusform>
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
        <translation>Lösenfrasen för den gemensamma databasens klientnyckel kunde inte läsas från nyckelringen: %1</translation>
    </message>
    <message>
        <source>The key of the audit trail could not be read from the keychain: %1</source>
        <translation>Granskningsloggens nyckel kunde inte läsas från nyckelringen: %1</translation>
    </message>
    <message>
        <source>The database role of this officer could not be read from the shared database.</source>
        <translation>Handläggarens databasroll kunde inte läsas från den gemensamma databasen.</translation>
    </message>
    <message>
        <source>The key of the audit trail could not be stored in the keychain: %1</source>
        <translation>Granskningsloggens nyckel kunde inte sparas i nyckelringen: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Handles cases from the Luvat ja valvonta permit service for an authority.</source>
        <translation>Handlägger en myndighets ärenden från tjänsten Tillstånd och tillsyn.</translation>
    </message>
    <message>
        <source>User interface language: fi, sv or en.</source>
        <translation>Användargränssnittets språk: fi, sv eller en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>Folder for the local store and attachments.</source>
        <translation>Mapp för det lokala datalagret och bilagorna.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>Connection profile (INI file) deployed by IT support.</source>
        <translation>Anslutningsprofil (INI-fil) som IT-supporten har distribuerat.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Write debug messages to the log.</source>
        <translation>Skriv felsökningsmeddelanden till loggen.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use fi, sv or en.</source>
        <translation>Okänt språk &quot;%1&quot;. Använd fi, sv eller en.</translation>
    </message>
    <message>
        <source>lvdesk cannot open its window: no graphical display is available (neither DISPLAY nor WAYLAND_DISPLAY is set). Start lvdesk in a desktop session, or use --help for the options that work without a display.</source>
        <translation>lvdesk kan inte öppna sitt fönster: ingen grafisk skärm är tillgänglig (varken DISPLAY eller WAYLAND_DISPLAY är satt). Starta lvdesk i en skrivbordssession, eller använd --help för att se vilka alternativ som fungerar utan skärm.</translation>
    </message>
    <message>
        <source>Run one full sync without a window (needs --profile), print a summary line and exit: 0 when nothing failed.</source>
        <translation>Kör en fullständig synkronisering utan fönster (kräver --profile), skriv ut en sammanfattningsrad och avsluta. Slutkoden är 0 om inget misslyckades.</translation>
    </message>
    <message>
        <source>--sync-once needs a connection profile: add --profile FILE.</source>
        <translation>--sync-once kräver en anslutningsprofil: lägg till --profile FIL.</translation>
    </message>
    <message>
        <source>The profile does not say how to reach the Security Server (connection/).</source>
        <translation>Profilen anger inte hur säkerhetsservern nås (connection/).</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Anslutningsprofil</translation>
    </message>
    <message>
        <source>The new connection profile is used when lvdesk is started again.</source>
        <translation>Den nya anslutningsprofilen används när lvdesk startas nästa gång.</translation>
    </message>
    <message>
        <source>Print the audit trail&apos;s key of the profile&apos;s database from this workstation&apos;s keychain (for IT support).</source>
        <translation>Skriv ut nyckeln för granskningsloggen i profilens databas från den här arbetsstationens nyckelring (för IT-supporten).</translation>
    </message>
    <message>
        <source>Store the audit trail&apos;s key of the profile&apos;s database, read from standard input, in this workstation&apos;s keychain.</source>
        <translation>Spara nyckeln för granskningsloggen i profilens databas, läst från standardinmatningen, i den här arbetsstationens nyckelring.</translation>
    </message>
    <message>
        <source>The audit key belongs to a database: add --profile FILE.</source>
        <translation>Nyckeln för granskningsloggen hör till en databas: lägg till --profile FIL.</translation>
    </message>
</context>
</TS>
