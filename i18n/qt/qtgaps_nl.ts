<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Texts of Qt's own dialogs that Qt's shipped Dutch catalog (qtbase_nl) lacks: its entries predate the
     mnemonics. Compiled with `pyside6-lrelease i18n/qt/qtgaps_nl.ts -qm i18n/qt/qtgaps_nl.qm`; a test checks
     that the committed .qm matches. -->
<TS version="2.1" language="nl">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
</TS>
