<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>DiffDialog</name>
        <message>
            <location filename="../files/dialogs.py" line="80" />
            <source>Changes between the file on disk and your map</source>
            <translation>Verschillen tussen het bestand op schijf en jouw kaart</translation>
        </message>
        <message>
            <location filename="../files/dialogs.py" line="83" />
            <source>{0} (on disk)</source>
            <translation>{0} (op schijf)</translation>
        </message>
        <message>
            <location filename="../files/dialogs.py" line="83" />
            <source>{0} (yours)</source>
            <translation>{0} (jouw versie)</translation>
        </message>
        <message>
            <location filename="../files/dialogs.py" line="84" />
            <source>The two versions are the same.</source>
            <translation>De twee versies zijn gelijk.</translation>
        </message>
        <message>
            <location filename="../files/dialogs.py" line="89" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>ExportImage</name>
        <message>
            <location filename="../files/export_dialog.py" line="329" />
            <source>PNG images (*.png)</source>
            <translation>PNG-afbeeldingen (*.png)</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="329" />
            <source>SVG drawings (*.svg)</source>
            <translation>SVG-tekeningen (*.svg)</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="330" />
            <location filename="../files/export_dialog.py" line="341" />
            <source>Export Image</source>
            <translation>Afbeelding exporteren</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="342" />
            <source>Exporting image…</source>
            <translation>Afbeelding exporteren…</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="344" />
            <source>Export failed</source>
            <translation>Exporteren mislukt</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="358" />
            <source>Print Map</source>
            <translation>Kaart afdrukken</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="364" />
            <source>Print failed</source>
            <translation>Afdrukken mislukt</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="364" />
            <source>The printer could not be started.</source>
            <translation>De printer kon niet worden gestart.</translation>
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
            <translation>Naamloos</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="89" />
            <source> (read-only)</source>
            <translation> (alleen-lezen)</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="114" />
            <source>&amp;New from Template…</source>
            <translation>&amp;Nieuw van sjabloon…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="115" />
            <source>New &amp;Window…</source>
            <translation>Nieuw &amp;venster…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="116" />
            <source>&amp;Open…</source>
            <translation>&amp;Openen…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="117" />
            <source>Open &amp;Recent</source>
            <translation>&amp;Recent geopend</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="121" />
            <source>&amp;Save</source>
            <translation>Op&amp;slaan</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="122" />
            <source>Save &amp;As…</source>
            <translation>Opslaan &amp;als…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="123" />
            <source>Re&amp;vert to Saved</source>
            <translation>&amp;Terug naar opgeslagen versie</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="125" />
            <source>Export &amp;PDF…</source>
            <translation>&amp;PDF exporteren…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="126" />
            <source>Export P&amp;NG…</source>
            <translation>P&amp;NG exporteren…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="127" />
            <source>Export S&amp;VG…</source>
            <translation>S&amp;VG exporteren…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="128" />
            <source>&amp;Print…</source>
            <translation>Af&amp;drukken…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="130" />
            <source>Pre&amp;ferences…</source>
            <translation>&amp;Voorkeuren…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="134" />
            <source>&amp;Close</source>
            <translation>Sl&amp;uiten</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="135" />
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="149" />
            <source>&amp;Clear Menu</source>
            <translation>Menu &amp;wissen</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="28" />
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="29" />
            <source>Save the changes to “{0}” before closing it?</source>
            <translation>Wijzigingen in “{0}” opslaan voordat je het sluit?</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="31" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="32" />
            <source>Don't Save</source>
            <translation>Niet opslaan</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="33" />
            <location filename="../files/saving.py" line="53" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="35" />
            <source>If you don't save, your changes since the last save are lost.</source>
            <translation>Als je niet opslaat, gaan je wijzigingen sinds de vorige keer opslaan verloren.</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="196" />
            <source>Open Map</source>
            <translation>Kaart openen</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="196" />
            <location filename="../files/saving.py" line="84" />
            <source>jmap maps (*.jmap)</source>
            <translation>jmap-kaarten (*.jmap)</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="47" />
            <source>Revert to saved</source>
            <translation>Terug naar opgeslagen versie</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="48" />
            <source>Discard your changes to “{0}” and go back to the saved file?</source>
            <translation>Je wijzigingen in “{0}” weggooien en teruggaan naar het opgeslagen bestand?</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="51" />
            <source>Discard Changes</source>
            <translation>Wijzigingen weggooien</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="65" />
            <source>Cannot reload</source>
            <translation>Opnieuw laden lukt niet</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="83" />
            <source>Save Map As</source>
            <translation>Kaart opslaan als</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="92" />
            <source>Opened read-only</source>
            <translation>Alleen-lezen geopend</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="93" />
            <source>“{0}” is open read-only because someone else has it open. Save your map under another name.</source>
            <translation>“{0}” is alleen-lezen geopend omdat iemand anders het open heeft. Sla je kaart op onder een andere naam.</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="101" />
            <source>File in use</source>
            <translation>Bestand in gebruik</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="102" />
            <source>“{0}” is opened by {1} on {2} since {3}. Choose another name.</source>
            <translation>“{0}” is geopend door {1} op {2} sinds {3}. Kies een andere naam.</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="127" />
            <source>Could not save</source>
            <translation>Opslaan mislukt</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="128" />
            <source>Your map is still open with all its changes. Try Save As to put it somewhere else.</source>
            <translation>Je kaart is nog open, met al je wijzigingen. Gebruik ‘Opslaan als’ om hem ergens anders op te slaan.</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="75" />
            <source>“{0}” was changed on disk by someone else.</source>
            <translation>“{0}” is op schijf gewijzigd door iemand anders.</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="77" />
            <source>Saving now would overwrite their changes. Reload their version, keep yours under another name, or compare the two.</source>
            <translation>Als je nu opslaat, overschrijf je hun wijzigingen. Laad hun versie opnieuw, bewaar de jouwe onder een andere naam of vergelijk de twee.</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="79" />
            <source>Reload their version, keep yours under another name, or compare the two.</source>
            <translation>Laad hun versie opnieuw, bewaar de jouwe onder een andere naam of vergelijk de twee.</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="81" />
            <source>File changed on disk</source>
            <translation>Bestand op schijf gewijzigd</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="82" />
            <source>Keep Mine (Save As…)</source>
            <translation>De mijne bewaren (Opslaan als…)</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="84" />
            <source>Reload</source>
            <translation>Opnieuw laden</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="85" />
            <source>Compare…</source>
            <translation>Vergelijken…</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="86" />
            <source>Not Now</source>
            <translation>Nu niet</translation>
        </message>
    </context>
    <context>
        <name>GalleryDialog</name>
        <message>
            <location filename="../files/gallery.py" line="145" />
            <source>New Map</source>
            <translation>Nieuwe kaart</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="151" />
            <source>All languages</source>
            <extracomment>a map to open instead of a new one (Open… or a recent map), set on accept</extracomment>
            <translation>Alle talen</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="171" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="172" />
            <source>Create</source>
            <translation>Maken</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="177" />
            <source>Language:</source>
            <translation>Taal:</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="212" />
            <source>Example: {0}</source>
            <translation>Voorbeeld: {0}</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="168" />
            <source>Open…</source>
            <translation>Openen…</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="194" />
            <source>Recent maps (double-click to open):</source>
            <translation>Recente kaarten (dubbelklik om te openen):</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="234" />
            <source>Open Map</source>
            <translation>Kaart openen</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="234" />
            <source>Journey maps (*.jmap)</source>
            <translation>Klantreizen (*.jmap)</translation>
        </message>
    </context>
    <context>
        <name>PdfExportDialog</name>
        <message>
            <location filename="../files/export_dialog.py" line="183" />
            <location filename="../files/export_dialog.py" line="301" />
            <location filename="../files/export_dialog.py" line="311" />
            <source>Export PDF</source>
            <translation>PDF exporteren</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="197" />
            <source>Landscape</source>
            <translation>Liggend</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="198" />
            <source>Portrait</source>
            <translation>Staand</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="199" />
            <source>Fit the map on one page</source>
            <translation>Kaart passend maken op één pagina</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="200" />
            <source>Poster, cut into pages, of size</source>
            <translation>Poster, verdeeld over pagina's, op formaat</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="209" />
            <source>A page for each persona</source>
            <translation>Een pagina per persona</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="211" />
            <source>A page of findings from the checks</source>
            <translation>Een pagina met bevindingen uit de controles</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="224" />
            <source>Page size:</source>
            <translation>Paginaformaat:</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="225" />
            <source>Orientation:</source>
            <translation>Richting:</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="233" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="234" />
            <source>Export…</source>
            <translation>Exporteren…</translation>
        </message>
        <message numerus="yes">
            <location filename="../files/export_dialog.py" line="290" />
            <source>The map on %n sheet(s)</source>
            <translation>
                <numerusform>De kaart op %n vel</numerusform>
                <numerusform>De kaart op %n vellen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="292" />
            <source>Texts too long for their box continue at the end</source>
            <translation>Teksten die niet in hun vak passen, gaan verder aan het eind</translation>
        </message>
        <message numerus="yes">
            <location filename="../files/export_dialog.py" line="294" />
            <source>%n persona page(s)</source>
            <translation>
                <numerusform>%n personapagina</numerusform>
                <numerusform>%n personapagina's</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="296" />
            <source>Findings on A4 pages at the end</source>
            <translation>Bevindingen op A4-pagina's aan het eind</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation type="vanished">
                <numerusform>%n pagina</numerusform>
                <numerusform>%n pagina's</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="303" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="311" />
            <source>Exporting PDF…</source>
            <translation>PDF wordt geëxporteerd…</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="314" />
            <source>Export failed</source>
            <translation>Exporteren mislukt</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="314" />
            <source>Could not export the PDF.</source>
            <translation>De PDF kon niet worden geëxporteerd.</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="191" />
            <source>Smallest legible paper</source>
            <translation>Kleinste leesbare papier</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="196" />
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="213" />
            <source>Flow labels</source>
            <translation>Labels bij stromen</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="288" />
            <source>Prints on {0} landscape</source>
            <translation>Wordt afgedrukt op {0} liggend</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="289" />
            <source>Prints on {0} portrait</source>
            <translation>Wordt afgedrukt op {0} staand</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../app/prefs.py" line="29" />
            <source>Preferences</source>
            <translation>Voorkeuren</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="38" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="46" />
            <source>The map's own folder</source>
            <translation>De eigen map van de kaart</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="47" />
            <source>Browse…</source>
            <translation>Bladeren…</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="52" />
            <source>A new language is used from the next start of jmap.</source>
            <translation>De nieuwe taal wordt gebruikt vanaf de volgende start van jmap.</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="57" />
            <source>Interface language:</source>
            <translation>Taal van het programma:</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="58" />
            <source>Autosave unsaved work every:</source>
            <translation>Niet-opgeslagen werk automatisch bewaren elke:</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="59" />
            <source>Default page size:</source>
            <translation>Standaard paginaformaat:</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="60" />
            <source>Default export folder:</source>
            <translation>Standaardmap voor export:</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="62" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="63" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="78" />
            <source>Default Export Folder</source>
            <translation>Standaardmap voor export</translation>
        </message>
    </context>
    <context>
        <name>WindowManager</name>
        <message>
            <location filename="../app/windows.py" line="123" />
            <source>Made with a newer jmap</source>
            <extracomment>True once asked to end without a user (SIGTERM): start-up shows nothing more</extracomment>
            <translation>Gemaakt met een nieuwere jmap</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="124" />
            <source>“{0}” was saved by a newer version of jmap. Install the newest jmap to open it.</source>
            <translation>“{0}” is opgeslagen door een nieuwere versie van jmap. Installeer de nieuwste jmap om het te openen.</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="130" />
            <location filename="../app/windows.py" line="207" />
            <source>Cannot open map</source>
            <translation>Kaart kan niet worden geopend</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="131" />
            <location filename="../app/windows.py" line="207" />
            <source>“{0}” cannot be opened.</source>
            <translation>“{0}” kan niet worden geopend.</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="137" />
            <source>… and {0} more</source>
            <translation>… en nog {0}</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="138" />
            <source>Problems in map</source>
            <translation>Problemen in de kaart</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="139" />
            <source>“{0}” has problems that jmap can repair by leaving things out:</source>
            <translation>“{0}” bevat problemen die jmap kan oplossen door iets weg te laten:</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="140" />
            <location filename="../app/windows.py" line="160" />
            <source>Open Anyway</source>
            <translation>Toch openen</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="141" />
            <location filename="../app/windows.py" line="161" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="156" />
            <source>Map in use</source>
            <translation>Kaart in gebruik</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="157" />
            <source>“{0}” is opened by {1} on {2} since {3}.</source>
            <translation>“{0}” is geopend door {1} op {2} sinds {3}.</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="159" />
            <source>Open Read-Only</source>
            <translation>Alleen-lezen openen</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="163" />
            <source>If you both change it, one of you will have to save under another name.</source>
            <translation>Als jullie het allebei wijzigen, moet een van jullie onder een andere naam opslaan.</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="179" />
            <source>a map that was never saved</source>
            <translation>een kaart die nooit is opgeslagen</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="180" />
            <source>Recover unsaved work</source>
            <translation>Niet-opgeslagen werk herstellen</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="181" />
            <source>jmap stopped before “{0}” was saved.</source>
            <translation>jmap stopte voordat “{0}” was opgeslagen.</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="182" />
            <source>Recover</source>
            <translation>Herstellen</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="183" />
            <source>Discard</source>
            <translation>Weggooien</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="184" />
            <source>Decide Later</source>
            <translation>Later beslissen</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="185" />
            <source>Autosaved at {0} from {1}.</source>
            <translation>Automatisch bewaard om {0}, van {1}.</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="198" />
            <source>Cannot recover</source>
            <translation>Herstellen lukt niet</translation>
        </message>
    </context>
    <context>
        <name>jmap</name>
        <message>
            <source>&amp;About jmap</source>
            <translation>&amp;Over jmap</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Werkelijke grootte</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiëren</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bewerken</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Fit map</source>
            <translation>Kaart &amp;passend maken</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Plakken</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Opnieuw</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(naamloos)</translation>
        </message>
        <message>
            <source>About jmap</source>
            <translation>Over jmap</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Add &amp;lane</source>
            <translation>&amp;Baan toevoegen</translation>
        </message>
        <message>
            <source>Add &amp;persona</source>
            <translation>&amp;Persona toevoegen</translation>
        </message>
        <message>
            <source>Add &amp;stage</source>
            <translation>&amp;Fase toevoegen</translation>
        </message>
        <message>
            <source>Add &amp;touchpoint</source>
            <translation>&amp;Contactmoment toevoegen</translation>
        </message>
        <message>
            <source>Add a stage and a touchpoints lane first.</source>
            <translation>Voeg eerst een fase en een baan voor contactmomenten toe.</translation>
        </message>
        <message>
            <source>Add a touchpoint card to the selected cell</source>
            <translation>Een contactmomentkaart toevoegen aan de gekozen cel</translation>
        </message>
        <message>
            <source>Add note here</source>
            <translation>Hier een notitie toevoegen</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Fase toevoegen</translation>
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation>Contactmoment toevoegen</translation>
        </message>
        <message>
            <source>Add touchpoint here</source>
            <translation>Hier een contactmoment toevoegen</translation>
        </message>
        <message>
            <source>Cannot open map</source>
            <translation type="vanished">Kaart kan niet worden geopend</translation>
        </message>
        <message>
            <source>Change feeling</source>
            <translation>Gevoel wijzigen</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>Kies een kleur</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <source>Clear colour</source>
            <translation>Kleur wissen</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Kleur…</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Dekking</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>K&amp;nippen</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Knippen</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Dupliceren</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Delete lane</source>
            <translation>Baan verwijderen</translation>
        </message>
        <message>
            <source>Delete lane and its content</source>
            <translation>Baan met inhoud verwijderen</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Fase verwijderen</translation>
        </message>
        <message>
            <source>Delete stage and its content</source>
            <translation>Fase met inhoud verwijderen</translation>
        </message>
        <message>
            <source>Delete touchpoint</source>
            <translation>Contactmoment verwijderen</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliceren</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation type="vanished">Bewerken</translation>
        </message>
        <message>
            <source>Edit comment</source>
            <translation>Opmerking bewerken</translation>
        </message>
        <message>
            <source>Edit flow</source>
            <translation>Stroom bewerken</translation>
        </message>
        <message>
            <source>Edit label</source>
            <translation>Label bewerken</translation>
        </message>
        <message>
            <source>Edit map details</source>
            <translation>Kaartgegevens bewerken</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Notitie bewerken</translation>
        </message>
        <message>
            <source>Edit persona</source>
            <translation>Persona bewerken</translation>
        </message>
        <message>
            <source>Edit title</source>
            <translation>Titel bewerken</translation>
        </message>
        <message>
            <source>Edit touchpoint</source>
            <translation>Contactmoment bewerken</translation>
        </message>
        <message>
            <source>Edit {what}</source>
            <translation type="vanished">{what} bewerken</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Passend</translation>
        </message>
        <message>
            <source>Insert lane below</source>
            <translation>Baan eronder invoegen</translation>
        </message>
        <message>
            <source>Insert stage after</source>
            <translation>Fase erna invoegen</translation>
        </message>
        <message>
            <source>Insert stage before</source>
            <translation>Fase ervoor invoegen</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Eigenschappen</translation>
        </message>
        <message>
            <source>Journey starts here</source>
            <translation>De reis begint hier</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Kaart</translation>
        </message>
        <message>
            <source>Move</source>
            <translation type="vanished">Verplaatsen</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Omlaag</translation>
        </message>
        <message>
            <source>Move left</source>
            <translation>Naar links</translation>
        </message>
        <message>
            <source>Move right</source>
            <translation>Naar rechts</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Omhoog</translation>
        </message>
        <message>
            <source>Must be filled in every stage</source>
            <translation>Moet in elke fase ingevuld zijn</translation>
        </message>
        <message>
            <source>New lane</source>
            <translation>Nieuwe baan</translation>
        </message>
        <message>
            <source>No gaps found.</source>
            <translation>Geen gaten gevonden.</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Plakken</translation>
        </message>
        <message>
            <source>Persona colour</source>
            <translation>Kleur van de persona</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Persona's</translation>
        </message>
        <message>
            <source>Recolour lane</source>
            <translation>Baan een andere kleur geven</translation>
        </message>
        <message>
            <source>Recolour stage</source>
            <translation>Fase een andere kleur geven</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Naam wijzigen</translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>Baan hernoemen</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>Fase hernoemen</translation>
        </message>
        <message>
            <source>Rename touchpoint</source>
            <translation>Contactmoment hernoemen</translation>
        </message>
        <message>
            <source>Reorder</source>
            <translation type="vanished">Volgorde wijzigen</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>&amp;Alles selecteren</translation>
        </message>
        <message>
            <source>Set feeling here</source>
            <translation>Hier een gevoel zetten</translation>
        </message>
        <message>
            <source>The coverage check failed: {error}</source>
            <translation>De dekkingscontrole is mislukt: {error}</translation>
        </message>
        <message>
            <source>Tick to show this persona's emotion curve; double-click to rename.</source>
            <translation>Vink aan om de emotiecurve van deze persona te tonen; dubbelklik om de naam te wijzigen.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Naamloos</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Inzoomen</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>&amp;Uitzoomen</translation>
        </message>
        <message>
            <source>jmap {version}: customer-journey maps for workshops.</source>
            <translation>jmap {version}: customer-journeykaarten voor workshops.</translation>
        </message>
        <message>
            <source>line of interaction</source>
            <translation type="vanished">interactielijn</translation>
        </message>
        <message>
            <source>line of internal interaction</source>
            <translation type="vanished">lijn van interne interactie</translation>
        </message>
        <message>
            <source>line of visibility</source>
            <translation type="vanished">zichtbaarheidslijn</translation>
        </message>
        <message>
            <source>required</source>
            <translation>verplicht</translation>
        </message>
        <message>
            <source>{e} errors, {w} warnings, {i} notes — click one to show it.</source>
            <translation type="vanished">{e} fouten, {w} waarschuwingen, {i} opmerkingen – klik erop om ze te tonen.</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n fout</numerusform>
                <numerusform>%n fouten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n opmerking</numerusform>
                <numerusform>%n opmerkingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n waarschuwing</numerusform>
                <numerusform>%n waarschuwingen</numerusform>
            </translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acties</translation>
        </message>
        <message>
            <source>Add a measure of this stage, such as a conversion rate or a waiting time</source>
            <translation>Een maatstaf voor deze fase toevoegen, zoals een conversieratio of een wachttijd</translation>
        </message>
        <message>
            <source>Add blueprint line</source>
            <translation>Blueprintlijn toevoegen</translation>
        </message>
        <message>
            <source>Add emotion point</source>
            <translation>Emotiepunt toevoegen</translation>
        </message>
        <message>
            <source>Add flow</source>
            <translation>Stroom toevoegen</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Baan toevoegen</translation>
        </message>
        <message>
            <source>Add metric</source>
            <translation>Meetwaarde toevoegen</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Notitie toevoegen</translation>
        </message>
        <message>
            <source>Add persona</source>
            <translation>Persona toevoegen</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Auteurs</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>Backstage</translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Gedrag</translation>
        </message>
        <message>
            <source>Blueprint line</source>
            <translation>Blueprintlijn</translation>
        </message>
        <message numerus="yes">
            <source>Change %n item(s)</source>
            <translation>
                <numerusform>%n item wijzigen</numerusform>
                <numerusform>%n items wijzigen</numerusform>
            </translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanalen</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Kleur</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>Customer actions</source>
            <translation>Acties van de klant</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n blueprint line(s)</source>
            <translation>
                <numerusform>Blueprintlijn verwijderen</numerusform>
                <numerusform>%n blueprintlijnen verwijderen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n emotion point(s)</source>
            <translation>
                <numerusform>Emotiepunt verwijderen</numerusform>
                <numerusform>%n emotiepunten verwijderen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n flow(s)</source>
            <translation>
                <numerusform>Stroom verwijderen</numerusform>
                <numerusform>%n stromen verwijderen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>%n item verwijderen</numerusform>
                <numerusform>%n items verwijderen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n lane(s)</source>
            <translation>
                <numerusform>Baan verwijderen</numerusform>
                <numerusform>%n banen verwijderen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n metric(s)</source>
            <translation>
                <numerusform>Meetwaarde verwijderen</numerusform>
                <numerusform>%n meetwaarden verwijderen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n note(s)</source>
            <translation>
                <numerusform>Notitie verwijderen</numerusform>
                <numerusform>%n notities verwijderen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n persona(s)</source>
            <translation>
                <numerusform>Persona verwijderen</numerusform>
                <numerusform>%n persona's verwijderen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n stage(s)</source>
            <translation>
                <numerusform>Fase verwijderen</numerusform>
                <numerusform>%n fasen verwijderen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n touchpoint(s)</source>
            <translation>
                <numerusform>Contactmoment verwijderen</numerusform>
                <numerusform>%n contactmomenten verwijderen</numerusform>
            </translation>
        </message>
        <message>
            <source>Demographics</source>
            <translation>Demografie</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <source>Edit blueprint line</source>
            <translation>Blueprintlijn bewerken</translation>
        </message>
        <message>
            <source>Edit emotion point</source>
            <translation>Emotiepunt bewerken</translation>
        </message>
        <message>
            <source>Edit lane</source>
            <translation>Baan bewerken</translation>
        </message>
        <message>
            <source>Edit metric</source>
            <translation>Meetwaarde bewerken</translation>
        </message>
        <message>
            <source>Edit stage</source>
            <translation>Fase bewerken</translation>
        </message>
        <message>
            <source>Edit “{0}”</source>
            <translation>‘{0}’ bewerken</translation>
        </message>
        <message>
            <source>Emotion point</source>
            <translation>Emotiepunt</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>Emoties</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Startpunt</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Onderbouwing</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Stroom</translation>
        </message>
        <message>
            <source>Frontstage</source>
            <translation>Frontstage</translation>
        </message>
        <message>
            <source>Frustrations</source>
            <translation>Frustraties</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Doelen</translation>
        </message>
        <message>
            <source>Ideas</source>
            <translation>Ideeën</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Belang</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Baan</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Meetwaarde</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Meetwaarden</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>Drijfveren</translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s)</source>
            <translation>
                <numerusform>%n item verplaatsen</numerusform>
                <numerusform>%n items verplaatsen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n note(s)</source>
            <translation>
                <numerusform>%n notitie verplaatsen</numerusform>
                <numerusform>%n notities verplaatsen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n touchpoint(s)</source>
            <translation>
                <numerusform>%n contactmoment verplaatsen</numerusform>
                <numerusform>%n contactmomenten verplaatsen</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Name, e.g. Conversion rate</source>
            <translation>Naam, bijv. Conversieratio</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Behoeften</translation>
        </message>
        <message>
            <source>New metric</source>
            <translation>Nieuwe meetwaarde</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Kansen</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Eigenaar</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Pijnpunten</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n item(s)</source>
            <translation>
                <numerusform>%n item plakken</numerusform>
                <numerusform>%n items plakken</numerusform>
            </translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Physical evidence</source>
            <translation>Fysiek bewijs</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Hulpvraag</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Vragen</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Citaat</translation>
        </message>
        <message>
            <source>Remove this metric</source>
            <translation>Deze meetwaarde verwijderen</translation>
        </message>
        <message>
            <source>Reorder lanes</source>
            <translation>Volgorde van de banen wijzigen</translation>
        </message>
        <message>
            <source>Reorder personas</source>
            <translation>Volgorde van de persona's wijzigen</translation>
        </message>
        <message>
            <source>Reorder stages</source>
            <translation>Volgorde van de fasen wijzigen</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Verplicht</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Ondersteuning</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Naar</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Thoughts</source>
            <translation>Gedachten</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Contactmoment</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Contactmomenten</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Eenheid</translation>
        </message>
        <message>
            <source>Unit, e.g. %</source>
            <translation>Eenheid, bijv. %</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <source>Visible</source>
            <translation>Zichtbaar</translation>
        </message>
        <message>
            <source>ad</source>
            <translation>advertentie</translation>
        </message>
        <message>
            <source>app</source>
            <translation>app</translation>
        </message>
        <message>
            <source>assumed</source>
            <translation>aangenomen</translation>
        </message>
        <message>
            <source>chat</source>
            <translation>chat</translation>
        </message>
        <message>
            <source>email</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>event</source>
            <translation>evenement</translation>
        </message>
        <message>
            <source>interaction</source>
            <translation>interactie</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>interne interactie</translation>
        </message>
        <message>
            <source>mail</source>
            <translation>post</translation>
        </message>
        <message>
            <source>observed</source>
            <translation>waargenomen</translation>
        </message>
        <message>
            <source>other</source>
            <translation>overig</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefoon</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>voorgesteld</translation>
        </message>
        <message>
            <source>search</source>
            <translation>zoeken</translation>
        </message>
        <message>
            <source>social</source>
            <translation>sociale media</translation>
        </message>
        <message>
            <source>store</source>
            <translation>winkel</translation>
        </message>
        <message>
            <source>target</source>
            <translation>doel</translation>
        </message>
        <message>
            <source>visibility</source>
            <translation>zichtbaarheid</translation>
        </message>
        <message>
            <source>web</source>
            <translation>web</translation>
        </message>
        <message>
            <source>“{0}” is not a number</source>
            <translation>‘{0}’ is geen getal</translation>
        </message>
        <message>
            <source>Target value</source>
            <translation>Streefwaarde</translation>
        </message>
        <message>
            <source>entry</source>
            <translation>start</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>&amp;Clear votes</source>
            <translation>Stemmen &amp;wissen</translation>
        </message>
        <message>
            <source>&amp;Dot vote</source>
            <translation>&amp;Stippenstemming</translation>
        </message>
        <message>
            <source>&amp;End vote</source>
            <translation>Stemming &amp;beëindigen</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>&amp;Presentatiemodus</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Herstellen</translation>
        </message>
        <message>
            <source>&amp;Start or pause</source>
            <translation>&amp;Starten of pauzeren</translation>
        </message>
        <message>
            <source>&amp;Start vote…</source>
            <translation>Stemming &amp;starten…</translation>
        </message>
        <message>
            <source>&amp;Timer</source>
            <translation>&amp;Timer</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;'s turn: {1} of {2} dots left</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; is aan de beurt: nog {1} van {2} stippen</translation>
        </message>
        <message>
            <source>A number (4 gives P1 to P4) or names separated by commas</source>
            <translation>Een aantal (4 geeft D1 tot D4) of namen gescheiden door komma's</translation>
        </message>
        <message>
            <source>Choose at least one kind of item to vote on.</source>
            <translation>Kies minstens één soort item om op te stemmen.</translation>
        </message>
        <message>
            <source>Clear votes</source>
            <translation>Stemmen wissen</translation>
        </message>
        <message>
            <source>Dot vote: {0}'s turn</source>
            <translation>Stippenstemming: {0} is aan de beurt</translation>
        </message>
        <message>
            <source>Dots per participant:</source>
            <translation>Stippen per deelnemer:</translation>
        </message>
        <message>
            <source>End vote</source>
            <translation>Stemming beëindigen</translation>
        </message>
        <message>
            <source>Give the number of participants or their names.</source>
            <translation>Geef het aantal deelnemers of hun namen.</translation>
        </message>
        <message>
            <source>Minutes for this step:</source>
            <translation>Minuten voor deze stap:</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Volgende ▶</translation>
        </message>
        <message>
            <source>No vote running. Start one to let participants place dots.</source>
            <translation>Er loopt geen stemming. Start er een om deelnemers stippen te laten plaatsen.</translation>
        </message>
        <message>
            <source>Nothing in this stage yet.</source>
            <translation>Nog niets in deze fase.</translation>
        </message>
        <message>
            <source>Nothing pasted: {0}</source>
            <translation>Niets geplakt: {0}</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>Deelnemers:</translation>
        </message>
        <message>
            <source>Pass the turn to the next participant (Page Down)</source>
            <translation>Geef de beurt aan de volgende deelnemer (Page Down)</translation>
        </message>
        <message>
            <source>Place a dot</source>
            <translation>Stip plaatsen</translation>
        </message>
        <message>
            <source>Presentation</source>
            <translation>Presentatie</translation>
        </message>
        <message>
            <source>P{n}</source>
            <translation>D{n}</translation>
        </message>
        <message>
            <source>Set &amp;minutes…</source>
            <translation>&amp;Minuten instellen…</translation>
        </message>
        <message>
            <source>Start a dot vote</source>
            <translation>Een stippenstemming starten</translation>
        </message>
        <message>
            <source>Start a dot vote (F7)</source>
            <translation>Een stippenstemming starten (F7)</translation>
        </message>
        <message>
            <source>Start vote</source>
            <translation>Stemming starten</translation>
        </message>
        <message>
            <source>Start vote…</source>
            <translation>Stemming starten…</translation>
        </message>
        <message>
            <source>Take back a dot</source>
            <translation>Stip terugnemen</translation>
        </message>
        <message>
            <source>This item is not part of the vote.</source>
            <translation>Dit item doet niet mee aan de stemming.</translation>
        </message>
        <message>
            <source>This map has no stages yet.</source>
            <translation>Deze kaart heeft nog geen fasen.</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
        <message>
            <source>Touchpoint cards</source>
            <translation>Contactpuntkaarten</translation>
        </message>
        <message>
            <source>Vote on:</source>
            <translation>Stemmen op:</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Stemmen</translation>
        </message>
        <message>
            <source>Workshop timer</source>
            <translation>Workshoptimer</translation>
        </message>
        <message>
            <source>Workshop timer: F6 starts or pauses, Shift+F6 resets, Ctrl+F6 sets the minutes</source>
            <translation>Workshoptimer: F6 start of pauzeert, Shift+F6 herstelt, Ctrl+F6 stelt de minuten in</translation>
        </message>
        <message>
            <source>the clipboard</source>
            <translation>het klembord</translation>
        </message>
        <message>
            <source>{0} has no dots left: pass the turn with Page Down.</source>
            <translation>{0} heeft geen stippen meer: geef de beurt door met Page Down.</translation>
        </message>
        <message numerus="yes">
            <source>{0}. %n dot(s): {1} ({2})</source>
            <translation>
                <numerusform>{0}. %n stip: {1} ({2})</numerusform>
                <numerusform>{0}. %n stippen: {1} ({2})</numerusform>
            </translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Vorige</translation>
        </message>
        <message>
            <source>A cycle of flows that never reaches a later stage.</source>
            <translation>Een kringloop van pijlen die nooit een latere fase bereikt.</translation>
        </message>
        <message>
            <source>A frontstage touchpoint with nothing backstage or in support behind it.</source>
            <translation>Een frontstage-contactpunt zonder iets in backstage of ondersteuning erachter.</translation>
        </message>
        <message>
            <source>A lane marked “must be filled in every stage” holds nothing in this stage.</source>
            <translation>Een laag gemarkeerd als ‘moet in elke fase ingevuld zijn’ is leeg in deze fase.</translation>
        </message>
        <message>
            <source>A pain point or a strongly negative feeling in a stage with no opportunity.</source>
            <translation>Een pijnpunt of een sterk negatief gevoel in een fase zonder kans.</translation>
        </message>
        <message>
            <source>A persona's emotion curve has no point in this stage.</source>
            <translation>De emotiecurve van een persona heeft geen punt in deze fase.</translation>
        </message>
        <message>
            <source>A stage with no touchpoint card in any lane: the map does not say where the customer meets you in it.</source>
            <translation>Een fase zonder contactpuntkaart in welke laag dan ook: de kaart zegt niet waar de klant u daar ontmoet.</translation>
        </message>
        <message>
            <source>A touchpoint before the last stage with no outgoing flow: where does the customer go next?</source>
            <translation>Een contactpunt vóór de laatste fase zonder uitgaande pijl: waar gaat de klant daarna heen?</translation>
        </message>
        <message>
            <source>All rules</source>
            <translation>Alle regels</translation>
        </message>
        <message>
            <source>Cards but no flows yet: the path checks (dead ends, unreachable cards) start with the first flow.</source>
            <translation>Kaarten maar nog geen pijlen: de controles van de paden (doodlopende en onbereikbare kaarten) beginnen bij de eerste pijl.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Customer actions in a stage with no frontstage touchpoint.</source>
            <translation>Klantacties in een fase zonder frontstage-contactpunt.</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Fouten</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Geëxporteerd</translation>
        </message>
        <message>
            <source>Exported to “{0}”.</source>
            <translation>Geëxporteerd naar ‘{0}’.</translation>
        </message>
        <message>
            <source>No path of flows leads from the journey's entry to this touchpoint.</source>
            <translation>Geen pad van pijlen leidt van het begin van de klantreis naar dit contactpunt.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Opmerkingen</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Opnieuw</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Tonen in map</translation>
        </message>
        <message>
            <source>Show or hide the {0}</source>
            <translation>{0} tonen of verbergen</translation>
        </message>
        <message>
            <source>The map has no stages, or no content at all.</source>
            <translation>De kaart heeft geen fasen, of helemaal geen inhoud.</translation>
        </message>
        <message>
            <source>The map has only one stage.</source>
            <translation>De kaart heeft maar één fase.</translation>
        </message>
        <message>
            <source>Two or more stages share a name.</source>
            <translation>Twee of meer fasen hebben dezelfde naam.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Waarschuwingen</translation>
        </message>
        <message>
            <source>Whole map</source>
            <translation>Hele kaart</translation>
        </message>
        <message>
            <source>{0}, {1}, {2}.</source>
            <translation>{0}, {1}, {2}.</translation>
        </message>
        <message>
            <source>New persona</source>
            <translation type="vanished">Nieuwe persona</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation type="vanished">Nieuwe fase</translation>
        </message>
        <message>
            <source>{0}, {1}, {2} — click one to show it.</source>
            <translation type="vanished">{0}, {1}, {2} — klik erop om het te tonen.</translation>
        </message>
        <message>
            <source>A PNG or JPEG on the selected card or note, or in the cell</source>
            <translation>Een PNG of JPEG op de geselecteerde kaart of notitie, of in de cel</translation>
        </message>
        <message>
            <source>Insert p&amp;icture…</source>
            <translation>Af&amp;beelding invoegen…</translation>
        </message>
        <message>
            <source>Insert picture</source>
            <translation>Afbeelding invoegen</translation>
        </message>
        <message>
            <source>Insert picture here…</source>
            <translation>Afbeelding hier invoegen…</translation>
        </message>
        <message>
            <source>Insert picture…</source>
            <translation>Afbeelding invoegen…</translation>
        </message>
        <message>
            <source>Picture not inserted: {0}</source>
            <translation>Afbeelding niet ingevoegd: {0}</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Remove picture</source>
            <translation>Afbeelding verwijderen</translation>
        </message>
        <message>
            <source>Select a card or note, or click a cell, to insert a picture</source>
            <translation>Selecteer een kaart of notitie, of klik in een cel, om een afbeelding in te voegen</translation>
        </message>
        <message>
            <source>Storyboard</source>
            <translation>Storyboard</translation>
        </message>
        <message>
            <source>picture cannot be shown</source>
            <translation>afbeelding kan niet worden getoond</translation>
        </message>
        <message>
            <source>the file is too large to insert</source>
            <translation type="vanished">het bestand is te groot om in te voegen</translation>
        </message>
        <message>
            <source>&amp;Compare with Current State…</source>
            <translation>&amp;Vergelijken met de huidige situatie…</translation>
        </message>
        <message>
            <source>(no match: removed)</source>
            <translation>(geen overeenkomst: verwijderd)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Bladeren…</translation>
        </message>
        <message>
            <source>Cannot compare: {0}</source>
            <translation>Kan niet vergelijken: {0}</translation>
        </message>
        <message>
            <source>Cannot save the future state: {0}</source>
            <translation>Kan de toekomstige situatie niet opslaan: {0}</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kaart</translation>
        </message>
        <message>
            <source>Cards and their flows</source>
            <translation>Kaarten en hun stromen</translation>
        </message>
        <message>
            <source>Carry over: {0}</source>
            <translation>Overnemen: {0}</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Gewijzigd</translation>
        </message>
        <message>
            <source>Choose a map to compare with.</source>
            <translation>Kies een kaart om mee te vergelijken.</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vergelijken</translation>
        </message>
        <message>
            <source>Compare Maps</source>
            <translation>Kaarten vergelijken</translation>
        </message>
        <message>
            <source>Compare With</source>
            <translation>Vergelijken met</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Emotie</translation>
        </message>
        <message>
            <source>Emotion points</source>
            <translation>Emotiepunten</translation>
        </message>
        <message>
            <source>Future state saved as {0}</source>
            <translation>Toekomstige situatie opgeslagen als {0}</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Lijn</translation>
        </message>
        <message>
            <source>Map to compare with (today)</source>
            <translation>Kaart om mee te vergelijken (vandaag)</translation>
        </message>
        <message>
            <source>Matches stage tomorrow</source>
            <translation>Komt overeen met fase morgen</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Verplaatst</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <source>New &amp;Future State from This Map…</source>
            <translation>Nieuwe &amp;toekomstige situatie van deze kaart…</translation>
        </message>
        <message>
            <source>New Future State</source>
            <translation>Nieuwe toekomstige situatie</translation>
        </message>
        <message>
            <source>No linked map to compare with: {0}. Choose a map above.</source>
            <translation>Geen gekoppelde kaart om mee te vergelijken: {0}. Kies hierboven een kaart.</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Verwijderd</translation>
        </message>
        <message>
            <source>Save Future State As</source>
            <translation>Toekomstige situatie opslaan als</translation>
        </message>
        <message>
            <source>Save this map first: the future state is made from the saved file and links to it.</source>
            <translation>Sla deze kaart eerst op: de toekomstige situatie wordt gemaakt van het opgeslagen bestand en ernaar gekoppeld.</translation>
        </message>
        <message>
            <source>Stage today</source>
            <translation>Fase vandaag</translation>
        </message>
        <message>
            <source>The future state gets this map's stages and personas, and is linked to it.</source>
            <translation>De toekomstige situatie krijgt de fasen en persona's van deze kaart en wordt eraan gekoppeld.</translation>
        </message>
        <message>
            <source>Today:</source>
            <translation>Vandaag:</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>gewijzigd</translation>
        </message>
        <message>
            <source>from</source>
            <translation>van</translation>
        </message>
        <message>
            <source>jmap maps (*.jmap)</source>
            <translation>jmap-kaarten (*.jmap)</translation>
        </message>
        <message>
            <source>name</source>
            <translation>naam</translation>
        </message>
        <message>
            <source>new stage</source>
            <translation>nieuwe fase</translation>
        </message>
        <message>
            <source>removed stage</source>
            <translation>verwijderde fase</translation>
        </message>
        <message>
            <source>text</source>
            <translation>tekst</translation>
        </message>
        <message>
            <source>title</source>
            <translation>titel</translation>
        </message>
        <message>
            <source>value</source>
            <translation>waarde</translation>
        </message>
        <message>
            <source>{0} already exists; choose another name.</source>
            <translation>{0} bestaat al; kies een andere naam.</translation>
        </message>
        <message>
            <source>{0} new, {1} removed, {2} changed, {3} moved since {4}</source>
            <translation>{0} nieuw, {1} verwijderd, {2} gewijzigd, {3} verplaatst sinds {4}</translation>
        </message>
        <message>
            <source>Flow &amp;labels</source>
            <translation>&amp;Labels bij stromen</translation>
        </message>
        <message>
            <source>{0} pictures not pasted: damaged, or beyond this map's limits</source>
            <translation>{0} afbeeldingen niet geplakt: beschadigd, of buiten de grenzen van deze kaart</translation>
        </message>
    </context>
</TS>
