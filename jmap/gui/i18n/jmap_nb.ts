<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
    <context>
        <name>DiffDialog</name>
        <message>
            <location filename="../files/dialogs.py" line="80" />
            <source>Changes between the file on disk and your map</source>
            <translation>Forskjeller mellom filen på disken og kartet ditt</translation>
        </message>
        <message>
            <location filename="../files/dialogs.py" line="83" />
            <source>{0} (on disk)</source>
            <translation>{0} (på disken)</translation>
        </message>
        <message>
            <location filename="../files/dialogs.py" line="83" />
            <source>{0} (yours)</source>
            <translation>{0} (din versjon)</translation>
        </message>
        <message>
            <location filename="../files/dialogs.py" line="84" />
            <source>The two versions are the same.</source>
            <translation>De to versjonene er like.</translation>
        </message>
        <message>
            <location filename="../files/dialogs.py" line="89" />
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
    </context>
    <context>
        <name>ExportImage</name>
        <message>
            <location filename="../files/export_dialog.py" line="329" />
            <source>PNG images (*.png)</source>
            <translation>PNG-bilder (*.png)</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="329" />
            <source>SVG drawings (*.svg)</source>
            <translation>SVG-tegninger (*.svg)</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="330" />
            <location filename="../files/export_dialog.py" line="341" />
            <source>Export Image</source>
            <translation>Eksporter bilde</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="342" />
            <source>Exporting image…</source>
            <translation>Eksporterer bilde…</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="344" />
            <source>Export failed</source>
            <translation>Eksporten mislyktes</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="358" />
            <source>Print Map</source>
            <translation>Skriv ut kart</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="364" />
            <source>Print failed</source>
            <translation>Utskriften mislyktes</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="364" />
            <source>The printer could not be started.</source>
            <translation>Skriveren kunne ikke startes.</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <location filename="../files/dialogs.py" line="71" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="82" />
            <location filename="../files/saving.py" line="81" />
            <source>Untitled</source>
            <extracomment>(window) after the window was allowed to close and its file released of the map those bytes hold, as jmap writes it (None: unknown, compare bytes only)</extracomment>
            <translation>Uten navn</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="89" />
            <source> (read-only)</source>
            <translation> (skrivebeskyttet)</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="114" />
            <source>&amp;New from Template…</source>
            <translation>&amp;Nytt fra mal…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="115" />
            <source>New &amp;Window…</source>
            <translation>Nytt &amp;vindu…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="116" />
            <source>&amp;Open…</source>
            <translation>&amp;Åpne…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="117" />
            <source>Open &amp;Recent</source>
            <translation>Åpne &amp;nylige</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="121" />
            <source>&amp;Save</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="122" />
            <source>Save &amp;As…</source>
            <translation>Lagre &amp;som…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="123" />
            <source>Re&amp;vert to Saved</source>
            <translation>&amp;Gå tilbake til lagret versjon</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="125" />
            <source>Export &amp;PDF…</source>
            <translation>Eksporter &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="126" />
            <source>Export P&amp;NG…</source>
            <translation>Eksporter P&amp;NG…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="127" />
            <source>Export S&amp;VG…</source>
            <translation>Eksporter S&amp;VG…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="128" />
            <source>&amp;Print…</source>
            <translation>Skriv &amp;ut…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="130" />
            <source>Pre&amp;ferences…</source>
            <translation>&amp;Innstillinger…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="134" />
            <source>&amp;Close</source>
            <translation>&amp;Lukk</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="135" />
            <source>&amp;Quit</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="149" />
            <source>&amp;Clear Menu</source>
            <translation>&amp;Tøm menyen</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="28" />
            <source>Unsaved changes</source>
            <translation>Endringer som ikke er lagret</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="29" />
            <source>Save the changes to “{0}” before closing it?</source>
            <translation>Vil du lagre endringene i «{0}» før du lukker det?</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="31" />
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="32" />
            <source>Don't Save</source>
            <translation>Ikke lagre</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="33" />
            <location filename="../files/saving.py" line="53" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="35" />
            <source>If you don't save, your changes since the last save are lost.</source>
            <translation>Hvis du ikke lagrer, går endringene siden forrige lagring tapt.</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="196" />
            <source>Open Map</source>
            <translation>Åpne kart</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="196" />
            <location filename="../files/saving.py" line="84" />
            <source>jmap maps (*.jmap)</source>
            <translation>jmap-kart (*.jmap)</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="47" />
            <source>Revert to saved</source>
            <translation>Gå tilbake til lagret versjon</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="48" />
            <source>Discard your changes to “{0}” and go back to the saved file?</source>
            <translation>Vil du forkaste endringene i «{0}» og gå tilbake til den lagrede filen?</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="51" />
            <source>Discard Changes</source>
            <translation>Forkast endringene</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="65" />
            <source>Cannot reload</source>
            <translation>Kan ikke laste inn på nytt</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="83" />
            <source>Save Map As</source>
            <translation>Lagre kart som</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="92" />
            <source>Opened read-only</source>
            <translation>Åpnet skrivebeskyttet</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="93" />
            <source>“{0}” is open read-only because someone else has it open. Save your map under another name.</source>
            <translation>«{0}» er åpnet skrivebeskyttet fordi noen andre har det åpent. Lagre kartet ditt under et annet navn.</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="101" />
            <source>File in use</source>
            <translation>Filen er i bruk</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="102" />
            <source>“{0}” is opened by {1} on {2} since {3}. Choose another name.</source>
            <translation>«{0}» er åpnet av {1} på {2} siden {3}. Velg et annet navn.</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="127" />
            <source>Could not save</source>
            <translation>Kunne ikke lagre</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="128" />
            <source>Your map is still open with all its changes. Try Save As to put it somewhere else.</source>
            <translation>Kartet ditt er fortsatt åpent med alle endringene. Bruk «Lagre som» for å lagre det et annet sted.</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="75" />
            <source>“{0}” was changed on disk by someone else.</source>
            <translation>«{0}» er endret på disken av noen andre.</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="77" />
            <source>Saving now would overwrite their changes. Reload their version, keep yours under another name, or compare the two.</source>
            <translation>Lagrer du nå, overskriver du endringene deres. Last inn deres versjon på nytt, behold din under et annet navn, eller sammenlign dem.</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="79" />
            <source>Reload their version, keep yours under another name, or compare the two.</source>
            <translation>Last inn deres versjon på nytt, behold din under et annet navn, eller sammenlign dem.</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="81" />
            <source>File changed on disk</source>
            <translation>Filen er endret på disken</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="82" />
            <source>Keep Mine (Save As…)</source>
            <translation>Behold min (Lagre som…)</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="84" />
            <source>Reload</source>
            <translation>Last inn på nytt</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="85" />
            <source>Compare…</source>
            <translation>Sammenlign…</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="86" />
            <source>Not Now</source>
            <translation>Ikke nå</translation>
        </message>
    </context>
    <context>
        <name>GalleryDialog</name>
        <message>
            <location filename="../files/gallery.py" line="145" />
            <source>New Map</source>
            <translation>Nytt kart</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="151" />
            <source>All languages</source>
            <extracomment>a map to open instead of a new one (Open… or a recent map), set on accept</extracomment>
            <translation>Alle språk</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="171" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="172" />
            <source>Create</source>
            <translation>Opprett</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="177" />
            <source>Language:</source>
            <translation>Språk:</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="212" />
            <source>Example: {0}</source>
            <translation>Eksempel: {0}</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="168" />
            <source>Open…</source>
            <translation>Åpne …</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="194" />
            <source>Recent maps (double-click to open):</source>
            <translation>Nylige kart (dobbeltklikk for å åpne):</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="234" />
            <source>Open Map</source>
            <translation>Åpne kart</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="234" />
            <source>Journey maps (*.jmap)</source>
            <translation>Reisekart (*.jmap)</translation>
        </message>
    </context>
    <context>
        <name>PdfExportDialog</name>
        <message>
            <location filename="../files/export_dialog.py" line="183" />
            <location filename="../files/export_dialog.py" line="301" />
            <location filename="../files/export_dialog.py" line="311" />
            <source>Export PDF</source>
            <translation>Eksporter PDF</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="197" />
            <source>Landscape</source>
            <translation>Liggende</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="198" />
            <source>Portrait</source>
            <translation>Stående</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="199" />
            <source>Fit the map on one page</source>
            <translation>Tilpass kartet til én side</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="200" />
            <source>Poster, cut into pages, of size</source>
            <translation>Plakat, delt opp i sider, i størrelse</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="209" />
            <source>A page for each persona</source>
            <translation>Én side for hver persona</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="211" />
            <source>A page of findings from the checks</source>
            <translation>Én side med funn fra kontrollene</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="224" />
            <source>Page size:</source>
            <translation>Sidestørrelse:</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="225" />
            <source>Orientation:</source>
            <translation>Retning:</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="233" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="234" />
            <source>Export…</source>
            <translation>Eksporter…</translation>
        </message>
        <message numerus="yes">
            <location filename="../files/export_dialog.py" line="290" />
            <source>The map on %n sheet(s)</source>
            <translation>
                <numerusform>Kartet på %n ark</numerusform>
                <numerusform>Kartet på %n ark</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="292" />
            <source>Texts too long for their box continue at the end</source>
            <translation>Tekster som er for lange for boksen sin, fortsetter bakerst</translation>
        </message>
        <message numerus="yes">
            <location filename="../files/export_dialog.py" line="294" />
            <source>%n persona page(s)</source>
            <translation>
                <numerusform>%n personaside</numerusform>
                <numerusform>%n personasider</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="296" />
            <source>Findings on A4 pages at the end</source>
            <translation>Funn på A4-sider bakerst</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation type="vanished">
                <numerusform>%n side</numerusform>
                <numerusform>%n sider</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="303" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="311" />
            <source>Exporting PDF…</source>
            <translation>Eksporterer PDF…</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="314" />
            <source>Export failed</source>
            <translation>Eksporten mislyktes</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="314" />
            <source>Could not export the PDF.</source>
            <translation>Kunne ikke eksportere PDF-en.</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="191" />
            <source>Smallest legible paper</source>
            <translation>Minste lesbare papir</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="196" />
            <source>Automatic</source>
            <translation>Automatisk</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="213" />
            <source>Flow labels</source>
            <translation>Etiketter på flyter</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="288" />
            <source>Prints on {0} landscape</source>
            <translation>Skrives ut på {0} liggende</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="289" />
            <source>Prints on {0} portrait</source>
            <translation>Skrives ut på {0} stående</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../app/prefs.py" line="29" />
            <source>Preferences</source>
            <translation>Innstillinger</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="38" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="46" />
            <source>The map's own folder</source>
            <translation>Kartets egen mappe</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="47" />
            <source>Browse…</source>
            <translation>Bla gjennom…</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="52" />
            <source>A new language is used from the next start of jmap.</source>
            <translation>Det nye språket tas i bruk neste gang jmap starter.</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="57" />
            <source>Interface language:</source>
            <translation>Språk i programmet:</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="58" />
            <source>Autosave unsaved work every:</source>
            <translation>Autolagre ulagret arbeid hvert:</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="59" />
            <source>Default page size:</source>
            <translation>Standard sidestørrelse:</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="60" />
            <source>Default export folder:</source>
            <translation>Standard eksportmappe:</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="62" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="63" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="78" />
            <source>Default Export Folder</source>
            <translation>Standard eksportmappe</translation>
        </message>
    </context>
    <context>
        <name>WindowManager</name>
        <message>
            <location filename="../app/windows.py" line="123" />
            <source>Made with a newer jmap</source>
            <extracomment>True once asked to end without a user (SIGTERM): start-up shows nothing more</extracomment>
            <translation>Laget med en nyere jmap</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="124" />
            <source>“{0}” was saved by a newer version of jmap. Install the newest jmap to open it.</source>
            <translation>«{0}» ble lagret av en nyere versjon av jmap. Installer den nyeste jmap for å åpne det.</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="130" />
            <location filename="../app/windows.py" line="207" />
            <source>Cannot open map</source>
            <translation>Kan ikke åpne kartet</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="131" />
            <location filename="../app/windows.py" line="207" />
            <source>“{0}” cannot be opened.</source>
            <translation>«{0}» kan ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="137" />
            <source>… and {0} more</source>
            <translation>… og {0} til</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="138" />
            <source>Problems in map</source>
            <translation>Problemer i kartet</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="139" />
            <source>“{0}” has problems that jmap can repair by leaving things out:</source>
            <translation>«{0}» har feil som jmap kan rette ved å utelate noe:</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="140" />
            <location filename="../app/windows.py" line="160" />
            <source>Open Anyway</source>
            <translation>Åpne likevel</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="141" />
            <location filename="../app/windows.py" line="161" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="156" />
            <source>Map in use</source>
            <translation>Kartet er i bruk</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="157" />
            <source>“{0}” is opened by {1} on {2} since {3}.</source>
            <translation>«{0}» er åpnet av {1} på {2} siden {3}.</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="159" />
            <source>Open Read-Only</source>
            <translation>Åpne skrivebeskyttet</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="163" />
            <source>If you both change it, one of you will have to save under another name.</source>
            <translation>Hvis dere begge endrer det, må en av dere lagre under et annet navn.</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="179" />
            <source>a map that was never saved</source>
            <translation>et kart som aldri ble lagret</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="180" />
            <source>Recover unsaved work</source>
            <translation>Gjenopprett ulagret arbeid</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="181" />
            <source>jmap stopped before “{0}” was saved.</source>
            <translation>jmap stoppet før «{0}» ble lagret.</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="182" />
            <source>Recover</source>
            <translation>Gjenopprett</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="183" />
            <source>Discard</source>
            <translation>Forkast</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="184" />
            <source>Decide Later</source>
            <translation>Bestem senere</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="185" />
            <source>Autosaved at {0} from {1}.</source>
            <translation>Autolagret {0} fra {1}.</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="198" />
            <source>Cannot recover</source>
            <translation>Kan ikke gjenopprette</translation>
        </message>
    </context>
    <context>
        <name>jmap</name>
        <message>
            <source>&amp;About jmap</source>
            <translation>&amp;Om jmap</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Faktisk størrelse</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopier</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Slett</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Rediger</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <source>&amp;Fit map</source>
            <translation>&amp;Tilpass kartet</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjelp</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Lim inn</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gjør om</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Angre</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(uten navn)</translation>
        </message>
        <message>
            <source>About jmap</source>
            <translation>Om jmap</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Legg til</translation>
        </message>
        <message>
            <source>Add &amp;lane</source>
            <translation>Legg til &amp;rad</translation>
        </message>
        <message>
            <source>Add &amp;persona</source>
            <translation>Legg til &amp;persona</translation>
        </message>
        <message>
            <source>Add &amp;stage</source>
            <translation>Legg til &amp;fase</translation>
        </message>
        <message>
            <source>Add &amp;touchpoint</source>
            <translation>Legg til &amp;kontaktpunkt</translation>
        </message>
        <message>
            <source>Add a stage and a touchpoints lane first.</source>
            <translation>Legg først til en fase og en rad for kontaktpunkter.</translation>
        </message>
        <message>
            <source>Add a touchpoint card to the selected cell</source>
            <translation>Legg til et kontaktpunktkort i den valgte cellen</translation>
        </message>
        <message>
            <source>Add note here</source>
            <translation>Legg til notat her</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Legg til fase</translation>
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation>Legg til kontaktpunkt</translation>
        </message>
        <message>
            <source>Add touchpoint here</source>
            <translation>Legg til kontaktpunkt her</translation>
        </message>
        <message>
            <source>Cannot open map</source>
            <translation type="vanished">Kan ikke åpne kartet</translation>
        </message>
        <message>
            <source>Change feeling</source>
            <translation>Endre følelse</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>Velg en farge</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Velg…</translation>
        </message>
        <message>
            <source>Clear colour</source>
            <translation>Fjern fargen</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Farge…</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Dekning</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Klipp &amp;ut</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Klipp ut</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Dupliser</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Delete lane</source>
            <translation>Slett rad</translation>
        </message>
        <message>
            <source>Delete lane and its content</source>
            <translation>Slett raden med innholdet</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Slett fase</translation>
        </message>
        <message>
            <source>Delete stage and its content</source>
            <translation>Slett fasen med innholdet</translation>
        </message>
        <message>
            <source>Delete touchpoint</source>
            <translation>Slett kontaktpunkt</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliser</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation type="vanished">Rediger</translation>
        </message>
        <message>
            <source>Edit comment</source>
            <translation>Rediger kommentar</translation>
        </message>
        <message>
            <source>Edit flow</source>
            <translation>Rediger flyt</translation>
        </message>
        <message>
            <source>Edit label</source>
            <translation>Rediger etikett</translation>
        </message>
        <message>
            <source>Edit map details</source>
            <translation>Rediger kartdetaljer</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Rediger notat</translation>
        </message>
        <message>
            <source>Edit persona</source>
            <translation>Rediger persona</translation>
        </message>
        <message>
            <source>Edit title</source>
            <translation>Rediger tittel</translation>
        </message>
        <message>
            <source>Edit touchpoint</source>
            <translation>Rediger kontaktpunkt</translation>
        </message>
        <message>
            <source>Edit {what}</source>
            <translation type="vanished">Rediger {what}</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Tilpass</translation>
        </message>
        <message>
            <source>Insert lane below</source>
            <translation>Sett inn rad under</translation>
        </message>
        <message>
            <source>Insert stage after</source>
            <translation>Sett inn fase etter</translation>
        </message>
        <message>
            <source>Insert stage before</source>
            <translation>Sett inn fase før</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Egenskaper</translation>
        </message>
        <message>
            <source>Journey starts here</source>
            <translation>Reisen starter her</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Kart</translation>
        </message>
        <message>
            <source>Move</source>
            <translation type="vanished">Flytt</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Flytt ned</translation>
        </message>
        <message>
            <source>Move left</source>
            <translation>Flytt til venstre</translation>
        </message>
        <message>
            <source>Move right</source>
            <translation>Flytt til høyre</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Flytt opp</translation>
        </message>
        <message>
            <source>Must be filled in every stage</source>
            <translation>Må fylles ut i hver fase</translation>
        </message>
        <message>
            <source>New lane</source>
            <translation>Ny rad</translation>
        </message>
        <message>
            <source>No gaps found.</source>
            <translation>Ingen hull funnet.</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Lim inn</translation>
        </message>
        <message>
            <source>Persona colour</source>
            <translation>Personafarge</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Personaer</translation>
        </message>
        <message>
            <source>Recolour lane</source>
            <translation>Gi raden ny farge</translation>
        </message>
        <message>
            <source>Recolour stage</source>
            <translation>Gi fasen ny farge</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Gi nytt navn</translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>Gi raden nytt navn</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>Gi fasen nytt navn</translation>
        </message>
        <message>
            <source>Rename touchpoint</source>
            <translation>Gi kontaktpunktet nytt navn</translation>
        </message>
        <message>
            <source>Reorder</source>
            <translation type="vanished">Endre rekkefølge</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>Merk &amp;alt</translation>
        </message>
        <message>
            <source>Set feeling here</source>
            <translation>Sett følelse her</translation>
        </message>
        <message>
            <source>The coverage check failed: {error}</source>
            <translation>Dekningskontrollen mislyktes: {error}</translation>
        </message>
        <message>
            <source>Tick to show this persona's emotion curve; double-click to rename.</source>
            <translation>Kryss av for å vise følelseskurven til denne personaen; dobbeltklikk for å gi nytt navn.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Uten navn</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;inn</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Zoom &amp;ut</translation>
        </message>
        <message>
            <source>jmap {version}: customer-journey maps for workshops.</source>
            <translation>jmap {version}: kundereisekart for workshops.</translation>
        </message>
        <message>
            <source>line of interaction</source>
            <translation type="vanished">samhandlingslinje</translation>
        </message>
        <message>
            <source>line of internal interaction</source>
            <translation type="vanished">linje for intern samhandling</translation>
        </message>
        <message>
            <source>line of visibility</source>
            <translation type="vanished">synlighetslinje</translation>
        </message>
        <message>
            <source>required</source>
            <translation>påkrevd</translation>
        </message>
        <message>
            <source>{e} errors, {w} warnings, {i} notes — click one to show it.</source>
            <translation type="vanished">{e} feil, {w} advarsler, {i} merknader – klikk på en for å vise den.</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n feil</numerusform>
                <numerusform>%n feil</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n merknad</numerusform>
                <numerusform>%n merknader</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n advarsel</numerusform>
                <numerusform>%n advarsler</numerusform>
            </translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Handlinger</translation>
        </message>
        <message>
            <source>Add a measure of this stage, such as a conversion rate or a waiting time</source>
            <translation>Legg til et mål for denne fasen, for eksempel konverteringsrate eller ventetid</translation>
        </message>
        <message>
            <source>Add blueprint line</source>
            <translation>Legg til blueprint-linje</translation>
        </message>
        <message>
            <source>Add emotion point</source>
            <translation>Legg til følelsespunkt</translation>
        </message>
        <message>
            <source>Add flow</source>
            <translation>Legg til flyt</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Legg til rad</translation>
        </message>
        <message>
            <source>Add metric</source>
            <translation>Legg til måltall</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Legg til notat</translation>
        </message>
        <message>
            <source>Add persona</source>
            <translation>Legg til persona</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Forfattere</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>Bak scenen</translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Atferd</translation>
        </message>
        <message>
            <source>Blueprint line</source>
            <translation>Blueprint-linje</translation>
        </message>
        <message numerus="yes">
            <source>Change %n item(s)</source>
            <translation>
                <numerusform>Endre %n element</numerusform>
                <numerusform>Endre %n elementer</numerusform>
            </translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanaler</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farge</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Customer actions</source>
            <translation>Kundens handlinger</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n blueprint line(s)</source>
            <translation>
                <numerusform>Slett blueprint-linje</numerusform>
                <numerusform>Slett %n blueprint-linjer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n emotion point(s)</source>
            <translation>
                <numerusform>Slett følelsespunkt</numerusform>
                <numerusform>Slett %n følelsespunkter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n flow(s)</source>
            <translation>
                <numerusform>Slett flyt</numerusform>
                <numerusform>Slett %n flyter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Slett %n element</numerusform>
                <numerusform>Slett %n elementer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n lane(s)</source>
            <translation>
                <numerusform>Slett rad</numerusform>
                <numerusform>Slett %n rader</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n metric(s)</source>
            <translation>
                <numerusform>Slett måltall</numerusform>
                <numerusform>Slett %n måltall</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n note(s)</source>
            <translation>
                <numerusform>Slett notat</numerusform>
                <numerusform>Slett %n notater</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n persona(s)</source>
            <translation>
                <numerusform>Slett persona</numerusform>
                <numerusform>Slett %n personaer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n stage(s)</source>
            <translation>
                <numerusform>Slett fase</numerusform>
                <numerusform>Slett %n faser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n touchpoint(s)</source>
            <translation>
                <numerusform>Slett kontaktpunkt</numerusform>
                <numerusform>Slett %n kontaktpunkter</numerusform>
            </translation>
        </message>
        <message>
            <source>Demographics</source>
            <translation>Demografi</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Edit blueprint line</source>
            <translation>Rediger blueprint-linje</translation>
        </message>
        <message>
            <source>Edit emotion point</source>
            <translation>Rediger følelsespunkt</translation>
        </message>
        <message>
            <source>Edit lane</source>
            <translation>Rediger rad</translation>
        </message>
        <message>
            <source>Edit metric</source>
            <translation>Rediger måltall</translation>
        </message>
        <message>
            <source>Edit stage</source>
            <translation>Rediger fase</translation>
        </message>
        <message>
            <source>Edit “{0}”</source>
            <translation>Rediger «{0}»</translation>
        </message>
        <message>
            <source>Emotion point</source>
            <translation>Følelsespunkt</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>Følelser</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Startpunkt</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Belegg</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flyt</translation>
        </message>
        <message>
            <source>Frontstage</source>
            <translation>Foran scenen</translation>
        </message>
        <message>
            <source>Frustrations</source>
            <translation>Frustrasjoner</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Ideas</source>
            <translation>Ideer</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Virkning</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Viktighet</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etikett</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Rad</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Måltall</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Måltall</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>Motivasjon</translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s)</source>
            <translation>
                <numerusform>Flytt %n element</numerusform>
                <numerusform>Flytt %n elementer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n note(s)</source>
            <translation>
                <numerusform>Flytt %n notat</numerusform>
                <numerusform>Flytt %n notater</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n touchpoint(s)</source>
            <translation>
                <numerusform>Flytt %n kontaktpunkt</numerusform>
                <numerusform>Flytt %n kontaktpunkter</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Name, e.g. Conversion rate</source>
            <translation>Navn, f.eks. Konverteringsrate</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Behov</translation>
        </message>
        <message>
            <source>New metric</source>
            <translation>Nytt måltall</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notat</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Digitalt</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Muligheter</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Smertepunkter</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n item(s)</source>
            <translation>
                <numerusform>Lim inn %n element</numerusform>
                <numerusform>Lim inn %n elementer</numerusform>
            </translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Physical evidence</source>
            <translation>Fysiske spor</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Veiledende spørsmål</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Spørsmål</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Sitat</translation>
        </message>
        <message>
            <source>Remove this metric</source>
            <translation>Fjern dette måltallet</translation>
        </message>
        <message>
            <source>Reorder lanes</source>
            <translation>Endre rekkefølgen på radene</translation>
        </message>
        <message>
            <source>Reorder personas</source>
            <translation>Endre rekkefølgen på personaene</translation>
        </message>
        <message>
            <source>Reorder stages</source>
            <translation>Endre rekkefølgen på fasene</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Påkrevd</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Støtteprosesser</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Til</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Thoughts</source>
            <translation>Tanker</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tittel</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Kontaktpunkt</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Kontaktpunkter</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Unit, e.g. %</source>
            <translation>Enhet, f.eks. %</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Verdi</translation>
        </message>
        <message>
            <source>Visible</source>
            <translation>Synlig</translation>
        </message>
        <message>
            <source>ad</source>
            <translation>annonse</translation>
        </message>
        <message>
            <source>app</source>
            <translation>app</translation>
        </message>
        <message>
            <source>assumed</source>
            <translation>antatt</translation>
        </message>
        <message>
            <source>chat</source>
            <translation>chat</translation>
        </message>
        <message>
            <source>email</source>
            <translation>e-post</translation>
        </message>
        <message>
            <source>event</source>
            <translation>arrangement</translation>
        </message>
        <message>
            <source>interaction</source>
            <translation>samhandling</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>intern samhandling</translation>
        </message>
        <message>
            <source>mail</source>
            <translation>post</translation>
        </message>
        <message>
            <source>observed</source>
            <translation>observert</translation>
        </message>
        <message>
            <source>other</source>
            <translation>annet</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefon</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>foreslått</translation>
        </message>
        <message>
            <source>search</source>
            <translation>søk</translation>
        </message>
        <message>
            <source>social</source>
            <translation>sosiale medier</translation>
        </message>
        <message>
            <source>store</source>
            <translation>butikk</translation>
        </message>
        <message>
            <source>target</source>
            <translation>mål</translation>
        </message>
        <message>
            <source>visibility</source>
            <translation>synlighet</translation>
        </message>
        <message>
            <source>web</source>
            <translation>nett</translation>
        </message>
        <message>
            <source>“{0}” is not a number</source>
            <translation>«{0}» er ikke et tall</translation>
        </message>
        <message>
            <source>Target value</source>
            <translation>Målverdi</translation>
        </message>
        <message>
            <source>entry</source>
            <translation>start</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>analogt</translation>
        </message>
        <message>
            <source>&amp;Clear votes</source>
            <translation>&amp;Fjern stemmer</translation>
        </message>
        <message>
            <source>&amp;Dot vote</source>
            <translation>&amp;Prikkavstemning</translation>
        </message>
        <message>
            <source>&amp;End vote</source>
            <translation>&amp;Avslutt avstemning</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>&amp;Presentasjonsmodus</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Nullstill</translation>
        </message>
        <message>
            <source>&amp;Start or pause</source>
            <translation>&amp;Start eller pause</translation>
        </message>
        <message>
            <source>&amp;Start vote…</source>
            <translation>&amp;Start avstemning…</translation>
        </message>
        <message>
            <source>&amp;Timer</source>
            <translation>&amp;Tidtaker</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;'s turn: {1} of {2} dots left</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; sin tur: {1} av {2} prikker igjen</translation>
        </message>
        <message>
            <source>A number (4 gives P1 to P4) or names separated by commas</source>
            <translation>Et tall (4 gir D1 til D4) eller navn skilt med komma</translation>
        </message>
        <message>
            <source>Choose at least one kind of item to vote on.</source>
            <translation>Velg minst én type element å stemme på.</translation>
        </message>
        <message>
            <source>Clear votes</source>
            <translation>Fjern stemmer</translation>
        </message>
        <message>
            <source>Dot vote: {0}'s turn</source>
            <translation>Prikkavstemning: {0} sin tur</translation>
        </message>
        <message>
            <source>Dots per participant:</source>
            <translation>Prikker per deltaker:</translation>
        </message>
        <message>
            <source>End vote</source>
            <translation>Avslutt avstemning</translation>
        </message>
        <message>
            <source>Give the number of participants or their names.</source>
            <translation>Oppgi antall deltakere eller navnene deres.</translation>
        </message>
        <message>
            <source>Minutes for this step:</source>
            <translation>Minutter for dette steget:</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Neste ▶</translation>
        </message>
        <message>
            <source>No vote running. Start one to let participants place dots.</source>
            <translation>Ingen avstemning pågår. Start en for å la deltakerne sette prikker.</translation>
        </message>
        <message>
            <source>Nothing in this stage yet.</source>
            <translation>Ingenting i denne fasen ennå.</translation>
        </message>
        <message>
            <source>Nothing pasted: {0}</source>
            <translation>Ingenting limt inn: {0}</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>Deltakere:</translation>
        </message>
        <message>
            <source>Pass the turn to the next participant (Page Down)</source>
            <translation>Gi turen videre til neste deltaker (Page Down)</translation>
        </message>
        <message>
            <source>Place a dot</source>
            <translation>Sett en prikk</translation>
        </message>
        <message>
            <source>Presentation</source>
            <translation>Presentasjon</translation>
        </message>
        <message>
            <source>P{n}</source>
            <translation>D{n}</translation>
        </message>
        <message>
            <source>Set &amp;minutes…</source>
            <translation>Angi &amp;minutter…</translation>
        </message>
        <message>
            <source>Start a dot vote</source>
            <translation>Start en prikkavstemning</translation>
        </message>
        <message>
            <source>Start a dot vote (F7)</source>
            <translation>Start en prikkavstemning (F7)</translation>
        </message>
        <message>
            <source>Start vote</source>
            <translation>Start avstemning</translation>
        </message>
        <message>
            <source>Start vote…</source>
            <translation>Start avstemning…</translation>
        </message>
        <message>
            <source>Take back a dot</source>
            <translation>Ta tilbake en prikk</translation>
        </message>
        <message>
            <source>This item is not part of the vote.</source>
            <translation>Dette elementet er ikke med i avstemningen.</translation>
        </message>
        <message>
            <source>This map has no stages yet.</source>
            <translation>Dette kartet har ingen faser ennå.</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Tidtaker</translation>
        </message>
        <message>
            <source>Touchpoint cards</source>
            <translation>Kontaktpunktkort</translation>
        </message>
        <message>
            <source>Vote on:</source>
            <translation>Stem på:</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Stemmer</translation>
        </message>
        <message>
            <source>Workshop timer</source>
            <translation>Workshop-tidtaker</translation>
        </message>
        <message>
            <source>Workshop timer: F6 starts or pauses, Shift+F6 resets, Ctrl+F6 sets the minutes</source>
            <translation>Workshop-tidtaker: F6 starter eller pauser, Shift+F6 nullstiller, Ctrl+F6 angir minuttene</translation>
        </message>
        <message>
            <source>the clipboard</source>
            <translation>utklippstavlen</translation>
        </message>
        <message>
            <source>{0} has no dots left: pass the turn with Page Down.</source>
            <translation>{0} har ingen prikker igjen: gi turen videre med Page Down.</translation>
        </message>
        <message numerus="yes">
            <source>{0}. %n dot(s): {1} ({2})</source>
            <translation>
                <numerusform>{0}. %n prikk: {1} ({2})</numerusform>
                <numerusform>{0}. %n prikker: {1} ({2})</numerusform>
            </translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Forrige</translation>
        </message>
        <message>
            <source>A cycle of flows that never reaches a later stage.</source>
            <translation>En sløyfe av flyter som aldri når en senere fase.</translation>
        </message>
        <message>
            <source>A frontstage touchpoint with nothing backstage or in support behind it.</source>
            <translation>Et frontstage-kontaktpunkt uten noe backstage eller i støtte bak seg.</translation>
        </message>
        <message>
            <source>A lane marked “must be filled in every stage” holds nothing in this stage.</source>
            <translation>Et lag merket «må fylles ut i hver fase» er tomt i denne fasen.</translation>
        </message>
        <message>
            <source>A pain point or a strongly negative feeling in a stage with no opportunity.</source>
            <translation>Et smertepunkt eller en sterkt negativ følelse i en fase uten mulighet.</translation>
        </message>
        <message>
            <source>A persona's emotion curve has no point in this stage.</source>
            <translation>Følelseskurven til en persona har ikke noe punkt i denne fasen.</translation>
        </message>
        <message>
            <source>A stage with no touchpoint card in any lane: the map does not say where the customer meets you in it.</source>
            <translation>En fase uten kontaktpunktkort i noe lag: kartet sier ikke hvor kunden møter dere der.</translation>
        </message>
        <message>
            <source>A touchpoint before the last stage with no outgoing flow: where does the customer go next?</source>
            <translation>Et kontaktpunkt før siste fase uten utgående flyt: hvor går kunden videre?</translation>
        </message>
        <message>
            <source>All rules</source>
            <translation>Alle regler</translation>
        </message>
        <message>
            <source>Cards but no flows yet: the path checks (dead ends, unreachable cards) start with the first flow.</source>
            <translation>Kort, men ingen flyter ennå: kontrollene av veiene (blindveier, kort som ikke nås) starter med den første flyten.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Customer actions in a stage with no frontstage touchpoint.</source>
            <translation>Kundehandlinger i en fase uten frontstage-kontaktpunkt.</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Feil</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Eksportert</translation>
        </message>
        <message>
            <source>Exported to “{0}”.</source>
            <translation>Eksportert til «{0}».</translation>
        </message>
        <message>
            <source>No path of flows leads from the journey's entry to this touchpoint.</source>
            <translation>Ingen vei av flyter fører fra starten av reisen til dette kontaktpunktet.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Merknader</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åpne</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Gjør om</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Vis i mappe</translation>
        </message>
        <message>
            <source>Show or hide the {0}</source>
            <translation>Vis eller skjul {0}</translation>
        </message>
        <message>
            <source>The map has no stages, or no content at all.</source>
            <translation>Kartet har ingen faser, eller ikke noe innhold i det hele tatt.</translation>
        </message>
        <message>
            <source>The map has only one stage.</source>
            <translation>Kartet har bare én fase.</translation>
        </message>
        <message>
            <source>Two or more stages share a name.</source>
            <translation>To eller flere faser har samme navn.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Angre</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Advarsler</translation>
        </message>
        <message>
            <source>Whole map</source>
            <translation>Hele kartet</translation>
        </message>
        <message>
            <source>{0}, {1}, {2}.</source>
            <translation>{0}, {1}, {2}.</translation>
        </message>
        <message>
            <source>New persona</source>
            <translation type="vanished">Ny persona</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation type="vanished">Ny fase</translation>
        </message>
        <message>
            <source>{0}, {1}, {2} — click one to show it.</source>
            <translation type="vanished">{0}, {1}, {2} – klikk på en for å vise den.</translation>
        </message>
        <message>
            <source>A PNG or JPEG on the selected card or note, or in the cell</source>
            <translation>Et PNG- eller JPEG-bilde på det valgte kortet eller notatet, eller i cellen</translation>
        </message>
        <message>
            <source>Insert p&amp;icture…</source>
            <translation>Sett inn &amp;bilde…</translation>
        </message>
        <message>
            <source>Insert picture</source>
            <translation>Sett inn bilde</translation>
        </message>
        <message>
            <source>Insert picture here…</source>
            <translation>Sett inn bilde her…</translation>
        </message>
        <message>
            <source>Insert picture…</source>
            <translation>Sett inn bilde…</translation>
        </message>
        <message>
            <source>Picture not inserted: {0}</source>
            <translation>Bildet ble ikke satt inn: {0}</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Remove picture</source>
            <translation>Fjern bildet</translation>
        </message>
        <message>
            <source>Select a card or note, or click a cell, to insert a picture</source>
            <translation>Velg et kort eller notat, eller klikk i en celle, for å sette inn et bilde</translation>
        </message>
        <message>
            <source>Storyboard</source>
            <translation>Storyboard</translation>
        </message>
        <message>
            <source>picture cannot be shown</source>
            <translation>bildet kan ikke vises</translation>
        </message>
        <message>
            <source>the file is too large to insert</source>
            <translation type="vanished">filen er for stor til å settes inn</translation>
        </message>
        <message>
            <source>&amp;Compare with Current State…</source>
            <translation>&amp;Sammenlign med nåsituasjonen…</translation>
        </message>
        <message>
            <source>(no match: removed)</source>
            <translation>(ingen treff: fjernet)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Bla gjennom…</translation>
        </message>
        <message>
            <source>Cannot compare: {0}</source>
            <translation>Kan ikke sammenligne: {0}</translation>
        </message>
        <message>
            <source>Cannot save the future state: {0}</source>
            <translation>Kan ikke lagre den fremtidige situasjonen: {0}</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kort</translation>
        </message>
        <message>
            <source>Cards and their flows</source>
            <translation>Kort og flytene deres</translation>
        </message>
        <message>
            <source>Carry over: {0}</source>
            <translation>Ta med: {0}</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Endret</translation>
        </message>
        <message>
            <source>Choose a map to compare with.</source>
            <translation>Velg et kart å sammenligne med.</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Sammenlign</translation>
        </message>
        <message>
            <source>Compare Maps</source>
            <translation>Sammenlign kart</translation>
        </message>
        <message>
            <source>Compare With</source>
            <translation>Sammenlign med</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Følelse</translation>
        </message>
        <message>
            <source>Emotion points</source>
            <translation>Følelsespunkter</translation>
        </message>
        <message>
            <source>Future state saved as {0}</source>
            <translation>Fremtidig situasjon lagret som {0}</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Linje</translation>
        </message>
        <message>
            <source>Map to compare with (today)</source>
            <translation>Kart å sammenligne med (i dag)</translation>
        </message>
        <message>
            <source>Matches stage tomorrow</source>
            <translation>Svarer til fasen i morgen</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Flyttet</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Ny</translation>
        </message>
        <message>
            <source>New &amp;Future State from This Map…</source>
            <translation>Ny &amp;fremtidig situasjon fra dette kartet…</translation>
        </message>
        <message>
            <source>New Future State</source>
            <translation>Ny fremtidig situasjon</translation>
        </message>
        <message>
            <source>No linked map to compare with: {0}. Choose a map above.</source>
            <translation>Ingen koblet kart å sammenligne med: {0}. Velg et kart ovenfor.</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Fjernet</translation>
        </message>
        <message>
            <source>Save Future State As</source>
            <translation>Lagre fremtidig situasjon som</translation>
        </message>
        <message>
            <source>Save this map first: the future state is made from the saved file and links to it.</source>
            <translation>Lagre dette kartet først: den fremtidige situasjonen lages fra den lagrede filen og kobles til den.</translation>
        </message>
        <message>
            <source>Stage today</source>
            <translation>Fase i dag</translation>
        </message>
        <message>
            <source>The future state gets this map's stages and personas, and is linked to it.</source>
            <translation>Den fremtidige situasjonen får dette kartets faser og personas, og kobles til det.</translation>
        </message>
        <message>
            <source>Today:</source>
            <translation>I dag:</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>endret</translation>
        </message>
        <message>
            <source>from</source>
            <translation>fra</translation>
        </message>
        <message>
            <source>jmap maps (*.jmap)</source>
            <translation>jmap-kart (*.jmap)</translation>
        </message>
        <message>
            <source>name</source>
            <translation>navn</translation>
        </message>
        <message>
            <source>new stage</source>
            <translation>ny fase</translation>
        </message>
        <message>
            <source>removed stage</source>
            <translation>fjernet fase</translation>
        </message>
        <message>
            <source>text</source>
            <translation>tekst</translation>
        </message>
        <message>
            <source>title</source>
            <translation>tittel</translation>
        </message>
        <message>
            <source>value</source>
            <translation>verdi</translation>
        </message>
        <message>
            <source>{0} already exists; choose another name.</source>
            <translation>{0} finnes allerede; velg et annet navn.</translation>
        </message>
        <message>
            <source>{0} new, {1} removed, {2} changed, {3} moved since {4}</source>
            <translation>{0} nye, {1} fjernet, {2} endret, {3} flyttet siden {4}</translation>
        </message>
        <message>
            <source>Flow &amp;labels</source>
            <translation>&amp;Etiketter på flyter</translation>
        </message>
        <message>
            <source>{0} pictures not pasted: damaged, or beyond this map's limits</source>
            <translation>{0} bilder ble ikke limt inn: skadet, eller utenfor grensene for dette kartet</translation>
        </message>
    </context>
</TS>
