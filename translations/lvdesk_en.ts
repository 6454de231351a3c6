<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_FI">
<context>
    <name>lvdesk::CaseActions</name>
    <message numerus="yes">
        <source>The customer is asked for %n item(s) by %1, and the case waits for the supplement.</source>
        <translation>
            <numerusform>The customer is asked for %n item by %1, and the case waits for the supplement.</numerusform>
            <numerusform>The customer is asked for %n items by %1, and the case waits for the supplement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message is sent to the customer with %n attachment(s).</source>
        <translation>
            <numerusform>The message is sent to the customer with %n attachment.</numerusform>
            <numerusform>The message is sent to the customer with %n attachments.</numerusform>
        </translation>
    </message>
</context>
</TS>
