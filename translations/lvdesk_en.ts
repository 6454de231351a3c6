<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_FI">
<context>
    <name>lvdesk::ActionConfirmation</name>
    <message numerus="yes">
        <source>Exactly these %n writes will be sent to the service:</source>
        <translation>
            <numerusform>Exactly this write will be sent to the service:</numerusform>
            <numerusform>Exactly these %n writes will be sent to the service:</numerusform>
        </translation>
    </message>
</context>
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
<context>
    <name>lvdesk::CaseHeader</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseListModel</name>
    <message numerus="yes">
        <source>⚠ %n day(s) overdue</source>
        <translation>
            <numerusform>⚠ %n day overdue</numerusform>
            <numerusform>⚠ %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>◷ %n day(s) left</source>
        <translation>
            <numerusform>◷ %n day left</numerusform>
            <numerusform>◷ %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending (%n)</source>
        <translation>
            <numerusform>Sending (%n)</numerusform>
            <numerusform>Sending (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseListView</name>
    <message numerus="yes">
        <source>%1 case(s)</source>
        <translation>
            <numerusform>%1 case</numerusform>
            <numerusform>%1 cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::CaseView</name>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n delivered</numerusform>
            <numerusform>%n delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of this case could not be received: %1 (%2)</source>
        <translation>
            <numerusform>%n action of this case could not be received: %1 (%2)</numerusform>
            <numerusform>%n actions of this case could not be received: %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::DeadlineChart</name>
    <message numerus="yes">
        <source>%1 (%2–%3): %n case(s) due</source>
        <translation>
            <numerusform>%1 (%2–%3): %n case due</numerusform>
            <numerusform>%1 (%2–%3): %n cases due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::EventTimeline</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::FormView</name>
    <message numerus="yes">
        <source>The service sent %n field(s) of this form in an unexpected form; they are shown as sent.</source>
        <translation>
            <numerusform>The service sent %n field of this form in an unexpected form; it is shown as sent.</numerusform>
            <numerusform>The service sent %n fields of this form in an unexpected form; they are shown as sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::MainWindow</name>
    <message numerus="yes">
        <source>%n transfer(s) need attention</source>
        <translation>
            <numerusform>%n transfer needs attention</numerusform>
            <numerusform>%n transfers need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::SettingsDialog</name>
    <message numerus="yes">
        <source>Connection works: the service offers %n method(s).</source>
        <translation>
            <numerusform>Connection works: the service offers %n method.</numerusform>
            <numerusform>Connection works: the service offers %n methods.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::StatusWidgets</name>
    <message numerus="yes">
        <source>%n update(s) waiting to be sent</source>
        <translation>
            <numerusform>%n update waiting to be sent</numerusform>
            <numerusform>%n updates waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::TransferListModel</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::TransfersView</name>
    <message numerus="yes">
        <source>%1 item(s)</source>
        <translation>
            <numerusform>%1 item</numerusform>
            <numerusform>%1 items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lvdesk::TrayNotifier</name>
    <message numerus="yes">
        <source>%n new case(s) arrived.</source>
        <translation>
            <numerusform>%n new case arrived.</numerusform>
            <numerusform>%n new cases arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past the deadline.</source>
        <translation>
            <numerusform>%n case past the deadline.</numerusform>
            <numerusform>%n cases past the deadline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due within 7 days.</source>
        <translation>
            <numerusform>%n case due within 7 days.</numerusform>
            <numerusform>%n cases due within 7 days.</numerusform>
        </translation>
    </message>
</context>
</TS>
