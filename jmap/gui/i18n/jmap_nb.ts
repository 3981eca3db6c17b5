<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../files.py" line="69" />
        <source>Changes between the file on disk and your map</source>
        <translation>Forskjeller mellom filen på disken og kartet ditt</translation>
    </message>
    <message>
        <location filename="../files.py" line="72" />
        <source>{0} (on disk)</source>
        <translation>{0} (på disken)</translation>
    </message>
    <message>
        <location filename="../files.py" line="72" />
        <source>{0} (yours)</source>
        <translation>{0} (din versjon)</translation>
    </message>
    <message>
        <location filename="../files.py" line="73" />
        <source>The two versions are the same.</source>
        <translation>De to versjonene er like.</translation>
    </message>
</context>
<context>
    <name>ExportImage</name>
    <message>
        <location filename="../export_dialog.py" line="294" />
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="294" />
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tegninger (*.svg)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="295" />
        <source>Export Image</source>
        <translation>Eksporter bilde</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="304" />
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="313" />
        <source>Print Map</source>
        <translation>Skriv ut kart</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="319" />
        <source>Print failed</source>
        <translation>Utskriften mislyktes</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="319" />
        <source>The printer could not be started.</source>
        <translation>Skriveren kunne ikke startes.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../files.py" line="60" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../files.py" line="143" />
        <source>Untitled</source>
        <extracomment>(window) after the window was allowed to close and its file released</extracomment>
        <translation>Uten navn</translation>
    </message>
    <message>
        <location filename="../files.py" line="146" />
        <source> (read-only)</source>
        <translation> (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../files.py" line="190" />
        <source>&amp;New from Template…</source>
        <translation>&amp;Nytt fra mal…</translation>
    </message>
    <message>
        <location filename="../files.py" line="191" />
        <source>New &amp;Window…</source>
        <translation>Nytt &amp;vindu…</translation>
    </message>
    <message>
        <location filename="../files.py" line="192" />
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <location filename="../files.py" line="193" />
        <source>Open &amp;Recent</source>
        <translation>Åpne &amp;nylige</translation>
    </message>
    <message>
        <location filename="../files.py" line="197" />
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../files.py" line="198" />
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <location filename="../files.py" line="199" />
        <source>Re&amp;vert to Saved</source>
        <translation>&amp;Gå tilbake til lagret versjon</translation>
    </message>
    <message>
        <location filename="../files.py" line="201" />
        <source>Export &amp;PDF…</source>
        <translation>Eksporter &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../files.py" line="202" />
        <source>Export P&amp;NG…</source>
        <translation>Eksporter P&amp;NG…</translation>
    </message>
    <message>
        <location filename="../files.py" line="203" />
        <source>Export S&amp;VG…</source>
        <translation>Eksporter S&amp;VG…</translation>
    </message>
    <message>
        <location filename="../files.py" line="204" />
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../files.py" line="206" />
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <location filename="../files.py" line="210" />
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location filename="../files.py" line="211" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../files.py" line="225" />
        <source>&amp;Clear Menu</source>
        <translation>&amp;Tøm menyen</translation>
    </message>
    <message>
        <location filename="../files.py" line="240" />
        <source>Unsaved changes</source>
        <translation>Endringer som ikke er lagret</translation>
    </message>
    <message>
        <location filename="../files.py" line="241" />
        <source>Save the changes to “{0}” before closing it?</source>
        <translation>Vil du lagre endringene i «{0}» før du lukker det?</translation>
    </message>
    <message>
        <location filename="../files.py" line="242" />
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../files.py" line="243" />
        <source>Don't Save</source>
        <translation>Ikke lagre</translation>
    </message>
    <message>
        <location filename="../files.py" line="244" />
        <location filename="../files.py" line="323" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../files.py" line="246" />
        <source>If you don't save, your changes since the last save are lost.</source>
        <translation>Hvis du ikke lagrer, går endringene siden forrige lagring tapt.</translation>
    </message>
    <message>
        <location filename="../files.py" line="294" />
        <source>Open Map</source>
        <translation>Åpne kart</translation>
    </message>
    <message>
        <location filename="../files.py" line="294" />
        <location filename="../files.py" line="356" />
        <source>jmap maps (*.jmap)</source>
        <translation>jmap-kart (*.jmap)</translation>
    </message>
    <message>
        <location filename="../files.py" line="320" />
        <source>Revert to saved</source>
        <translation>Gå tilbake til lagret versjon</translation>
    </message>
    <message>
        <location filename="../files.py" line="321" />
        <source>Discard your changes to “{0}” and go back to the saved file?</source>
        <translation>Vil du forkaste endringene i «{0}» og gå tilbake til den lagrede filen?</translation>
    </message>
    <message>
        <location filename="../files.py" line="322" />
        <source>Discard Changes</source>
        <translation>Forkast endringene</translation>
    </message>
    <message>
        <location filename="../files.py" line="334" />
        <location filename="../files.py" line="337" />
        <source>Cannot reload</source>
        <translation>Kan ikke laste inn på nytt</translation>
    </message>
    <message>
        <location filename="../files.py" line="356" />
        <source>Save Map As</source>
        <translation>Lagre kart som</translation>
    </message>
    <message>
        <location filename="../files.py" line="364" />
        <source>Opened read-only</source>
        <translation>Åpnet skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../files.py" line="365" />
        <source>“{0}” is open read-only because someone else has it open. Save your map under another name.</source>
        <translation>«{0}» er åpnet skrivebeskyttet fordi noen andre har det åpent. Lagre kartet ditt under et annet navn.</translation>
    </message>
    <message>
        <location filename="../files.py" line="373" />
        <source>File in use</source>
        <translation>Filen er i bruk</translation>
    </message>
    <message>
        <location filename="../files.py" line="374" />
        <source>“{0}” is opened by {1} on {2} since {3}. Choose another name.</source>
        <translation>«{0}» er åpnet av {1} på {2} siden {3}. Velg et annet navn.</translation>
    </message>
    <message>
        <location filename="../files.py" line="397" />
        <source>Could not save</source>
        <translation>Kunne ikke lagre</translation>
    </message>
    <message>
        <location filename="../files.py" line="398" />
        <source>Your map is still open with all its changes. Try Save As to put it somewhere else.</source>
        <translation>Kartet ditt er fortsatt åpent med alle endringene. Bruk «Lagre som» for å lagre det et annet sted.</translation>
    </message>
    <message>
        <location filename="../files.py" line="458" />
        <source>“{0}” was changed on disk by someone else.</source>
        <translation>«{0}» er endret på disken av noen andre.</translation>
    </message>
    <message>
        <location filename="../files.py" line="459" />
        <source>Saving now would overwrite their changes. Reload their version, keep yours under another name, or compare the two.</source>
        <translation>Lagrer du nå, overskriver du endringene deres. Last inn deres versjon på nytt, behold din under et annet navn, eller sammenlign dem.</translation>
    </message>
    <message>
        <location filename="../files.py" line="461" />
        <source>Reload their version, keep yours under another name, or compare the two.</source>
        <translation>Last inn deres versjon på nytt, behold din under et annet navn, eller sammenlign dem.</translation>
    </message>
    <message>
        <location filename="../files.py" line="462" />
        <source>File changed on disk</source>
        <translation>Filen er endret på disken</translation>
    </message>
    <message>
        <location filename="../files.py" line="463" />
        <source>Keep Mine (Save As…)</source>
        <translation>Behold min (Lagre som…)</translation>
    </message>
    <message>
        <location filename="../files.py" line="464" />
        <source>Reload</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <location filename="../files.py" line="465" />
        <source>Compare…</source>
        <translation>Sammenlign…</translation>
    </message>
    <message>
        <location filename="../files.py" line="466" />
        <source>Not Now</source>
        <translation>Ikke nå</translation>
    </message>
</context>
<context>
    <name>GalleryDialog</name>
    <message>
        <location filename="../gallery.py" line="145" />
        <source>New Map</source>
        <translation>Nytt kart</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="149" />
        <source>All languages</source>
        <translation>Alle språk</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="166" />
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="171" />
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="191" />
        <source>Example: {0}</source>
        <translation>Eksempel: {0}</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="166" />
        <location filename="../export_dialog.py" line="236" />
        <source>Export PDF</source>
        <extracomment>Paper sizes in millimetres, portrait (width, height).</extracomment>
        <translation>Eksporter PDF</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="174" />
        <source>Landscape</source>
        <translation>Liggende</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="175" />
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="176" />
        <source>Fit the map on one page</source>
        <translation>Tilpass kartet til én side</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="177" />
        <source>Poster, cut into pages, of size</source>
        <translation>Plakat, delt opp i sider, i størrelse</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="186" />
        <source>A page for each persona</source>
        <translation>Én side for hver persona</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="188" />
        <source>A page of findings from the checks</source>
        <translation>Én side med funn fra kontrollene</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="197" />
        <source>Page size:</source>
        <translation>Sidestørrelse:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="198" />
        <source>Orientation:</source>
        <translation>Retning:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="205" />
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.py" line="231" />
        <source>%n page(s)</source>
        <translation><numerusform>%n side</numerusform><numerusform>%n sider</numerusform></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="238" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="246" />
        <source>Exporting PDF…</source>
        <translation>Eksporterer PDF…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="248" />
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="248" />
        <source>Could not export the PDF.</source>
        <translation>Kunne ikke eksportere PDF-en.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../prefs.py" line="29" />
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="38" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="46" />
        <source>The map's own folder</source>
        <translation>Kartets egen mappe</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="47" />
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="52" />
        <source>A new language is used from the next start of jmap.</source>
        <translation>Det nye språket tas i bruk neste gang jmap starter.</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="58" />
        <source>Interface language:</source>
        <translation>Språk i programmet:</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="60" />
        <source>Autosave unsaved work every:</source>
        <translation>Autolagre ulagret arbeid hvert:</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="61" />
        <source>Default page size:</source>
        <translation>Standard sidestørrelse:</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="62" />
        <source>Default export folder:</source>
        <translation>Standard eksportmappe:</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="71" />
        <source>Default Export Folder</source>
        <translation>Standard eksportmappe</translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <location filename="../windows.py" line="106" />
        <source>Made with a newer jmap</source>
        <translation>Laget med en nyere jmap</translation>
    </message>
    <message>
        <location filename="../windows.py" line="107" />
        <source>“{0}” was saved by a newer version of jmap. Install the newest jmap to open it.</source>
        <translation>«{0}» ble lagret av en nyere versjon av jmap. Installer den nyeste jmap for å åpne det.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="111" />
        <location filename="../windows.py" line="115" />
        <source>Cannot open map</source>
        <translation>Kan ikke åpne kartet</translation>
    </message>
    <message>
        <location filename="../windows.py" line="112" />
        <source>“{0}” cannot be opened.</source>
        <translation>«{0}» kan ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="121" />
        <source>… and {0} more</source>
        <translation>… og {0} til</translation>
    </message>
    <message>
        <location filename="../windows.py" line="122" />
        <source>Problems in map</source>
        <translation>Problemer i kartet</translation>
    </message>
    <message>
        <location filename="../windows.py" line="123" />
        <source>“{0}” has problems that jmap can repair by leaving things out:</source>
        <translation>«{0}» har feil som jmap kan rette ved å utelate noe:</translation>
    </message>
    <message>
        <location filename="../windows.py" line="124" />
        <location filename="../windows.py" line="144" />
        <source>Open Anyway</source>
        <translation>Åpne likevel</translation>
    </message>
    <message>
        <location filename="../windows.py" line="125" />
        <location filename="../windows.py" line="145" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../windows.py" line="140" />
        <source>Map in use</source>
        <translation>Kartet er i bruk</translation>
    </message>
    <message>
        <location filename="../windows.py" line="141" />
        <source>“{0}” is opened by {1} on {2} since {3}.</source>
        <translation>«{0}» er åpnet av {1} på {2} siden {3}.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="143" />
        <source>Open Read-Only</source>
        <translation>Åpne skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../windows.py" line="147" />
        <source>If you both change it, one of you will have to save under another name.</source>
        <translation>Hvis dere begge endrer det, må en av dere lagre under et annet navn.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="161" />
        <source>a map that was never saved</source>
        <translation>et kart som aldri ble lagret</translation>
    </message>
    <message>
        <location filename="../windows.py" line="162" />
        <source>Recover unsaved work</source>
        <translation>Gjenopprett ulagret arbeid</translation>
    </message>
    <message>
        <location filename="../windows.py" line="163" />
        <source>jmap stopped before “{0}” was saved.</source>
        <translation>jmap stoppet før «{0}» ble lagret.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="164" />
        <source>Recover</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <location filename="../windows.py" line="165" />
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../windows.py" line="166" />
        <source>Decide Later</source>
        <translation>Bestem senere</translation>
    </message>
    <message>
        <location filename="../windows.py" line="167" />
        <source>Autosaved at {0} from {1}.</source>
        <translation>Autolagret {0} fra {1}.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="180" />
        <source>Cannot recover</source>
        <translation>Kan ikke gjenopprette</translation>
    </message>
</context>
</TS>
