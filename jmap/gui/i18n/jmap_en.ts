<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PdfExportDialog</name>
    <message numerus="yes">
        <location filename="../files/export_dialog.py" line="290"/>
        <source>The map on %n sheet(s)</source>
        <translation>
            <numerusform>The map on %n sheet</numerusform>
            <numerusform>The map on %n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../files/export_dialog.py" line="294"/>
        <source>%n persona page(s)</source>
        <translation>
            <numerusform>%n persona page</numerusform>
            <numerusform>%n persona pages</numerusform>
        </translation>
    </message>
</context>
</TS>
